#include "clioutput.h"

#include "commandline.h"

void CliOutput::print(const QByteArray &text) {
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), m_out);
}

void CliOutput::printError(const QString &line) {
    const QByteArray bytes = line.toUtf8() + "\n";
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_err);
}

int CliOutput::usage(const QString &problem) {
    printError(QStringLiteral("postwright: %1").arg(problem));
    std::fputs(CommandLine::help(), m_err);
    return 2;
}
