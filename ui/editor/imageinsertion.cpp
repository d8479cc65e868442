#include "editor/imageinsertion.h"

#include "post/postdocument.h"
#include "site/imagesizerules.h"
#include "window/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QUrl>
#include <QtConcurrent>

namespace {

// Whether the name says image: such files are taken (and refused with a reason when they are not images);
// other files dropped or pasted as file names keep going in as text, as before.
bool namedAsImage(const QString &path) {
    const QByteArray suffix = QFileInfo(path).suffix().toLower().toUtf8();
    return suffix == "svg" || (!suffix.isEmpty() && QImageReader::supportedImageFormats().contains(suffix));
}

// A browser's "Copy Image" puts the image's address beside its pixels: that text is not what was copied.
bool isAddressOnly(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QRegularExpression(QStringLiteral("\\s"))))
        return false;
    const QUrl url(trimmed, QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
            url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("file"));
}

QStringList localFiles(const QMimeData *source) {
    QStringList files;
    if (!source->hasUrls())
        return files;
    for (const QUrl &url : source->urls()) {
        if (!url.isLocalFile() || !namedAsImage(url.toLocalFile()))
            return {};
        files.append(url.toLocalFile());
    }
    return files;
}

bool isSvg(const QString &path) {
    return QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
}

}  // namespace

ImageInsertion::ImageInsertion(QPlainTextEdit *editor, QObject *parent) : QObject(parent), m_editor(editor) {}

void ImageInsertion::setDocument(PostDocument *document) {
    m_document = document;
}

void ImageInsertion::setDownscaleChooser(DownscaleOffer::Chooser chooser) {
    m_chooser = std::move(chooser);
}

bool ImageInsertion::accepts(const QMimeData *source) const {
    if (!source)
        return false;
    if (source->hasImage() && (source->text().trimmed().isEmpty() || isAddressOnly(source->text())))
        return true;
    return !localFiles(source).isEmpty();
}

bool ImageInsertion::insert(const QMimeData *source) {
    if (!accepts(source))
        return false;
    const QStringList files = localFiles(source);
    return files.isEmpty() ? insertImageData(source) : insertFiles(files);
}

QString ImageInsertion::missingPlace() const {
    if (!m_document || m_document->path().isEmpty())
        return tr("Save the post before adding images: their names and folder come from the post's file.");
    if (m_document->siteRoot().isEmpty())
        return tr("%1 is not in a Jekyll site, so there is no site folder to put the image in.")
            .arg(QFileInfo(m_document->path()).fileName());
    return {};
}

ImageInsertion::Target ImageInsertion::target() const {
    const QTextCursor cursor = m_editor->textCursor();
    Target target{cursor, cursor.hasSelection(), m_document, m_document->path(), m_document->siteRoot()};
    // Text typed at the link's place while the image is written goes after the link.
    target.at.setKeepPositionOnInsert(true);
    return target;
}

ImageWriteTask::Request ImageInsertion::request(const Target &target) {
    ImageWriteTask::Request request;
    request.siteRoot = target.siteRoot;
    request.postPath = target.path;
    request.folder = AppSettings::imageFolder(request.siteRoot);
    request.keepLocation = AppSettings::keepImageLocation();
    return request;
}

bool ImageInsertion::ask(const DownscaleOffer::Question &question) const {
    return m_chooser ? m_chooser(question) : DownscaleOffer::askWithDialog(m_editor, question);
}

bool ImageInsertion::insertImageData(const QMimeData *source) {
    if (const QString problem = missingPlace(); !problem.isEmpty()) {
        emit message(problem);
        return true;
    }
    const QImage image = qvariant_cast<QImage>(source->imageData());
    if (image.isNull()) {
        emit message(tr("The clipboard's image could not be read; nothing was added."));
        return true;
    }
    const Target at = target();
    ++m_running;
    emit message(tr("Saving the pasted image…"));
    auto *watcher = new QFutureWatcher<Result<ImageEncoding::Encoded>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, at, image] {
        watcher->deleteLater();
        const Result<ImageEncoding::Encoded> encoded = watcher->result();
        if (!encoded) {
            --m_running;
            emit message(tr("The pasted image could not be saved: %1").arg(encoded.error()));
            return;
        }
        ImageWriteTask::Request request = ImageInsertion::request(at);
        request.image = image;
        request.encoded = encoded.value();
        const int offered =
            ImageSizeRules::downscaleWidth(image.size(), encoded->bytes.size(), AppSettings::imageLimits());
        if (offered > 0 &&
            ask(DownscaleOffer::about(tr("The pasted image"), image.width(), encoded->bytes.size(), offered)))
            request.width = offered;
        --m_running;  // write() counts it again
        write(at, request, {tr("image")});
    });
    watcher->setFuture(QtConcurrent::run([image] { return ImageEncoding::encodePasted(image); }));
    return true;
}

bool ImageInsertion::insertFiles(const QStringList &files) {
    if (const QString problem = missingPlace(); !problem.isEmpty()) {
        emit message(problem);
        return true;
    }
    const ImagePlacement site(m_document->siteRoot(), QString(), QString(),
                              ImagePlacement::UrlStyle::RootRelative);
    const ImageSizeRules::Limits limits = AppSettings::imageLimits();
    const Target at = target();
    ImageWriteTask::Request request = ImageInsertion::request(at);
    QStringList alts;
    QVector<int> offered;  // index in request.files of each file offered a downscale
    // Headers only, here: the pixels are read on the worker thread, and only when within the decoding limit.
    for (const QString &file : files) {
        QImageReader reader(file);
        reader.setDecideFormatFromContent(true);
        if (!isSvg(file) && !reader.canRead()) {
            emit message(tr("%1 is not an image Postwright can read; nothing was added.")
                             .arg(QDir::toNativeSeparators(file)));
            return true;
        }
        ImageWriteTask::Dropped dropped{file, 0};
        const bool outside = site.relativeInSite(file).isEmpty();
        if (outside && !isSvg(file)) {
            const QSize shown = ImageEncoding::shownSize(reader);
            if (!ImageSizeRules::decodable(shown)) {
                emit message(tr("%1 is %2 × %3 pixels, more than Postwright adds to a post (%4 million); "
                                "nothing was added.")
                                 .arg(QDir::toNativeSeparators(file))
                                 .arg(shown.width())
                                 .arg(shown.height())
                                 .arg(ImageSizeRules::kMaxDecodedPixels / 1000000));
                return true;
            }
            const int width = ImageEncoding::canReencode(reader)
                                  ? ImageSizeRules::downscaleWidth(shown, QFileInfo(file).size(), limits)
                                  : 0;
            if (width > 0) {
                dropped.width = width;
                offered.append(request.files.size());
            }
        }
        request.files.append(dropped);
        alts.append(QFileInfo(file).completeBaseName());
    }
    if (!offered.isEmpty()) {
        const ImageWriteTask::Dropped &first = request.files.at(offered.first());
        QImageReader reader(first.path);
        const DownscaleOffer::Question question =
            offered.size() == 1 ? DownscaleOffer::about(QFileInfo(first.path).fileName(),
                                                        ImageEncoding::shownSize(reader).width(),
                                                        QFileInfo(first.path).size(), first.width)
                                : DownscaleOffer::aboutSeveral(offered.size(), first.width);
        if (!ask(question)) {
            for (int index : std::as_const(offered))
                request.files[index].width = 0;
        }
    }
    write(at, request, alts);
    return true;
}

void ImageInsertion::write(const Target &target, const ImageWriteTask::Request &request,
                           const QStringList &alts) {
    ++m_running;
    auto *watcher = new QFutureWatcher<ImageWriteTask::Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target, alts] {
        watcher->deleteLater();
        --m_running;
        finish(target, watcher->result(), alts);
    });
    watcher->setFuture(QtConcurrent::run([request] { return ImageWriteTask::run(request); }));
}

void ImageInsertion::finish(const Target &target, const ImageWriteTask::Outcome &outcome,
                            const QStringList &alts) {
    if (!outcome.error.isEmpty()) {
        emit message(outcome.error);
        return;
    }
    QStringList written;
    for (const QString &path : outcome.written)
        written.append(QDir::toNativeSeparators(path));
    // The post shown now is not the one the image was added for: the file stays, the link is not written
    // into another post.
    if (!target.document || target.document != m_document || target.document->path() != target.path ||
        target.at.document() != m_editor->document()) {
        emit message(tr("Added %1, but the post changed before the link could be inserted.")
                         .arg(written.join(QLatin1String(", "))));
        return;
    }
    QStringList images;
    int firstAlt = 0;
    for (int i = 0; i < outcome.relativePaths.size(); ++i) {
        const QString &relative = outcome.relativePaths.at(i);
        const QString image = outcome.placement.markdownImage(alts.value(i), relative);
        if (images.isEmpty())
            firstAlt = image.size() - outcome.placement.url(relative).size() -
                       5;  // the escaped alt: all but `![](...)`
        images.append(image);
    }
    link(target, images, firstAlt);
    if (!written.isEmpty())
        emit message(tr("Added %1").arg(written.join(QLatin1String(", "))));
}

void ImageInsertion::link(const Target &target, const QStringList &images, int firstAltLength) {
    QTextCursor cursor = target.at;
    cursor.setKeepPositionOnInsert(false);
    if (!target.replacesSelection)
        cursor.clearSelection();
    const QString text = images.join(QLatin1Char('\n'));
    cursor.beginEditBlock();
    cursor.insertText(text);
    cursor.endEditBlock();
    const int start = cursor.position() - text.size() + 2;
    cursor.setPosition(start);
    cursor.setPosition(start + firstAltLength, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}
