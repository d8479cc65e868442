#pragma once

#include <QDialog>

#include <optional>

#include "site/siteconfig.h"
#include "site/termrename.h"
#include "site/termvocabulary.h"

class DiffView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

// Rename or merge a tag or category across the site: pick the term (the site's, with counts) and the new
// name, see each file's change as a diff before anything is written, apply (each file atomically, only where
// it still holds what was shown), see what could not be changed and why, and undo. Only the renamed item's
// bytes change in each post (TermRename).
class TermRenameDialog : public QDialog {
    Q_OBJECT

public:
    TermRenameDialog(const QString &siteRoot, const QStringList &files, const SiteConfig &config,
                     const TermVocabulary &tags, const TermVocabulary &categories, QWidget *parent = nullptr);

    // The parts, for tests.
    QRadioButton *categoriesButton() const { return m_categories; }
    QComboBox *fromBox() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QListWidget *fileList() const { return m_files; }
    DiffView *diffView() const { return m_diff; }
    QLabel *reportLabel() const { return m_report; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *undoButton() const { return m_undoButton; }

    void preview();
    void apply();
    void undo();

Q_SIGNALS:
    // Files written by apply() or undo() (for the site index and an open post).
    void filesWritten(const QStringList &paths);

private:
    void fillTerms();
    void showFile(int row);
    void report(const TermRename::Outcome &outcome, const QString &done);

    QString m_root;
    QStringList m_paths;
    SiteConfig m_config;
    TermVocabulary m_tagTerms;
    TermVocabulary m_categoryTerms;
    std::optional<TermRename::Plan> m_plan;
    bool m_applied = false;

    QRadioButton *m_tags;
    QRadioButton *m_categories;
    QComboBox *m_from;
    QLineEdit *m_to;
    QListWidget *m_files;
    DiffView *m_diff;
    QLabel *m_report;
    QPushButton *m_previewButton;
    QPushButton *m_applyButton;
    QPushButton *m_undoButton;
};
