#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QLabel;

// Asks what New Post needs: the title, and whether it is a draft. Shows where the file will go.
class NewPostDialog : public QDialog {
    Q_OBJECT

public:
    NewPostDialog(const QString &siteRoot, QWidget *parent = nullptr);

    QString title() const;
    bool isDraft() const;

private:
    void updatePath();

    QString m_siteRoot;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_draft = nullptr;
    QLabel *m_path = nullptr;
};
