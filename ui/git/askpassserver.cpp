#include "git/askpassserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUuid>

namespace {
// A question is a few hundred bytes; more is not git.
constexpr int kMaxPromptBytes = 4096;

// ssh's host key question is answered with a word, user names are read as typed; the rest are secrets.
bool isSecret(const QString &prompt) {
    const QString lower = prompt.toLower();
    return !lower.startsWith(QLatin1String("username")) && !lower.contains(QLatin1String("(yes/no"));
}
}  // namespace

AskpassServer::AskpassServer(QWidget *window)
    : QObject(window), m_window(window), m_server(new QLocalServer(this)) {
    m_program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("postwright-askpass"));
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(4);
    m_server->listen(QStringLiteral("postwright-askpass-") + QUuid::createUuid().toString(QUuid::Id128));
    connect(m_server, &QLocalServer::newConnection, this, &AskpassServer::onConnection);
}

AskpassServer::~AskpassServer() = default;

bool AskpassServer::isReady() const {
    return m_server->isListening() && QFileInfo(m_program).isExecutable();
}

QStringList AskpassServer::environment() const {
    return {QStringLiteral("POSTWRIGHT_ASKPASS_SERVER=") + m_server->fullServerName()};
}

void AskpassServer::onConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        if (m_client) {  // git asks one question at a time; a second asker is not ours
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            socket->write("0");
            socket->disconnectFromServer();
            continue;
        }
        m_client = socket;
        m_request.clear();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onRequest(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            if (socket == m_client) {
                if (m_dialog)
                    m_dialog->reject();  // git gave up on the question
                else
                    reply(false, QString());  // free for the next asker now, not once the socket is gone
            }
            socket->deleteLater();
        });
    }
}

void AskpassServer::onRequest(QLocalSocket *socket) {
    const QByteArray data = socket->readAll();
    if (socket != m_client || m_dialog)  // one question per connection; what follows it is not asked
        return;
    m_request += data;
    const qsizetype end = m_request.indexOf('\0');
    if (end < 0 && m_request.size() <= kMaxPromptBytes)
        return;
    if (end < 0 || end > kMaxPromptBytes) {
        reply(false, QString());
        return;
    }
    ask(QString::fromUtf8(m_request.left(end)).trimmed());
}

void AskpassServer::ask(const QString &prompt) {
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("git Asks"));
    dialog->setLabelText(prompt);
    // The prompt quotes a remote's URL or host, which a checkout's config chooses: shown as typed, never as
    // rich text that could word the question differently.
    if (auto *label = dialog->findChild<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    dialog->setTextEchoMode(isSecret(prompt) ? QLineEdit::Password : QLineEdit::Normal);
    dialog->setOkButtonText(tr("Answer"));
    m_dialog = dialog;
    connect(dialog, &QInputDialog::finished, this, [this, dialog](int result) {
        // Answered: the next question (git asks the password right after the user name) may arrive before
        // this dialog is deleted, and must be asked rather than refused.
        m_dialog.clear();
        reply(result == QDialog::Accepted, dialog->textValue());
    });
    dialog->open();
    emit asked(prompt);
}

void AskpassServer::cancelQuestion() {
    if (m_dialog)
        m_dialog->reject();  // replies through finished()
    else
        reply(false, QString());
}

void AskpassServer::reply(bool answered, const QString &answer) {
    QLocalSocket *client = m_client;
    m_client.clear();
    m_request.clear();
    if (!client)
        return;
    if (client->state() == QLocalSocket::ConnectedState) {
        client->write(answered ? "1" + answer.toUtf8() : QByteArray("0"));
        client->flush();
        client->disconnectFromServer();
    }
}
