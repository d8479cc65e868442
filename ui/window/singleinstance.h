#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QLocalServer;
class QLocalSocket;

// One Postwright process per user: the first process listens on a local socket; a later `postwright FILE...`
// hands its request to it and exits. A request and its answer are one JSON object each, on one line:
//   {"open": ["/abs/path", ...]}  → {"ok": true}   (an empty list: a new window on nothing)
//   {"list": true}                → {"ok": true, "windows": ["/abs/path" or "", ...]}
//   {"quit": true}                → {"ok": true}   (closes every window, as the user would)
// The socket lives in the user's runtime folder and only its owner may connect (UserAccessOption).
class SingleInstance : public QObject {
    Q_OBJECT

public:
    enum class Delivery {
        Answered,  // a running instance took the request
        NoServer,  // nobody listens (or the socket is stale): become the server
        NoAnswer,  // someone is there but did not answer: run alone, leave the socket be
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's full path for this user and settings file (tests that set their own HOME and
    // XDG_RUNTIME_DIR get their own).
    static QString defaultServerName();

    // Sends `request` to the instance at `serverName`; on Answered, `reply` (when given) holds its answer.
    static Delivery send(const QString &serverName, const QJsonObject &request, QJsonObject *reply = nullptr,
                         int timeoutMs = 10000);

    // Listens at `serverName`, replacing a stale socket a crashed process left behind; false when it cannot.
    bool listen(const QString &serverName);
    // What a launch does: hands `request` to the instance at `serverName` (Answered), or, when there is none,
    // listens there itself (NoServer; set the handler first). Launches at the same instant are put in line by
    // a lock file beside the socket, held from asking to listening, so exactly one becomes the server and
    // the others hand over to it. NoAnswer: one is there but does not answer; this one runs alone.
    Delivery sendOrListen(const QString &serverName, const QJsonObject &request);
    QString serverName() const;

    // Answers each request; without one every request is refused.
    void setHandler(std::function<QJsonObject(const QJsonObject &)> handler) {
        m_handler = std::move(handler);
    }

private:
    void accept();
    void readRequest(QLocalSocket *socket);

    QLocalServer *m_server;
    std::function<QJsonObject(const QJsonObject &)> m_handler;
};
