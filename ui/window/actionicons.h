#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

// The icons of the window's actions. icon("document-save") is the desktop theme's icon of that freedesktop
// name when the theme has one, else ours: a line drawing bundled in resources/icons/<name>.svg that follows
// the light or dark palette (TintedSvgIconEngine). So a bare system without an icon theme still shows icons.
class ActionIcons {
public:
    static QIcon icon(const QString &name);
    // Our own drawing of `name` (null when there is none), whatever the theme holds.
    static QIcon bundled(const QString &name);
    // The names of every bundled drawing.
    static QStringList bundledNames();
};
