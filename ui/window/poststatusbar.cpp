#include "window/poststatusbar.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>

#include "post/postdocument.h"
#include "post/readingtime.h"
#include "post/wordcount.h"

namespace {
// Counting a long post on every keystroke would cost more than the count is worth while typing.
constexpr int kWordCountDelayMs = 300;
// Selecting with Shift+arrows moves the selection many times a second; a select-all of 1 MB is counted once.
constexpr int kSelectionCountDelayMs = 100;
// A problem stays long enough to be read twice; a note about something done goes sooner.
constexpr int kProblemMessageMs = 10000;
constexpr int kNoteMessageMs = 5000;
}  // namespace

PostStatusBar::PostStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_pathLabel(new QLabel(this))
    , m_wordsLabel(new QLabel(this))
    , m_charactersLabel(new QLabel(this))
    , m_readingLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_wordCountTimer(new QTimer(this))
    , m_selectionTimer(new QTimer(this)) {
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setAccessibleName(tr("Post file"));
    m_wordsLabel->setAccessibleName(tr("Word count"));
    m_charactersLabel->setAccessibleName(tr("Character count"));
    m_readingLabel->setAccessibleName(tr("Reading time"));
    m_stateLabel->setAccessibleName(tr("Saved state"));
    addWidget(m_pathLabel, 1);
    addPermanentWidget(m_wordsLabel);
    addPermanentWidget(m_charactersLabel);
    addPermanentWidget(m_readingLabel);
    addPermanentWidget(m_stateLabel);
    m_wordCountTimer->setSingleShot(true);
    m_wordCountTimer->setInterval(kWordCountDelayMs);
    connect(m_wordCountTimer, &QTimer::timeout, this, &PostStatusBar::updateWordCount);
    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(kSelectionCountDelayMs);
    connect(m_selectionTimer, &QTimer::timeout, this, [this] {
        const QString selected = m_editor ? m_editor->textCursor().selectedText() : QString();
        m_selectedWords = selected.isEmpty() ? -1 : WordCount::count(selected);
        m_selectedCharacters = WordCount::characters(selected);
        updateCountLabels();
    });
}

void PostStatusBar::setSelectionSource(QPlainTextEdit *editor) {
    if (m_editor)
        m_editor->disconnect(this);
    m_editor = editor;
    if (m_editor)
        connect(m_editor, &QPlainTextEdit::selectionChanged, m_selectionTimer, qOverload<>(&QTimer::start));
}

void PostStatusBar::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &PostDocument::loaded, this, [this] {
        updatePathAndState();
        readSiteSettings();
        updateWordCount();
    });
    connect(m_document, &PostDocument::bodyChanged, m_wordCountTimer, qOverload<>(&QTimer::start));
    connect(m_document, &PostDocument::modifiedChanged, this, &PostStatusBar::updatePathAndState);
    connect(m_document, &PostDocument::pathChanged, this, [this] {
        updatePathAndState();
        readSiteSettings();  // Save As may have put the post in another site
        updateCountLabels();
    });
    updatePathAndState();
    readSiteSettings();
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

QString PostStatusBar::charactersText() const {
    return m_charactersLabel->text();
}

QString PostStatusBar::readingTimeText() const {
    return m_readingLabel->text();
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

void PostStatusBar::readSiteSettings() {
    m_wordsPerMinute = ReadingTime::wordsPerMinuteOfSite(m_document->siteRoot());
}

void PostStatusBar::updateWordCount() {
    if (!m_document)
        return;
    const QString body = QString::fromUtf8(m_document->bodyLf());
    m_words = WordCount::count(body);
    m_characters = WordCount::characters(body);
    updateCountLabels();
}

void PostStatusBar::updateCountLabels() {
    if (m_selectedWords < 0) {
        m_wordsLabel->setText(tr("%n word(s)", nullptr, m_words));
        m_charactersLabel->setText(tr("%n character(s)", nullptr, m_characters));
    } else {
        m_wordsLabel->setText(tr("%1 of %n word(s)", nullptr, m_words).arg(m_selectedWords));
        m_charactersLabel->setText(
            tr("%1 of %n character(s)", nullptr, m_characters).arg(m_selectedCharacters));
    }
    m_readingLabel->setText(tr("%n min read", nullptr, ReadingTime::minutes(m_words, m_wordsPerMinute)));
    m_readingLabel->setToolTip(
        tr("At %n words a minute (the site's words_per_minute, else 200)", nullptr, m_wordsPerMinute));
}
