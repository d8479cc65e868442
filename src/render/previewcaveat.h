#pragma once

#include <QString>

// A piece of the body the preview shows other than Jekyll will publish it: Liquid it could not run and shows
// as written (LiquidPreprocessor), or kramdown syntax it does not render as kramdown does (KramdownCaveats).
// Where it is in the text given to the renderer (1-based line and column, the column and length in bytes) and
// why, in a few words.
struct PreviewCaveat {
    enum class Origin { Liquid, Kramdown };
    int line = 0;
    int column = 0;
    int length = 0;
    QString reason;
    Origin origin = Origin::Liquid;
};
