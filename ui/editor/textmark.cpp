#include "editor/textmark.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

#include "common/utf8columns.h"

bool TextMark::atBodyBytes(const QTextDocument *document, int line, int column, int length,
                           const QString &reason, TextMark *mark) {
    QTextBlock block = document->findBlockByNumber(line - 1);
    if (!block.isValid())
        return false;
    const int start = block.position() + Utf8Columns::utf16Index(block.text(), column - 1);
    int byteInLine = column - 1 + length;
    int lineBytes = Utf8Columns::byteLength(block.text());
    while (byteInLine > lineBytes && block.next().isValid()) {
        byteInLine -= lineBytes + 1;
        block = block.next();
        lineBytes = Utf8Columns::byteLength(block.text());
    }
    const int end = block.position() + Utf8Columns::utf16Index(block.text(), std::max(0, byteInLine));
    *mark = TextMark{start, std::max(0, end - start), reason};
    return true;
}
