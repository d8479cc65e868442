#pragma once

#include <QDialog>
#include <QUrl>

class QPlainTextEdit;
class QPushButton;

// Asks before a link of the post leaves the application: shows the whole address as plain text (never rich
// text, wrapped anywhere so a long one is all visible), because the link's words in the post may say
// something else.
class OpenLinkDialog : public QDialog {
    Q_OBJECT

public:
    OpenLinkDialog(const QUrl &url, QWidget *parent);

    // The address exactly as shown, and as it is opened: every byte percent-encoded, hosts in ASCII.
    static QString displayText(const QUrl &url);
    QString shownText() const;
    QPushButton *openButton() const { return m_open; }

private:
    QPlainTextEdit *m_address;
    QPushButton *m_open;
};
