#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>

#include "common/result.h"

// Writes realistic Jekyll posts of a chosen size for the benchmark: front matter (layout, title, date,
// categories, tags, description), then sections of headings, paragraphs with inline markup and links, bullet,
// ordered, nested and task lists, fenced code, tables, block quotes and images, in the proportions of a
// technical blog. Deterministic: the same seed and size give the same bytes on every machine (its own
// generator, no std:: distributions, whose output the standard leaves to the library).
class PostGenerator {
public:
    // A size of the standard set: the file name and how many bytes it holds at least.
    struct Size {
        QString fileName;
        qsizetype bytes = 0;
    };

    explicit PostGenerator(std::uint64_t seed = kDefaultSeed);

    // A whole post (front matter and body, LF endings, valid UTF-8) of at least `targetBytes` bytes and less
    // than a section more: it ends at a block boundary, with a newline.
    QByteArray generate(qsizetype targetBytes);

    // post-10k.md, post-100k.md and post-1m.md: about 10 KB, 100 KB and 1 MB (10^4, 10^5, 10^6 bytes).
    static QVector<Size> standardSizes();
    // Writes the standard set into `dir` (created when missing) and returns the paths written.
    static Result<QStringList> writeStandardSet(const QString &dir, std::uint64_t seed = kDefaultSeed);
    // Writes one post of `bytes` bytes to `path`.
    static Status writePost(const QString &path, qsizetype bytes, std::uint64_t seed = kDefaultSeed);

    static constexpr std::uint64_t kDefaultSeed = 20240611;

private:
    std::uint64_t next();
    // Uniform in [0, bound); bound > 0.
    int below(int bound);
    bool chance(int percent) { return below(100) < percent; }
    const char *pick(const char *const *words, int count);

    QByteArray frontMatter();
    QByteArray words(int count);
    QByteArray sentence();
    QByteArray paragraph();
    QByteArray heading(int level);
    QByteArray bulletList();
    QByteArray orderedList();
    QByteArray taskList();
    QByteArray codeBlock();
    QByteArray table();
    QByteArray quote();
    QByteArray image();
    QByteArray section();

    std::uint64_t m_state;
    int m_sectionCount = 0;
};
