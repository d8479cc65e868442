#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "site/sitefilechanges.h"
#include "site/sitetextsearch.h"

class TestSiteTextSearch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }
    static QByteArray read(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static TextMatcher matcher(const QString &pattern, TextMatcher::Options options = {}) {
        Result<TextMatcher> created = TextMatcher::create(pattern, options);
        if (!created)
            qFatal("bad pattern %s", qPrintable(pattern));
        return created.value();
    }
    static TextMatcher::Options regex() {
        TextMatcher::Options options;
        options.regularExpression = true;
        return options;
    }
    // The bytes after replacing every match of `pattern` in `bytes`.
    static QByteArray replaced(const QByteArray &bytes, const QString &pattern, const QString &with,
                               TextMatcher::Options options = {}) {
        const TextMatcher m = matcher(pattern, options);
        return SiteTextSearch::replace(SiteTextSearch::match(QStringLiteral("/x.md"), bytes, m), m, with)
            .after;
    }

private slots:
    void findsLinesAndColumnsInEachFile() {
        const QString a = write(QStringLiteral("a.md"), "---\ntitle: Jekyll tips\n---\nUse jekyll serve.\n");
        const QString b = write(QStringLiteral("b.md"), "---\ntitle: Hugo\n---\nNothing here.\n");
        const QString c = write(QStringLiteral("c.md"), "Jekyll\n\nand JEKYLL again, jekyll.");
        const SiteTextSearch::Results results =
            SiteTextSearch::search({a, b, c}, matcher(QStringLiteral("jekyll")));
        QCOMPARE(results.searchedFiles, 3);
        QCOMPARE(results.matchCount, 5);
        QCOMPARE(results.files.size(), 2);
        QCOMPARE(results.files.at(0).path, a);
        QCOMPARE(results.files.at(0).count, 2);
        const SiteTextSearch::LineMatch title = results.files.at(0).described.at(0);
        QCOMPARE(title.line, 2);
        QCOMPARE(title.column, 8);
        QCOMPARE(title.length, 6);
        QCOMPARE(title.lineText, QStringLiteral("title: Jekyll tips"));
        QCOMPARE(results.files.at(1).path, c);
        QCOMPARE(results.files.at(1).described.at(2).line, 3);
        QCOMPARE(results.files.at(1).described.at(2).column, 19);
        QVERIFY(results.problems.isEmpty());
    }

    void columnsCountUtf16AfterMultibyteText() {
        const QByteArray bytes = "Caf\xC3\xA9 \xF0\x9F\x98\x80 word\n";
        const SiteTextSearch::FileMatches file =
            SiteTextSearch::match(QStringLiteral("/x.md"), bytes, matcher(QStringLiteral("word")));
        QCOMPARE(file.described.at(0).column, 9);  // C a f é space (2 units for the emoji) space
        QCOMPARE(replaced(bytes, QStringLiteral("word"), QStringLiteral("mot")),
                 QByteArray("Caf\xC3\xA9 \xF0\x9F\x98\x80 mot\n"));
    }

    void onlyTheMatchedBytesChange() {
        const QByteArray bytes = "---\ntitle:  'A  b' # keep\n---\n\ta b  \nlast a";
        QCOMPARE(replaced(bytes, QStringLiteral("a"), QStringLiteral("Z"),
                          TextMatcher::Options{true, true, false}),
                 QByteArray("---\ntitle:  'A  b' # keep\n---\n\tZ b  \nlast Z"));
    }

    void crlfFilesReadAsLinesAndKeepTheirEndings() {
        const QByteArray bytes = "one end\r\ntwo end\r\n";
        // `$` is a line's end in a CRLF file, as in an LF one.
        QCOMPARE(replaced(bytes, QStringLiteral("end$"), QStringLiteral("stop"), regex()),
                 QByteArray("one stop\r\ntwo stop\r\n"));
        // A line break written by the replacement is the file's own.
        QCOMPARE(replaced(bytes, QStringLiteral(" "), QStringLiteral("\\n"), regex()),
                 QByteArray("one\r\nend\r\ntwo\r\nend\r\n"));
        // A match over a line break takes the whole "\r\n".
        QCOMPARE(replaced(bytes, QStringLiteral("end\\ntwo"), QStringLiteral("+"), regex()),
                 QByteArray("one + end\r\n"));
        const SiteTextSearch::FileMatches file = SiteTextSearch::match(
            QStringLiteral("/x.md"), bytes, matcher(QStringLiteral("end\\ntwo"), regex()));
        QCOMPARE(file.described.at(0).line, 1);
        QCOMPARE(file.described.at(0).length, 3);  // stops at the line's end
        QCOMPARE(file.described.at(0).lineText, QStringLiteral("one end"));
    }

    void byteOrderMarkIsKept() {
        const QByteArray bytes = "\xEF\xBB\xBFword one";
        const SiteTextSearch::FileMatches file =
            SiteTextSearch::match(QStringLiteral("/x.md"), bytes, matcher(QStringLiteral("^word"), regex()));
        QCOMPARE(file.described.at(0).column, 1);
        QCOMPARE(replaced(bytes, QStringLiteral("^word"), QStringLiteral("a"), regex()),
                 QByteArray("\xEF\xBB\xBF"
                            "a one"));
    }

    void expressionGroupsExpand() {
        QCOMPARE(replaced("2018-09-21 and 2019-01-02\n", QStringLiteral("(\\d{4})-(\\d\\d)-(\\d\\d)"),
                          QStringLiteral("\\3.\\2.\\1"), regex()),
                 QByteArray("21.09.2018 and 02.01.2019\n"));
    }

    void noMatchLeavesTheBytes() {
        const QByteArray bytes = "nothing\n";
        const SiteTextSearch::FileMatches file =
            SiteTextSearch::match(QStringLiteral("/x.md"), bytes, matcher(QStringLiteral("zzz")));
        QCOMPARE(file.count, 0);
        QVERIFY(file.bytes.isEmpty());  // not kept: only files with matches hold their bytes
    }

    void filesNotUtf8OrUnreadableAreReportedByName() {
        const QString latin1 = write(QStringLiteral("latin1.md"), "caf\xE9 word\n");
        const QString missing = m_dir.filePath(QStringLiteral("missing.md"));
        const QString good = write(QStringLiteral("good.md"), "word\n");
        const SiteTextSearch::Results results =
            SiteTextSearch::search({latin1, missing, good}, matcher(QStringLiteral("word")));
        QCOMPARE(results.files.size(), 1);
        QCOMPARE(results.files.at(0).path, good);
        QCOMPARE(results.problems.size(), 2);
        QCOMPARE(results.problems.at(0).path, latin1);
        QVERIFY2(results.problems.at(0).message.contains(QStringLiteral("latin1.md")),
                 qPrintable(results.problems.at(0).message));
        QCOMPARE(results.problems.at(1).path, missing);
        QVERIFY2(results.problems.at(1).message.contains(QStringLiteral("missing.md")),
                 qPrintable(results.problems.at(1).message));
        QCOMPARE(results.searchedFiles, 1);
    }

    void describesAtMostTheLimitButCountsAll() {
        const SiteTextSearch::FileMatches file =
            SiteTextSearch::match(QStringLiteral("/x.md"), "a a a a\n", matcher(QStringLiteral("a")), 2);
        QCOMPARE(file.count, 4);
        QCOMPARE(file.described.size(), 2);
    }

    void longLinesAreCutAroundTheMatch() {
        const QByteArray bytes = QByteArray(500, 'x') + "needle" + QByteArray(500, 'y');
        const SiteTextSearch::LineMatch line =
            SiteTextSearch::match(QStringLiteral("/x.md"), bytes, matcher(QStringLiteral("needle")))
                .described.at(0);
        QCOMPARE(line.lineText.size(), SiteTextSearch::kMaxLineChars + 2);  // and an ellipsis at each end
        QVERIFY(line.lineText.startsWith(QStringLiteral("…")));
        QVERIFY(line.lineText.endsWith(QStringLiteral("…")));
        QCOMPARE(line.lineText.mid(line.column - 1, line.length), QStringLiteral("needle"));
    }

    void cancelledSearchStops() {
        const QString a = write(QStringLiteral("cancel.md"), "word\n");
        const std::atomic_bool cancel{true};
        const SiteTextSearch::Results results =
            SiteTextSearch::search({a}, matcher(QStringLiteral("word")), &cancel);
        QVERIFY(results.cancelled);
        QVERIFY(results.files.isEmpty());
    }

    void appliesOnlyWhereTheFileIsUnchangedAndUndoes() {
        const QString a = write(QStringLiteral("apply-a.md"), "old text\n");
        const QString b = write(QStringLiteral("apply-b.md"), "old too\n");
        const TextMatcher m = matcher(QStringLiteral("old"));
        const SiteTextSearch::Results results = SiteTextSearch::search({a, b}, m);
        QVector<SiteFileChange> changes;
        for (const SiteTextSearch::FileMatches &file : results.files)
            changes.append(SiteTextSearch::replace(file, m, QStringLiteral("new")));
        write(QStringLiteral("apply-b.md"), "old too, edited elsewhere\n");

        const SiteFileChanges::Outcome applied = SiteFileChanges::apply(changes);
        QCOMPARE(applied.written, QStringList{a});
        QCOMPARE(applied.failures.size(), 1);
        QCOMPARE(applied.failures.at(0).path, b);
        QVERIFY2(applied.failures.at(0).message.contains(QStringLiteral("apply-b.md")),
                 qPrintable(applied.failures.at(0).message));
        QCOMPARE(read(a), QByteArray("new text\n"));
        QCOMPARE(read(b), QByteArray("old too, edited elsewhere\n"));

        const SiteFileChanges::Outcome undone = SiteFileChanges::undo(changes);
        QCOMPARE(undone.written, QStringList{a});
        QCOMPARE(read(a), QByteArray("old text\n"));
    }
};

QTEST_GUILESS_MAIN(TestSiteTextSearch)
#include "tst_sitetextsearch.moc"
