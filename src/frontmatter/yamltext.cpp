#include "yamltext.h"

#include <algorithm>

namespace YamlText {
namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

}  // namespace

qsizetype lineStart(const QByteArray &bytes, qsizetype at) {
    if (at <= 0)
        return 0;
    const qsizetype newline = bytes.lastIndexOf('\n', at - 1);
    return newline < 0 ? 0 : newline + 1;
}

qsizetype lineEnd(const QByteArray &bytes, qsizetype at) {
    qsizetype newline = bytes.indexOf('\n', at);
    if (newline < 0)
        newline = bytes.size();
    if (newline > at && bytes.at(newline - 1) == '\r')
        --newline;
    return newline;
}

qsizetype nextLine(const QByteArray &bytes, qsizetype at) {
    const qsizetype newline = bytes.indexOf('\n', at);
    return newline < 0 ? bytes.size() : newline + 1;
}

qsizetype contentEnd(const QByteArray &bytes, qsizetype begin, qsizetype next, int keyIndent) {
    qsizetype end = lineEnd(bytes, begin);
    for (qsizetype line = nextLine(bytes, begin); line < next; line = nextLine(bytes, line)) {
        const qsizetype lineStop = lineEnd(bytes, line);
        qsizetype i = line;
        while (i < lineStop && isBlank(bytes.at(i)))
            ++i;
        const bool blank = i == lineStop;
        const bool outerComment = i < lineStop && bytes.at(i) == '#' && i - line <= keyIndent;
        if (!blank && !outerComment)
            end = lineStop;
        if (lineStop >= bytes.size())
            break;
    }
    return end;
}

qsizetype quotedEnd(const QByteArray &bytes, qsizetype at, qsizetype limit) {
    const char quote = bytes.at(at);
    for (qsizetype i = at + 1; i < limit; ++i) {
        const char c = bytes.at(i);
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (c == quote) {
            if (quote == '\'' && i + 1 < bytes.size() && bytes.at(i + 1) == '\'')
                ++i;
            else
                return i + 1;
        }
    }
    return -1;
}

qsizetype plainEnd(const QByteArray &bytes, qsizetype at, qsizetype limit) {
    qsizetype end = limit;
    for (qsizetype i = at + 1; i < limit; ++i) {
        if (bytes.at(i) == '#' && (isBlank(bytes.at(i - 1)) || bytes.at(i - 1) == '\n')) {
            end = i;
            break;
        }
    }
    while (end > at && (isBlank(bytes.at(end - 1)) || bytes.at(end - 1) == '\r' || bytes.at(end - 1) == '\n'))
        --end;
    return end;
}

qsizetype plainItemEnd(const QByteArray &bytes, qsizetype at, qsizetype limit, bool inFlow) {
    qsizetype end = lineEnd(bytes, at);
    if (inFlow) {
        for (qsizetype i = at; i < end; ++i) {
            const char c = bytes.at(i);
            if (c == ',' || c == ']' || c == '}') {
                end = i;
                break;
            }
        }
    }
    return plainEnd(bytes, at, std::min(end, limit));
}

qsizetype flowEnd(const QByteArray &bytes, qsizetype at, qsizetype limit) {
    int depth = 0;
    char previous = ' ';  // last non-blank byte, to tell a quote that opens a scalar from one inside a word
    for (qsizetype i = at; i < limit; ++i) {
        const char c = bytes.at(i);
        if ((c == '"' || c == '\'') && (previous == '[' || previous == '{' || previous == ',' ||
                                        previous == ':' || previous == ' ' || previous == '\n')) {
            const qsizetype end = quotedEnd(bytes, i, limit);
            if (end < 0)
                return limit;
            i = end - 1;
            previous = c;
            continue;
        }
        if (c == '#' && (isBlank(previous) || previous == '\n' || isBlank(bytes.at(i - 1)))) {
            i = lineEnd(bytes, i) - 1;
            continue;
        }
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                return i + 1;
        }
        previous = isBlank(c) || c == '\r' ? ' ' : c;
    }
    return limit;
}

qsizetype tokenEnd(const QByteArray &bytes, qsizetype at, qsizetype limit) {
    qsizetype i = at;
    while (i < limit && !isBlank(bytes.at(i)) && bytes.at(i) != '\r' && bytes.at(i) != '\n')
        ++i;
    return i;
}

qsizetype skipProperties(const QByteArray &bytes, qsizetype at, qsizetype limit) {
    qsizetype i = at;
    while (i < limit && (bytes.at(i) == '&' || bytes.at(i) == '!')) {
        i = tokenEnd(bytes, i, limit);
        while (i < limit && (isBlank(bytes.at(i)) || bytes.at(i) == '\r' || bytes.at(i) == '\n'))
            ++i;
    }
    return i;
}

bool hasAnchor(const QByteArray &bytes, qsizetype at, qsizetype limit) {
    qsizetype i = at;
    while (i < limit && (bytes.at(i) == '&' || bytes.at(i) == '!')) {
        if (bytes.at(i) == '&')
            return true;
        i = tokenEnd(bytes, i, limit);
        while (i < limit && (isBlank(bytes.at(i)) || bytes.at(i) == '\r' || bytes.at(i) == '\n'))
            ++i;
    }
    return false;
}

}  // namespace YamlText
