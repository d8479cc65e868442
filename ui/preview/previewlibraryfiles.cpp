#include "preview/previewlibraryfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcPreviewLibraries, "postwright.preview.libraries", QtWarningMsg)

namespace {

const QString kHighlightFolder = QStringLiteral("/usr/share/javascript/highlight.js");
const QString kKatexFolder = QStringLiteral("/usr/share/javascript/katex");

// The stylesheets by the name the page asks for. github and atom-one-dark: a light and a dark style that
// both colour the token kinds highlight.js 9.18 gives.
const QHash<QString, QString> &stylesheets() {
    static const QHash<QString, QString> files = {
        {QStringLiteral("highlight-light.css"), kHighlightFolder + QStringLiteral("/styles/github.css")},
        {QStringLiteral("highlight-dark.css"),
         kHighlightFolder + QStringLiteral("/styles/atom-one-dark.css")},
        {QStringLiteral("katex.css"), kKatexFolder + QStringLiteral("/katex.min.css")},
    };
    return files;
}

const QHash<QString, QString> &scripts() {
    static const QHash<QString, QString> files = {
        {QStringLiteral("highlight"), kHighlightFolder + QStringLiteral("/highlight.min.js")},
        {QStringLiteral("katex"), kKatexFolder + QStringLiteral("/katex.min.js")},
    };
    return files;
}

// KaTeX's fonts: the folder is a symlink into fonts-katex (/usr/share/fonts/truetype/katex). A font name is
// checked by its shape first, then looked up among the folder's own entries, so nothing else is reachable.
QString fontFile(const QString &fileName) {
    static const QRegularExpression shape(QStringLiteral("^KaTeX_[A-Za-z0-9_-]+\\.(woff2|woff|ttf)$"));
    if (!shape.match(fileName).hasMatch())
        return {};
    static const QStringList present =
        QDir(kKatexFolder + QStringLiteral("/fonts")).entryList(QDir::Files | QDir::Readable);
    if (!present.contains(fileName))
        return {};
    return kKatexFolder + QStringLiteral("/fonts/") + fileName;
}

}  // namespace

QString PreviewLibraryFiles::host() {
    return QStringLiteral("lib");
}

QString PreviewLibraryFiles::servedFile(const QString &name) {
    const auto sheet = stylesheets().constFind(name);
    if (sheet != stylesheets().constEnd())
        return *sheet;
    const QString fontPrefix = QStringLiteral("fonts/");
    if (name.startsWith(fontPrefix))
        return fontFile(name.mid(fontPrefix.size()));
    return {};
}

QByteArray PreviewLibraryFiles::scriptSource(const QString &name) {
    static QMutex mutex;
    static QHash<QString, QByteArray> loaded;
    const auto file = scripts().constFind(name);
    if (file == scripts().constEnd())
        return {};
    const QMutexLocker locker(&mutex);
    const auto kept = loaded.constFind(name);
    if (kept != loaded.constEnd())
        return *kept;
    QFile source(*file);
    if (!source.open(QIODevice::ReadOnly)) {
        qCWarning(lcPreviewLibraries) << "cannot read" << *file << source.errorString();
        return {};
    }
    const QByteArray text = source.readAll();
    loaded.insert(name, text);
    return text;
}
