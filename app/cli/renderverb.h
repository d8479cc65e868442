#pragma once

#include <QStringList>

class CliOutput;

// `postwright render FILE`: the body's preview HTML, as the window's preview shows it (in
// the Markdown dialect of the site the file belongs to).
class RenderVerb {
public:
    static int run(const QStringList &args, CliOutput &io);
};
