#pragma once

#include <QStringList>

#include <cstdio>

// The command-line verbs (render, check, get, set, unset, new, --version, --help). Each returns the process
// exit code; output goes to the given streams (stdout/stderr in the program, buffers in tests).
class CommandLine {
public:
    CommandLine(std::FILE *out, std::FILE *err) : m_out(out), m_err(err) {}

    // True when `args` (without the program name) asks for a verb rather than the editor window.
    static bool isCommand(const QStringList &args);
    int run(const QStringList &args);

private:
    int render(const QStringList &args);
    int check(const QStringList &args);
    int get(const QStringList &args);
    int set(const QStringList &args);
    int unset(const QStringList &args);
    int create(const QStringList &args);
    int usage(const QString &problem);
    void print(const QByteArray &text);
    void printError(const QString &text);

    std::FILE *m_out;
    std::FILE *m_err;
};
