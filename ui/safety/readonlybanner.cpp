#include "readonlybanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

#include "post/postdocument.h"
#include "post/saveproblem.h"

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(255, 243, 205));
    colours.setColor(QPalette::WindowText, QColor(102, 77, 3));
    setPalette(colours);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    hide();
}

void ReadOnlyBanner::setMessage(const QString &message) {
    m_label->setText(message);
    setVisible(!message.isEmpty());
}

QString ReadOnlyBanner::message() const {
    return m_label->text();
}

void ReadOnlyBanner::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &PostDocument::loaded, this, &ReadOnlyBanner::updateForDocument);
    connect(m_document, &PostDocument::pathChanged, this, &ReadOnlyBanner::updateForDocument);
    connect(m_document, &PostDocument::saved, this, &ReadOnlyBanner::updateForDocument);
    updateForDocument();
}

void ReadOnlyBanner::updateForDocument() {
    setMessage(SaveProblem::readOnlyMessage(m_document->path()));
}
