#pragma once

#include <QInputDialog>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// Answers git's and ssh's questions (user name, password, passphrase, unknown host key) during a push or
// pull the window started, in a dialog over the window, so git never waits on a terminal nobody sees. git
// runs postwright-askpass (GitRepository::Options::askpass), which passes the question here over a local
// socket only this user can open, and the answer back. A question git gives up on (its time limit) closes
// its dialog. One question at a time, as git asks them.
class AskpassServer : public QObject {
    Q_OBJECT

public:
    explicit AskpassServer(QWidget *window);
    ~AskpassServer() override;

    // Whether the server listens and the askpass program exists; without them git fails rather than asks.
    bool isReady() const;
    // The program to hand git, and the environment entries it needs ("NAME=value").
    QString program() const { return m_program; }
    QStringList environment() const;
    // Tests point it at the program in the build tree.
    void setProgram(const QString &program) { m_program = program; }

    // The dialog asking now, or null (tests answer it).
    QInputDialog *currentDialog() const { return m_dialog; }
    // Closes the open question unanswered. For when the push or pull that asked has ended (its time limit):
    // git is stopped, but the askpass it started (through ssh) may still wait, its dialog open, and the
    // next question would be refused while it does.
    void cancelQuestion();

Q_SIGNALS:
    // A question arrived and its dialog is shown.
    void asked(const QString &prompt);

private:
    void onConnection();
    void onRequest(QLocalSocket *socket);
    void ask(const QString &prompt);
    void reply(bool answered, const QString &answer);

    QWidget *m_window;
    QLocalServer *m_server;
    QString m_program;
    QPointer<QLocalSocket> m_client;
    QPointer<QInputDialog> m_dialog;
    QByteArray m_request;
};
