#include "window/imagessettingspage.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "site/imageplacement.h"
#include "window/appsettings.h"
#include "window/settingcheckbox.h"

namespace {

constexpr double kBytesPerMegabyte = 1024.0 * 1024.0;
constexpr int kMaxWidth = 20000;
constexpr double kMaxMegabytes = 1024;

}  // namespace

ImagesSettingsPage::ImagesSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_maxWidth(new QSpinBox(this))
    , m_maxMegabytes(new QDoubleSpinBox(this))
    , m_folders(new QTableWidget(0, 2, this))
    , m_forget(new QPushButton(tr("&Forget"), this))
    , m_problem(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);

    auto *sizeBox = new QGroupBox(tr("New images"), this);
    auto *size = new QFormLayout(sizeBox);
    const ImageSizeRules::Limits limits = AppSettings::imageLimits();
    m_maxWidth->setObjectName(QStringLiteral("imageMaxWidth"));
    m_maxWidth->setRange(1, kMaxWidth);
    m_maxWidth->setSuffix(tr(" px"));
    m_maxWidth->setValue(limits.maxWidth);
    size->addRow(tr("Offer to downscale images &wider than:"), m_maxWidth);
    m_maxMegabytes->setObjectName(QStringLiteral("imageMaxMegabytes"));
    m_maxMegabytes->setRange(0.1, kMaxMegabytes);
    m_maxMegabytes->setDecimals(1);
    m_maxMegabytes->setSingleStep(0.5);
    m_maxMegabytes->setSuffix(tr(" MB"));
    m_maxMegabytes->setValue(double(limits.maxBytes) / kBytesPerMegabyte);
    m_shownMegabytes = m_maxMegabytes->value();
    size->addRow(tr("…or &larger than:"), m_maxMegabytes);
    size->addRow(new SettingCheckBox(
        QStringLiteral("keepImageLocation"), tr("&Keep the location (GPS) of photos copied into a site"),
        &AppSettings::keepImageLocation, &AppSettings::setKeepImageLocation, sizeBox));
    layout->addWidget(sizeBox);

    auto *folderBox = new QGroupBox(tr("Image folder per site"), this);
    auto *folder = new QVBoxLayout(folderBox);
    auto *note = new QLabel(tr("Where new images of a site go, relative to the site's folder. A site not "
                               "listed uses the folder its posts' images are in."),
                            folderBox);
    note->setWordWrap(true);
    folder->addWidget(note);
    auto *row = new QHBoxLayout;
    m_folders->setObjectName(QStringLiteral("imageFolders"));
    m_folders->setAccessibleName(tr("Image folder per site"));
    m_folders->setHorizontalHeaderLabels({tr("Site"), tr("Folder")});
    m_folders->horizontalHeader()->setStretchLastSection(true);
    m_folders->verticalHeader()->hide();
    m_folders->setSelectionBehavior(QAbstractItemView::SelectRows);
    row->addWidget(m_folders, 1);
    auto *buttons = new QVBoxLayout;
    m_forget->setObjectName(QStringLiteral("forgetImageFolder"));
    m_forget->setToolTip(tr("Forget the chosen folder: the site's posts show where images go"));
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    row->addLayout(buttons);
    folder->addLayout(row);
    m_problem->setObjectName(QStringLiteral("imageFolderProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    folder->addWidget(m_problem);
    layout->addWidget(folderBox, 1);
    connect(m_forget, &QPushButton::clicked, this, &ImagesSettingsPage::forgetSelected);
    showFolders();
}

QString ImagesSettingsPage::problem() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ImagesSettingsPage::showFolders() {
    m_shownFolders = AppSettings::imageFolders();
    m_folders->setRowCount(0);
    for (auto it = m_shownFolders.cbegin(); it != m_shownFolders.cend(); ++it) {
        const int row = m_folders->rowCount();
        m_folders->insertRow(row);
        auto *site = new QTableWidgetItem(QDir::toNativeSeparators(it.key()));
        site->setData(Qt::UserRole, it.key());
        site->setFlags(site->flags() & ~Qt::ItemIsEditable);
        m_folders->setItem(row, 0, site);
        m_folders->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_forget->setEnabled(m_folders->rowCount() > 0);
}

void ImagesSettingsPage::forgetSelected() {
    QList<int> rows;
    for (const QModelIndex &index : m_folders->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_folders->currentRow() >= 0)
        rows.append(m_folders->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_folders->removeRow(row);
    m_forget->setEnabled(m_folders->rowCount() > 0);
}

void ImagesSettingsPage::apply() {
    const ImageSizeRules::Limits stored = AppSettings::imageLimits();
    ImageSizeRules::Limits limits = stored;
    limits.maxWidth = m_maxWidth->value();
    if (m_maxMegabytes->value() != m_shownMegabytes)
        limits.maxBytes = qint64(std::llround(m_maxMegabytes->value() * kBytesPerMegabyte));
    if (limits.maxWidth != stored.maxWidth || limits.maxBytes != stored.maxBytes)
        AppSettings::setImageLimits(limits);
    m_shownMegabytes = m_maxMegabytes->value();
    for (SettingCheckBox *box : findChildren<SettingCheckBox *>())
        box->apply();

    QStringList problems;
    QMap<QString, QString> shown;
    for (int row = 0; row < m_folders->rowCount(); ++row)
        shown.insert(m_folders->item(row, 0)->data(Qt::UserRole).toString(), m_folders->item(row, 1)->text());
    for (auto it = m_shownFolders.cbegin(); it != m_shownFolders.cend(); ++it) {
        const QString site = it.key();
        if (!shown.contains(site)) {
            AppSettings::setImageFolder(site, QString());
            continue;
        }
        const QString typed = QDir::fromNativeSeparators(shown.value(site).trimmed());
        if (typed == it.value())
            continue;
        const Result<QString> folder = ImagePlacement::folderInSite(site, QDir(site).filePath(typed));
        if (folder)
            AppSettings::setImageFolder(site, folder.value());
        else
            problems.append(folder.error());
    }
    showFolders();
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
}
