#include "site/sitetextsearch.h"

#include <QDir>

#include <algorithm>

#include "post/postfile.h"
#include "post/textencoding.h"

namespace {

// How many characters of a long line are kept before a match when the line is cut.
constexpr int kContextBefore = 80;

// UTF-8 bytes of UTF-16 text (a surrogate pair is 2 + 2).
qsizetype utf8Length(QStringView text) {
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    }
    return bytes;
}

// A file's bytes as the text the matcher reads (no byte-order mark, "\r\n" read as '\n'), with where each
// line starts in both, so a position in the text is a byte offset in the file.
class MatchedText {
public:
    explicit MatchedText(const QByteArray &bytes) {
        const qsizetype begin = TextEncoding::hasBom(bytes) ? 3 : 0;
        m_text = QString::fromUtf8(bytes.constData() + begin, bytes.size() - begin);
        if (m_text.contains(QLatin1Char('\r')))
            m_text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        // Both hold the same '\n's: only a '\r' before one was dropped.
        m_charStarts.append(0);
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (m_text.at(i) == QLatin1Char('\n'))
                m_charStarts.append(int(i + 1));
        }
        m_byteStarts.append(begin);
        for (qsizetype i = begin; i < bytes.size(); ++i) {
            if (bytes.at(i) == '\n')
                m_byteStarts.append(i + 1);
        }
    }

    const QString &text() const { return m_text; }
    // 0-based line of a text position.
    int lineAt(int position) const {
        return int(std::upper_bound(m_charStarts.begin(), m_charStarts.end(), position) -
                   m_charStarts.begin()) -
               1;
    }
    int lineStart(int line) const { return m_charStarts.at(line); }
    // Characters of a line, without its line break.
    int lineLength(int line) const {
        const int end = line + 1 < m_charStarts.size() ? m_charStarts.at(line + 1) - 1 : int(m_text.size());
        return end - m_charStarts.at(line);
    }
    // The file's byte offset of a text position (a position on a line break is where "\r\n" or "\n" starts).
    qsizetype byteAt(int position) const {
        const int line = lineAt(position);
        return m_byteStarts.at(line) +
               utf8Length(QStringView(m_text).mid(m_charStarts.at(line), position - m_charStarts.at(line)));
    }

private:
    QString m_text;
    QVector<int> m_charStarts;
    QVector<qsizetype> m_byteStarts;
};

SiteTextSearch::LineMatch describe(const MatchedText &text, const TextMatcher::Match &match) {
    const int line = text.lineAt(match.position);
    const int lineLength = text.lineLength(line);
    const int offset = match.position - text.lineStart(line);
    SiteTextSearch::LineMatch described;
    described.line = line + 1;
    described.length = std::min(match.length, lineLength - offset);
    int from = 0;
    int to = lineLength;
    if (lineLength > SiteTextSearch::kMaxLineChars) {
        from = std::max(0, std::min(offset - kContextBefore, lineLength - SiteTextSearch::kMaxLineChars));
        to = from + SiteTextSearch::kMaxLineChars;
        described.length = std::min(described.length, to - offset);
    }
    const QString ellipsis = QStringLiteral("…");
    described.lineText = (from > 0 ? ellipsis : QString()) +
                         text.text().mid(text.lineStart(line) + from, to - from) +
                         (to < lineLength ? ellipsis : QString());
    described.column = offset - from + (from > 0 ? int(ellipsis.size()) : 0) + 1;
    return described;
}

}  // namespace

SiteTextSearch::FileMatches SiteTextSearch::match(const QString &path, const QByteArray &bytes,
                                                  const TextMatcher &matcher, int describeLimit) {
    FileMatches file;
    file.path = path;
    const MatchedText text(bytes);
    const QVector<TextMatcher::Match> matches = matcher.findAll(text.text());
    file.count = int(matches.size());
    if (file.count == 0)
        return file;
    file.bytes = bytes;
    for (int i = 0; i < matches.size() && i < describeLimit; ++i)
        file.described.append(describe(text, matches.at(i)));
    return file;
}

SiteTextSearch::Results SiteTextSearch::search(const QStringList &paths, const TextMatcher &matcher,
                                               const std::atomic_bool *cancel) {
    Results results;
    for (const QString &path : paths) {
        if (cancel && cancel->load()) {
            results.cancelled = true;
            break;
        }
        const Result<QByteArray> bytes = PostFile::readBytes(path);
        if (!bytes) {
            results.problems.append({path, bytes.error()});
            continue;
        }
        if (const Status utf8 = TextEncoding::checkUtf8(bytes.value(), QDir::toNativeSeparators(path));
            !utf8) {
            results.problems.append({path, utf8.error()});
            continue;
        }
        ++results.searchedFiles;
        FileMatches file = match(path, bytes.value(), matcher, kMaxDescribedMatches - results.describedCount);
        if (file.count == 0)
            continue;
        results.matchCount += file.count;
        results.describedCount += int(file.described.size());
        results.files.append(std::move(file));
    }
    return results;
}

SiteFileChange SiteTextSearch::replace(const FileMatches &file, const TextMatcher &matcher,
                                       const QString &replacement) {
    SiteFileChange change{file.path, file.bytes, {}};
    const MatchedText text(file.bytes);
    const bool crlf = TextEncoding::dominantLineEnding(file.bytes) == "\r\n";
    qsizetype copied = 0;  // bytes before this are in `after`
    for (const TextMatcher::Match &match : matcher.findAll(text.text())) {
        const qsizetype begin = text.byteAt(match.position);
        change.after += file.bytes.mid(copied, begin - copied);
        QString replaced = matcher.replacementAt(text.text(), match.position, replacement);
        if (crlf) {
            replaced.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            replaced.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        }
        change.after += replaced.toUtf8();
        copied = text.byteAt(match.end());
    }
    change.after += file.bytes.mid(copied);
    return change;
}
