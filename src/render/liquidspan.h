#pragma once

#include <QString>

// A piece of Liquid the preview could not run and shows as written: where it is in the text given to the
// preprocessor (1-based line and column, the column and length in bytes) and why, in a few words.
struct LiquidSpan {
    int line = 0;
    int column = 0;
    int length = 0;
    QString reason;
};
