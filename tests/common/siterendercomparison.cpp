#include "siterendercomparison.h"

#include "htmloutline.h"
#include "renderoracle.h"

SiteRenderComparison SiteRenderComparison::run(const QString &site, const Renderer &ours,
                                               const Label &label) {
    SiteRenderComparison result;
    const RenderOracle oracle = RenderOracle::run(site);
    result.error = oracle.error;
    result.oracleNotes = oracle.notes;
    if (!result.error.isEmpty())
        return result;
    result.jekyllRead = oracle.rendered.keys() + oracle.failed.keys();
    auto name = [&label](const QString &path) { return label ? label(path) : path; };
    for (auto it = oracle.failed.cbegin(); it != oracle.failed.cend(); ++it)
        result.tally.addJekyllFailure(name(it.key()), it.value());
    for (auto it = oracle.rendered.cbegin(); it != oracle.rendered.cend(); ++it) {
        const OurRender our = ours(site + QLatin1Char('/') + it.key());
        if (!our.error.isEmpty()) {
            result.ourFailures.append(name(it.key()) + QStringLiteral(": ") + our.error);
            continue;
        }
        const RenderDifference difference =
            RenderDifference::between(HtmlOutline::of(our.html), HtmlOutline::of(it.value()), our.hasLiquid);
        result.compared.insert(it.key(), difference);
        result.tally.add(name(it.key()), difference, our.hasLiquid);
    }
    return result;
}
