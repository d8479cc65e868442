#pragma once

#include <QStringList>

class CliOutput;

// `postwright render FILE`: the body's preview HTML, as the window's preview shows it.
class RenderVerb {
public:
    static int run(const QStringList &args, CliOutput &io);
};
