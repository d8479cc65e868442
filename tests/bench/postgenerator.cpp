#include "postgenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// Vocabulary of a programming blog, so word lengths and the mix of inline markup look like real posts.
const char *const kWords[] = {
    "the",      "a",         "of",       "to",       "and",       "in",        "is",       "that",
    "for",      "it",        "with",     "as",       "on",        "this",      "be",       "by",
    "we",       "you",       "can",      "when",     "from",      "but",       "not",      "all",
    "build",    "cache",     "compiler", "thread",   "memory",    "request",   "server",   "latency",
    "function", "template",  "pointer",  "release",  "version",   "config",    "pipeline", "render",
    "preview",  "document",  "editor",   "parser",   "token",     "buffer",    "queue",    "worker",
    "query",    "index",     "database", "schema",   "migration", "container", "deploy",   "cluster",
    "network",  "packet",    "socket",   "protocol", "browser",   "layout",    "style",    "widget",
    "simple",   "fast",      "slow",     "careful",  "obvious",   "subtle",    "small",    "large",
    "usually",  "sometimes", "never",    "always",   "actually",  "probably",  "quickly",  "finally",
    "write",    "read",      "measure",  "profile",  "change",    "test",      "ship",     "debug",
    "because",  "although",  "while",    "after",    "before",    "until",     "unless",   "since",
    "number",   "string",    "array",    "object",   "value",     "result",    "error",    "option",
    "user",     "team",      "project",  "problem",  "solution",  "question",  "answer",   "example",
};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

const char *const kTopics[] = {"Caching",   "Concurrency", "Rendering",  "Parsing",    "Testing",
                               "Deploying", "Profiling",   "Migrations", "Networking", "Layouts"};
const char *const kTags[] = {"c++", "qt", "performance", "web", "linux", "tooling", "databases", "notes"};
const char *const kLanguages[] = {"cpp", "python", "bash", "js", "yaml", "sql"};
const char *const kCode[] = {
    "for (const auto &item : items) {\n    total += item.size();\n}\n",
    "def measure(fn, runs=30):\n    samples = [timed(fn) for _ in range(runs)]\n    return sorted(samples)\n",
    "cmake -S . -B build -DCMAKE_BUILD_TYPE=Release\ncmake --build build -j2\n",
    "const rows = data.filter((row) => row.ok).map((row) => row.value);\nconsole.log(rows.length);\n",
    "server:\n  port: 8080\n  workers: 4\n  cache:\n    ttl: 300\n",
    "SELECT id, title FROM posts\nWHERE published_at > NOW() - INTERVAL '7 days'\nORDER BY id DESC;\n",
    "std::unique_ptr<Node, decltype(&free_node)> root(parse(text), &free_node);\nif (!root)\n    return "
    "{};\n",
    "if [ -f \"$CONFIG\" ]; then\n    . \"$CONFIG\"\nfi\n",
};
const char *const kSites[] = {"https://example.com/docs/", "https://en.wikipedia.org/wiki/",
                              "https://github.com/example/project/issues/", "/blog/", "/assets/notes/"};

QByteArray capitalized(QByteArray text) {
    if (!text.isEmpty())
        text[0] = char(QChar::toUpper(uint(uchar(text[0]))));
    return text;
}

}  // namespace

PostGenerator::PostGenerator(std::uint64_t seed) : m_state(seed) {}

std::uint64_t PostGenerator::next() {
    // splitmix64: tiny, fast, and the same sequence everywhere.
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int PostGenerator::below(int bound) {
    return int(next() % std::uint64_t(bound));
}

const char *PostGenerator::pick(const char *const *words, int count) {
    return words[below(count)];
}

QByteArray PostGenerator::words(int count) {
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += ' ';
        text += pick(kWords, kWordCount);
    }
    return text;
}

QByteArray PostGenerator::sentence() {
    QByteArray text = capitalized(words(4 + below(10)));
    // Inline markup in the proportions of a technical post: code spans and links most, emphasis less.
    const int markup = below(10);
    const QByteArray phrase = words(1 + below(3));
    if (markup < 2)
        text += " `" + QByteArray(pick(kWords, kWordCount)) + "()`";
    else if (markup < 4)
        text += " [" + phrase + "](" + pick(kSites, 5) + pick(kWords, kWordCount) + ")";
    else if (markup == 4)
        text += " **" + phrase + "**";
    else if (markup == 5)
        text += " *" + phrase + "*";
    text += ' ' + words(2 + below(8));
    return text + (chance(15) ? "?" : ".");
}

QByteArray PostGenerator::paragraph() {
    // Hard-wrapped around 80 columns, as many writers' editors leave them.
    QByteArray text;
    int column = 0;
    const int sentences = 2 + below(5);
    for (int i = 0; i < sentences; ++i) {
        const QList<QByteArray> pieces = sentence().split(' ');
        for (const QByteArray &piece : pieces) {
            if (column > 0 && column + 1 + piece.size() > 80) {
                text += '\n';
                column = 0;
            } else if (column > 0) {
                text += ' ';
                ++column;
            }
            text += piece;
            column += int(piece.size());
        }
    }
    return text + "\n\n";
}

QByteArray PostGenerator::heading(int level) {
    return QByteArray(level, '#') + ' ' + capitalized(words(2 + below(5))) + "\n\n";
}

QByteArray PostGenerator::bulletList() {
    QByteArray text;
    const int items = 3 + below(5);
    for (int i = 0; i < items; ++i) {
        text += "- " + capitalized(words(3 + below(10))) + "\n";
        if (chance(20))
            text += "  - " + words(2 + below(6)) + "\n";
    }
    return text + "\n";
}

QByteArray PostGenerator::orderedList() {
    QByteArray text;
    const int items = 3 + below(4);
    for (int i = 0; i < items; ++i)
        text += QByteArray::number(i + 1) + ". " + capitalized(words(4 + below(8))) + ".\n";
    return text + "\n";
}

QByteArray PostGenerator::taskList() {
    QByteArray text;
    const int items = 2 + below(4);
    for (int i = 0; i < items; ++i)
        text += QByteArray(chance(50) ? "- [x] " : "- [ ] ") + capitalized(words(3 + below(5))) + "\n";
    return text + "\n";
}

QByteArray PostGenerator::codeBlock() {
    QByteArray text = QByteArray("```") + pick(kLanguages, 6) + "\n";
    const int snippets = 1 + below(3);
    for (int i = 0; i < snippets; ++i)
        text += pick(kCode, int(sizeof(kCode) / sizeof(kCode[0])));
    return text + "```\n\n";
}

QByteArray PostGenerator::table() {
    const int columns = 3 + below(3);
    const int rows = 3 + below(6);
    QByteArray text = "|";
    for (int c = 0; c < columns; ++c)
        text += ' ' + capitalized(QByteArray(pick(kWords, kWordCount))) + " |";
    text += "\n|";
    for (int c = 0; c < columns; ++c)
        text += c == 0 ? " --- |" : " ---: |";
    text += '\n';
    for (int r = 0; r < rows; ++r) {
        text += "| `" + QByteArray(pick(kWords, kWordCount)) + "` |";
        for (int c = 1; c < columns; ++c)
            text += ' ' + QByteArray::number(below(100000)) + " |";
        text += '\n';
    }
    return text + "\n";
}

QByteArray PostGenerator::quote() {
    return "> " + sentence() + "\n> " + sentence() + "\n\n";
}

QByteArray PostGenerator::image() {
    const QByteArray name = pick(kWords, kWordCount);
    return "![" + capitalized(words(2 + below(3))) + "](/assets/img/" + name + "-" +
           QByteArray::number(below(100)) + ".png)\n\n";
}

QByteArray PostGenerator::section() {
    ++m_sectionCount;
    QByteArray text = heading(2);
    const int blocks = 4 + below(6);
    for (int i = 0; i < blocks; ++i) {
        const int kind = below(20);
        if (kind < 9)
            text += paragraph();
        else if (kind < 11)
            text += bulletList();
        else if (kind < 12)
            text += orderedList();
        else if (kind < 13)
            text += taskList();
        else if (kind < 16)
            text += codeBlock();
        else if (kind < 17)
            text += table();
        else if (kind < 18)
            text += quote();
        else if (kind < 19)
            text += image();
        else
            text += heading(3) + paragraph();
    }
    return text;
}

QByteArray PostGenerator::frontMatter() {
    QByteArray text = "---\nlayout: post\n";
    text += "title: \"" + QByteArray(pick(kTopics, 10)) + ": " + capitalized(words(3 + below(4))) + "\"\n";
    text += QByteArray("date: 2023-") + QByteArray::number(1 + below(12)).rightJustified(2, '0') + '-' +
            QByteArray::number(1 + below(28)).rightJustified(2, '0') + " 09:30:00 +0200\n";
    text += "categories: [engineering, " + QByteArray(pick(kTopics, 10)).toLower() + "]\n";
    text += "tags:\n";
    for (int i = 0; i < 3; ++i)
        text += QByteArray("  - ") + pick(kTags, 8) + '\n';
    text += "description: " + capitalized(words(8 + below(6))) + "\n";
    text += "image: /assets/img/cover-" + QByteArray::number(below(50)) + ".png\n";
    return text + "---\n\n";
}

QByteArray PostGenerator::generate(qsizetype targetBytes) {
    m_sectionCount = 0;
    QByteArray text = frontMatter() + paragraph();
    while (text.size() < targetBytes)
        text += section();
    return text;
}

QVector<PostGenerator::Size> PostGenerator::standardSizes() {
    return {{QStringLiteral("post-10k.md"), 10000},
            {QStringLiteral("post-100k.md"), 100000},
            {QStringLiteral("post-1m.md"), 1000000}};
}

Status PostGenerator::writePost(const QString &path, qsizetype bytes, std::uint64_t seed) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(QStringLiteral("Could not create the folder %1").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    const QByteArray text = PostGenerator(seed).generate(bytes);
    if (file.write(text) != text.size() || !file.commit())
        return Status::failure(QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QStringList> PostGenerator::writeStandardSet(const QString &dir, std::uint64_t seed) {
    QStringList written;
    for (const Size &size : standardSizes()) {
        const QString path = QDir(dir).filePath(size.fileName);
        if (const Status status = writePost(path, size.bytes, seed); !status)
            return Result<QStringList>::failure(status.error());
        written << path;
    }
    return written;
}
