#include "render/liquidwarnings.h"

#include "render/liquidpreprocessor.h"
#include "site/jekyllfrontmatter.h"

QVector<Diagnostic> LiquidWarnings::check(const QByteArray &fileBytes, const LiquidContext &context) {
    QVector<Diagnostic> warnings;
    // Jekyll runs Liquid only in files it reads front matter from.
    const JekyllFrontMatter::Block block = JekyllFrontMatter::find(fileBytes);
    if (!block.found)
        return warnings;
    const QByteArray body = fileBytes.mid(block.bodyBegin);
    if (!body.contains("{%") && !body.contains("{{"))
        return warnings;
    QVector<PreviewCaveat> spans;
    LiquidPreprocessor::process(body, context, &spans);
    // The body starts at the beginning of a line: only its line number moves.
    const int linesBefore = int(fileBytes.left(block.bodyBegin).count('\n'));
    for (const PreviewCaveat &span : std::as_const(spans)) {
        warnings.append({Diagnostic::Severity::Warning, span.line + linesBefore, span.column,
                         QStringLiteral("Liquid the preview could not run: %1").arg(span.reason)});
    }
    return warnings;
}
