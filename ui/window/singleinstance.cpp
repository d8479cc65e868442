#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>

namespace {

// A request or an answer never needs more: a few paths.
constexpr qint64 kMaxLine = 1 << 20;
// How long a launch waits for one started at the same instant to hand over or start listening (send()
// gives up on a silent instance after 10 s for connecting and 10 s for the answer).
constexpr int kLaunchLockWaitMs = 30000;

QByteArray line(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// The object on the socket's next line, or an empty one when the line is not a JSON object.
QJsonObject readObject(QLocalSocket *socket) {
    const QJsonDocument document = QJsonDocument::fromJson(socket->readLine(kMaxLine).trimmed());
    return document.isObject() ? document.object() : QJsonObject();
}

}  // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent), m_server(new QLocalServer(this)) {
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    // The settings file names the user and the profile (tests with their own HOME get their own socket).
    const QByteArray profile = QSettings().fileName().toUtf8();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(profile, QCryptographicHash::Sha256).toHex().left(16));
    return QDir(folder).filePath(QStringLiteral("postwright-%1.socket").arg(hash));
}

SingleInstance::Delivery SingleInstance::send(const QString &serverName, const QJsonObject &request,
                                              QJsonObject *reply, int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return Delivery::NoServer;
    socket.write(line(request));
    if (!socket.waitForBytesWritten(timeoutMs))
        return Delivery::NoAnswer;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return Delivery::NoAnswer;
    }
    const QJsonObject answer = readObject(&socket);
    if (!answer.value(QStringLiteral("ok")).toBool())
        return Delivery::NoAnswer;
    if (reply)
        *reply = answer;
    socket.disconnectFromServer();
    return Delivery::Answered;
}

bool SingleInstance::listen(const QString &serverName) {
    if (m_server->listen(serverName))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // Nobody answered there (the caller tried first): the process that made it is gone.
    QLocalServer::removeServer(serverName);
    return m_server->listen(serverName);
}

SingleInstance::Delivery SingleInstance::sendOrListen(const QString &serverName, const QJsonObject &request) {
    QLockFile lock(serverName + QStringLiteral(".lock"));
    // A lock whose process is gone is taken over at once; a launch that cannot get it in time goes on
    // without it rather than not start.
    lock.tryLock(kLaunchLockWaitMs);
    const Delivery delivery = send(serverName, request);
    if (delivery == Delivery::NoServer)
        listen(serverName);
    return delivery;
}

QString SingleInstance::serverName() const {
    return m_server->fullServerName();
}

void SingleInstance::accept() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->canReadLine())
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket) {
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxLine)
            socket->abort();
        return;
    }
    const QJsonObject request = readObject(socket);
    QJsonObject answer = m_handler ? m_handler(request) : QJsonObject();
    if (answer.isEmpty())
        answer.insert(QStringLiteral("ok"), false);
    socket->write(line(answer));
    socket->flush();
}
