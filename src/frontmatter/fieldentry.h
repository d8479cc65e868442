#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "frontmatter/yamlscalar.h"

// One key of a front-matter map and where its bytes are. Offsets are into the whole file.
struct FieldEntry {
    enum class Kind { Null, Scalar, Sequence, Map, Alias, Other };
    enum class Layout {
        Inline,
        Block,
        Flow
    };  // value on the key's line / on the lines below / `[...]` or `{...}`

    QString key;
    int line = 0;              // 1-based file line of the key
    int indent = 0;            // column of the key, in bytes
    qsizetype entryBegin = 0;  // start of the key's line
    qsizetype entryEnd = 0;    // end of the entry's last line, before its line break
    qsizetype afterColon = 0;  // just after the `:` that ends the key
    qsizetype valueBegin = 0;  // the value's own text (== valueEnd when the value is empty)
    qsizetype valueEnd = 0;
    bool editable = true;  // false for shapes Postwright does not splice into (complex keys)

    Kind kind = Kind::Null;
    Layout layout = Layout::Inline;
    ScalarStyle scalarStyle = ScalarStyle::Plain;  // for scalars
    ScalarType scalarType = ScalarType::Null;      // as Jekyll reads the scalar
    QString scalar;                                // the decoded scalar (`'007'` gives 007)
    QStringList items;                             // a sequence's scalar items (when allScalarItems)
    QList<QByteArray> itemSources;                 // each of those items as written, quotes and all
    QVector<qsizetype> itemBegins;                 // where each of those items' text starts and ends
    QVector<qsizetype> itemEnds;
    bool allScalarItems = false;
    ScalarStyle itemStyle = ScalarStyle::Plain;  // the quoting of a sequence's first quoted item, else Plain
    bool flowInnerSpace = false;                 // `[ a, b ]` rather than `[a, b]`
    QByteArray flowSeparator = ", ";             // `, ` or `,` between a flow list's items
    int childIndent = -1;                        // column of the first nested line (block sequences and maps)
    QVector<FieldEntry> children;                // a block map's keys (nested maps, for dotted keys)
};
