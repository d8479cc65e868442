#include "window/openlinkdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

OpenLinkDialog::OpenLinkDialog(const QUrl &url, QWidget *parent)
    : QDialog(parent), m_address(new QPlainTextEdit(this)), m_open(nullptr) {
    const bool mail = url.scheme() == QLatin1String("mailto");
    setWindowTitle(mail ? tr("Write an E-mail?") : tr("Open Link?"));
    auto *question = new QLabel(mail ? tr("The post's link opens your mail program to write to:")
                                     : tr("The post's link opens in your web browser:"),
                                this);
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);

    // A read-only text box rather than a label: a label cannot break inside a word, a URL has none.
    m_address->setObjectName(QStringLiteral("linkAddress"));
    m_address->setReadOnly(true);
    m_address->setPlainText(displayText(url));
    m_address->setWordWrapMode(QTextOption::WrapAnywhere);
    m_address->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setTabChangesFocus(true);
    const int lines = qBound(2, int(m_address->toPlainText().size() / 60) + 1, 8);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * lines + 12);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open =
        buttons->addButton(mail ? tr("&Write E-mail") : tr("&Open in Browser"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openLinkButton"));
    m_open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_address);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    m_open->setFocus();
}

QString OpenLinkDialog::displayText(const QUrl &url) {
    return url.toString(QUrl::FullyEncoded);
}

QString OpenLinkDialog::shownText() const {
    return m_address->toPlainText();
}
