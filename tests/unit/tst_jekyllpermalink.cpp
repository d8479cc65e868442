#include "jekyllurlsites.h"
#include "site/jekyllpermalink.h"
#include "site/jekyllslugify.h"
#include "site/jekyllurlescape.h"

#include <QtTest>

// JekyllPermalink against named rules, then against the real Jekyll (tests/jekyll/url_oracle.rb) on generated
// sites: the oracle reports each document's URL and the inputs Jekyll used, and every URL must agree.
class TstJekyllPermalink : public QObject {
    Q_OBJECT

private slots:
    void escapePath_data();
    void escapePath();
    void slugify_data();
    void slugify();
    void url_data();
    void url();
    void outputExtension_data();
    void outputExtension();
    void helpersAgreeWithJekyll();
    void agreesWithJekyll();
};

using Kind = JekyllPermalink::Kind;
Q_DECLARE_METATYPE(JekyllPermalink::Input)

void TstJekyllPermalink::escapePath_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped");  // empty: Jekyll fails
    QTest::newRow("safe characters untouched") << "2016/05/19-a.b"
                                               << "2016/05/19-a.b";
    QTest::newRow("space") << "a b"
                           << "a%20b";
    QTest::newRow("question mark starts a query and stays") << "c?d"
                                                            << "c?d";
    QTest::newRow("hash becomes %23, also inside the query") << "a?b#c#d"
                                                             << "a?b%23c%23d";
    QTest::newRow("percent is escaped") << "100%"
                                        << "100%25";
    QTest::newRow("brackets") << "a[b]"
                              << "a%5Bb%5D";
    QTest::newRow("sub-delims and at stay") << "a!$&'()*+,;=@b"
                                            << "a!$&'()*+,;=@b";
    QTest::newRow("punctuation before a colon is an invalid scheme") << "a!$&'()*+,;=:@b"
                                                                     << "";
    QTest::newRow("non-ASCII as upper-case UTF-8") << u8"é日" << "%C3%A9%E6%97%A5";
    QTest::newRow("scheme-like prefix is kept") << "a:b c"
                                                << "a:b%20c";
    QTest::newRow("leading colon is an ambiguous path") << ":ab"
                                                        << "";
    QTest::newRow("digit scheme is invalid") << "2016:x"
                                             << "";
    QTest::newRow("http scheme needs a path") << "http:"
                                              << "";
    QTest::newRow("leading double slash is an authority") << "//x y/z"
                                                          << "";
    QTest::newRow("one clean line keeps the value") << "a b\nc"
                                                    << "a b\nc";
    QTest::newRow("a line break ends the fragment and the value") << "a#b\nc d"
                                                                  << "a%23b";
    QTest::newRow("authority port zero is dropped") << "//a:0/b"
                                                    << "//a/b";
    QTest::newRow("authority port is a number") << "//a:007/b"
                                                << "//a:7/b";
    QTest::newRow("authority with an empty port written back fails") << "//a::/b"
                                                                     << "";
}

void TstJekyllPermalink::escapePath() {
    QFETCH(QString, value);
    QFETCH(QString, escaped);
    const auto result = JekyllUrlEscape::escapePath(value);
    if (escaped.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
        QVERIFY(result.error().contains(value));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value(), escaped);
    }
}

void TstJekyllPermalink::slugify_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<JekyllSlugify::Mode>("mode");
    QTest::addColumn<bool>("cased");
    QTest::addColumn<QString>("slug");
    using M = JekyllSlugify::Mode;
    QTest::newRow("default keeps letters of any script")
        << u8"Héllo, Wörld! 日本" << M::Default << false << u8"héllo-wörld-日本";
    QTest::newRow("default drops underscore and dots") << "a_b.c" << M::Default << false << "a-b-c";
    QTest::newRow("pretty keeps URL-safe punctuation")
        << "It's (a) b.c_d~e!f$g&h+i,j;k=l@m" << M::Pretty << false << "it's-(a)-b.c_d~e!f$g&h+i,j;k=l@m";
    QTest::newRow("pretty cased keeps case") << "Upper CASE" << M::Pretty << true << "Upper-CASE";
    QTest::newRow("pretty replaces ? # % /") << "a?b#c%d/e" << M::Pretty << false << "a-b-c-d-e";
    QTest::newRow("ascii drops non-ASCII letters") << u8"Crème brûlée" << M::Ascii << false << "cr-me-br-l-e";
    QTest::newRow("raw replaces only white space") << "A  b?c" << M::Raw << false << "a-b?c";
    QTest::newRow("one dash dropped at each end") << "--a--" << M::Raw << false << "-a-";
    QTest::newRow("nothing left") << "?!" << M::Default << false << "";
}

void TstJekyllPermalink::slugify() {
    QFETCH(QString, text);
    QFETCH(JekyllSlugify::Mode, mode);
    QFETCH(bool, cased);
    QFETCH(QString, slug);
    QCOMPARE(JekyllSlugify::slugify(text, mode, cased), slug);
}

namespace {

JekyllPermalink::Input post(const QString &relativePath, const QString &slug, const QString &isoDate) {
    JekyllPermalink::Input input;
    input.relativePath = relativePath;
    input.slug = slug;
    input.date = QDateTime::fromString(isoDate, Qt::ISODate);
    input.timeZone = QTimeZone("Asia/Kolkata");
    return input;
}

JekyllPermalink::Input page(const QString &relativePath, const QString &outputExt = QStringLiteral(".html")) {
    JekyllPermalink::Input input;
    input.kind = Kind::Page;
    input.relativePath = relativePath;
    input.outputExt = outputExt;
    return input;
}

JekyllPermalink::Input with(JekyllPermalink::Input input,
                            const std::function<void(JekyllPermalink::Input &)> &f) {
    f(input);
    return input;
}

}  // namespace

void TstJekyllPermalink::url_data() {
    QTest::addColumn<JekyllPermalink::Input>("input");
    QTest::addColumn<QString>("url");  // empty: Jekyll fails
    const auto plain =
        post("_posts/2016-05-19-codeblocks-ahoy.md", "codeblocks-ahoy", "2016-05-19T00:00:00+05:30");
    auto set = [&](const std::function<void(JekyllPermalink::Input &)> &f) { return with(plain, f); };

    QTest::newRow("date style") << plain << "/2016/05/19/codeblocks-ahoy.html";
    QTest::newRow("categories lead, lower-cased and escaped") << set([](auto &i) {
        i.categories = {"Misc", "A b", "misc"};
    }) << "/misc/a%20b/2016/05/19/codeblocks-ahoy.html";
    QTest::newRow("pretty style ends with a slash")
        << set([](auto &i) { i.sitePermalink = "pretty"; }) << "/2016/05/19/codeblocks-ahoy/";
    QTest::newRow("ordinal style uses the day of the year")
        << set([](auto &i) { i.sitePermalink = "ordinal"; }) << "/2016/140/codeblocks-ahoy.html";
    QTest::newRow("weekdate style uses the ISO week")
        << set([](auto &i) { i.sitePermalink = "weekdate"; }) << "/2016/W20/Thu/codeblocks-ahoy.html";
    QTest::newRow("none style has no date")
        << set([](auto &i) { i.sitePermalink = "none"; }) << "/codeblocks-ahoy.html";
    QTest::newRow("date parts in the site time zone")
        << set([](auto &i) { i.date = QDateTime::fromString("2016-05-19T23:30:00Z", Qt::ISODate); })
        << "/2016/05/20/codeblocks-ahoy.html";
    QTest::newRow("collection permalink of posts wins over the site's")
        << set([](auto &i) { i.collectionPermalink = "/p/:title/"; }) << "/p/codeblocks-ahoy/";
    QTest::newRow("front-matter permalink is filled")
        << set([](auto &i) { i.permalink = "/x/:year/:title/"; }) << "/x/2016/codeblocks-ahoy/";
    QTest::newRow("front-matter permalink text is not escaped")
        << set([](auto &i) { i.permalink = "/a b/c%20d"; }) << "/a b/c%20d";
    QTest::newRow("empty front-matter permalink is the root")
        << set([](auto &i) { i.permalink = ""; }) << "/";
    QTest::newRow("dots and slashes are cleaned")
        << set([](auto &i) { i.permalink = "/../x/./y//..z"; }) << "/x/y/z";
    QTest::newRow("underscore after a placeholder is text")
        << set([](auto &i) { i.permalink = "/:year_:month_:day"; }) << "/2016_05_19";
    QTest::newRow("unknown placeholder fails") << set([](auto &i) { i.permalink = "/:nope/"; }) << "";
    QTest::newRow("title keeps case, slug lower-cases") << set([](auto &i) {
        i.slug = "Mixed Case!";
        i.permalink = "/:title/:slug";
    }) << "/Mixed-Case!/mixed-case";
    QTest::newRow("name is the file name with its date")
        << set([](auto &i) { i.permalink = "/:name"; }) << "/2016-05-19-codeblocks-ahoy";
    QTest::newRow("path of a post in a category folder") << set([](auto &i) {
        i.relativePath = "news/_posts/2016-05-19-x.md";
        i.permalink = "/:path:output_ext";
    }) << "/news/2016-05-19-x.html";
    QTest::newRow("integer and name parts of the date") << set([](auto &i) {
        i.permalink = "/:i_month/:i_day/:short_month/:long_month/:long_day/:short_year";
    }) << "/5/19/May/May/Thursday/16";
    QTest::newRow("ISO week year differs at New Year") << set([](auto &i) {
        i.date = QDateTime::fromString("2016-01-01T10:00:00+05:30", Qt::ISODate);
        i.permalink = "/:w_year/:week/:w_day/:y_day";
    }) << "/2015/53/5/001";
    QTest::newRow("question mark category stays literal")
        << set([](auto &i) { i.categories = {"c?d"}; }) << "/c?d/2016/05/19/codeblocks-ahoy.html";

    JekyllPermalink::Input doc;
    doc.kind = Kind::CollectionDocument;
    doc.collection = "recipes";
    doc.relativePath = "_recipes/sub/Soup.md";
    doc.slug = "Soup";
    QTest::newRow("collection default pattern") << doc << "/recipes/sub/Soup.html";
    QTest::newRow("collection default pattern, pretty site")
        << with(doc, [](auto &i) { i.sitePermalink = "pretty"; }) << "/recipes/sub/Soup/";
    QTest::newRow("collection default pattern, weekdate site has no suffix")
        << with(doc, [](auto &i) { i.sitePermalink = "weekdate"; }) << "/recipes/sub/Soup";

    QTest::newRow("page") << page("about/team.md") << "/about/team.html";
    QTest::newRow("index page is its folder") << page("about/index.md") << "/about/";
    QTest::newRow("root index page") << page("index.html") << "/";
    QTest::newRow("page, pretty site")
        << with(page("about.md"), [](auto &i) { i.sitePermalink = "pretty"; }) << "/about/";
    QTest::newRow("page, pattern ending in a slash")
        << with(page("about.md"), [](auto &i) { i.sitePermalink = "/:title/"; }) << "/about/";
    QTest::newRow("page, pattern without suffix")
        << with(page("about.md"), [](auto &i) { i.sitePermalink = "/:title"; }) << "/about";
    QTest::newRow("non-HTML page keeps its extension") << page("feed.xml", ".xml") << "/feed.xml";
    QTest::newRow("page permalink keeps unknown placeholders")
        << with(page("a/b.md"), [](auto &i) { i.permalink = "/:title/:path/:basename/"; }) << "/:title/a/b/";
    QTest::newRow("page name is escaped") << page(u8"dir/Ça va.md") << "/dir/%C3%87a%20va.html";
    QTest::newRow("page name Addressable rejects fails") << page("2016:x.md") << "";
}

void TstJekyllPermalink::url() {
    QFETCH(JekyllPermalink::Input, input);
    QFETCH(QString, url);
    const auto result = JekyllPermalink::url(input);
    if (url.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
        QVERIFY(result.error().contains(input.relativePath));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value(), url);
    }
}

void TstJekyllPermalink::outputExtension_data() {
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("permalink");  // "-": none
    QTest::addColumn<QString>("outputExt");
    QTest::newRow("markdown") << "a.md"
                              << "-"
                              << ".html";
    QTest::newRow("markdown extension, any case") << "a.MarkDown"
                                                  << "-"
                                                  << ".html";
    QTest::newRow("html") << "a.html"
                          << "-"
                          << ".html";
    QTest::newRow("other extension kept") << "feed.xml"
                                          << "-"
                                          << ".xml";
    QTest::newRow("sass") << "main.scss"
                          << "-"
                          << ".css";
    QTest::newRow("permalink extension wins") << "feed.md"
                                              << "/feed.xml"
                                              << ".xml";
    QTest::newRow("permalink ending in a slash has none") << "a.md"
                                                          << "/a.b/"
                                                          << ".html";
    QTest::newRow("dot file has no extension") << ".htaccess"
                                               << "-"
                                               << "";
}

void TstJekyllPermalink::outputExtension() {
    QFETCH(QString, relativePath);
    QFETCH(QString, permalink);
    QFETCH(QString, outputExt);
    const auto perm = permalink == "-" ? std::nullopt : std::optional<QString>(permalink);
    QCOMPARE(JekyllPermalink::outputExtension(relativePath, perm), outputExt);
}

// Escaping and slugify on thousands of values built from URI-significant and Unicode pieces, one Ruby run.
void TstJekyllPermalink::helpersAgreeWithJekyll() {
    const QString script = qEnvironmentVariable("POSTWRIGHT_SOURCE_DIR") + "/tests/jekyll/url_oracle.rb";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList values = JekyllUrlSites::generatedStrings(8000);
    QFile input(dir.filePath("strings.json"));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write(QJsonDocument(QJsonArray::fromStringList(values)).toJson());
    input.close();
    QProcess ruby;
    ruby.start("ruby", {script, "--strings", input.fileName()});
    QVERIFY2(ruby.waitForFinished(120000), "ruby did not finish");
    QVERIFY2(ruby.exitCode() == 0, ruby.readAllStandardError().constData());
    const QJsonArray results = QJsonDocument::fromJson(ruby.readAllStandardOutput()).array();
    QCOMPARE(results.size(), values.size());
    using M = JekyllSlugify::Mode;
    const std::pair<const char *, M> modes[] = {
        {"raw", M::Raw}, {"default", M::Default}, {"pretty", M::Pretty}, {"ascii", M::Ascii}};
    QStringList mismatches;
    int compared = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString &value = values.at(i);
        const auto escaped = JekyllUrlEscape::escapePath(value);
        const bool escapeAgrees = result.value("escaped").isNull()
                                      ? !escaped.ok()
                                      : escaped.ok() && escaped.value() == result.value("escaped").toString();
        if (!escapeAgrees) {
            mismatches << QStringLiteral("escape_path(%1): Jekyll %2, ours %3")
                              .arg(value, result.value("escaped").toString("(fails)"),
                                   escaped.ok() ? escaped.value() : escaped.error());
        }
        for (const auto &[name, mode] : modes) {
            const QString theirs = result.value("slugify").toObject().value(name).toString();
            const QString ours = JekyllSlugify::slugify(value, mode);
            if (ours != theirs)
                mismatches
                    << QStringLiteral("slugify(%1, %2): Jekyll %3, ours %4").arg(value, name, theirs, ours);
        }
        const QString cased = JekyllSlugify::slugify(value, M::Pretty, true);
        if (cased != result.value("pretty_cased").toString()) {
            mismatches << QStringLiteral("slugify(%1, pretty, cased): Jekyll %2, ours %3")
                              .arg(value, result.value("pretty_cased").toString(), cased);
        }
        compared += 6;
    }
    qInfo("compared %d escape and slugify results with Jekyll's, %lld mismatches", compared,
          qsizetype(mismatches.size()));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 50).join('\n')));
}

void TstJekyllPermalink::agreesWithJekyll() {
    const QString script = qEnvironmentVariable("POSTWRIGHT_SOURCE_DIR") + "/tests/jekyll/url_oracle.rb";
    QVERIFY2(QFileInfo::exists(script), qPrintable(script));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int compared = 0;
    QStringList mismatches;
    for (const JekyllUrlSites::Site &site : JekyllUrlSites::all()) {
        const QString root = dir.filePath(site.name);
        JekyllUrlSites::write(site, root);
        QProcess ruby;
        ruby.start("ruby", {script, root, dir.filePath(site.name + "-dest")});
        QVERIFY2(ruby.waitForFinished(120000), "ruby did not finish");
        QVERIFY2(ruby.exitCode() == 0, ruby.readAllStandardError().constData());
        const auto oracle = QJsonDocument::fromJson(ruby.readAllStandardOutput()).object();
        const QJsonArray items = oracle.value("items").toArray();
        QVERIFY2(items.size() >= JekyllUrlSites::kMinimumItems, qPrintable(site.name));
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const JekyllPermalink::Input input = JekyllUrlSites::inputFor(site, item);
            const auto ours = JekyllPermalink::url(input);
            const QString theirs = item.value("url").toString();
            const bool agree = item.value("url").isNull() ? !ours.ok() : ours.ok() && ours.value() == theirs;
            const QString ourExt =
                JekyllPermalink::outputExtension(input.relativePath, input.permalink, site.markdownExt);
            if (!agree || ourExt != input.outputExt) {
                mismatches << QStringLiteral("%1 %2: Jekyll %3 (%4), ours %5 (%6)")
                                  .arg(site.name, input.relativePath,
                                       item.value("url").isNull() ? item.value("error").toString() : theirs,
                                       input.outputExt, ours.ok() ? ours.value() : ours.error(), ourExt);
            }
            ++compared;
        }
    }
    qInfo("compared %d URLs with Jekyll's, %lld mismatches", compared, qsizetype(mismatches.size()));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join('\n')));
}

QTEST_GUILESS_MAIN(TstJekyllPermalink)
#include "tst_jekyllpermalink.moc"
