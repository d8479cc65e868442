#pragma once

#include "render/liquidcontext.h"
#include "render/previewcaveat.h"

#include <QByteArray>
#include <QVector>

// Runs the little of Jekyll's Liquid the preview can run without the site's Jekyll, before the Markdown
// parse as Jekyll does, and leaves the rest as written:
// - `{{ ... }}` outputs of `site.*`, `page.*` and string literals, with a few filters (LiquidOutput), from
//   the LiquidContext; without a site or page, only `site.url`/`site.baseurl` and the URL filters resolve;
// - `{% highlight lang [linenos] %}`...`{% endhighlight %}` becomes a fenced code block marked so that the
//   renderer prints Jekyll's `<figure class="highlight">` (LiquidHighlight), or <pre><code> when the tags do
//   not stand on their own lines; the Liquid inside it is run too, as Jekyll does;
// - `{% post_url name %}` and `{% link path %}` become the document's URL (LiquidLinks);
// - `{% raw %}`/`{% endraw %}` markers vanish and the text between them is kept literally;
// - `{% comment %}` blocks are hidden.
// Every other tag, an output it cannot evaluate and an unclosed block stay as visible text, and each is
// reported in `unrun` (when given) with its place in the input. The result always has the same lines, with
// the same line endings, as the input (line ranges stay aligned with the source). Pure function:
// thread-safe.
class LiquidPreprocessor {
public:
    static QByteArray process(const QByteArray &markdownUtf8, const LiquidContext &context = LiquidContext(),
                              QVector<PreviewCaveat> *unrun = nullptr);
};
