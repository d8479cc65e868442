#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

#include "safety/diffview.h"

RecoveryDialog::RecoveryDialog(const QVector<RecoveryEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_list(new QListWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_diffLegend(new QLabel(this))
    , m_diff(new DiffView(this)) {
    setWindowTitle(tr("Recover Unsaved Edits"));
    auto *intro =
        new QLabel(tr("Postwright closed before these edits were saved. Restore opens a post with the "
                      "edits so you can check and save them; Discard deletes them for good."),
                   this);
    intro->setWordWrap(true);

    for (const RecoveryEntry &entry : m_entries)
        m_list->addItem(rowText(entry));
    m_list->setObjectName(QStringLiteral("entries"));

    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_restore->setToolTip(tr("Open the post with the recovered edits (not saved until you save)"));
    m_discard->setToolTip(tr("Delete the recovered edits"));
    m_compare->setToolTip(tr("Show the file on disk against the recovered edits"));
    m_diffLegend->setObjectName(QStringLiteral("diffLegend"));
    m_diffLegend->hide();
    m_diff->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    later->setToolTip(tr("Keep the recovered edits and ask again next time"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RecoveryDialog::restoreCurrent);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardCurrent);
    connect(m_compare, &QPushButton::clicked, this, &RecoveryDialog::compareCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_diff->hide();
        m_diffLegend->hide();
        updateButtons();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_diffLegend);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    resize(760, 420);

    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
}

int RecoveryDialog::currentRow() const {
    return m_list->currentRow();
}

void RecoveryDialog::setCurrentRow(int row) {
    m_list->setCurrentRow(row);
}

QString RecoveryDialog::rowText(const RecoveryEntry &entry) {
    const QString when = entry.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (entry.isUntitled())
        return tr("New post (never saved)\nedited %1").arg(when);
    const QFileInfo info(entry.postPath);
    QString state;
    switch (entry.diskState) {
        case RecoveryEntry::DiskState::Unchanged:
            state = tr("the file is as it was when you edited it");
            break;
        case RecoveryEntry::DiskState::Changed:
            state = tr("the file has changed since: compare before restoring");
            break;
        case RecoveryEntry::DiskState::Missing:
            state = tr("the file no longer exists");
            break;
        case RecoveryEntry::DiskState::Untitled:
            break;
    }
    return tr("%1 — %2\nedited %3; %4")
        .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()), when, state);
}

void RecoveryDialog::restoreCurrent() {
    const int row = currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const RecoveryEntry entry = m_entries.at(row);
    Q_EMIT restoreRequested(entry);
    removeRow(row);
}

void RecoveryDialog::discardCurrent() {
    const int row = currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const RecoveryEntry entry = m_entries.at(row);
    Q_EMIT discardRequested(entry);
    removeRow(row);
}

void RecoveryDialog::compareCurrent() {
    const int row = currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const RecoveryEntry &entry = m_entries.at(row);
    QByteArray disk;
    QString diskLabel = tr("no file");
    if (!entry.isUntitled()) {
        QFile file(entry.postPath);
        if (file.open(QIODevice::ReadOnly)) {
            disk = file.readAll();
            diskLabel = tr("on disk now");
        } else {
            diskLabel = tr("no file on disk");
        }
    }
    m_diff->setTexts(disk, entry.text);
    m_diffLegend->setText(tr("− %1    + recovered edits    (%2)").arg(diskLabel, m_diff->summary()));
    m_diffLegend->show();
    m_diff->show();
}

void RecoveryDialog::removeRow(int row) {
    m_entries.removeAt(row);
    const std::unique_ptr<QListWidgetItem> item(m_list->takeItem(row));  // takeItem() hands it back to us
    m_diff->hide();
    m_diffLegend->hide();
    updateButtons();
    if (m_entries.isEmpty())
        accept();
}

void RecoveryDialog::updateButtons() {
    const bool selected = currentRow() >= 0;
    m_restore->setEnabled(selected);
    m_discard->setEnabled(selected);
    m_compare->setEnabled(selected);
}
