#include "window/poststatusbar.h"

#include <QDir>
#include <QLabel>
#include <QTimer>

#include "post/postdocument.h"
#include "post/wordcount.h"

namespace {
// Counting a long post on every keystroke would cost more than the count is worth while typing.
constexpr int kWordCountDelayMs = 300;
// A problem stays long enough to be read twice; a note about something done goes sooner.
constexpr int kProblemMessageMs = 10000;
constexpr int kNoteMessageMs = 5000;
}  // namespace

PostStatusBar::PostStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_pathLabel(new QLabel(this))
    , m_wordsLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_wordCountTimer(new QTimer(this)) {
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addWidget(m_pathLabel, 1);
    addPermanentWidget(m_wordsLabel);
    addPermanentWidget(m_stateLabel);
    m_wordCountTimer->setSingleShot(true);
    m_wordCountTimer->setInterval(kWordCountDelayMs);
    connect(m_wordCountTimer, &QTimer::timeout, this, &PostStatusBar::updateWordCount);
}

void PostStatusBar::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &PostDocument::loaded, this, [this] {
        updatePathAndState();
        updateWordCount();
    });
    connect(m_document, &PostDocument::bodyChanged, m_wordCountTimer, qOverload<>(&QTimer::start));
    connect(m_document, &PostDocument::modifiedChanged, this, &PostStatusBar::updatePathAndState);
    connect(m_document, &PostDocument::pathChanged, this, &PostStatusBar::updatePathAndState);
    updatePathAndState();
    updateWordCount();
}

void PostStatusBar::showNote(const QString &text) {
    showMessage(text, kNoteMessageMs);
}

void PostStatusBar::showProblem(const QString &text) {
    showMessage(text, kProblemMessageMs);
}

void PostStatusBar::setPathNote(const QString &note) {
    m_pathLabel->setText(note);
}

QString PostStatusBar::pathText() const {
    return m_pathLabel->text();
}

QString PostStatusBar::wordsText() const {
    return m_wordsLabel->text();
}

QString PostStatusBar::stateText() const {
    return m_stateLabel->text();
}

void PostStatusBar::updatePathAndState() {
    // A post without a path keeps whatever note stands in for it.
    if (!m_document->path().isEmpty())
        m_pathLabel->setText(QDir::toNativeSeparators(m_document->path()));
    m_stateLabel->setText(m_document->isModified() ? tr("Unsaved changes") : tr("Saved"));
}

void PostStatusBar::updateWordCount() {
    if (!m_document)
        return;
    m_wordsLabel->setText(tr("%n word(s)", nullptr, WordCount::count(m_document->bodyLf())));
}
