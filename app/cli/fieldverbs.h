#pragma once

#include <QStringList>

class CliOutput;

// `postwright get|set|unset FILE KEY ...`: one front-matter field, read or edited in place (only that
// field's bytes change). Exit 0 done, 1 absent or refused (the file untouched), 2 bad usage or unreadable.
class FieldVerbs {
public:
    static int get(const QStringList &args, CliOutput &io);
    static int set(const QStringList &args, CliOutput &io);
    static int unset(const QStringList &args, CliOutput &io);
};
