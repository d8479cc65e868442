#include "render/kramdownwarnings.h"

#include "render/kramdowncaveats.h"
#include "render/markdowndialect.h"
#include "site/jekyllfrontmatter.h"

QVector<Diagnostic> KramdownWarnings::check(const QByteArray &fileBytes, const MarkdownDialect &dialect) {
    QVector<Diagnostic> warnings;
    if (!dialect.isKramdown())
        return warnings;
    const JekyllFrontMatter::Block block = JekyllFrontMatter::find(fileBytes);
    const qsizetype bodyBegin = block.found ? block.bodyBegin : 0;
    QVector<PreviewCaveat> caveats;
    KramdownCaveats::find(fileBytes.mid(bodyBegin), &caveats);
    // The body starts at the beginning of a line: only its line number moves.
    const int linesBefore = int(fileBytes.left(bodyBegin).count('\n'));
    for (const PreviewCaveat &caveat : std::as_const(caveats)) {
        warnings.append(
            {Diagnostic::Severity::Warning, caveat.line + linesBefore, caveat.column,
             QStringLiteral("kramdown syntax the preview does not render as Jekyll: %1").arg(caveat.reason)});
    }
    return warnings;
}
