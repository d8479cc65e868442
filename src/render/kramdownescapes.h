#pragma once

// kramdown's backslash escapes (its GFM parser's ESCAPED_CHARS_GFM): only these characters lose the
// backslash; before any other ASCII punctuation (`\,`, `\@`, `\&`, `\^`, ...) it stays, where CommonMark
// takes it out. `\,` in TeX written between single dollars is the common case.
class KramdownEscapes {
public:
    // For cmark_parser_set_backslash_ispunct_func: whether `\c` is an escape.
    static int isEscapable(char c);
};
