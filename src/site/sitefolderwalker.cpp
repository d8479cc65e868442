#include "site/sitefolderwalker.h"

#include "site/siteconfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <dirent.h>
#include <sys/stat.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace {

struct Named {
    QByteArray name;
    unsigned char type = DT_UNKNOWN;  // from readdir; DT_UNKNOWN on file systems that do not say
};

// The names in a folder, without `.` and `..`; empty with `error` set when it cannot be opened.
QVector<Named> listFolder(const QByteArray &path, int *error) {
    QVector<Named> names;
    DIR *dir = ::opendir(path.constData());
    if (!dir) {
        *error = errno;
        return names;
    }
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        names.append({QByteArray(entry->d_name), entry->d_type});
    }
    ::closedir(dir);
    *error = 0;
    return names;
}

bool isUtf8(const QByteArray &bytes) {
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// File names are UTF-8 on the systems we run on; invalid bytes become U+FFFD (the bytes are kept apart).
QString decoded(const QByteArray &bytes) {
    return QString::fromUtf8(bytes);
}

QString joinedRel(const QString &dirRel, const QString &name) {
    return dirRel + QLatin1Char('/') + name;  // Jekyll's File.join("", x) is "/x"
}

const QRegularExpression &datedName() {
    static const QRegularExpression pattern(
        QStringLiteral("^(?>.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)$"));
    return pattern;
}

const QRegularExpression &datelessName() {
    static const QRegularExpression pattern(QStringLiteral("^(?:.+/)*(.*)(\\.[^.]+)$"));
    return pattern;
}

// Ruby's Dir.glob("**/*") under `base`: every entry below it, not entering symbolic links to folders;
// without `dotMatch`, names starting with a dot are neither listed nor entered.
// Each entry says whether it is a symbolic link (which the caller must check) or a plain file.
struct Globbed {
    QByteArray relative;
    bool symlink = false;
    bool regular = false;  // known to be a regular file without another stat
};

void globAll(const QByteArray &base, const QByteArray &prefix, bool dotMatch, QVector<Globbed> &out,
             int depth = 0) {
    if (depth > 256)
        return;
    int error = 0;
    for (const Named &named : listFolder(base, &error)) {
        const QByteArray &name = named.name;
        if (!dotMatch && name.startsWith('.'))
            continue;
        const QByteArray full = base + '/' + name;
        const QByteArray rel = prefix.isEmpty() ? name : prefix + '/' + name;
        unsigned char type = named.type;
        if (type == DT_UNKNOWN) {
            struct stat st {};
            if (::lstat(full.constData(), &st) != 0)
                continue;  // deleted meanwhile
            type = S_ISDIR(st.st_mode)   ? DT_DIR
                   : S_ISLNK(st.st_mode) ? DT_LNK
                   : S_ISREG(st.st_mode) ? DT_REG
                                         : DT_UNKNOWN;
        }
        if (type == DT_DIR)
            globAll(full, rel, dotMatch, out, depth + 1);
        else
            out.append({rel, type == DT_LNK, type == DT_REG});
    }
}

}  // namespace

struct SiteFolderWalker::Visit {
    QVector<SiteCandidate> *out = nullptr;
    QStringList *problems = nullptr;
    QVector<QPair<dev_t, ino_t>> chain;  // the folders being walked, to stop at a link loop
};

SiteFolderWalker::SiteFolderWalker(const QString &root, const SiteConfig &config)
    : m_root(QDir(root).absolutePath())
    , m_collectionsDir(config.collectionsDir())
    , m_collections(config.collections())
    , m_filter(QDir(root).absolutePath(), config.exclude(), config.include()) {
    m_rootBytes = QFile::encodeName(m_root);
    const JekyllValue *destination = config.settings().find(QStringLiteral("destination"));
    const QString configured =
        destination && !destination->isNull() ? destination->toRubyString() : QStringLiteral("_site");
    m_destination = QDir::cleanPath(QDir(m_root).absoluteFilePath(configured));
    char resolved[PATH_MAX];
    m_realRoot = ::realpath(m_rootBytes.constData(), resolved) ? QByteArray(resolved) : m_rootBytes;
}

QByteArray SiteFolderWalker::native(const QString &relativePath) const {
    return relativePath.isEmpty() ? m_rootBytes : m_rootBytes + '/' + QFile::encodeName(relativePath);
}

bool SiteFolderWalker::symlinkOutside(const QByteArray &nativePath) const {
    struct stat st {};
    if (::lstat(nativePath.constData(), &st) != 0 || !S_ISLNK(st.st_mode))
        return false;
    char resolved[PATH_MAX];
    if (!::realpath(nativePath.constData(), resolved))
        return true;  // a dangling link: nothing to read
    const QByteArray real(resolved);
    return !(real == m_realRoot || real.startsWith(m_realRoot + '/'));
}

bool SiteFolderWalker::postsReadIn(const QString &dirRel) const {
    return m_collectionsDir.isEmpty() || dirRel.startsWith(QLatin1Char('/') + m_collectionsDir);
}

SiteCandidate SiteFolderWalker::candidate(SitePost::Kind kind, const QString &collection,
                                          const QString &relativePath) const {
    SiteCandidate c;
    c.kind = kind;
    c.collection = collection;
    c.relativePath = relativePath;
    c.nativePath = native(relativePath);
    c.path = m_root + QLatin1Char('/') + relativePath;
    c.needsHeader = kind == SitePost::Kind::Page || kind == SitePost::Kind::CollectionDocument;
    c.jekyllRelativePath = relativePath;
    const QString prefix = m_collectionsDir + QLatin1Char('/');
    if (kind != SitePost::Kind::Page && !m_collectionsDir.isEmpty() && relativePath.startsWith(prefix))
        c.jekyllRelativePath = relativePath.mid(prefix.size());
    return c;
}

QVector<SiteCandidate> SiteFolderWalker::walk(QStringList *problems) const {
    QVector<SiteCandidate> out;
    QStringList ignored;
    Visit visit;
    visit.out = &out;
    visit.problems = problems ? problems : &ignored;
    walkSiteFolder(QString(), visit);
    for (const SiteCollection &collection : m_collections)
        readCollection(collection, visit);
    return out;
}

void SiteFolderWalker::walkSiteFolder(const QString &dirRel, Visit &visit) const {
    const QByteArray fsPath = m_rootBytes + QFile::encodeName(dirRel);
    struct stat self {};
    if (::stat(fsPath.constData(), &self) != 0 || !S_ISDIR(self.st_mode))
        return;
    const QPair<dev_t, ino_t> identity{self.st_dev, self.st_ino};
    if (visit.chain.contains(identity)) {
        visit.problems->append(
            tr("%1: a symbolic link loops back to a folder above it; not followed").arg(m_root + dirRel));
        return;
    }
    int error = 0;
    const QVector<Named> names = listFolder(fsPath, &error);
    if (error != 0) {
        visit.problems->append(tr("Could not read folder %1: %2")
                                   .arg(m_root + dirRel, QString::fromLocal8Bit(std::strerror(error))));
        return;
    }
    visit.chain.append(identity);
    QStringList folders;
    for (const Named &named : names) {
        const QByteArray &name = named.name;
        const QString entry = decoded(name);
        const QByteArray full = fsPath + '/' + name;
        if (m_filter.rejects(entry, dirRel, symlinkOutside(full)))
            continue;
        struct stat st {};
        if (::stat(full.constData(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            folders.append(entry);
        } else if (S_ISREG(st.st_mode)) {
            SiteCandidate page = candidate(SitePost::Kind::Page, QString(), joinedRel(dirRel, entry).mid(1));
            page.nativePath = full;
            page.nameNotUtf8 = !isUtf8(name);
            visit.out->append(page);
        }
    }
    if (postsReadIn(dirRel)) {
        readMagicFolder(dirRel, "_posts", visit);
        readMagicFolder(dirRel, "_drafts", visit);
    }
    for (const QString &folder : folders) {
        const QString next = joinedRel(dirRel, folder);
        if (m_root + next != m_destination)  // Reader#retrieve_dirs skips the site's output
            walkSiteFolder(next, visit);
    }
    visit.chain.removeLast();
}

void SiteFolderWalker::readMagicFolder(const QString &dirRel, const char *magic, Visit &visit) const {
    const QString base = joinedRel(dirRel, QLatin1String(magic));
    const QByteArray fsBase = m_rootBytes + QFile::encodeName(base);
    struct stat st {};
    if (::stat(fsBase.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return;
    const bool drafts = std::strcmp(magic, "_drafts") == 0;
    QVector<Globbed> entries;
    globAll(fsBase, QByteArray(), false, entries);
    for (const Globbed &globbed : entries) {
        const QByteArray &rel = globbed.relative;
        const QString entry = decoded(rel);
        const QByteArray full = fsBase + '/' + rel;
        if (m_filter.rejects(entry, base, globbed.symlink && symlinkOutside(full)))
            continue;
        struct stat file {};
        if (!globbed.regular && (::stat(full.constData(), &file) != 0 || !S_ISREG(file.st_mode)))
            continue;
        if (!(drafts ? datelessName() : datedName()).match(entry).hasMatch())
            continue;
        SiteCandidate c = candidate(drafts ? SitePost::Kind::Draft : SitePost::Kind::Post,
                                    QStringLiteral("posts"), (base + QLatin1Char('/') + entry).mid(1));
        c.nativePath = full;
        c.nameNotUtf8 = !isUtf8(rel);
        visit.out->append(c);
    }
}

void SiteFolderWalker::readCollection(const SiteCollection &collection, Visit &visit) const {
    const QString folder = (m_collectionsDir.isEmpty() ? QString() : m_collectionsDir + QLatin1Char('/')) +
                           QLatin1Char('_') + collection.label;
    const QByteArray fsBase = native(folder);
    struct stat st {};
    if (::stat(fsBase.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || symlinkOutside(fsBase))
        return;
    QVector<Globbed> entries;
    globAll(fsBase, QByteArray(), true, entries);
    for (const Globbed &globbed : entries) {
        const QByteArray &rel = globbed.relative;
        const QString entry = decoded(rel);
        const QByteArray full = fsBase + '/' + rel;
        if (m_filter.rejects(entry, QString(), globbed.symlink && symlinkOutside(full)))
            continue;
        struct stat file {};
        if (!globbed.regular && (::stat(full.constData(), &file) != 0 || !S_ISREG(file.st_mode)))
            continue;
        SiteCandidate c = candidate(SitePost::Kind::CollectionDocument, collection.label,
                                    folder + QLatin1Char('/') + entry);
        c.nativePath = full;
        c.nameNotUtf8 = !isUtf8(rel);
        visit.out->append(c);
    }
}

std::optional<SiteCandidate> SiteFolderWalker::classify(const QString &absolutePath) const {
    const QString relative = QDir(m_root).relativeFilePath(QDir::cleanPath(absolutePath));
    if (relative.startsWith(QLatin1String("../")) || relative.isEmpty())
        return std::nullopt;
    const QStringList parts = relative.split(QLatin1Char('/'));
    const QByteArray full = native(relative);
    struct stat file {};
    if (::stat(full.constData(), &file) != 0 || !S_ISREG(file.st_mode))
        return std::nullopt;

    // A collection document: glob rules below the collection folder.
    for (const SiteCollection &collection : m_collections) {
        const QString folder =
            (m_collectionsDir.isEmpty() ? QString() : m_collectionsDir + QLatin1Char('/')) +
            QLatin1Char('_') + collection.label;
        if (!relative.startsWith(folder + QLatin1Char('/')))
            continue;
        const QByteArray fsBase = native(folder);
        if (symlinkOutside(fsBase))
            return std::nullopt;
        const QString entry = relative.mid(folder.size() + 1);
        const QStringList entryParts = entry.split(QLatin1Char('/'));
        QString walked = folder;
        for (int i = 0; i + 1 < entryParts.size(); ++i) {
            walked += QLatin1Char('/') + entryParts[i];
            struct stat st {};
            if (::lstat(native(walked).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
                return std::nullopt;
        }
        if (m_filter.rejects(entry, QString(), symlinkOutside(full)))
            return std::nullopt;
        SiteCandidate c = candidate(SitePost::Kind::CollectionDocument, collection.label, relative);
        return c;
    }

    // The site walk must enter every folder above the file (or above its `_posts`/`_drafts`).
    int magic = -1;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i] == QLatin1String("_posts") || parts[i] == QLatin1String("_drafts")) {
            magic = i;
            break;
        }
    }
    const int walkedFolders = magic >= 0 ? magic : int(parts.size()) - 1;
    QString dirRel;
    for (int i = 0; i < walkedFolders; ++i) {
        const QString next = joinedRel(dirRel, parts[i]);
        if (m_filter.rejects(parts[i], dirRel, symlinkOutside(native(next.mid(1)))) ||
            m_root + next == m_destination)
            return std::nullopt;
        dirRel = next;
    }
    if (magic < 0) {
        if (m_filter.rejects(parts.last(), dirRel, symlinkOutside(full)))
            return std::nullopt;
        return candidate(SitePost::Kind::Page, QString(), relative);
    }
    if (!postsReadIn(dirRel))
        return std::nullopt;
    const bool drafts = parts[magic] == QLatin1String("_drafts");
    const QString base = joinedRel(dirRel, parts[magic]);
    const QString entry = parts.mid(magic + 1).join(QLatin1Char('/'));
    QString walked = base.mid(1);
    for (int i = magic + 1; i < parts.size(); ++i) {
        if (parts[i].startsWith(QLatin1Char('.')))
            return std::nullopt;
        walked += QLatin1Char('/') + parts[i];
        struct stat st {};
        if (i + 1 < parts.size() && (::lstat(native(walked).constData(), &st) != 0 || !S_ISDIR(st.st_mode)))
            return std::nullopt;
    }
    if (m_filter.rejects(entry, base, symlinkOutside(full)))
        return std::nullopt;
    if (!(drafts ? datelessName() : datedName()).match(entry).hasMatch())
        return std::nullopt;
    return candidate(drafts ? SitePost::Kind::Draft : SitePost::Kind::Post, QStringLiteral("posts"),
                     relative);
}
