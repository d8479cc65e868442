#include "render/incrementalrenderer.h"

#include "render/liquidpreprocessor.h"

#include <algorithm>
#include <cstring>

namespace {

// How many later region ends are tried when the region's last block may run on into the next one, before
// the whole body is parsed instead.
constexpr int kRegionEndAttempts = 4;

// Where each line starts, with lines ended as CommonMark ends them (\n, \r\n or \r): index i is line i + 1.
class LineIndex {
public:
    explicit LineIndex(const QByteArray &text) : m_text(text) {
        const char *data = text.constData();
        const qsizetype size = text.size();
        m_starts.append(0);
        if (!std::memchr(data, '\r', size_t(size))) {
            for (const char *at = data; (at = static_cast<const char *>(
                                             std::memchr(at, '\n', size_t(data + size - at)))) != nullptr;) {
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

    int lineCount() const { return int(m_starts.size()); }
    // 1-based line holding byte `pos` (the last line for pos == size).
    int lineAt(qsizetype pos) const {
        return int(std::upper_bound(m_starts.begin(), m_starts.end(), pos) - m_starts.begin());
    }
    qsizetype start(int line) const { return line > lineCount() ? m_text.size() : m_starts.at(line - 1); }
    bool isBlank(int line) const {
        if (line < 1 || line > lineCount())
            return true;
        for (qsizetype i = start(line), end = start(line + 1); i < end; ++i) {
            const char c = m_text.at(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return false;
        }
        return true;
    }

private:
    const QByteArray &m_text;
    QVector<qsizetype> m_starts;
};

bool containsPair(const QByteArray &text, char first, char second) {
    const char *data = text.constData();
    const char *end = data + text.size();
    for (const char *at = data; (at = static_cast<const char *>(std::memchr(at, first, size_t(end - at))));) {
        if (++at < end && *at == second)
            return true;
    }
    return false;
}

// A link reference definition (`[label]: url`) or a footnote (`[^1]`) may be anywhere; this finds any.
bool hasReferenceSyntax(const QByteArray &text) {
    return containsPair(text, ']', ':') || containsPair(text, '[', '^');
}

qsizetype commonPrefix(const QByteArray &a, const QByteArray &b) {
    const qsizetype limit = std::min(a.size(), b.size());
    return std::mismatch(a.constData(), a.constData() + limit, b.constData()).first - a.constData();
}

qsizetype commonSuffix(const QByteArray &a, const QByteArray &b, qsizetype limit) {
    qsizetype n = 0;
    const char *ea = a.constData() + a.size();
    const char *eb = b.constData() + b.size();
    while (n < limit && ea[-1 - n] == eb[-1 - n])
        ++n;
    return n;
}

}  // namespace

IncrementalRenderer::IncrementalRenderer(BlockRenderer::Liquid liquid) : m_liquid(liquid) {}

void IncrementalRenderer::clear() {
    m_hasPrevious = false;
    m_text.clear();
    m_blocks.clear();
}

RenderedBlocks IncrementalRenderer::render(const QByteArray &markdownUtf8) {
    const QByteArray text = m_liquid == BlockRenderer::Liquid::Preprocess
                                ? LiquidPreprocessor::process(markdownUtf8)
                                : markdownUtf8;
    const bool hasReferences = hasReferenceSyntax(text);
    std::optional<RenderedBlocks> blocks;
    if (m_hasPrevious && !hasReferences && !m_textHasReferences)
        blocks = renderChange(text);
    if (!blocks) {
        blocks = BlockRenderer::renderBlocks(text, BlockRenderer::Liquid::Verbatim);
        m_report = Report{false, text.size()};
    }
    m_hasPrevious = true;
    m_text = text;
    m_textHasReferences = hasReferences;
    m_lineCount = LineIndex(text).lineCount();
    m_blocks = *blocks;
    return *std::move(blocks);
}

std::optional<RenderedBlocks> IncrementalRenderer::renderChange(const QByteArray &text) {
    const QByteArray &old = m_text;
    if (old == text) {
        m_report = Report{true, 0};
        return m_blocks;
    }
    // One byte less on each side, so that a CR LF pair split by the edit counts as changed.
    const qsizetype prefix = std::max<qsizetype>(0, commonPrefix(old, text) - 1);
    const qsizetype suffix =
        std::max<qsizetype>(0, commonSuffix(old, text, std::min(old.size(), text.size()) - prefix) - 1);

    const LineIndex lines(text);
    const int delta = lines.lineCount() - m_lineCount;  // new line = old line + delta after the change
    const int firstChanged = lines.lineAt(prefix);      // the same line number in both texts
    const int lastChangedOld = lines.lineAt(text.size() - suffix) - delta;

    // The region starts at a block that begins before the changed lines, after a blank line: the parser
    // reaches it with nothing open, and as the lines up to it are unchanged, so is every block before it.
    const auto firstAfter = [this](int line) {
        return int(std::upper_bound(m_blocks.begin(), m_blocks.end(), line,
                                    [](int l, const RenderedBlock &b) { return l < b.firstLine; }) -
                   m_blocks.begin());
    };
    int startBlock = firstAfter(firstChanged - 1) - 1;
    while (startBlock >= 0 && !lines.isBlank(m_blocks.at(startBlock).firstLine - 1))
        --startBlock;
    const int regionFirstLine = startBlock >= 0 ? m_blocks.at(startBlock).firstLine : 1;
    startBlock = std::max(startBlock, 0);

    // It ends before an unchanged block that follows a blank unchanged line, once the region's last block is
    // known not to run on into it.
    int endBlock = firstAfter(lastChangedOld + 1);
    for (int attempt = 0;; ++attempt) {
        while (endBlock < m_blocks.size() && (!lines.isBlank(m_blocks.at(endBlock).firstLine - 1 + delta) ||
                                              (endBlock > 0 && m_blocks.at(endBlock - 1).openEnded)))
            ++endBlock;
        const bool toEnd = endBlock >= m_blocks.size();
        const qsizetype from = lines.start(regionFirstLine);
        const qsizetype to = toEnd ? text.size() : lines.start(m_blocks.at(endBlock).firstLine + delta);
        RenderedBlocks region =
            BlockRenderer::renderBlocks(text.mid(from, to - from), BlockRenderer::Liquid::Verbatim);
        if (!toEnd && !region.isEmpty() && region.constLast().openEnded) {
            if (attempt + 1 >= kRegionEndAttempts)
                return std::nullopt;
            ++endBlock;
            continue;
        }

        RenderedBlocks blocks;
        blocks.reserve(startBlock + region.size() + (m_blocks.size() - endBlock));
        blocks.append(m_blocks.mid(0, startBlock));
        for (RenderedBlock &block : region) {
            block.firstLine += regionFirstLine - 1;
            block.lastLine += regionFirstLine - 1;
            blocks.append(std::move(block));
        }
        for (qsizetype i = endBlock; i < m_blocks.size(); ++i) {
            RenderedBlock moved = m_blocks.at(i);
            moved.firstLine += delta;
            moved.lastLine += delta;
            blocks.append(std::move(moved));
        }
        m_report = Report{true, to - from};
        return blocks;
    }
}
