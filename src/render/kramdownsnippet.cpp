#include "render/kramdownsnippet.h"

#include "render/cmarknodes.h"
#include "render/kramdowntypography.h"
#include "render/sourcelines.h"

#include <cmark-gfm.h>

void KramdownSnippet::Deleter::operator()(cmark_node *node) const {
    cmark_node_free(node);
}

KramdownSnippet::Document KramdownSnippet::parse(const QByteArray &markdown, const MarkdownDialect &dialect) {
    Document document(cmark_parse_document(markdown.constData(), size_t(markdown.size()), CMARK_OPT_UNSAFE));
    KramdownTypography::apply(document.get(), markdown, SourceLines(markdown), dialect);
    CmarkNodes::ownTexts(document.get());
    return document;
}
