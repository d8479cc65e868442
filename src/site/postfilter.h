#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What a writer types in the Posts panel's filter box, or passes to `postwright list --filter`: words
// (matched against titles here, and against bodies by the full-text index) and terms `tag:`, `category:`,
// `status:`, `year:` — each may be quoted (`tag:"machine learning"`) and negated (`-tag:draft`). Terms of
// one kind are alternatives (`tag:a tag:b` is either); different kinds must all hold. Plain value type.
class PostFilter {
    Q_DECLARE_TR_FUNCTIONS(PostFilter)

public:
    enum class Status { Published, Draft, Scheduled, Unpublished };

    // Parses `text`; unknown `key:` words are plain words (a title may contain a colon). `problem`, when
    // given, receives a message for a term that cannot be used (`status:maybe`, `year:20x`); the rest of
    // the filter still applies.
    static PostFilter parse(const QString &text, QString *problem = nullptr);

    bool isEmpty() const;
    // Whether any tag, category, status or year term applies: without one, matchesTerms passes everything
    // and a list filtering per keystroke can skip it.
    bool hasTerms() const;
    // The plain words, folded as FuzzyMatch::fold does.
    const QStringList &words() const { return m_words; }

    // Whether a post with these properties passes the terms (the words are not checked here: the caller
    // matches them against titles or the full-text index).
    bool matchesTerms(const QStringList &tags, const QStringList &categories, Status status, int year) const;
    // Whether every word occurs in `title` (folded).
    bool matchesTitle(const QString &title) const;

    static std::optional<Status> statusFromName(const QString &name);
    // The status's name in filters and the command line's output (`published`, `draft`, `scheduled`,
    // `unpublished`): not translated.
    static QString statusName(Status status);

private:
    struct Terms {
        QStringList wanted;
        QStringList refused;
    };
    static bool passes(const Terms &terms, const QStringList &values);

    QStringList m_words;
    Terms m_tags;
    Terms m_categories;
    Terms m_statuses;  // names, lower case
    Terms m_years;
};
