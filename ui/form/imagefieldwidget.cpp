#include "imagefieldwidget.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include "form/fieldclassifier.h"
#include "form/siteimagepickerdialog.h"
#include "form/thumbnailcache.h"
#include "frontmatter/fieldentry.h"
#include "post/postdocument.h"
#include "site/fieldpathstyle.h"
#include "site/imagefilewriter.h"
#include "site/imageplacement.h"
#include "site/siteimagecatalog.h"

namespace {

constexpr int kThumbWidth = 64;
constexpr int kThumbHeight = 40;

bool isInside(const QString &canonicalFile, const QString &canonicalFolder) {
    return !canonicalFile.isEmpty() && !canonicalFolder.isEmpty() &&
           canonicalFile.startsWith(canonicalFolder + QLatin1Char('/'));
}

}  // namespace

ImageFieldWidget::ImageFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent)
    : FieldWidget(document, entry.key, FormFieldKind::Image, parent) {
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setSpacing(4);
    m_line = new QLineEdit(this);
    m_line->setPlaceholderText(tr("/assets/images/\u2026"));
    line->addWidget(m_line, 1);
    m_choose = new QPushButton(tr("Choose\u2026"), this);
    m_choose->setToolTip(tr("Choose one of the site\u2019s images"));
    line->addWidget(m_choose);
    column->addLayout(line);
    m_thumbnail = new QLabel(this);
    m_thumbnail->setFixedSize(kThumbWidth, kThumbHeight);
    m_thumbnail->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_thumbnail->hide();
    column->addWidget(m_thumbnail);
    contentLayout()->addLayout(column);

    m_thumbnailTimer = new QTimer(this);
    m_thumbnailTimer->setSingleShot(true);
    m_thumbnailTimer->setInterval(150);  // decoding an image per keystroke is wasted work

    connect(m_line, &QLineEdit::textEdited, this, &ImageFieldWidget::applyText);
    connect(m_choose, &QPushButton::clicked, this, &ImageFieldWidget::choose);
    connect(m_thumbnailTimer, &QTimer::timeout, this, &ImageFieldWidget::updateThumbnail);
    showEntry(entry);
    updateThumbnail();
}

QWidget *ImageFieldWidget::editor() const {
    return m_line;
}

void ImageFieldWidget::showEntry(const FieldEntry &entry) {
    const QString value = entry.kind == FieldEntry::Kind::Scalar ? entry.scalar : QString();
    m_wasNull = entry.kind == FieldEntry::Kind::Null;
    if (m_line->text() == value)
        return;
    showText(m_line, value);
    m_thumbnailTimer->start();
}

void ImageFieldWidget::setReadOnly(bool readOnly) {
    FieldWidget::setReadOnly(readOnly);
    m_line->setReadOnly(readOnly);
    m_choose->setEnabled(!readOnly);
}

bool ImageFieldWidget::hasThumbnail() const {
    return !m_thumbnail->isHidden() && !m_thumbnail->pixmap().isNull();
}

QString ImageFieldWidget::localFile(const QString &value, const QString &siteRoot) {
    QString path = value.trimmed();
    if (path.isEmpty() || siteRoot.isEmpty() || FieldClassifier::isRemoteOrTemplated(path))
        return {};
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        path.truncate(cut);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    const QString canonicalRoot = QFileInfo(siteRoot).canonicalFilePath();
    const QString canonicalFile = QFileInfo(QDir(canonicalRoot).filePath(path)).canonicalFilePath();
    return isInside(canonicalFile, canonicalRoot) && QFileInfo(canonicalFile).isFile() ? canonicalFile
                                                                                       : QString();
}

void ImageFieldWidget::applyText(const QString &text) {
    const std::optional<ScalarType> type =
        m_wasNull ? std::nullopt : std::optional<ScalarType>(ScalarType::String);
    apply([&](PostDocument &doc) { return doc.setScalar(key(), text, type); });
    m_thumbnailTimer->start();
}

QString ImageFieldWidget::baseFolder() const {
    if (!document()->siteRoot().isEmpty())
        return document()->siteRoot();
    return document()->path().isEmpty() ? QString() : QFileInfo(document()->path()).absolutePath();
}

SiteImagePickerDialog *ImageFieldWidget::picker() const {
    return m_picker;
}

void ImageFieldWidget::choose() {
    const QString base = baseFolder();
    if (base.isEmpty()) {
        showStatus(
            Status::failure(tr("Save the post in a site first; image paths are relative to the site")));
        return;
    }
    if (SiteImagePickerDialog *open = picker()) {
        open->raise();
        return;
    }
    const SiteImagePickerDialog::Request request{base, key(), m_line->text(), document()->path()};
    auto *dialog = new SiteImagePickerDialog(request, &ThumbnailCache::shared(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_picker = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        // Browse Other File… may be clicked before the site's posts have been read.
        const FieldPathStyle style =
            dialog->isListed()
                ? dialog->style()
                : FieldPathStyle::forSite(baseFolder(), key(), m_line->text(), document()->path());
        const QString chosen = dialog->selectedImage().relativePath;
        m_picker.clear();  // WA_DeleteOnClose deletes it
        if (result == QDialog::Accepted && !chosen.isEmpty())
            store(chosen, style);
        else if (result == SiteImagePickerDialog::kBrowseOther)
            browseOther(style);
    });
    dialog->open();
}

void ImageFieldWidget::store(const QString &relativePath, const FieldPathStyle &style) {
    const Result<QString> value = style.value(relativePath);
    if (!value) {
        showStatus(Status::failure(value.error()));
        return;
    }
    m_line->setText(value.value());
    applyText(value.value());
}

void ImageFieldWidget::browseOther(const FieldPathStyle &style) {
    const QString base = baseFolder();
    QString start = localFile(m_line->text(), base);
    if (start.isEmpty())
        start = QDir(base).exists(QStringLiteral("assets/images")) ? base + QStringLiteral("/assets/images")
                                                                   : base;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose an Image File"), start, tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif)"));
    if (file.isEmpty())
        return;
    if (!SiteImageCatalog::isImageName(QFileInfo(file).fileName())) {
        showStatus(Status::failure(tr("%1 is not an image file the site can publish (png, jpg, jpeg, gif, "
                                      "webp, svg, avif)")
                                       .arg(QDir::toNativeSeparators(file))));
        return;
    }
    const ImagePlacement placement = ImagePlacement::forSite(base, document()->path());
    const QString inSite = placement.relativeInSite(file);
    if (!inSite.isEmpty()) {
        store(inSite, style);
        return;
    }
    // Outside the site (or in a folder Jekyll does not publish): a copy in the site's image folder, under
    // the post's name, never overwriting.
    const Result<QString> copied =
        ImageFileWriter::copyNew(placement, ImagePlacement::baseName(document()->path()), file);
    if (!copied) {
        showStatus(Status::failure(copied.error()));
        return;
    }
    const QString relative = placement.relativeInSite(copied.value());
    store(relative, style);
    setNote(tr("Copied %1 into the site as %2").arg(QDir::toNativeSeparators(file), relative));
}

void ImageFieldWidget::updateThumbnail() {
    const QString file = localFile(m_line->text(), baseFolder());
    QImage image;
    if (!file.isEmpty()) {
        QImageReader reader(file);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(kThumbWidth, kThumbHeight, Qt::KeepAspectRatio));
        image = reader.read();
    }
    if (image.isNull()) {
        m_thumbnail->clear();
        m_thumbnail->hide();
        return;
    }
    m_thumbnail->setPixmap(QPixmap::fromImage(image));
    m_thumbnail->setToolTip(QDir::toNativeSeparators(file));
    m_thumbnail->show();
}
