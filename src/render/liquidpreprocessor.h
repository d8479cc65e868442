#pragma once

#include <QByteArray>

// Turns the Liquid in a Jekyll post body into text the Markdown preview can show, the way Jekyll would have
// left it for its Markdown converter, without running Liquid:
// - `{% highlight lang %}`...`{% endhighlight %}` becomes a fenced code block (or <pre><code> when the tags
// do
//   not stand on their own lines); its content is kept literally, as Jekyll 4 does.
// - `{% raw %}`/`{% endraw %}` markers vanish and the text between them is kept literally.
// - `{% comment %}` blocks are hidden.
// - `{{ site.url }}`, `{{ site.baseurl }}` become empty; `{{ 'path' | relative_url }}` (or absolute_url,
//   `prepend: site.baseurl`) becomes the site-root path, so images and links resolve in the preview.
// - Every other tag or output stays as visible text; an unclosed block tag stays visible too.
// The result always has the same lines, with the same line endings, as the input (line ranges stay aligned
// with the source). Pure function: thread-safe.
class LiquidPreprocessor {
public:
    static QByteArray process(const QByteArray &markdownUtf8);
};
