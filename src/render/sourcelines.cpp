#include "render/sourcelines.h"

#include <algorithm>
#include <cstring>

SourceLines::SourceLines(const QByteArray &text) : m_text(text) {
    const char *data = text.constData();
    const qsizetype size = text.size();
    m_starts.append(0);
    // Without a CR (the editor's text always), every break is an LF, found with memchr.
    if (!std::memchr(data, '\r', size_t(size))) {
        for (const char *at = data;
             (at = static_cast<const char *>(std::memchr(at, '\n', size_t(data + size - at)))) != nullptr;) {
            ++at;
            m_starts.append(at - data);
        }
        return;
    }
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\r' && i + 1 < size && data[i + 1] == '\n')
            continue;
        if (data[i] == '\n' || data[i] == '\r')
            m_starts.append(i + 1);
    }
}

int SourceLines::lineAt(qsizetype pos) const {
    return int(std::upper_bound(m_starts.begin(), m_starts.end(), pos) - m_starts.begin());
}

bool SourceLines::isBlank(int line) const {
    if (line < 1 || line > lineCount())
        return true;
    for (qsizetype i = start(line), end = start(line + 1); i < end; ++i) {
        const char c = m_text.at(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

int SourceLines::trimmedLastLine(int firstLine, int lastLine) const {
    lastLine = std::max(firstLine, lastLine);
    while (lastLine > firstLine && isBlank(lastLine))
        --lastLine;
    return lastLine;
}
