#include "git/sitegitstate.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

#include "post/postdocument.h"
#include "site/siteroot.h"

namespace {
// Commits made in a terminal show within a minute even while the window stays in front.
constexpr int kRereadMs = 60 * 1000;
}  // namespace

SiteGitState::SiteGitState(QObject *parent)
    : QObject(parent), m_watcher(new QFutureWatcher<Reading>(this)), m_timer(new QTimer(this)) {
    connect(m_watcher, &QFutureWatcher<Reading>::finished, this, &SiteGitState::onRead);
    m_timer->setInterval(kRereadMs);
    connect(m_timer, &QTimer::timeout, this, &SiteGitState::refresh);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            refresh();
    });
}

void SiteGitState::followDocument(PostDocument *document) {
    const auto follow = [this, document] {
        const QString path = document->path();
        setSiteRoot(path.isEmpty() ? QString() : SiteRoot::find(path));
    };
    connect(document, &PostDocument::loaded, this, follow);
    connect(document, &PostDocument::pathChanged, this, follow);
    connect(document, &PostDocument::saved, this, &SiteGitState::refresh);
    follow();
}

SiteGitState::~SiteGitState() {
    m_watcher->waitForFinished();
}

void SiteGitState::setSiteRoot(const QString &siteRoot) {
    if (siteRoot == m_siteRoot)
        return;
    m_siteRoot = siteRoot;
    m_status.reset();
    m_workTree.clear();
    m_changed.clear();
    m_problem.clear();
    if (m_siteRoot.isEmpty())
        m_timer->stop();
    else
        m_timer->start();
    emit changed();
    refresh();
}

void SiteGitState::refresh() {
    if (m_siteRoot.isEmpty())
        return;
    if (m_reading || m_holds > 0) {
        m_again = true;
        return;
    }
    start();
}

void SiteGitState::hold(QObject *context, std::function<void()> then) {
    ++m_holds;
    if (m_reading)
        m_whenIdle.append({QPointer<QObject>(context), std::move(then)});
    else
        then();
}

void SiteGitState::release() {
    if (m_holds == 0)
        return;
    if (--m_holds == 0 && m_again)
        refresh();
}

bool SiteGitState::isReading() const {
    return m_reading;
}

bool SiteGitState::isChanged(const QString &absolutePath) const {
    if (m_changed.contains(absolutePath))
        return true;
    const QString canonical = QFileInfo(absolutePath).canonicalFilePath();
    return !canonical.isEmpty() && m_changed.contains(canonical);
}

void SiteGitState::start() {
    m_again = false;
    m_reading = true;
    const QString root = m_siteRoot;
    const GitRepository::Options options = m_options;
    m_watcher->setFuture(QtConcurrent::run([root, options] {
        const Result<GitRepository> repository = GitRepository::open(root, options);
        if (!repository)
            return Reading{root, QString(), std::nullopt, inCheckout(root) ? repository.error() : QString()};
        const Result<GitStatus> status = repository->status();
        if (!status)
            return Reading{root, repository->workTree(), std::nullopt, status.error()};
        return Reading{root, repository->workTree(), status.value(), QString()};
    }));
}

bool SiteGitState::inCheckout(const QString &folder) {
    QDir dir(folder);
    do {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return true;
    } while (dir.cdUp());
    return false;
}

void SiteGitState::onRead() {
    m_reading = false;
    const Reading reading = m_watcher->result();
    if (reading.siteRoot == m_siteRoot) {
        m_workTree = reading.workTree;
        m_changed.clear();
        if (reading.status) {
            m_status = reading.status;
            m_problem.clear();
            const QDir top(m_workTree);
            for (const GitStatus::Entry &entry : m_status->entries)
                m_changed.insert(QDir::cleanPath(top.filePath(entry.path)));
        } else {
            m_status.reset();
            m_problem = reading.problem;
        }
        emit changed();
    }
    if (m_again || reading.siteRoot != m_siteRoot)
        refresh();
    // Held: no read started above, so git is free for whoever waits.
    const auto waiting = std::exchange(m_whenIdle, {});
    for (const auto &[context, then] : waiting) {
        if (context)
            then();
        else
            release();  // whoever held is gone and will never release
    }
}
