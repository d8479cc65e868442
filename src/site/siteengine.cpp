#include "site/siteengine.h"

#include "site/sitesourcewatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr qsizetype kStderrKept = 4000;

QString engineCacheRoot() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/site-engine");
}

QString defaultCacheDir(const SiteEngine::Options &options) {
    const QFileInfo root(options.siteRoot);
    const QString canonical = root.canonicalFilePath();
    const QByteArray key =
        (canonical.isEmpty() ? QDir::cleanPath(root.absoluteFilePath()) : canonical).toUtf8();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return engineCacheRoot() + QLatin1Char('/') + hash +
           (options.trusted ? QStringLiteral("-trusted") : QStringLiteral("-safe")) +
           (options.urls == SiteEngine::Urls::Published ? QStringLiteral("-published") : QString());
}

// The last line of what the engine printed on stderr: Ruby's own reason when it died before saying anything.
QString lastLine(const QByteArray &text) {
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.constLast().trimmed());
}

}  // namespace

QString SiteEngineError::text() const {
    if (file.isEmpty())
        return message;
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

SiteEngineError SiteEngineError::fromJson(const QJsonObject &error) {
    SiteEngineError out;
    out.message = error.value(QLatin1String("message")).toString();
    out.file = error.value(QLatin1String("file")).toString();
    out.line = error.value(QLatin1String("line")).toInt();
    if (out.message.isEmpty())
        out.message = SiteEngine::tr("the site's Jekyll failed without saying why");
    return out;
}

SiteEngine::SiteEngine(Options options, QObject *parent) : QObject(parent), m_options(std::move(options)) {
    if (m_options.cacheDir.isEmpty())
        m_options.cacheDir = defaultCacheDir(m_options);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SiteEngine::onTimeout);
    if (m_options.followSiteChanges && !m_options.siteRoot.isEmpty()) {
        m_watcher = new SiteSourceWatcher(m_options.siteRoot, this);
        connect(m_watcher, &SiteSourceWatcher::changed, this, [this] {
            const bool wasUsed = m_state != State::Idle;
            restart();
            if (wasUsed)
                start();  // kept warm: the next request finds the site read
            emit siteChanged();
        });
    }
}

SiteEngine::~SiteEngine() {
    m_pending.clear();  // nobody is left to answer
    stopProcess();
}

QString SiteEngine::outputDir() const {
    return m_options.cacheDir + QStringLiteral("/_site");
}

QString SiteEngine::scriptPath() {
    QFile resource(QStringLiteral(":/site-engine/postwright-site-engine.rb"));
    if (!resource.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray script = resource.readAll();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(script, QCryptographicHash::Sha1).toHex().left(12));
    const QString path = engineCacheRoot() + QStringLiteral("/postwright-site-engine-%1.rb").arg(hash);
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(engineCacheRoot());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size() || !file.commit())
        return QString();
    return path;
}

void SiteEngine::start() {
    if (m_state != State::Idle)
        return;
    const QString ruby = QStandardPaths::findExecutable(QStringLiteral("ruby"));
    if (ruby.isEmpty()) {
        fail(SiteEngineError{tr("Ruby is not installed, so the site's Jekyll cannot run (install the jekyll "
                                "package)"),
                             {},
                             0});
        return;
    }
    const QString script = scriptPath();
    if (script.isEmpty() || !QDir().mkpath(m_options.cacheDir)) {
        fail(SiteEngineError{tr("cannot write to the cache folder %1").arg(engineCacheRoot()), {}, 0});
        return;
    }
    m_state = State::Starting;
    m_buffer.clear();
    m_stderrTail.clear();
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(m_options.cacheDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Only a trusted site's own Gemfile may be evaluated, and only by the engine's choice.
    environment.remove(QStringLiteral("BUNDLE_GEMFILE"));
    environment.remove(QStringLiteral("RUBYOPT"));
    m_process->setProcessEnvironment(environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SiteEngine::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > kStderrKept)
            m_stderrTail = m_stderrTail.right(kStderrKept);
    });
    connect(m_process, &QProcess::finished, this, &SiteEngine::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(SiteEngineError{tr("Ruby could not be started: %1").arg(m_process->errorString()), {}, 0});
    });
    QStringList arguments = {
        QStringLiteral("-E"),
        QStringLiteral("UTF-8:UTF-8"),
        script,
        QStringLiteral("--site"),
        m_options.siteRoot,
        QStringLiteral("--cache"),
        m_options.cacheDir,
        QStringLiteral("--urls"),
        m_options.urls == Urls::Preview ? QStringLiteral("preview") : QStringLiteral("published")};
    if (m_options.trusted)
        arguments.append(QStringLiteral("--trusted"));
    m_timer.start(m_options.startTimeoutMs);
    m_process->start(ruby, arguments);
}

void SiteEngine::restart() {
    stopProcess();
    m_timer.stop();
    m_state = State::Idle;
    m_failure = SiteEngineError();
    for (Pending &pending : m_pending)
        pending.written = false;
    if (!m_pending.empty())
        start();
}

void SiteEngine::send(QJsonObject request, QObject *context, Reply reply) {
    if (m_state == State::Failed) {
        reply(Result<QJsonObject>::failure(m_failure.text()));
        return;
    }
    Pending pending;
    pending.id = m_nextId++;
    request.insert(QStringLiteral("id"), pending.id);
    pending.line = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.reply = std::move(reply);
    m_pending.push_back(std::move(pending));
    if (m_state == State::Idle)
        start();
    else if (m_state == State::Ready)
        writePending();
}

Result<QJsonObject> SiteEngine::sendAndWait(QJsonObject request) {
    std::optional<Result<QJsonObject>> answer;
    QEventLoop loop;
    send(std::move(request), &loop, [&answer, &loop](const Result<QJsonObject> &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return answer ? *answer : Result<QJsonObject>::failure(tr("the site's Jekyll did not answer"));
}

void SiteEngine::writePending() {
    for (Pending &pending : m_pending) {
        if (!pending.written) {
            m_process->write(pending.line);
            pending.written = true;
        }
    }
    armTimer();
}

void SiteEngine::armTimer() {
    if (m_state != State::Ready)
        return;
    if (m_pending.empty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start(m_options.requestTimeoutMs);
}

void SiteEngine::onReadyRead() {
    m_buffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while (m_process && (newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        handleLine(line);
    }
}

void SiteEngine::handleLine(const QByteArray &line) {
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
    if (error.error != QJsonParseError::NoError) {
        fail(SiteEngineError{tr("the site's Jekyll said something that is not JSON: %1")
                                 .arg(QString::fromUtf8(line.left(200))),
                             {},
                             0});
        return;
    }
    const QString event = object.value(QLatin1String("event")).toString();
    if (m_state == State::Starting) {
        if (event == QLatin1String("ready")) {
            m_state = State::Ready;
            m_timer.stop();
            m_jekyllVersion = object.value(QLatin1String("jekyll")).toString();
            m_notes.clear();
            for (const QJsonValue &note : object.value(QLatin1String("notes")).toArray())
                m_notes.append(note.toString());
            emit ready();
            if (m_state == State::Ready)
                writePending();
        } else {
            fail(SiteEngineError::fromJson(object.value(QLatin1String("error")).toObject()));
        }
        return;
    }
    if (m_pending.empty() || object.value(QLatin1String("id")).toInteger() != m_pending.front().id) {
        fail(SiteEngineError{tr("the site's Jekyll answered a request it was not asked"), {}, 0});
        return;
    }
    Pending pending = std::move(m_pending.front());
    m_pending.pop_front();
    m_timer.stop();
    armTimer();
    if (pending.hasContext && !pending.context)
        return;
    if (object.value(QLatin1String("ok")).toBool())
        pending.reply(object);
    else
        pending.reply(Result<QJsonObject>::failure(
            SiteEngineError::fromJson(object.value(QLatin1String("error")).toObject()).text()));
}

void SiteEngine::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (m_state == State::Failed || !m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    // A `failed` event is the last thing a failing engine prints.
    if (m_state == State::Starting && m_buffer.contains('\n')) {
        onReadyRead();
        if (m_state == State::Failed)
            return;
    }
    const QString reason = lastLine(m_stderrTail);
    QString message = status == QProcess::CrashExit
                          ? tr("the site's Jekyll crashed")
                          : tr("the site's Jekyll stopped (exit status %1)").arg(exitCode);
    if (!reason.isEmpty())
        message += QStringLiteral(": ") + reason;
    fail(SiteEngineError{message, {}, 0});
}

void SiteEngine::onTimeout() {
    if (m_state == State::Starting)
        fail(SiteEngineError{tr("the site's Jekyll did not finish reading the site within %1 s")
                                 .arg(m_options.startTimeoutMs / 1000),
                             {},
                             0});
    else if (m_state == State::Ready)
        fail(SiteEngineError{
            tr("the site's Jekyll did not answer within %1 s").arg(m_options.requestTimeoutMs / 1000),
            {},
            0});
}

void SiteEngine::fail(const SiteEngineError &error) {
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_failure = error;
    m_timer.stop();
    stopProcess();
    failPending(error.text());
    emit failed(error);
}

void SiteEngine::failPending(const QString &reason) {
    std::deque<Pending> pending;
    pending.swap(m_pending);
    for (Pending &request : pending) {
        if (!request.hasContext || request.context)
            request.reply(Result<QJsonObject>::failure(reason));
    }
}

void SiteEngine::stopProcess() {
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // End of input asks the engine to exit; one that has not within a moment is killed. Nobody waits for
    // it: the process object outlives this engine until it is gone.
    process->setParent(nullptr);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->closeWriteChannel();
    QTimer::singleShot(2000, process, [process] { process->kill(); });
}
