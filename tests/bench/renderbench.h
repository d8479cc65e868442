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
};
