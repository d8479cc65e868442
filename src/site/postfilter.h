#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What a writer types in the Posts panel's filter box, or passes to `postwright list --filter`: words
// (matched against titles here, and against bodies by the full-text index) and terms `tag:`, `category:`,
// `status:`, `year:`, `kind:` — each may be quoted (`tag:"machine learning"`) and negated (`-tag:draft`).
// Terms of one key are alternatives (`tag:a tag:b` is either); different keys must all hold. Plain value
// type.
class PostFilter {
    Q_DECLARE_TR_FUNCTIONS(PostFilter)

public:
    enum class Status { Published, Draft, Scheduled, Unpublished };
    // What a document of the site is (PostSummary::Kind): a post, a draft, a page or a collection document.
    enum class Kind { Post, Draft, Page, Document };

    // Parses `text`; unknown `key:` words are plain words (a title may contain a colon). `problem`, when
    // given, receives a message for a term that cannot be used (`status:maybe`, `year:20x`, `kind:x`); the
    // rest of the filter still applies. `kind:` takes post, draft, page (or their plurals) or one of
    // `collections` (the site's collection labels).
    static PostFilter parse(const QString &text, QString *problem = nullptr,
                            const QStringList &collections = {});

    bool isEmpty() const;
    // Whether any tag, category, status, year or kind term applies: without one, matchesTerms passes
    // everything and a list filtering per keystroke can skip it.
    bool hasTerms() const;
    // Whether a `kind:` term applies: `postwright list` then lists every kind of document, not only posts.
    bool hasKindTerms() const { return !m_kinds.wanted.isEmpty() || !m_kinds.refused.isEmpty(); }
    // The plain words, folded as FuzzyMatch::fold does.
    const QStringList &words() const { return m_words; }

    // Whether a post with these properties passes the terms (the words are not checked here: the caller
    // matches them against titles or the full-text index). `kind` is kindName's: `post`, `draft`, `page` or
    // the collection's label.
    bool matchesTerms(const QStringList &tags, const QStringList &categories, Status status, int year,
                      const QString &kind = QString()) const;
    // Whether every word occurs in `title` (folded).
    bool matchesTitle(const QString &title) const;

    static std::optional<Status> statusFromName(const QString &name);
    // The status's name in filters and the command line's output (`published`, `draft`, `scheduled`,
    // `unpublished`): not translated.
    static QString statusName(Status status);
    // A document's kind as `kind:` terms and the command line's output name it (not translated): `post`,
    // `draft`, `page`, or for a collection document its collection's label.
    static QString kindName(Kind kind, const QString &collection);

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
    Terms m_kinds;  // kindName values, lower case
};
