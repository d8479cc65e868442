#include "editor/spellcheckbinding.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "editor/markdownstyle.h"
#include "post/postdocument.h"
#include "spelling/hunspelldictionary.h"
#include "spelling/spellchecker.h"
#include "spelling/spellinglanguage.h"
#include "spelling/spellingtokenizer.h"
#include "spelling/wordlistfile.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace {

constexpr int DefaultPauseMs = 300;
constexpr int ScrollPauseMs = 60;
// Blocks checked beyond each edge of the view, so a short scroll shows marks at once.
constexpr int MarginBlocks = 10;
constexpr int MaxSuggestions = 6;
// What the highlighter styles as no prose; a word overlapping it is not checked.
constexpr quint32 NotProse = MarkdownStyle::Code | MarkdownStyle::Url | MarkdownStyle::Html |
                             MarkdownStyle::Liquid | MarkdownStyle::FootnoteRef;

// Which characters of `block` the highlighter styled as no prose.
std::vector<char> notProse(const QTextBlock &block) {
    std::vector<char> mask(size_t(block.length()), 0);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (quint32(range.format.intProperty(MarkdownHighlighter::StyleProperty)) & NotProse) {
            for (int i = range.start; i < range.start + range.length && i < int(mask.size()); ++i)
                mask[size_t(i)] = 1;
        }
    }
    return mask;
}

}  // namespace

SpellCheckBinding::SpellCheckBinding(MarkdownEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_action(new QAction(tr("Check &Spelling"), this))
    , m_pause(new QTimer(this))
    , m_scrollPause(new QTimer(this)) {
    m_action->setCheckable(true);
    m_action->setChecked(AppSettings::checkSpelling());
    m_action->setToolTip(tr("Underline misspelled words as you type"));
    m_pause->setSingleShot(true);
    m_pause->setInterval(DefaultPauseMs);
    m_scrollPause->setSingleShot(true);
    m_scrollPause->setInterval(ScrollPauseMs);
    connect(m_pause, &QTimer::timeout, this, &SpellCheckBinding::checkNow);
    connect(m_scrollPause, &QTimer::timeout, this, &SpellCheckBinding::checkNow);
    connect(m_action, &QAction::toggled, this, &SpellCheckBinding::onToggled);
    SettingsNotifier::keepChecked(m_action, AppSettings::Key::CheckSpelling, &AppSettings::checkSpelling);
    connect(SettingsNotifier::instance(), &SettingsNotifier::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::SpellingLanguage)
            updateLanguage();
    });
    connect(m_editor->document(), &QTextDocument::contentsChange, this, &SpellCheckBinding::onEdited);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, m_scrollPause,
            qOverload<>(&QTimer::start));
    m_editor->viewport()->installEventFilter(this);
}

SpellCheckBinding::~SpellCheckBinding() = default;

void SpellCheckBinding::setPause(int ms) {
    m_pause->setInterval(ms);
}

void SpellCheckBinding::setDocument(PostDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    connect(document, &PostDocument::loaded, this, &SpellCheckBinding::updateSite);
    connect(document, &PostDocument::pathChanged, this, &SpellCheckBinding::updateSite);
    connect(document, &PostDocument::frontMatterChanged, this, &SpellCheckBinding::updateLanguage);
    updateSite();
}

void SpellCheckBinding::updateSite() {
    const QString root = m_document ? m_document->siteRoot() : QString();
    // The site's word list may have changed with the post (a pull, a teammate): read it again.
    m_siteRoot = root;
    m_siteLanguage = SpellingLanguage::ofSite(root);
    m_language.clear();
    m_dictionaryPath.clear();
    updateLanguage();
}

void SpellCheckBinding::updateLanguage() {
    const QString postLang = m_document ? m_document->post().scalar(QStringLiteral("lang")) : QString();
    // A language the writer fixed in Edit > Preferences wins over the post's, the site's and the system's.
    const QString fixed = AppSettings::spellingLanguage();
    const QString language = !fixed.isEmpty() ? fixed
                                              : SpellingLanguage::choose(postLang, m_siteLanguage, QString(),
                                                                         SpellingLanguage::systemLanguage());
    if (language == m_language)
        return;  // most front-matter edits: nothing to reopen, and a missing dictionary is said once
    m_language = language;
    const Result<QString> path = SpellingLanguage::dictionaryFor(language, SpellingLanguage::systemFolders());
    if (!path) {
        m_checker.reset();
        m_dictionaryPath.clear();
        m_problem = path.error();
        Q_EMIT message(m_problem);
        checkNow();
        return;
    }
    m_problem.clear();
    m_dictionaryPath = path.value();
    std::shared_ptr<HunspellDictionary> &dictionary = m_dictionaries[path.value()];
    if (!dictionary) {
        auto opened = HunspellDictionary::open(path.value());
        if (!opened) {
            m_dictionaries.remove(path.value());
            m_checker.reset();
            m_problem = opened.error();
            Q_EMIT message(m_problem);
            checkNow();
            return;
        }
        dictionary = opened.value();
    }
    m_checker = std::make_shared<SpellChecker>(dictionary);
    QStringList lists{WordListFile::personalPath()};
    if (!m_siteRoot.isEmpty())
        lists << WordListFile::sitePath(m_siteRoot);
    for (const QString &list : std::as_const(lists)) {
        const Result<QStringList> words = WordListFile::read(list);
        if (words)
            m_checker->acceptAll(words.value());
        else
            Q_EMIT message(words.error());
    }
    checkNow();
}

void SpellCheckBinding::onEdited(int position, int charsRemoved, int charsAdded) {
    if (!m_action->isChecked() || (charsRemoved == 0 && charsAdded == 0))
        return;
    m_editPosition = position + charsAdded;
    m_pause->start();
}

void SpellCheckBinding::onToggled(bool on) {
    AppSettings::setCheckSpelling(on);
    checkNow();
}

void SpellCheckBinding::checkNow() {
    m_pause->stop();
    m_scrollPause->stop();
    const int editPosition = std::exchange(m_editPosition, -1);
    if (!m_action->isChecked() || !m_checker) {
        m_editor->setTextMarks({}, TextMark::Layer::Spelling);
        Q_EMIT marksUpdated();
        return;
    }
    const QTextBlock firstVisible =
        m_editor->document()->findBlockByNumber(m_editor->firstVisibleSourceLine() - 1);
    const QTextBlock lastVisible =
        m_editor->cursorForPosition(QPoint(0, m_editor->viewport()->height() - 1)).block();
    QTextBlock block = firstVisible;
    for (int i = 0; i < MarginBlocks && block.previous().isValid(); ++i)
        block = block.previous();
    const int last = lastVisible.blockNumber() + MarginBlocks;
    // The word the writer is typing is theirs to finish: it is checked once the cursor leaves it.
    const int cursor =
        editPosition >= 0 && m_editor->textCursor().position() == editPosition ? editPosition : -1;
    const QString reason = tr("Not in the dictionary (%1): right-click for suggestions").arg(m_language);
    QVector<TextMark> marks;
    for (; block.isValid() && block.blockNumber() <= last; block = block.next()) {
        if (MarkdownHighlighter::isCodeLine(block))
            continue;
        // The highlighter knows the block context (fences, lists); the line scanner sees inline constructs.
        SpellingTokenizer::State state;
        state.previousBlank = false;
        const QString text = block.text();
        const std::vector<char> mask = notProse(block);
        for (const SpellingWord &word : SpellingTokenizer::wordsOfLine(text, state)) {
            const bool styledAway =
                std::any_of(mask.begin() + word.offset, mask.begin() + word.offset + word.length,
                            [](char c) { return c; });
            const int start = block.position() + word.offset;
            if (styledAway || (cursor >= start && cursor <= start + word.length) ||
                m_checker->isCorrect(word.text))
                continue;
            marks.append(TextMark{start, word.length, reason});
        }
    }
    m_editor->setTextMarks(marks, TextMark::Layer::Spelling);
    Q_EMIT marksUpdated();
}

QList<QAction *> SpellCheckBinding::actionsAt(int position, QObject *parent) {
    QList<QAction *> actions;
    if (!m_checker)
        return actions;
    for (const TextMark &mark : m_editor->textMarks(TextMark::Layer::Spelling)) {
        if (mark.length == 0 || position < mark.position || position > mark.position + mark.length)
            continue;
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(mark.position);
        cursor.setPosition(mark.position + mark.length, QTextCursor::KeepAnchor);
        const QString word = cursor.selectedText();
        const int start = mark.position;
        const int end = mark.position + mark.length;
        const QStringList suggestions = m_checker->suggestions(word, MaxSuggestions);
        for (const QString &suggestion : suggestions) {
            auto *replace = new QAction(suggestion, parent);
            connect(replace, &QAction::triggered, this,
                    [this, start, end, suggestion] { replaceWord(start, end, suggestion); });
            actions << replace;
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("(No Suggestions)"), parent);
            none->setEnabled(false);
            actions << none;
        }
        auto *personal = new QAction(tr("Add to &Personal Dictionary"), parent);
        connect(personal, &QAction::triggered, this,
                [this, word] { addToList(WordListFile::personalPath(), word); });
        auto *site = new QAction(tr("Add to &Site Word List"), parent);
        site->setEnabled(!m_siteRoot.isEmpty());
        site->setToolTip(tr("Adds the word to %1, which the site's writers can share")
                             .arg(QString::fromLatin1(WordListFile::SiteFileName)));
        const QString siteList = WordListFile::sitePath(m_siteRoot);
        connect(site, &QAction::triggered, this, [this, siteList, word] { addToList(siteList, word); });
        auto *ignore = new QAction(tr("&Ignore"), parent);
        connect(ignore, &QAction::triggered, this, [this, word] {
            m_checker->accept(word);
            checkNow();
        });
        actions << personal << site << ignore;
        break;
    }
    return actions;
}

void SpellCheckBinding::addToList(const QString &path, const QString &word) {
    const Status added = WordListFile::add(path, word);
    if (!added) {
        Q_EMIT message(added.error());
        return;
    }
    if (m_checker)
        m_checker->accept(word);
    checkNow();
}

void SpellCheckBinding::replaceWord(int start, int end, const QString &replacement) {
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
}

bool SpellCheckBinding::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_editor->viewport() && event->type() == QEvent::Resize)
        m_scrollPause->start();  // other blocks come into view
    if (event->type() != QEvent::ContextMenu || watched != m_editor->viewport())
        return QObject::eventFilter(watched, event);
    const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    const std::unique_ptr<QMenu> menu(m_editor->createStandardContextMenu(menuEvent->pos()));
    const QList<QAction *> spelling =
        actionsAt(m_editor->cursorForPosition(menuEvent->pos()).position(), menu.get());
    if (!spelling.isEmpty()) {
        QAction *first = menu->actions().value(0);
        menu->insertActions(first, spelling);
        menu->insertSeparator(first);
    }
    menu->exec(menuEvent->globalPos());
    return true;
}
