#pragma once

#include <QByteArray>

#include "samples.h"

// cmark-gfm alone: how long BlockRenderer::render (what the preview's worker runs for every edit: Liquid
// preprocessing, parsing, one HTML string per top-level block) takes for a body. The floor under any preview.
class RenderBench {
public:
    // `runs` timed renders after one untimed warm-up; stops early once `budgetMs` has passed and at least
    // three were timed (Debian's cmark-gfm takes seconds on some inputs).
    static Samples measure(const QByteArray &bodyUtf8, int runs, int budgetMs);
    // What the preview's worker runs per keystroke: IncrementalRenderer::render after a one-character edit
    // (x typed, then removed, at the start, the middle and the end of the body, at a space), the region
    // around the edit re-parsed. `incremental` counts the renders that took that path, not a full parse.
    static Samples measureEdits(const QByteArray &bodyUtf8, int runs, int budgetMs, int *incremental);
};
