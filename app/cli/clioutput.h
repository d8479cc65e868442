#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// Where a verb writes: its output (machine-readable, bytes as they are) and its messages (one a line). The
// program passes stdout and stderr; tests pass memory streams.
class CliOutput {
public:
    CliOutput(std::FILE *out, std::FILE *err) : m_out(out), m_err(err) {}

    void print(const QByteArray &text);
    void printError(const QString &line);
    // Says what is wrong with the command line, then the help; returns the exit code for bad usage, 2.
    int usage(const QString &problem);

private:
    std::FILE *m_out;
    std::FILE *m_err;
};
