#pragma once

#include <QLabel>
#include <QPointer>

class PostDocument;
class SiteGitState;

// The status bar's note of where the open post stands in git: the branch, how far it is ahead of or behind
// its upstream, and whether the post has changes not committed ("main ↑1 ↓2 · not committed"). Hidden
// when the site is no git checkout; the tooltip says it in words, or why git could not be read.
class GitStatusIndicator : public QLabel {
    Q_OBJECT

public:
    GitStatusIndicator(SiteGitState *state, QWidget *parent = nullptr);

    void setDocument(PostDocument *document);

private:
    void update();

    SiteGitState *m_state;
    QPointer<PostDocument> m_document;
};
