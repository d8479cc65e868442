#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class HunspellDictionary;
class MarkdownEditor;
class PostDocument;
class QAction;
class QTimer;
class SpellChecker;

// Underlines the misspelled words of the body in the editor (the TextMark::Spelling layer: extra selections
// drawn with the platform's spell-check underline) and offers, on a right click on one, Hunspell's
// suggestions (each replacing the word as one undo step), "Add to Personal Dictionary", "Add to Site Word
// List" and "Ignore". The language and the site's word list follow the document (SpellingLanguage,
// WordListFile).
//
// Typing stays fast: an edit only restarts a timer. After the pause, only the blocks on screen (and a few
// around them) are checked, through SpellingTokenizer's line scanner plus the highlighter's own styles (a
// line it styled as code, a URL, HTML or Liquid is no prose, even when the construct began lines above), with
// each word's answer cached by SpellChecker. Scrolling checks the newly visible blocks the same way. The word
// being typed is not marked until the cursor leaves it. The action (View menu) turns it off and on and is
// remembered (AppSettings::checkSpelling).
class SpellCheckBinding : public QObject {
    Q_OBJECT

public:
    SpellCheckBinding(MarkdownEditor *editor, QObject *parent);
    ~SpellCheckBinding() override;

    QAction *action() const { return m_action; }
    void setDocument(PostDocument *document);
    // How long the text must rest before a check (ms); tests shorten it.
    void setPause(int ms);

    // The language checked ("en_US") and the dictionary problem, if any (no dictionary for the language).
    QString language() const { return m_language; }
    QString problem() const { return m_problem; }

    // The context menu's spelling entries for the misspelled word at `position` (a cursor position touching
    // it), parented to `parent`; empty when no misspelled word is there.
    QList<QAction *> actionsAt(int position, QObject *parent);

public Q_SLOTS:
    // Checks the visible blocks now.
    void checkNow();

Q_SIGNALS:
    // A check's marks were put on the editor (tests wait for it).
    void marksUpdated();
    // Something the writer should know (no dictionary for the language, a word list that cannot be written).
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onEdited(int position, int charsRemoved, int charsAdded);
    void onToggled(bool on);
    void updateLanguage();
    void updateSite();
    void addToList(const QString &path, const QString &word);
    void replaceWord(int start, int end, const QString &replacement);

    MarkdownEditor *m_editor;
    QPointer<PostDocument> m_document;
    QAction *m_action;
    QTimer *m_pause;
    QTimer *m_scrollPause;
    QHash<QString, std::shared_ptr<HunspellDictionary>> m_dictionaries;  // opened ones, by path
    std::shared_ptr<SpellChecker> m_checker;                             // null without a dictionary
    QString m_language;
    QString m_dictionaryPath;
    QString m_problem;
    QString m_siteRoot;
    QString m_siteLanguage;
    int m_editPosition = -1;  // where the last edit ended, until the next check
};
