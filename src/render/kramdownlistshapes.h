#pragma once

#include <QByteArray>
#include <QSet>

#include <optional>

class SourceLines;
struct cmark_node;

// kramdown's list rules where cmark-gfm nests otherwise, found in cmark's parse as a list right after a list
// in the same container with no blank line between, and mended in the text cmark reads again (the same
// lines; spaces inserted at the start of some, a marker character changed):
// - a line indented less than the content of the list item above it, and not an item of that item's list,
//   is a lazy line of that item in kramdown (list.rb's lazy_re), also when it starts a list of the other
//   kind: kramdown nests that list in the item, where cmark starts a list next to it. The lines are moved
//   under the item's content by the item's indentation, as kramdown reads them then;
// - the first line after those indented as the item's content that starts a list begins a new part of the
//   item (kramdown parses it on its own): a list there is a list of its own, which cmark would join to the
//   one above when its markers match; its markers are changed to another bullet (`*`, `-`, `+`) or
//   delimiter (`.`, `)`), which prints the same;
// - a bullet item right after a bullet list is one more item of it in kramdown whatever its bullet: its
//   bullets are made the list's.
// A list moved is only looked into on the corrected text (cmark nests it otherwise before), and a list
// corrected once is settled (after the correction, a part of an item of its own looks like lazy lines).
class KramdownListShapes {
public:
    // Nullopt when no list of `document`, cmark's parse of `text`, needs a correction. `settled`: the lines
    // corrected by earlier calls on the texts before, which this call adds its own to.
    static std::optional<QByteArray> corrected(cmark_node *document, const QByteArray &text,
                                               const SourceLines &lines, QSet<int> &settled);
};
