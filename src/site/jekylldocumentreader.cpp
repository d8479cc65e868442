#include "site/jekylldocumentreader.h"

#include "site/jekyllfrontmatter.h"

#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Utils.has_yaml_header?: the first line is `---`, optional white space, then a line break.
bool hasYamlHeader(const QByteArray &bytes) {
    if (!bytes.startsWith("---"))
        return false;
    for (qsizetype i = 3; i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            return true;
        if (!isSpace(bytes[i]))
            return false;
    }
    return false;
}

int countWords(const char *data, qsizetype size) {
    static const auto table = [] {
        std::array<bool, 256> space{};
        for (unsigned char c : {' ', '\t', '\n', '\v', '\f', '\r'})
            space[c] = true;
        return space;
    }();
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < size; ++i) {
        const bool space = table[s[i]];
        words += !space && !inWord;
        inWord = !space;
    }
    return words;
}

bool validUtf8(const char *data, qsizetype size) {
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // Most text is ASCII: skip it eight bytes at a time.
        while (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, s + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

QByteArray readStart(int fd, qint64 limit) {
    QByteArray bytes;
    bytes.resize(static_cast<qsizetype>(limit));
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + filled, static_cast<size_t>(bytes.size() - filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        filled += n;
    }
    bytes.resize(filled);
    return bytes;
}

}  // namespace

std::optional<SitePost> JekyllDocumentReader::read(const SiteCandidate &candidate, const Context &context) {
    SitePost post;
    post.kind = candidate.kind;
    post.collection = candidate.collection;
    post.path = candidate.path;
    post.nativePath = candidate.nativePath;
    post.relativePath = candidate.relativePath;
    const QString fileName =
        candidate.relativePath.mid(candidate.relativePath.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    post.extension = dot > 0 ? fileName.mid(dot) : QString();
    if (candidate.nameNotUtf8)
        post.problems.append({Diagnostic::Severity::Warning, 0, 0,
                              tr("the file name is not valid UTF-8; Jekyll cannot read it reliably")});

    // Non-blocking: a file replaced by a FIFO since the walk must not hang the open (fstat then refuses it).
    const int fd = ::open(candidate.nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        post.unreadable = true;
        post.problems.append(
            {Diagnostic::Severity::Error, 0, 0,
             tr("could not read the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))});
        return post;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return std::nullopt;
    }
    post.size = st.st_size;
    post.modified = QDateTime::fromMSecsSinceEpoch(
        qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000, context.zone);
    const qint64 limit = qMin<qint64>(qMax<qint64>(st.st_size, 0) + 1, kMaxBytes);
    // A static file (an image, most often) is told by its first bytes: the rest of it is never read.
    QByteArray bytes = readStart(fd, qMin<qint64>(limit, 3));
    if (candidate.needsHeader && !bytes.startsWith("---")) {
        ::close(fd);
        return std::nullopt;
    }
    bytes += readStart(fd, limit - bytes.size());
    ::close(fd);
    if (candidate.needsHeader && !hasYamlHeader(bytes))
        return std::nullopt;
    post.bodyTruncated = st.st_size > bytes.size();

    // A cut at kMaxBytes may split a character: only what was read whole is judged.
    qsizetype checked = bytes.size();
    if (post.bodyTruncated) {
        while (checked > 0 && (static_cast<unsigned char>(bytes[checked - 1]) & 0xC0) == 0x80)
            --checked;
        if (checked > 0 && static_cast<unsigned char>(bytes[checked - 1]) >= 0xC0)
            --checked;
    }
    post.validUtf8 = validUtf8(bytes.constData(), checked);

    const qsizetype bodyBegin = JekyllFrontMatter::apply(bytes, candidate, context, post);
    post.wordCount = countWords(bytes.constData() + bodyBegin, bytes.size() - bodyBegin);
    return post;
}
