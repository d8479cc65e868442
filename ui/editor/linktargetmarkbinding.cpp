#include "editor/linktargetmarkbinding.h"

#include <QAction>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTextDocument>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "editor/markdowneditor.h"
#include "post/postdocument.h"
#include "render/linktargetcheck.h"
#include "site/siteindex.h"
#include "site/sitepublishedpaths.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

#include <algorithm>

namespace {

constexpr int kPauseMs = 600;

struct Checked {
    std::shared_ptr<const SitePublishedPaths> published;
    QVector<LinkTargetProblem> problems;
};

}  // namespace

LinkTargetMarkBinding::LinkTargetMarkBinding(MarkdownEditor *editor, PostDocument *document, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_document(document)
    , m_action(new QAction(tr("Mark &Broken Links and Images"), this))
    , m_pause(new QTimer(this)) {
    m_action->setCheckable(true);
    m_action->setChecked(AppSettings::markLinkTargets());
    m_action->setToolTip(
        tr("Underline links and images that lead nowhere in the site, and images without alt text"));
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &LinkTargetMarkBinding::check);
    connect(m_action, &QAction::toggled, this, &LinkTargetMarkBinding::onToggled);
    SettingsNotifier::keepChecked(m_action, AppSettings::Key::MarkLinkTargets, &AppSettings::markLinkTargets);
    connect(m_document, &PostDocument::bodyChanged, this, &LinkTargetMarkBinding::schedule);
    connect(m_document, &PostDocument::frontMatterChanged, this, &LinkTargetMarkBinding::schedule);
    connect(m_document, &PostDocument::loaded, this, &LinkTargetMarkBinding::onPathChanged);
    connect(m_document, &PostDocument::pathChanged, this, &LinkTargetMarkBinding::onPathChanged);
}

LinkTargetMarkBinding::~LinkTargetMarkBinding() = default;

void LinkTargetMarkBinding::setPause(int ms) {
    m_pause->setInterval(ms);
}

void LinkTargetMarkBinding::onPathChanged() {
    const QString root = m_document->siteRoot();
    if (!m_index || m_index->root() != root) {
        if (m_index)
            disconnect(m_index.get(), nullptr, this, nullptr);
        ++m_indexGeneration;
        m_published.reset();
        m_index = root.isEmpty() ? nullptr : SiteIndex::forSite(root);
        if (m_index) {
            const auto changed = [this] {
                ++m_indexGeneration;
                m_published.reset();
                schedule();
            };
            connect(m_index.get(), &SiteIndex::ready, this, changed);
            connect(m_index.get(), &SiteIndex::documentsChanged, this, changed);
        }
    }
    schedule();
}

void LinkTargetMarkBinding::schedule() {
    ++m_generation;
    if (m_action->isChecked())
        m_pause->start();
}

void LinkTargetMarkBinding::check() {
    if (!m_action->isChecked())
        return;
    if (!m_index || !m_index->isReady()) {
        m_editor->setTextMarks({}, TextMark::Layer::LinkTargets);  // no site, or not read yet: nothing known
        return;
    }
    const quint64 generation = m_generation;
    const quint64 indexGeneration = m_indexGeneration;
    const QByteArray body = m_document->bodyLf();
    const QString path = QFileInfo(m_document->path()).canonicalFilePath();
    std::shared_ptr<const SitePublishedPaths> published = m_published;
    // The scan is shared data: copying it here is cheap; the worker reads it while the index moves on.
    const SiteScan scan = m_index->scan();
    auto *watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcher<Checked>::finished, this, [this, watcher, generation, indexGeneration] {
        const Checked checked = watcher->result();
        watcher->deleteLater();
        if (indexGeneration == m_indexGeneration)
            m_published = checked.published;  // still what the site publishes: the next check reuses it
        if (generation != m_generation || !m_action->isChecked())
            return;  // the text or the site moved on: its own check is on its way
        m_editor->setTextMarks(marksFor(checked.problems, m_editor->document()),
                               TextMark::Layer::LinkTargets);
        emit marksUpdated();
    });
    watcher->setFuture(QtConcurrent::run([published, scan, body, path]() {
        Checked out;
        out.published = published
                            ? published
                            : std::make_shared<const SitePublishedPaths>(SitePublishedPaths::fromScan(scan));
        out.problems = LinkTargetCheck::checkBody(body, *out.published, out.published->urlOf(path));
        return out;
    }));
}

void LinkTargetMarkBinding::onToggled(bool on) {
    AppSettings::setMarkLinkTargets(on);
    if (on)
        schedule();
    else
        m_editor->setTextMarks({}, TextMark::Layer::LinkTargets);
}

QVector<TextMark> LinkTargetMarkBinding::marksFor(const QVector<LinkTargetProblem> &problems,
                                                  const QTextDocument *document) {
    QVector<TextMark> marks;
    for (const LinkTargetProblem &problem : problems) {
        TextMark mark;
        if (TextMark::atBodyBytes(document, problem.line, problem.column, problem.length, problem.message,
                                  &mark))
            marks.append(mark);
    }
    return marks;
}
