// Publishing and unpublishing move a post between _drafts/ and _posts/ changing no byte but the date's,
// never overwrite, refuse a file changed since it was read, and can be undone while nothing changed since.

#include "site/draftpublisher.h"
#include "site/sitetimezone.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <unistd.h>

#include "testpaths.h"

namespace {

QString write(const QString &root, const QString &relative, const QByteArray &bytes) {
    const QString path = QDir(root).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return QFileInfo(path).absoluteFilePath();
}

QByteArray read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return file.readAll();
}

// The lines (with their endings) that differ between two texts of the same line count; every line when the
// counts differ.
QList<QByteArray> changedLines(const QByteArray &before, const QByteArray &after) {
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    if (a.size() != b.size())
        return b;
    QList<QByteArray> changed;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            changed << b[i];
    }
    return changed;
}

const QDateTime kNow(QDate(2026, 12, 3), QTime(9, 30), QTimeZone::utc());

const QByteArray kDraft =
    "---\nlayout: post\ntitle: Choosing a MOOC\ndate: 2018-09-21 10:00:00\ntags: [a, b]\n"
    "---\nBody text.\n";

}  // namespace

class TestDraftPublisher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void publish_data() {
        QTest::addColumn<QString>("draft");  // relative to the site
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("date");  // --date, or empty for today
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("target");       // relative to the site
        QTest::addColumn<QByteArray>("dateLine");  // the new date line, or empty when no line changes

        const QByteArray noConfig;
        QTest::newRow("no date field: bytes unchanged, today's date in the name")
            << "_drafts/choosing.md" << noConfig << QByteArray("---\ntitle: T\n---\nBody\n") << QString()
            << kNow << "_posts/2026-12-03-choosing.md" << QByteArray();
        QTest::newRow("an empty date field is left alone")
            << "_drafts/x.md" << noConfig << QByteArray("---\ntitle: T\ndate:\n---\n") << "2024-01-05" << kNow
            << "_posts/2024-01-05-x.md" << QByteArray();
        QTest::newRow("date only stays date only")
            << "_drafts/x.md" << noConfig << QByteArray("---\ntitle: T\ndate: 2018-09-21\n---\n")
            << "2024-01-05" << kNow << "_posts/2024-01-05-x.md" << QByteArray("date: 2024-01-05");
        QTest::newRow("a given date keeps the time of day")
            << "_drafts/x.md" << noConfig << kDraft << "2024-01-05" << kNow << "_posts/2024-01-05-x.md"
            << QByteArray("date: 2024-01-05 10:00:00");
        QTest::newRow("a given date keeps the T, the time and the offset")
            << "_drafts/x.md" << noConfig
            << QByteArray("---\ndate: 2018-09-21T10:00:00+02:00\ntitle: T\n---\n") << "2024-01-05" << kNow
            << "_posts/2024-01-05-x.md" << QByteArray("date: 2024-01-05T10:00:00+02:00");
        QTest::newRow("single-quoted date stays quoted")
            << "_drafts/x.md" << noConfig << QByteArray("---\ndate: '2018-09-21'\n---\n") << "2024-01-05"
            << kNow << "_posts/2024-01-05-x.md" << QByteArray("date: '2024-01-05'");
        QTest::newRow("double-quoted date-time stays quoted")
            << "_drafts/x.md" << noConfig << QByteArray("---\ndate: \"2018-09-21 10:00:00\"\n---\n")
            << "2024-01-05" << kNow << "_posts/2024-01-05-x.md"
            << QByteArray("date: \"2024-01-05 10:00:00\"");
        QTest::newRow("today takes the current time in the site's zone, in the date's shape")
            << "_drafts/x.md" << QByteArray("title: S\ntimezone: Asia/Tokyo\n")
            << QByteArray("---\ndate: 2018-09-21 10:00:00 +0200\n---\n") << QString() << kNow
            << "_posts/2026-12-03-x.md" << QByteArray("date: 2026-12-03 18:30:00 +0900");
        QTest::newRow("today in the site's zone may be tomorrow in UTC")
            << "_drafts/x.md" << QByteArray("timezone: Asia/Tokyo\n")
            << QByteArray("---\ndate: 2018-09-21\n---\n") << QString()
            << QDateTime(QDate(2026, 12, 3), QTime(20, 0), QTimeZone::utc()) << "_posts/2026-12-04-x.md"
            << QByteArray("date: 2026-12-04");
        QTest::newRow("today: a plain time without an offset is UTC, as Psych reads it")
            << "_drafts/x.md" << QByteArray("timezone: America/New_York\n") << kDraft << QString() << kNow
            << "_posts/2026-12-03-x.md" << QByteArray("date: 2026-12-03 09:30:00");
        QTest::newRow("today: a quoted time without an offset is the site's wall time")
            << "_drafts/x.md" << QByteArray("timezone: America/New_York\n")
            << QByteArray("---\ndate: '2018-09-21 10:00:00'\n---\n") << QString() << kNow
            << "_posts/2026-12-03-x.md" << QByteArray("date: '2026-12-03 04:30:00'");
        QTest::newRow("today: a time without seconds is the site's wall time")
            << "_drafts/x.md" << QByteArray("timezone: America/New_York\n")
            << QByteArray("---\ndate: 2018-09-21 10:00\n---\n") << QString() << kNow
            << "_posts/2026-12-03-x.md" << QByteArray("date: 2026-12-03 04:30");
        QTest::newRow("CRLF, BOM and comments kept")
            << "_drafts/x.md" << noConfig
            << QByteArray(
                   "\xEF\xBB\xBF---\r\n# a comment\r\ntitle: X # trailing\r\ndate: 2018-09-21 # when\r\n"
                   "tags:\r\n  - a\r\n---\r\nbody\r\n")
            << "2024-01-05" << kNow << "_posts/2024-01-05-x.md" << QByteArray("date: 2024-01-05 # when\r");
        QTest::newRow("a category's drafts go to the category's posts")
            << "news/_drafts/x.md" << noConfig << kDraft << "2024-01-05" << kNow
            << "news/_posts/2024-01-05-x.md" << QByteArray("date: 2024-01-05 10:00:00");
        QTest::newRow("a subfolder of _drafts is kept under _posts")
            << "_drafts/travel/x.md" << noConfig << kDraft << "2024-01-05" << kNow
            << "_posts/travel/2024-01-05-x.md" << QByteArray("date: 2024-01-05 10:00:00");
        QTest::newRow("a dated draft name loses its old date")
            << "_drafts/2018-01-01-x.md" << noConfig << kDraft << "2024-01-05" << kNow
            << "_posts/2024-01-05-x.md" << QByteArray("date: 2024-01-05 10:00:00");
        QTest::newRow("the extension is kept")
            << "_drafts/x.markdown" << noConfig << kDraft << "2024-01-05" << kNow
            << "_posts/2024-01-05-x.markdown" << QByteArray("date: 2024-01-05 10:00:00");
    }
    void publish() {
        QFETCH(QString, draft);
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, date);
        QFETCH(QDateTime, now);
        QFETCH(QString, target);
        QFETCH(QByteArray, dateLine);
        QTemporaryDir site;
        if (!config.isEmpty())
            write(site.path(), QStringLiteral("_config.yml"), config);
        const QString path = write(site.path(), draft, bytes);
        std::optional<QDate> day;
        if (!date.isEmpty())
            day = QDate::fromString(date, Qt::ISODate);

        const Result<FileMove> moved = DraftPublisher::publish(path, bytes, day, now);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QCOMPARE(moved->from(), path);
        QCOMPARE(moved->to(), QDir(site.path()).filePath(target));
        QVERIFY(!QFileInfo::exists(path));
        const QByteArray after = read(moved->to());
        QCOMPARE(after, moved->newBytes());
        QCOMPARE(moved->oldBytes(), bytes);
        const QList<QByteArray> changed = changedLines(bytes, after);
        QCOMPARE(changed, dateLine.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{dateLine});
    }

    // Every real post of the corpus, published as a draft: no line changes but the date's, or it is refused
    // for a date that is no date, or for text that cannot be kept (UTF-16).
    void everyCorpusPostChangesOnlyItsDateLine() {
        REQUIRE_SHARED_DIR("/corpus/posts");
        int redated = 0;
        int unchanged = 0;
        int refused = 0;
        QDirIterator it(TestPaths::corpusPosts(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            QFile file(source);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QTemporaryDir site;
            const QString draft = write(site.path(), QStringLiteral("_drafts/") + it.fileName(), bytes);
            const Result<FileMove> moved = DraftPublisher::publish(draft, bytes, QDate(2024, 1, 5), kNow);
            if (!moved) {
                QVERIFY2(moved.error().contains(QStringLiteral("the date field is not a date")) ||
                             moved.error().contains(QStringLiteral("UTF-16")),
                         qPrintable(moved.error()));
                QCOMPARE(read(draft), bytes);
                ++refused;
                continue;
            }
            const QList<QByteArray> changed = changedLines(bytes, read(moved->to()));
            QVERIFY2(changed.size() <= 1, qPrintable(source));
            if (changed.isEmpty()) {
                ++unchanged;
                continue;
            }
            QVERIFY2(changed.front().startsWith("date:"), qPrintable(source));
            QVERIFY2(changed.front().contains("2024-01-05") || changed.front().contains("2024-1-5"),
                     changed.front().constData());
            ++redated;
        }
        qInfo("corpus: %d posts redated, %d without a date field moved unchanged, %d refused", redated,
              unchanged, refused);
        QVERIFY(redated > 0);
    }

    void siteTimeZone_data() {
        QTest::addColumn<QStringList>("files");  // `path` or `path=text`, under the temporary folder
        QTest::addColumn<QString>("asked");      // the file whose zone is asked
        QTest::addColumn<QByteArray>("zone");
        const QByteArray system = QTimeZone::systemTimeZoneId();
        const QString config = QStringLiteral("site/_config.yml=timezone: Pacific/Chatham\n");
        QTest::newRow("a named zone") << QStringList{config, "site/_posts/2024-01-01-a.md"}
                                      << "site/_drafts/x.md" << QByteArray("Pacific/Chatham");
        QTest::newRow("no timezone key: the system's")
            << QStringList{"site/_config.yml=title: S\n"} << "site/_drafts/x.md" << system;
        QTest::newRow("an unknown zone: the system's")
            << QStringList{"site/_config.yml=timezone: Mars/Olympus\n"} << "site/_drafts/x.md" << system;
        QTest::newRow("a config that does not parse: the system's")
            << QStringList{"site/_config.yml=timezone: [Asia/Tokyo\n"} << "site/_drafts/x.md" << system;
        QTest::newRow("a config read as Jekyll reads it: _config.yaml, quoted")
            << QStringList{"site/_config.yaml=timezone: \"Pacific/Chatham\"\n"} << "site/_drafts/x.md"
            << QByteArray("Pacific/Chatham");
        QTest::newRow("a draft in a category folder with its own _posts: the site's")
            << QStringList{config, "site/_posts/2024-01-01-a.md", "site/news/_posts/2024-01-02-b.md"}
            << "site/news/_drafts/x.md" << QByteArray("Pacific/Chatham");
        QTest::newRow("a site without a config inside an unrelated folder with one: the system's")
            << QStringList{config, "site/blog/_posts/2024-01-01-a.md"} << "site/blog/_drafts/x.md" << system;
    }
    void siteTimeZone() {
        QFETCH(QStringList, files);
        QFETCH(QString, asked);
        QFETCH(QByteArray, zone);
        QVERIFY(QTimeZone::systemTimeZoneId() != "Pacific/Chatham");  // else the rows prove nothing
        QTemporaryDir dir;
        for (const QString &file : files) {
            const qsizetype equals = file.indexOf(QLatin1Char('='));
            write(dir.path(), equals < 0 ? file : file.left(equals),
                  equals < 0 ? QByteArray("---\n---\n") : file.mid(equals + 1).toUtf8());
        }
        const QString draft = write(dir.path(), asked, kDraft);
        QCOMPARE(SiteTimeZone::of(draft).id(), zone);
        // Publishing dates the post in that zone.
        const QDateTime now(QDate(2024, 1, 5), QTime(23, 30), QTimeZone(0));
        const Result<FileMove> plan = DraftPublisher::planPublish(draft, kDraft, std::nullopt, now);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY2(plan->to().contains(now.toTimeZone(QTimeZone(zone)).date().toString(Qt::ISODate)),
                 qPrintable(plan->to()));
    }

    void refusesToOverwrite() {
        QTemporaryDir site;
        const QString draft = write(site.path(), QStringLiteral("_drafts/x.md"), kDraft);
        const QString taken = write(site.path(), QStringLiteral("_posts/2024-01-05-x.md"), "mine\n");
        const Result<FileMove> moved = DraftPublisher::publish(draft, kDraft, QDate(2024, 1, 5), kNow);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error(), taken + QStringLiteral(" already exists; not overwriting it"));
        QCOMPARE(read(taken), QByteArray("mine\n"));
        QCOMPARE(read(draft), kDraft);
        // A plan made before the target appeared still refuses when applied.
        QVERIFY(QFile::remove(taken));
        const Result<FileMove> plan = DraftPublisher::planPublish(draft, kDraft, QDate(2024, 1, 5), kNow);
        QVERIFY(plan.ok());
        write(site.path(), QStringLiteral("_posts/2024-01-05-x.md"), "raced\n");
        const Status applied = plan->apply();
        QVERIFY(!applied.ok());
        QVERIFY(applied.error().contains(QStringLiteral("already exists")));
        QCOMPARE(read(taken), QByteArray("raced\n"));
        QCOMPARE(read(draft), kDraft);
    }

    void refusesAFileChangedOnDisk() {
        QTemporaryDir site;
        const QString draft = write(site.path(), QStringLiteral("_drafts/x.md"), kDraft);
        const QByteArray readEarlier = QByteArray(kDraft).replace("Body", "Old body");
        Result<FileMove> moved = DraftPublisher::publish(draft, readEarlier, std::nullopt, kNow);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error(), draft + QStringLiteral(" changed on disk since it was read; not moving it"));
        QCOMPARE(read(draft), kDraft);
        QVERIFY(QDir(site.filePath(QStringLiteral("_posts"))).isEmpty());
        // Changed between the plan and the move.
        const Result<FileMove> plan = DraftPublisher::planPublish(draft, kDraft, std::nullopt, kNow);
        QVERIFY(plan.ok());
        write(site.path(), QStringLiteral("_drafts/x.md"), readEarlier);
        QVERIFY(!plan->apply().ok());
        QVERIFY(!QFileInfo::exists(plan->to()));
        QCOMPARE(read(draft), readEarlier);
    }

    void refusesWhatIsNotADraft_data() {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a published post") << "_posts/2020-01-01-x.md" << kDraft << "is not a draft";
        QTest::newRow("a page") << "about.md" << kDraft << "is not a draft";
        QTest::newRow("a date field that is no date")
            << "_drafts/x.md" << QByteArray("---\ndate: soon\n---\n") << ":2: the date field is not a date";
        QTest::newRow("UTF-16") << "_drafts/x.md" << QByteArray("\xFF\xFE-\0-\0-\0\n\0", 10) << "UTF-16";
    }
    void refusesWhatIsNotADraft() {
        QFETCH(QString, relative);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir site;
        const QString path = write(site.path(), relative, bytes);
        const Result<FileMove> moved = DraftPublisher::publish(path, bytes, QDate(2024, 1, 5), kNow);
        QVERIFY(!moved.ok());
        QVERIFY2(moved.error().startsWith(path), qPrintable(moved.error()));
        QVERIFY2(moved.error().contains(reason), qPrintable(moved.error()));
        QCOMPARE(read(path), bytes);
    }

    void theMovedFileKeepsItsPermissions() {
        QTemporaryDir site;
        const QString draft = write(site.path(), QStringLiteral("_drafts/x.md"), kDraft);
        const QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::WriteGroup;
        QVERIFY(QFile::setPermissions(draft, mode));
        const QFileDevice::Permissions before = QFileInfo(draft).permissions();
        const Result<FileMove> moved = DraftPublisher::publish(draft, kDraft, QDate(2024, 1, 5), kNow);
        QVERIFY(moved.ok());
        QCOMPARE(QFileInfo(moved->to()).permissions(), before);
        QVERIFY(before.testFlag(QFileDevice::WriteGroup));
    }

    // When the draft cannot be removed, the published copy is removed again: never two copies of a post.
    void aDraftThatCannotBeRemovedIsKept() {
        QTemporaryDir site;
        const QString draft = write(site.path(), QStringLiteral("_drafts/x.md"), kDraft);
        const QString drafts = QFileInfo(draft).absolutePath();
        // Root ignores folder permissions, but not the immutable attribute (ext4 and most Linux filesystems).
        const bool root = geteuid() == 0;
        const auto protect = [&](bool on) {
            if (root)
                return QProcess::execute(QStringLiteral("chattr"),
                                         {on ? QStringLiteral("+i") : QStringLiteral("-i"), draft}) == 0;
            return QFile::setPermissions(
                drafts, on ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                           : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        };
        QVERIFY2(protect(true), "cannot make the draft unremovable here (chattr as root, else chmod)");
        const Result<FileMove> moved = DraftPublisher::publish(draft, kDraft, QDate(2024, 1, 5), kNow);
        QVERIFY(protect(false));
        QVERIFY(!moved.ok());
        const QString target = site.filePath(QStringLiteral("_posts/2024-01-05-x.md"));
        QVERIFY2(moved.error().startsWith(QStringLiteral("Could not remove ") + draft),
                 qPrintable(moved.error()));
        QVERIFY2(moved.error().endsWith(target + QStringLiteral(" was not kept")), qPrintable(moved.error()));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(read(draft), kDraft);
    }

    void undoMovesItBack() {
        QTemporaryDir site;
        const QString draft = write(site.path(), QStringLiteral("_drafts/x.md"), kDraft);
        const Result<FileMove> moved = DraftPublisher::publish(draft, kDraft, QDate(2024, 1, 5), kNow);
        QVERIFY(moved.ok());
        const Status undone = moved->undo();
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QCOMPARE(read(draft), kDraft);
        QVERIFY(!QFileInfo::exists(moved->to()));
    }

    void undoRefusedAfterAnEdit() {
        QTemporaryDir site;
        const QString draft = write(site.path(), QStringLiteral("_drafts/x.md"), kDraft);
        const Result<FileMove> moved = DraftPublisher::publish(draft, kDraft, QDate(2024, 1, 5), kNow);
        QVERIFY(moved.ok());
        const QByteArray edited = moved->newBytes() + "More.\n";
        write(site.path(), QStringLiteral("_posts/2024-01-05-x.md"), edited);
        const Status undone = moved->undo();
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error(),
                 moved->to() + QStringLiteral(" changed since it was moved there; not moving it back"));
        QCOMPARE(read(moved->to()), edited);
        QVERIFY(!QFileInfo::exists(draft));
    }

    void unpublish_data() {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("draft");
        QTest::newRow("root posts") << "_posts/2024-01-05-x.md"
                                    << "_drafts/x.md";
        QTest::newRow("category posts") << "news/_posts/2024-1-5-x.y.md"
                                        << "news/_drafts/x.y.md";
        QTest::newRow("subfolder kept") << "_posts/travel/2024-01-05-x.html"
                                        << "_drafts/travel/x.html";
    }
    void unpublish() {
        QFETCH(QString, post);
        QFETCH(QString, draft);
        QTemporaryDir site;
        const QByteArray bytes = "\xEF\xBB\xBF---\r\ndate: 2024-01-05 10:00:00\r\n---\r\nBody\r\n";
        const QString path = write(site.path(), post, bytes);
        const Result<FileMove> moved = DraftPublisher::unpublish(path, bytes);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QCOMPARE(moved->to(), QDir(site.path()).filePath(draft));
        QCOMPARE(read(moved->to()), bytes);  // front matter untouched, date and all
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(moved->undo().ok());
        QCOMPARE(read(path), bytes);
    }

    void unpublishRefuses() {
        QTemporaryDir site;
        const QString undated = write(site.path(), QStringLiteral("_posts/x.md"), kDraft);
        Result<FileMove> moved = DraftPublisher::unpublish(undated, kDraft);
        QVERIFY(!moved.ok());
        QVERIFY(moved.error().startsWith(undated + QStringLiteral(" is not a published post")));
        const QString post = write(site.path(), QStringLiteral("_posts/2024-01-05-x.md"), kDraft);
        const QString taken = write(site.path(), QStringLiteral("_drafts/x.md"), "draft\n");
        moved = DraftPublisher::unpublish(post, kDraft);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error(), taken + QStringLiteral(" already exists; not overwriting it"));
        QCOMPARE(read(post), kDraft);
        QCOMPARE(read(taken), QByteArray("draft\n"));
    }
};

QTEST_GUILESS_MAIN(TestDraftPublisher)
#include "tst_draftpublisher.moc"
