#include "form/siteimagepickerdialog.h"

#include "form/siteimagemodel.h"
#include "form/thumbnaildelegate.h"
#include "form/thumbnailloader.h"
#include "site/siteimagecatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

SiteImagePickerDialog::SiteImagePickerDialog(const Request &request, ThumbnailCache *cache, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_style(FieldPathStyle::learn(request.siteRoot, QString(), {}, request.oldValue)) {
    setWindowTitle(tr("Choose an Image"));
    m_loader = new ThumbnailLoader(cache, this);
    m_model = new SiteImageModel(m_loader, this);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Type part of the name to filter"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    m_order = new QComboBox(this);
    m_order->addItem(tr("Newest first"), int(SiteImageCatalog::Order::Newest));
    m_order->addItem(tr("By folder"), int(SiteImageCatalog::Order::ByFolder));
    m_order->setToolTip(tr("Order of the images"));
    top->addWidget(m_order);
    layout->addLayout(top);

    m_view = new QListView(this);
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);          // no per-row size query: a long list lays out at once
    m_view->setLayoutMode(QListView::Batched);  // thousands of images lay out between events
    m_view->setBatchSize(200);
    m_view->setIconSize(QSize(ThumbnailLoader::kEdge, ThumbnailLoader::kEdge));
    m_view->setGridSize(QSize(ThumbnailLoader::kEdge + 32, ThumbnailLoader::kEdge + 36));
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegate(new ThumbnailDelegate(m_view->iconSize(), m_view));
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);

    m_status = new QLabel(tr("Reading the site\u2019s images\u2026"), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *other = buttons->addButton(tr("Browse Other File\u2026"), QDialogButtonBox::ActionRole);
    other->setToolTip(tr("Choose a file anywhere; a file outside the site is copied into its image folder"));
    m_choose = buttons->addButton(tr("Choose"), QDialogButtonBox::AcceptRole);
    m_choose->setEnabled(false);
    m_choose->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(buttons, &QDialogButtonBox::accepted, this, &SiteImagePickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SiteImagePickerDialog::reject);
    connect(other, &QPushButton::clicked, this, [this] { done(kBrowseOther); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        selectFirstIfNone();
        updateStatus();
        if (m_loader->isLoading())  // the images asked for come next
            m_loader->load(m_model->shownFirst());
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        const SiteImage current = m_model->imageAt(m_view->currentIndex().row());
        m_model->setOrder(SiteImageCatalog::Order(m_order->currentData().toInt()));
        if (m_loader->isLoading())
            m_loader->load(m_model->shownFirst());
        const int row = m_model->rowOf(current.relativePath);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row));
        selectFirstIfNone();
    });
    connect(m_view, &QListView::doubleClicked, this, &SiteImagePickerDialog::accept);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_choose->setEnabled(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_choose->setEnabled(current.isValid()); });
    connect(m_loader, &ThumbnailLoader::finished, this, &SiteImagePickerDialog::updateStatus);
    m_filter->installEventFilter(this);
    m_view->installEventFilter(this);
    m_filter->setFocus();

    m_listing = new QFutureWatcher<Listing>(this);
    connect(m_listing, &QFutureWatcher<Listing>::finished, this, &SiteImagePickerDialog::showListing);
    // The walk reads every folder of the site: never on the GUI thread. It holds copies only, so closing
    // the dialog does not wait for it.
    m_listing->setFuture(QtConcurrent::run([request] { return list(request); }));
}

SiteImagePickerDialog::~SiteImagePickerDialog() = default;

SiteImagePickerDialog::Listing SiteImagePickerDialog::list(const Request &request) {
    Listing listing;
    listing.images =
        SiteImageCatalog::list(request.siteRoot, SiteImageCatalog::Order::Newest, &listing.problems);
    QStringList relative;
    relative.reserve(listing.images.size());
    for (const SiteImage &image : std::as_const(listing.images))
        relative.append(image.relativePath);
    listing.style = FieldPathStyle::forSite(request.siteRoot, request.fieldKey, request.oldValue,
                                            request.postPath, relative);
    return listing;
}

void SiteImagePickerDialog::showListing() {
    const Listing listing = m_listing->result();
    m_style = listing.style;
    m_problems = listing.problems;
    m_model->setImages(listing.images);
    m_listed = true;
    // Preselect the image the field names now, whatever way it is written.
    QString current;
    for (const SiteImage &image : listing.images) {
        const Result<QString> value = m_style.value(image.relativePath);
        if ((value && value.value() == m_request.oldValue.trimmed()) ||
            QLatin1Char('/') + image.relativePath == m_request.oldValue.trimmed() ||
            image.relativePath == m_request.oldValue.trimmed()) {
            current = image.relativePath;
            break;
        }
    }
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    selectFirstIfNone();
    m_loader->load(m_model->shownFirst());
    updateStatus();
    Q_EMIT listed();
}

void SiteImagePickerDialog::selectFirstIfNone() {
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    m_choose->setEnabled(m_view->currentIndex().isValid());
}

void SiteImagePickerDialog::updateStatus() {
    if (!m_listed)
        return;
    QString text;
    const int all = int(m_model->allImages().size());
    if (all == 0)
        text =
            tr("The site has no published images yet (folders starting with _ or . are not published). "
               "Use Browse Other File\u2026 to copy one in.");
    else if (m_model->rowCount() == 0)
        text = tr("No image name contains \u201c%1\u201d.").arg(m_filter->text());
    else if (m_model->rowCount() < all)
        text = tr("%1 of %2 images").arg(m_model->rowCount()).arg(all);
    else
        text = tr("%n image(s) in the site", nullptr, all);
    if (!m_problems.isEmpty())
        text += QLatin1Char('\n') + m_problems.first();
    m_status->setText(text);
}

void SiteImagePickerDialog::accept() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_selected = m_model->imageAt(current.row());
    QDialog::accept();
}

bool SiteImagePickerDialog::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if ((watched == m_filter || watched == m_view) &&
        (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        accept();
        return true;
    }
    if (watched == m_filter) {
        // Arrows and page keys move in the list while the cursor stays in the filter.
        switch (key->key()) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                QCoreApplication::sendEvent(m_view, event);
                return true;
            case Qt::Key_Left:
            case Qt::Key_Right:
                if (!m_filter->text().isEmpty())
                    break;
                QCoreApplication::sendEvent(m_view, event);
                return true;
            default:
                break;
        }
    } else if (watched == m_view) {
        const QString text = key->text();
        const bool typed = !text.isEmpty() && text.at(0).isPrint() &&
                           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (typed || key->key() == Qt::Key_Backspace) {
            // Typing in the list filters it, as it does in the filter box.
            m_filter->setFocus();
            QCoreApplication::sendEvent(m_filter, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
