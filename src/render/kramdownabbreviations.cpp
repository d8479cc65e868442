#include "render/kramdownabbreviations.h"

#include "render/cmarknodes.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <optional>
#include <string_view>

namespace {

bool isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

struct Definition {
    QByteArray text;
    QByteArray title;
};

// kramdown's ABBREV_DEFINITION_START: `*[` the abbreviation `]:` the title, on one line.
std::optional<Definition> parseDefinition(const QByteArray &line) {
    if (!line.startsWith("*["))
        return std::nullopt;
    const qsizetype close = line.indexOf("]:", 3);
    if (close < 0)
        return std::nullopt;
    return Definition{line.mid(2, close - 2), line.mid(close + 2).trimmed()};
}

// The text of one line of a paragraph's inline nodes [first, end), or nothing when something other than
// text and code is on it.
std::optional<QByteArray> lineText(cmark_node *first, cmark_node *end) {
    QByteArray text;
    for (cmark_node *node = first; node != end; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type != CMARK_NODE_TEXT && type != CMARK_NODE_CODE && type != CMARK_NODE_HTML_INLINE)
            return std::nullopt;
        text += cmark_node_get_literal(node);
    }
    return text;
}

}  // namespace

KramdownAbbreviations KramdownAbbreviations::collect(cmark_node *document) {
    KramdownAbbreviations found;
    const QVector<cmark_node *> paragraphs = CmarkNodes::descendants(document, CMARK_NODE_PARAGRAPH);
    for (cmark_node *paragraph : paragraphs) {
        const char *first = nullptr;
        if (cmark_node *child = cmark_node_first_child(paragraph))
            first = cmark_node_get_literal(child);
        if (!first || first[0] != '*')
            continue;
        // Line by line, while each line is a definition.
        for (cmark_node *start = cmark_node_first_child(paragraph); start;) {
            cmark_node *end = start;
            while (end && cmark_node_get_type(end) != CMARK_NODE_SOFTBREAK &&
                   cmark_node_get_type(end) != CMARK_NODE_LINEBREAK)
                end = cmark_node_next(end);
            const std::optional<QByteArray> text = lineText(start, end);
            const std::optional<Definition> definition = text ? parseDefinition(*text) : std::nullopt;
            if (!definition)
                break;
            auto known = std::find_if(found.m_abbreviations.begin(), found.m_abbreviations.end(),
                                      [&](const Abbreviation &a) { return a.text == definition->text; });
            if (known != found.m_abbreviations.end())
                known->title = definition->title;
            else
                found.m_abbreviations.append(Abbreviation{definition->text, definition->title});
            cmark_node *next = end ? cmark_node_next(end) : nullptr;
            for (cmark_node *node = start; node != next;) {
                cmark_node *following = cmark_node_next(node);
                cmark_node_free(node);
                node = following;
            }
            start = next;
        }
        if (!cmark_node_first_child(paragraph))
            cmark_node_free(paragraph);
    }
    std::stable_sort(
        found.m_abbreviations.begin(), found.m_abbreviations.end(),
        [](const Abbreviation &a, const Abbreviation &b) { return a.text.size() > b.text.size(); });
    return found;
}

void KramdownAbbreviations::apply(cmark_node *document) const {
    if (m_abbreviations.isEmpty())
        return;
    for (cmark_node *node : CmarkNodes::descendants(document, CMARK_NODE_TEXT)) {
        const QByteArray text(cmark_node_get_literal(node));
        QByteArray plain;
        cmark_node *last = node;
        bool changed = false;
        for (qsizetype at = 0; at < text.size();) {
            const Abbreviation *match = nullptr;
            if (at == 0 || !isWordChar(text.at(at - 1))) {
                for (const Abbreviation &abbreviation : m_abbreviations) {
                    const qsizetype end = at + abbreviation.text.size();
                    if (text.mid(at, abbreviation.text.size()) == abbreviation.text &&
                        (end >= text.size() || !isWordChar(text.at(end)))) {
                        match = &abbreviation;
                        break;
                    }
                }
            }
            if (!match) {
                plain += text.at(at++);
                continue;
            }
            if (!changed)
                cmark_node_set_literal(node, plain.constData());
            else if (!plain.isEmpty()) {
                cmark_node *piece = cmark_node_new(CMARK_NODE_TEXT);
                cmark_node_set_literal(piece, plain.constData());
                cmark_node_insert_after(last, piece);
                last = piece;
            }
            changed = true;
            plain.clear();
            const QByteArray title = match->title.isEmpty()
                                         ? QByteArray()
                                         : " title=\"" + CmarkNodes::escaped(match->title, true) + "\"";
            cmark_node *abbr =
                CmarkNodes::raw(CMARK_NODE_HTML_INLINE, "<abbr" + title + ">" + match->text + "</abbr>");
            cmark_node_insert_after(last, abbr);
            last = abbr;
            at += match->text.size();
        }
        if (changed && !plain.isEmpty()) {
            cmark_node *piece = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(piece, plain.constData());
            cmark_node_insert_after(last, piece);
        }
    }
}

bool KramdownAbbreviations::mayDefine(const QByteArray &text) {
    const std::string_view view(text.constData(), size_t(text.size()));
    for (size_t at = view.find("*["); at != std::string_view::npos; at = view.find("*[", at + 2)) {
        const size_t lineEnd = view.find('\n', at);
        if (view.substr(at, lineEnd == std::string_view::npos ? lineEnd : lineEnd - at).find("]:") !=
            std::string_view::npos)
            return true;
    }
    return false;
}
