#pragma once

#include <QDialog>
#include <QVector>

#include "site/postsummary.h"
#include "site/quickopenranker.h"

class QLabel;
class QLineEdit;
class QListWidget;

// Ctrl+P: a box at the top of the window where typing part of a title lists the site's posts ranked by
// FuzzyMatch (matched characters in bold, ties newer first); Up/Down move, Enter chooses, Esc closes. In
// InsertLink mode (Ctrl+Shift+K) choosing asks for a link to the post instead of opening it.
class QuickOpenDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Open, InsertLink };

    explicit QuickOpenDialog(QWidget *parent = nullptr);

    void setPosts(const QVector<PostSummary> &posts);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Clears the box, places the dialog at the top centre of the parent's window and shows it.
    void popup(Mode mode);

    QLineEdit *lineEdit() const { return m_line; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    // popup() is about to show the list: an owner that hands the posts over lazily calls setPosts now.
    void aboutToPopUp();
    // Open mode: the writer chose the post at `path`.
    void chosen(const QString &path);
    // InsertLink mode: the writer chose `post` to link to.
    void linkChosen(const PostSummary &post);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void choose(int row);

    QLabel *m_heading = nullptr;
    QLineEdit *m_line = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QVector<PostSummary> m_posts;
    QuickOpenRanker m_ranker;
    Mode m_mode = Mode::Open;
};
