#pragma once

#include <QByteArray>
#include <QByteArrayList>

// The names Rouge 3.30 (Debian's ruby-rouge, what Jekyll 4.3 highlights with) finds a lexer by: each lexer's
// tag and aliases, compared exactly (`Ruby` is not `ruby`). kramdown wraps a code block in Rouge's markup
// only when Rouge knows its language, so the preview needs the list without running Ruby. tst_kramdowncode
// checks it against the installed Rouge (tests/jekyll/rouge_lexer_names.rb).
class RougeLexerNames {
public:
    static bool contains(const QByteArray &name);
    // All of them, sorted bytewise.
    static QByteArrayList all();
};
