#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

// A site's tags (or categories) with how many posts use each: what the tag editor completes from and warns
// with. Terms are compared exactly, as Jekyll does (`Jekyll` and `jekyll` are two tags); `nearDuplicates`
// finds the spellings a writer probably did not mean to keep apart. Plain value type.
class TermVocabulary {
public:
    struct Term {
        QString name;
        int count = 0;
    };

    // Counts one post's terms (each distinct term once per post).
    void addPost(const QStringList &terms);
    // Takes back what addPost(terms) counted; a term no post uses any more is gone.
    void removePost(const QStringList &terms);

    int size() const { return static_cast<int>(m_counts.size()); }
    int count(const QString &name) const { return m_counts.value(name); }
    // Every term, most used first, then by name.
    QVector<Term> terms() const;

    // Terms starting with `prefix` (any case, accents ignored), then those containing it; most used first
    // within each; at most `limit`.
    QVector<Term> complete(const QString &prefix, int limit = 20) const;

    // Other terms that read the same once case, accents, blanks, `-`, `_` and `.` and a plural `s` are set
    // aside (`Jekyll`/`jekyll`, `machine-learning`/`machine learning`, `tutorial`/`tutorials`), most used
    // first. `name` itself need not be in the vocabulary (a tag being typed).
    QVector<Term> nearDuplicates(const QString &name) const;
    // Groups of two or more such terms, each most used first; groups by their first term's count.
    QVector<QVector<Term>> nearDuplicateGroups() const;

    // The key near-duplicates share.
    static QString looseKey(const QString &name);

private:
    QHash<QString, int> m_counts;
};
