#include "externalchangebar.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace {

void setColours(QWidget *widget, const QColor &background, const QColor &text) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    widget->setPalette(palette);
}

}  // namespace

ExternalChangeBar::ExternalChangeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_keepMine(new QPushButton(tr("&Keep Mine"), this))
    , m_compare(new QPushButton(tr("Co&mpare"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_close(new QPushButton(this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_reload->setToolTip(tr("Drop your unsaved edits and load the file as it is on disk"));
    m_keepMine->setToolTip(tr("Keep your edits; the next save replaces the file on disk"));
    m_compare->setToolTip(tr("Show the file on disk against your edits"));
    m_save->setToolTip(tr("Save the post to its file again"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Close"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keepMine);
    layout->addWidget(m_compare);
    layout->addWidget(m_save);
    layout->addWidget(m_close);

    connect(m_reload, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT reloadRequested();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT keepMineRequested();
    });
    connect(m_compare, &QPushButton::clicked, this, &ExternalChangeBar::compareRequested);
    connect(m_save, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT saveRequested();
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });
    hide();
}

void ExternalChangeBar::showChanged(const QString &path) {
    present(Mode::Changed, path, tr("%1 changed on disk.").arg(QFileInfo(path).fileName()));
}

void ExternalChangeBar::showDeleted(const QString &path) {
    present(Mode::Deleted, path,
            tr("%1 was deleted on disk. Saving will create it again.").arg(QFileInfo(path).fileName()));
}

void ExternalChangeBar::showReloaded(const QString &path) {
    present(Mode::Reloaded, path, tr("%1 changed on disk and was reloaded.").arg(QFileInfo(path).fileName()));
}

void ExternalChangeBar::present(Mode mode, const QString &path, const QString &message) {
    m_mode = mode;
    m_label->setText(message);
    m_label->setToolTip(path);
    m_reload->setVisible(mode == Mode::Changed);
    m_keepMine->setVisible(mode == Mode::Changed);
    m_compare->setVisible(mode == Mode::Changed);
    m_save->setVisible(mode == Mode::Deleted);
    // A change with unsaved edits needs an answer; the others are news that can be waved away.
    m_close->setVisible(mode != Mode::Changed);
    if (mode == Mode::Deleted)
        setColours(this, QColor(248, 215, 218), QColor(114, 28, 36));
    else
        setColours(this, QColor(255, 243, 205), QColor(102, 77, 3));
    setVisible(true);
}

void ExternalChangeBar::dismiss() {
    m_mode = Mode::Hidden;
    hide();
}

QString ExternalChangeBar::message() const {
    return m_mode == Mode::Hidden ? QString() : m_label->text();
}
