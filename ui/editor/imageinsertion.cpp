#include "editor/imageinsertion.h"

#include "post/postdocument.h"
#include "site/imagefilewriter.h"
#include "site/imageplacement.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextCursor>
#include <QUrl>

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

// Whether the file at `path` holds an image: Qt can read it, or it is an SVG (which Qt reads only with its
// SVG plug-in installed).
bool isImageFile(const QString &path) {
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return true;
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return reader.canRead();
}

}  // namespace

ImageInsertion::ImageInsertion(QPlainTextEdit *editor, QObject *parent) : QObject(parent), m_editor(editor) {}

void ImageInsertion::setDocument(PostDocument *document) {
    m_document = document;
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
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        emit message(tr("The pasted image could not be saved as PNG: %1").arg(writer.errorString()));
        return true;
    }
    const ImagePlacement placement = ImagePlacement::forSite(m_document->siteRoot(), m_document->path());
    const Result<QString> written = ImageFileWriter::writeNew(
        placement, ImagePlacement::baseName(m_document->path()), QStringLiteral("png"), png);
    if (!written) {
        emit message(written.error());
        return true;
    }
    const QString alt = tr("image");
    link({placement.markdownImage(alt, placement.pathInFolder(QFileInfo(written.value()).fileName()))},
         alt.size());
    emit message(tr("Added %1").arg(QDir::toNativeSeparators(written.value())));
    return true;
}

bool ImageInsertion::insertFiles(const QStringList &files) {
    for (const QString &file : files) {
        if (!isImageFile(file)) {
            emit message(tr("%1 is not an image Postwright can read; nothing was added.")
                             .arg(QDir::toNativeSeparators(file)));
            return true;
        }
    }
    if (const QString problem = missingPlace(); !problem.isEmpty()) {
        emit message(problem);
        return true;
    }
    const ImagePlacement placement = ImagePlacement::forSite(m_document->siteRoot(), m_document->path());
    const QString base = ImagePlacement::baseName(m_document->path());
    QStringList images;
    QStringList copied;  // removed again when a later file fails: the drop adds all or nothing
    int firstAlt = 0;
    for (const QString &file : files) {
        QString relative = placement.relativeInSite(file);
        if (relative.isEmpty()) {
            const Result<QString> copy = ImageFileWriter::copyNew(placement, base, file);
            if (!copy) {
                for (const QString &path : copied)
                    QFile::remove(path);
                emit message(copy.error());
                return true;
            }
            copied.append(copy.value());
            relative = placement.pathInFolder(QFileInfo(copy.value()).fileName());
        }
        const QString alt = QFileInfo(file).completeBaseName();
        const QString image = placement.markdownImage(alt, relative);
        if (images.isEmpty())
            firstAlt =
                image.size() - placement.url(relative).size() - 5;  // the escaped alt: all but `![](...)`
        images.append(image);
    }
    link(images, firstAlt);
    if (!copied.isEmpty())
        emit message(tr("Added %1").arg(QDir::toNativeSeparators(copied.join(QLatin1String(", ")))));
    return true;
}

void ImageInsertion::link(const QStringList &images, int firstAltLength) {
    QTextCursor cursor = m_editor->textCursor();
    cursor.beginEditBlock();
    cursor.insertText(images.join(QLatin1Char('\n')));
    cursor.endEditBlock();
    const int start = cursor.position() - images.join(QLatin1Char('\n')).size() + 2;
    cursor.setPosition(start);
    cursor.setPosition(start + firstAltLength, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}
