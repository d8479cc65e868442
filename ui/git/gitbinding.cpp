#include "git/gitbinding.h"

#include "git/askpassserver.h"
#include "git/gitactions.h"
#include "git/gitstatusindicator.h"
#include "git/sitegitstate.h"
#include "site/postlistmodel.h"
#include "window/poststatusbar.h"

GitBinding::GitBinding(PostDocument *document, FileActions *files, PostStatusBar *statusBar,
                       PostListModel *posts, QWidget *window)
    : QObject(window)
    , m_askpass(new AskpassServer(window))
    , m_state(new SiteGitState(this))
    , m_actions(new GitActions(document, files, m_state, window)) {
    GitRepository::Options options;
    if (m_askpass->isReady()) {
        options.askpass = m_askpass->program();
        options.askpassEnvironment = m_askpass->environment();
    }
    m_state->setOptions(options);

    auto *indicator = new GitStatusIndicator(m_state, statusBar);
    statusBar->addPermanentWidget(indicator);
    indicator->setDocument(document);
    m_state->followDocument(document);
    connect(m_state, &SiteGitState::changed, posts,
            [this, posts] { posts->setUncommittedPaths(m_state->changedFiles()); });
    connect(m_actions, &GitActions::message, statusBar, &PostStatusBar::showProblem);
}

void GitBinding::refresh() {
    m_state->refresh();
}
