// postwright-askpass: the program git and ssh run (GIT_ASKPASS, SSH_ASKPASS) when a push or pull needs a
// user name, a password, a passphrase or a host key answer. It asks the Postwright window that started git
// (its AskpassServer, named in POSTWRIGHT_ASKPASS_SERVER) and prints the answer for git; it exits 1 when
// the writer cancels or no window answers, which git reports as a failed authentication.
#include <QCoreApplication>
#include <QLocalSocket>

#include <cstdio>

namespace {
// The writer may take a while to find a password; git's own time limit stops the whole call sooner.
constexpr int kAnswerWaitMs = 10 * 60 * 1000;
constexpr int kConnectWaitMs = 5000;
}  // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString server = qEnvironmentVariable("POSTWRIGHT_ASKPASS_SERVER");
    if (server.isEmpty()) {
        std::fputs("postwright-askpass: run by Postwright only (POSTWRIGHT_ASKPASS_SERVER is not set)\n",
                   stderr);
        return 1;
    }
    const QByteArray prompt = argc > 1 ? QByteArray(argv[1]) : QByteArray("Password: ");
    QLocalSocket socket;
    socket.connectToServer(server);
    if (!socket.waitForConnected(kConnectWaitMs)) {
        std::fprintf(stderr, "postwright-askpass: the Postwright window cannot be reached: %s\n",
                     qPrintable(socket.errorString()));
        return 1;
    }
    // The request is the prompt and a NUL; the reply '1' and the answer, or '0', then the window hangs up.
    socket.write(prompt + '\0');
    socket.flush();
    QByteArray reply;
    while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(kAnswerWaitMs))
        reply += socket.readAll();
    reply += socket.readAll();
    // Said on stderr, which git passes on: the window's message then tells why git had no answer.
    if (reply.isEmpty()) {
        std::fputs(socket.state() == QLocalSocket::ConnectedState
                       ? "postwright-askpass: no answer from the Postwright window in 10 minutes\n"
                       : "postwright-askpass: the Postwright window closed without answering\n",
                   stderr);
        return 1;
    }
    if (!reply.startsWith('1')) {
        std::fputs("postwright-askpass: not answered (cancelled, or another question was open)\n", stderr);
        return 1;
    }
    const QByteArray answer = reply.mid(1);
    std::fwrite(answer.constData(), 1, static_cast<size_t>(answer.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
