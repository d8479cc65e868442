#include "git/gitstatusindicator.h"

#include "git/sitegitstate.h"
#include "post/postdocument.h"

GitStatusIndicator::GitStatusIndicator(SiteGitState *state, QWidget *parent)
    : QLabel(parent), m_state(state) {
    setVisible(false);
    setAccessibleName(tr("Git status"));
    connect(m_state, &SiteGitState::changed, this, &GitStatusIndicator::update);
}

void GitStatusIndicator::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document)
        connect(m_document, &PostDocument::pathChanged, this, &GitStatusIndicator::update);
    update();
}

void GitStatusIndicator::update() {
    const std::optional<GitStatus> &status = m_state->status();
    if (!status) {
        // A site that is no checkout is the usual case for a blog kept only here: nothing to say. Other
        // problems (git missing, a refused checkout) are worth a word.
        setVisible(!m_state->problem().isEmpty());
        setText(tr("git unavailable"));
        setToolTip(m_state->problem());
        return;
    }
    QStringList parts;
    QStringList words;
    parts << (status->branch.isEmpty() ? tr("detached HEAD") : status->branch);
    words << (status->branch.isEmpty() ? tr("No branch is checked out (detached HEAD).")
                                       : tr("On branch %1.").arg(status->branch));
    if (status->upstream.isEmpty()) {
        words << tr("The branch has no upstream to push to.");
    } else {
        if (status->ahead > 0)
            parts << QStringLiteral("↑%1").arg(status->ahead);
        if (status->behind > 0)
            parts << QStringLiteral("↓%1").arg(status->behind);
        if (status->ahead == 0 && status->behind == 0)
            words << tr("Up to date with %1.").arg(status->upstream);
        if (status->ahead > 0)
            words << tr("%n commit(s) not pushed to %1.", nullptr, status->ahead).arg(status->upstream);
        if (status->behind > 0)
            words << tr("%n commit(s) on %1 not pulled yet.", nullptr, status->behind).arg(status->upstream);
    }
    QString text = parts.join(QLatin1Char(' '));
    const QString post = m_document ? m_document->path() : QString();
    if (!post.isEmpty() && m_state->isChanged(post)) {
        text += tr(" · not committed");
        words << tr("The post has changes not committed.");
    }
    setText(text);
    setToolTip(words.join(QLatin1Char(' ')));
    setVisible(true);
}
