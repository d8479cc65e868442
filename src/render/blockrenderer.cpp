#include "render/blockrenderer.h"

#include "render/attributedhtml.h"
#include "render/documentwideblocks.h"
#include "render/headingids.h"
#include "render/kramdownattributelists.h"
#include "render/kramdownblockshapes.h"
#include "render/kramdowncode.h"
#include "render/kramdownemphasis.h"
#include "render/kramdownescapes.h"
#include "render/kramdownfootnotes.h"
#include "render/kramdownhtmlblocks.h"
#include "render/kramdownlistparagraphs.h"
#include "render/kramdownsyntax.h"
#include "render/kramdowntypography.h"
#include "render/liquidhighlight.h"
#include "render/liquidpreprocessor.h"
#include "render/nodeattributes.h"
#include "render/sourcelines.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QVector>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <optional>

namespace {

// Source positions are recorded on every node whatever the options; CMARK_OPT_SOURCEPOS would only add
// data-sourcepos attributes to the HTML. cmark's smart punctuation stays off: kramdown's has other rules
// (KramdownTypography).
constexpr int kOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE;
constexpr const char *kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

// kramdown prints a bare URL (`https://x`, `www.x`) as text, typography included, and passes every HTML
// element through, `<iframe>` and `<script>` too: Jekyll publishes them, so the preview shows them as
// elements. The page is what keeps them harmless (no script runs, no frame navigates, no remote request;
// tst_previewsecurity), as DESIGN.md section 4 requires, not GFM's tag filter.
bool usesExtension(const char *name, const MarkdownDialect &dialect) {
    return !dialect.isKramdown() || (qstrcmp(name, "autolink") != 0 && qstrcmp(name, "tagfilter") != 0);
}

struct NodeDeleter {
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct ParserDeleter {
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
// cmark_render_html_with_mem allocates the HTML with the allocator it is given.
struct CmarkStringDeleter {
    cmark_mem *mem;
    void operator()(char *text) const { mem->free(text); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;

void ensureExtensionsRegistered() {
    static std::once_flag once;
    std::call_once(once, cmark_gfm_core_extensions_ensure_registered);
}

// cmark-gfm 0.29.0.gfm.6 switches the extensions' inline trigger characters (`~`, `:`, `w`) on in a
// process-wide table when inline parsing starts and off when it ends (blocks.c process_inlines). Two parses
// at once turn them off under each other and lose strikethrough and autolinks at random, so only that phase
// is serialized.
std::mutex &inlinePhaseMutex() {
    static std::mutex mutex;
    return mutex;
}

struct ParsedDocument {
    cmark_mem *mem = nullptr;
    ParserPtr parser;  // owns the extension list the renderer needs
    NodeAttributes attributes;
    QVector<HeadingRecord> headings;
    NodePtr document;
};

void readBlocks(ParsedDocument &parsed, const QByteArray &text, const MarkdownDialect &dialect) {
    parsed.parser.reset(cmark_parser_new_with_mem(kOptions, parsed.mem));
    for (const char *name : kExtensions) {
        if (!usesExtension(name, dialect))
            continue;
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parsed.parser.get(), extension);
    }
    if (dialect.isKramdown())
        cmark_parser_set_backslash_ispunct_func(parsed.parser.get(), KramdownEscapes::isEscapable);
    // kramdown reads some raw HTML lines as paragraph text where cmark would start an HTML block.
    const QByteArray input = dialect.isKramdown() ? KramdownHtmlBlocks::cmarkInput(text) : text;
    cmark_parser_feed(parsed.parser.get(), input.constData(), size_t(input.size()));
    const std::lock_guard<std::mutex> lock(inlinePhaseMutex());
    parsed.document.reset(cmark_parser_finish(parsed.parser.get()));
}

ParsedDocument parse(const QByteArray &body, const SourceLines &bodyLines, const MarkdownDialect &dialect) {
    ensureExtensionsRegistered();
    ParsedDocument parsed;
    parsed.mem = cmark_get_default_mem_allocator();
    const auto read = [&parsed, &dialect](const QByteArray &text) {
        readBlocks(parsed, text, dialect);
        return parsed.document.get();
    };
    // The passes read what cmark read: for kramdown's block shapes, maybe a corrected body with the same
    // lines.
    QByteArray text = body;
    if (dialect.isKramdown())
        text = KramdownBlockShapes::read(body, read);
    else
        read(body);
    std::optional<SourceLines> shapedLines;
    const SourceLines &lines = text.isSharedWith(body) ? bodyLines : shapedLines.emplace(text);
    // kramdown's extensions and attribute lists go before typography, which must not see them; ids after it,
    // as kramdown makes them from the typographic characters; code becomes raw HTML last but for the
    // attributes' printing.
    std::optional<KramdownSyntax> kramdown;
    if (dialect.isKramdown()) {
        KramdownHtmlBlocks::apply(parsed.document.get(), text, lines);  // first: the others read the tree
        KramdownEmphasis::apply(parsed.document.get(), text, lines);
        kramdown.emplace(parsed.document.get(), text, lines);
        KramdownAttributeLists::apply(parsed.document.get(), parsed.attributes, text, lines);
    }
    KramdownTypography::apply(parsed.document.get(), text, lines, dialect);
    if (dialect.isKramdown()) {
        kramdown->apply(parsed.document.get(), text, lines, dialect);
        // After the passes that rewrite blocks, so that the headings recorded stay the document's.
        parsed.headings = HeadingIds::assign(parsed.document.get(), parsed.attributes, dialect);
        KramdownCode::replace(parsed.document.get(), KramdownCode::Blocks::Nested);
        KramdownListParagraphs::apply(parsed.document.get(), text, lines);
    } else {
        LiquidHighlight::replace(parsed.document.get(), LiquidHighlight::Blocks::Nested);
    }
    return parsed;
}

QByteArray renderHtml(const ParsedDocument &parsed, cmark_node *root) {
    const std::unique_ptr<char, CmarkStringDeleter> html(
        cmark_render_html_with_mem(root, kOptions, cmark_parser_get_syntax_extensions(parsed.parser.get()),
                                   parsed.mem),
        CmarkStringDeleter{parsed.mem});
    return QByteArray(html.get());
}

// A top-level block as cmark reports it, before its line range is corrected.
struct TopLevelBlock {
    QByteArray html;
    int firstLine = 0;
    int lastLine = 0;
    bool paragraph = false;
    bool table = false;
    bool openEnded = false;
    int firstBodyRowLine = 0;  // tables: the first row after the delimiter row, 0 when there is none
    QVector<RenderedHeading> headings;
    TocSlot toc;

    static TopLevelBlock describe(cmark_node *node, QByteArray html, QVector<RenderedHeading> headings = {},
                                  TocSlot toc = {}) {
        TopLevelBlock block;
        block.html = std::move(html);
        block.headings = std::move(headings);
        block.toc = std::move(toc);
        block.firstLine = cmark_node_get_start_line(node);
        block.lastLine = cmark_node_get_end_line(node);
        const cmark_node_type type = cmark_node_get_type(node);
        block.paragraph = type == CMARK_NODE_PARAGRAPH;
        block.openEnded =
            type == CMARK_NODE_LIST || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK;
        block.table = qstrcmp(cmark_node_get_type_string(node), "table") == 0;
        if (block.table) {
            for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
                if (qstrcmp(cmark_node_get_type_string(row), "table_row") == 0) {
                    block.firstBodyRowLine = cmark_node_get_start_line(row);
                    break;
                }
            }
        }
        return block;
    }
};

// Works around cmark-gfm 0.29 source positions so that the ranges hold each block's own lines:
// - a table that interrupts a paragraph starts at the paragraph's first line, and the paragraph it splits off
//   has no position at all: both are rebuilt from the table's delimiter row;
// - a setext heading ends on the line after its underline, a one-line HTML block may end before it starts,
//   and lists end after their trailing blank lines: ranges are clamped before the next block and trimmed.
RenderedBlocks correctedLineRanges(QVector<TopLevelBlock> &blocks, const SourceLines &lines) {
    const int count = int(blocks.size());
    for (int i = 1; i < count; ++i) {
        TopLevelBlock &table = blocks[i];
        TopLevelBlock &paragraph = blocks[i - 1];
        if (!table.table || !paragraph.paragraph || paragraph.firstLine > 0)
            continue;
        int delimiterLine = table.firstBodyRowLine > 0
                                ? table.firstBodyRowLine - 1
                                : lines.trimmedLastLine(table.firstLine, table.lastLine);
        if (i + 1 < count && blocks[i + 1].firstLine > 0)
            delimiterLine = std::min(delimiterLine, blocks[i + 1].firstLine - 1);
        const int headerLine = delimiterLine - 1;
        if (headerLine <= table.firstLine)
            continue;
        paragraph.firstLine = table.firstLine;
        paragraph.lastLine = headerLine - 1;
        table.firstLine = headerLine;
    }
    for (int i = 0; i < count; ++i) {
        if (blocks[i].firstLine <= 0)
            blocks[i].firstLine = i > 0 ? std::max(1, blocks[i - 1].firstLine) : 1;
    }
    RenderedBlocks rendered;
    rendered.reserve(count);
    for (int i = 0; i < count; ++i) {
        TopLevelBlock &block = blocks[i];
        int last = std::max(block.firstLine, block.lastLine);
        if (i + 1 < count && blocks[i + 1].firstLine > block.firstLine)
            last = std::min(last, blocks[i + 1].firstLine - 1);
        rendered.append(RenderedBlock{std::move(block.html), block.firstLine,
                                      lines.trimmedLastLine(block.firstLine, last), block.openEnded,
                                      std::move(block.headings), std::move(block.toc)});
    }
    return rendered;
}

}  // namespace

RenderedBlocks BlockRenderer::render(const QByteArray &markdownUtf8) {
    return renderBlocks(markdownUtf8, Liquid::Preprocess);
}

RenderedBlocks BlockRenderer::renderBlocks(const QByteArray &markdownUtf8, Liquid liquid,
                                           const MarkdownDialect &dialect, const LiquidContext &context) {
    const QByteArray text =
        liquid == Liquid::Preprocess ? LiquidPreprocessor::process(markdownUtf8, context) : markdownUtf8;
    const SourceLines lines(text);
    ParsedDocument parsed = parse(text, lines, dialect);
    AttributedHtml attributed(parsed.headings, dialect,
                              [&parsed](cmark_node *node) { return renderHtml(parsed, node); });
    if (dialect.isKramdown())
        attributed.replace(parsed.document.get(), AttributedHtml::Scope::Nested);

    QVector<TopLevelBlock> blocks;
    bool hasFootnotes = false;
    int footnotesFirst = INT_MAX;
    int footnotesLast = 0;
    cmark_node *node = cmark_node_first_child(parsed.document.get());
    while (node) {
        cmark_node *next = cmark_node_next(node);
        const bool footnote =
            cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION || KramdownFootnotes::isNote(node);
        if (footnote) {
            // cmark has already moved every referenced definition to the end, in reference order.
            const int first = cmark_node_get_start_line(node);
            hasFootnotes = true;
            footnotesFirst = std::min(footnotesFirst, first);
            footnotesLast =
                std::max(footnotesLast, lines.trimmedLastLine(first, cmark_node_get_end_line(node)));
        } else if (!dialect.isKramdown()) {
            // Jekyll's `{% highlight %}` markup, which the CommonMark dialect prints too.
            const bool highlight =
                cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK && LiquidHighlight::blockHtml(node);
            blocks.append(TopLevelBlock::describe(
                node, highlight ? KramdownCode::blockHtml(node) : renderHtml(parsed, node)));
        } else if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK) {
            blocks.append(TopLevelBlock::describe(node, KramdownCode::blockHtml(node)));
        } else {
            // The table of contents is filled in once every heading is known (DocumentWideBlocks).
            TocSlot toc;
            QVector<RenderedHeading> headings;
            QByteArray html = attributed.isTableOfContents(node, &toc)
                                  ? QByteArray()
                                  : attributed.topLevelHtml(node, &headings);
            blocks.append(
                TopLevelBlock::describe(node, std::move(html), std::move(headings), std::move(toc)));
        }
        if (!footnote) {
            // Freed (and unlinked) now, so that the document finally holds only the footnote definitions.
            NodePtr done(node);
        }
        node = next;
    }

    RenderedBlocks rendered = correctedLineRanges(blocks, lines);
    if (dialect.isKramdown())
        DocumentWideBlocks::settle(rendered, dialect);
    if (hasFootnotes) {
        // Rendered together so the <section>, the numbering and the back-references match a whole-document
        // render.
        rendered.append(RenderedBlock{
            renderHtml(parsed, parsed.document.get()), footnotesFirst, footnotesLast, true, {}, {}});
    }
    return rendered;
}

QByteArray BlockRenderer::joined(const RenderedBlocks &blocks) {
    QByteArray html;
    qsizetype size = 0;
    for (const RenderedBlock &block : blocks)
        size += block.html.size();
    html.reserve(size);
    for (const RenderedBlock &block : blocks)
        html.append(block.html);
    return html;
}

QByteArray BlockRenderer::renderDocument(const QByteArray &markdownUtf8, Liquid liquid,
                                         const MarkdownDialect &dialect) {
    const QByteArray text =
        liquid == Liquid::Preprocess ? LiquidPreprocessor::process(markdownUtf8) : markdownUtf8;
    const SourceLines lines(text);
    ParsedDocument parsed = parse(text, lines, dialect);
    if (dialect.isKramdown()) {
        KramdownCode::replace(parsed.document.get(), KramdownCode::Blocks::All);
        AttributedHtml(parsed.headings, dialect, [&parsed](cmark_node *node) {
            return renderHtml(parsed, node);
        }).replace(parsed.document.get(), AttributedHtml::Scope::All);
    } else {
        LiquidHighlight::replace(parsed.document.get(), LiquidHighlight::Blocks::All);
    }
    return renderHtml(parsed, parsed.document.get());
}
