#pragma once

#include <QStringList>

class CliOutput;

// `postwright check --spelling [--lang LANG] PATH...`: the misspelled words of posts (files, or the post
// files under folders), one warning a line: FILE:LINE:COLUMN: warning: WORD (SUGGESTIONS). Exit as `check`
// does: 0 with warnings only, 1 when a post's language has no dictionary, 2 when a path cannot be read.
class SpellingCheckVerb {
public:
    // `args` without "--spelling".
    static int run(const QStringList &args, CliOutput &io);
};
