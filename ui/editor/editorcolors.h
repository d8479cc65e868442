#pragma once

#include <QColor>

// The colours the editor draws Markdown in, one set for a light background and one for a dark one
// (ColorScheme). Chosen so that each reads on its background at WCAG AA contrast or better for text.
struct EditorColors {
    QColor quote;
    QColor heading;
    QColor link;
    QColor url;
    QColor listMarker;
    QColor html;
    QColor code;
    QColor codeBackground;
    QColor liquid;
    QColor liquidBackground;
    QColor marker;

    static EditorColors light();
    static EditorColors dark();
    static EditorColors forScheme(bool dark) { return dark ? EditorColors::dark() : light(); }
};
