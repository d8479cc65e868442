#pragma once

#include <QByteArray>

// Byte-level reading of YAML source text: where lines, tokens and values end. yaml-cpp tells where a node
// starts, never where it ends; these find the end without re-emitting anything. Offsets are into the same
// byte array.
namespace YamlText {

qsizetype lineStart(const QByteArray &bytes, qsizetype at);
qsizetype lineEnd(const QByteArray &bytes, qsizetype at);   // before "\r\n" or "\n"
qsizetype nextLine(const QByteArray &bytes, qsizetype at);  // after the line break (or the end)

// The end of an entry whose key line starts at `begin`, when the next sibling starts at `next`: the end of
// its last line that is neither blank nor a comment at or left of the key's column (those belong to what
// follows).
qsizetype contentEnd(const QByteArray &bytes, qsizetype begin, qsizetype next, int keyIndent);

// Past a quoted scalar starting at `at` (its opening quote) and closed before `limit`; handles `''` and
// backslash escapes, and line breaks. -1 when the quote is not closed by then.
qsizetype quotedEnd(const QByteArray &bytes, qsizetype at, qsizetype limit);
// The end of a plain scalar starting at `at` and ending by `limit`: before a ` #` comment, trailing space
// trimmed.
qsizetype plainEnd(const QByteArray &bytes, qsizetype at, qsizetype limit);
// The end of a plain item of a sequence: in a flow one before `,` `]` `}` or a comment; in a block one the
// line's.
qsizetype plainItemEnd(const QByteArray &bytes, qsizetype at, qsizetype limit, bool inFlow);
// Past the bracket that closes the flow collection opening at `at` (quotes and comments inside respected).
qsizetype flowEnd(const QByteArray &bytes, qsizetype at, qsizetype limit);
// The end of a run of non-blank bytes (an alias name).
qsizetype tokenEnd(const QByteArray &bytes, qsizetype at, qsizetype limit);
// Past any `&anchor` and `!tag` properties (and the spaces after them) in front of a value.
qsizetype skipProperties(const QByteArray &bytes, qsizetype at, qsizetype limit);
// Whether the value whose properties start at `at` carries an anchor (`&name`): other fields may repeat it
// as an alias, so an edit of its text changes them too.
bool hasAnchor(const QByteArray &bytes, qsizetype at, qsizetype limit);

}  // namespace YamlText
