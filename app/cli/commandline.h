#pragma once

#include <QStringList>

#include <cstdio>

// The command-line verbs' dispatcher: picks the verb class for the first argument (RenderVerb, CheckVerb,
// FieldVerbs, NewVerb, DraftVerbs, CommitVerb, SiteVerbs, TrustVerb) and returns the process exit code.
// Output goes to the given streams (stdout/stderr in the program, memory streams in tests). Part of postcli,
// which links postcore only.
class CommandLine {
public:
    CommandLine(std::FILE *out, std::FILE *err) : m_out(out), m_err(err) {}

    // True when `args` (without the program name) asks for a verb rather than the editor window.
    static bool isCommand(const QStringList &args);
    // The text of `postwright --help`.
    static const char *help();

    int run(const QStringList &args);

private:
    std::FILE *m_out;
    std::FILE *m_err;
};
