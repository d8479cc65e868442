// The Posts panel driven as a writer uses it: typing a filter, clicking facets, opening with Enter and
// double-click, and the list keeping its selection while the index fills and changes.

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

#include "site/filtertextterms.h"
#include "site/postlistmodel.h"
#include "site/postspanel.h"

namespace {

using Status = PostFilter::Status;

PostSummary post(const QString &slug, const QString &title, const QString &date, const QStringList &tags = {},
                 const QStringList &categories = {}, Status status = Status::Published) {
    PostSummary p;
    p.relativePath = QStringLiteral("_posts/%1-%2.md").arg(date.left(10), slug);
    p.path = QStringLiteral("/site/") + p.relativePath;
    p.title = title;
    p.date = QDateTime::fromString(date, Qt::ISODate);
    p.tags = tags;
    p.categories = categories;
    p.status = status;
    p.kind = status == Status::Draft ? PostSummary::Kind::Draft : PostSummary::Kind::Post;
    p.url = QStringLiteral("/%1.html").arg(slug);
    return p;
}

QVector<PostSummary> site() {
    return {
        post("ml", "Machine learning notes", "2019-03-01T10:00:00Z", {"machine-learning", "python"},
             {"tech"}),
        post("jekyll", "Jekyll themes I like", "2020-05-02T10:00:00Z", {"jekyll"}, {"tech", "web dev"}),
        post("cafe", "Un café à Paris", "2018-07-14T10:00:00Z", {"travel"}, {"personal"}),
        post("draft", "Machines that draft", "2021-01-01T10:00:00Z", {"jekyll"}, {}, Status::Draft),
        post("soon", "Coming soon", "2031-01-01T10:00:00Z", {}, {}, Status::Scheduled),
        post("hidden", "Hidden thoughts", "2017-01-01T10:00:00Z", {"jekyll"}, {}, Status::Unpublished),
    };
}

// A page (`about.md`) or a collection's document (`_recipes/soup.md`).
PostSummary document(const QString &relativePath, const QString &title, const QString &collection = {}) {
    PostSummary p;
    p.relativePath = relativePath;
    p.path = QStringLiteral("/site/") + relativePath;
    p.title = title;
    p.kind = collection.isEmpty() ? PostSummary::Kind::Page : PostSummary::Kind::Document;
    p.collection = collection;
    p.url = QLatin1Char('/') + relativePath;
    return p;
}

QVector<PostSummary> documents() {
    return {document("about.md", "About me"), document("contact.md", "Contact"),
            document("_recipes/soup.md", "Tomato soup", "recipes"),
            document("_recipes/cafe.md", "Café au lait", "recipes"),
            document("_authors/ann.md", "Ann", "authors")};
}

QStringList tabTexts(const QTabBar *tabs) {
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    return texts;
}

QStringList shownTitles(const PostsPanel &panel) {
    QStringList titles;
    const QAbstractItemModel *model = panel.listView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, PostListModel::TitleColumn).data().toString();
    return titles;
}

QListWidgetItem *facet(QListWidget *list, const QString &name) {
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(name + QStringLiteral(" (")))
            return list->item(i);
    }
    return nullptr;
}

void clickItem(QListWidget *list, QListWidgetItem *item) {
    const QRect rect = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center() + QPoint(rect.width() / 4, 0));
}

}  // namespace

class TestPostsPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newestFirstThenTitle() {
        PostsPanel panel;
        QVector<PostSummary> posts = site();
        posts << post("b-same", "B same day", "2019-03-01T10:00:00Z")
              << post("a-same", "a same day", "2019-03-01T10:00:00Z");
        panel.setPosts(posts);
        QCOMPARE(shownTitles(panel),
                 (QStringList{"Coming soon", "Machines that draft", "Jekyll themes I like", "a same day",
                              "B same day", "Machine learning notes", "Un café à Paris", "Hidden thoughts"}));
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("8 posts"));
    }

    void typingFilters_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("count");
        QTest::newRow("a word matches titles, any case")
            << "mach" << QStringList{"Machines that draft", "Machine learning notes"} << "2 of 6 posts";
        QTest::newRow("every word must match")
            << "mach notes" << QStringList{"Machine learning notes"} << "1 of 6 posts";
        QTest::newRow("accents ignored") << "cafe" << QStringList{"Un café à Paris"} << "1 of 6 posts";
        QTest::newRow("tag term") << "tag:jekyll"
                                  << QStringList{"Machines that draft", "Jekyll themes I like",
                                                 "Hidden thoughts"}
                                  << "3 of 6 posts";
        QTest::newRow("quoted category")
            << "category:\"web dev\"" << QStringList{"Jekyll themes I like"} << "1 of 6 posts";
        QTest::newRow("status and word")
            << "status:draft mach" << QStringList{"Machines that draft"} << "1 of 6 posts";
        QTest::newRow("scheduled") << "status:scheduled" << QStringList{"Coming soon"} << "1 of 6 posts";
        QTest::newRow("year") << "year:2019" << QStringList{"Machine learning notes"} << "1 of 6 posts";
        QTest::newRow("negated tag") << "-tag:jekyll"
                                     << QStringList{"Coming soon", "Machine learning notes",
                                                    "Un café à Paris"}
                                     << "3 of 6 posts";
        QTest::newRow("nothing matches") << "zzz" << QStringList{} << "0 of 6 posts";
    }
    void typingFilters() {
        QFETCH(QString, typed);
        QFETCH(QStringList, titles);
        QFETCH(QString, count);
        PostsPanel panel;
        panel.setPosts(site());
        QSignalSpy changed(&panel, &PostsPanel::filterTextChanged);
        QTest::keyClicks(panel.filterEdit(), typed);
        QCOMPARE(shownTitles(panel), titles);
        QCOMPARE(panel.countLabel()->text(), count);
        QCOMPARE(changed.count(), typed.size());
        QCOMPARE(changed.last().at(0).toString(), typed);
        panel.filterEdit()->clear();
        QCOMPARE(panel.listView()->model()->rowCount(), 6);
    }

    void filterProblemShownUnderTheBox() {
        PostsPanel panel;
        panel.setPosts(site());
        panel.show();
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("status:maybe"));
        QVERIFY(panel.problemLabel()->isVisible());
        QVERIFY(panel.problemLabel()->text().contains(QStringLiteral("maybe")));
        panel.filterEdit()->clear();
        QVERIFY(!panel.problemLabel()->isVisible());
        QVERIFY(panel.filterEdit()->placeholderText().contains(QStringLiteral("tag:")));
    }

    void textMatchesAddBodiesToTitleMatches() {
        PostsPanel panel;
        panel.setPosts(site());
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("paris"));
        QCOMPARE(shownTitles(panel), QStringList{"Un café à Paris"});
        // The full-text search found the word in another post's body.
        panel.setTextMatches(QSet<QString>{site().at(0).path});
        QCOMPARE(shownTitles(panel), (QStringList{"Machine learning notes", "Un café à Paris"}));
        // Other words: the old answer no longer applies until the owner sends a new one.
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("x"));
        QCOMPARE(shownTitles(panel), QStringList{});
    }

    void enterAndDoubleClickOpen() {
        PostsPanel panel;
        panel.setPosts(site());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy open(&panel, &PostsPanel::openRequested);
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("mach"));
        QTest::keyClick(panel.filterEdit(), Qt::Key_Return);  // no selection yet: the first row
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.last().at(0).toString(), site().at(3).path);
        QTest::keyClick(panel.filterEdit(), Qt::Key_Down);  // moves in the list, focus stays in the box
        QTest::keyClick(panel.filterEdit(), Qt::Key_Enter);
        QCOMPARE(open.last().at(0).toString(), site().at(0).path);
        QTest::keyClick(panel.listView(), Qt::Key_Up);
        QTest::keyClick(panel.listView(), Qt::Key_Return);
        QCOMPARE(open.last().at(0).toString(), site().at(3).path);
        const QRect second = panel.listView()->visualRect(panel.listView()->model()->index(1, 0));
        // A double-click arrives after the first click of the pair.
        QTest::mouseClick(panel.listView()->viewport(), Qt::LeftButton, {}, second.center());
        QTest::mouseDClick(panel.listView()->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(open.count(), 4);
        QCOMPARE(open.last().at(0).toString(), site().at(0).path);
    }

    void facetsCountAndToggleTerms() {
        PostsPanel panel;
        panel.setPosts(site());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QListWidget *tags = panel.tagFacets();
        QCOMPARE(tags->item(0)->text(), QStringLiteral("jekyll (3)"));  // most used first
        QVERIFY(facet(tags, "python"));
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("mach"));
        clickItem(tags, facet(tags, "jekyll"));
        QCOMPARE(panel.filterText(), QStringLiteral("mach tag:jekyll"));
        QCOMPARE(shownTitles(panel), QStringList{"Machines that draft"});
        QCOMPARE(facet(tags, "jekyll")->checkState(), Qt::Checked);
        clickItem(tags, facet(tags, "jekyll"));  // again: removed
        QCOMPARE(panel.filterText(), QStringLiteral("mach"));
        QCOMPARE(facet(tags, "jekyll")->checkState(), Qt::Unchecked);

        QListWidget *categories = panel.categoryFacets();
        panel.findChild<QTabWidget *>()->setCurrentWidget(categories);
        panel.setFilterText(QString());
        QCOMPARE(facet(categories, "tech")->text(), QStringLiteral("tech (2)"));
        // Names with blanks are quoted, so the filter reads them back whole.
        clickItem(categories, facet(categories, "web dev"));
        QCOMPARE(panel.filterText(), QStringLiteral("category:\"web dev\""));
        QCOMPARE(shownTitles(panel), QStringList{"Jekyll themes I like"});
        // Typing the term by hand marks the facet too.
        panel.setFilterText(QStringLiteral("tag:Python"));
        QCOMPARE(facet(tags, "python")->checkState(), Qt::Checked);
    }

    void statusAndProblemsMarked() {
        PostsPanel panel;
        QVector<PostSummary> posts = site();
        posts[0].problem = QStringLiteral("3:7: mapping values are not allowed here");
        panel.setPosts(posts);
        const PostListModel *model = panel.model();
        const auto rowOf = [&](int i) { return model->rowOfPath(posts.at(i).path); };
        const auto at = [&](int i, int column, int role) {
            return model->index(rowOf(i), column).data(role);
        };
        QCOMPARE(at(3, PostListModel::StatusColumn, Qt::DisplayRole).toString(), QStringLiteral("Draft"));
        QCOMPARE(at(4, PostListModel::StatusColumn, Qt::DisplayRole).toString(), QStringLiteral("Scheduled"));
        QCOMPARE(at(5, PostListModel::StatusColumn, Qt::DisplayRole).toString(),
                 QStringLiteral("Unpublished"));
        QCOMPARE(at(1, PostListModel::StatusColumn, Qt::DisplayRole).toString(), QStringLiteral("Published"));
        QVERIFY(at(3, PostListModel::TitleColumn, Qt::FontRole).value<QFont>().italic());
        QVERIFY(!at(1, PostListModel::TitleColumn, Qt::FontRole).isValid());
        QVERIFY(at(5, PostListModel::TitleColumn, Qt::ForegroundRole).isValid());
        QVERIFY(at(0, PostListModel::TitleColumn, Qt::ToolTipRole).toString().contains(posts.at(0).problem));
        QVERIFY(!at(0, PostListModel::TitleColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!at(1, PostListModel::TitleColumn, Qt::DecorationRole).isValid());
        QCOMPARE(at(1, PostListModel::TagsColumn, Qt::DisplayRole).toString(), QStringLiteral("jekyll"));
        // Published is the usual case: its status is written, but quietly.
        QVERIFY(at(1, PostListModel::StatusColumn, Qt::ForegroundRole).isValid());
        QVERIFY(at(1, PostListModel::TitleColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Tags: jekyll")));
        QCOMPARE(at(0, PostListModel::DateColumn, Qt::DisplayRole).toString(), QStringLiteral("2019-03-01"));
    }

    void progressiveFillingKeepsTheSelection() {
        PostsPanel panel;
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QVector<PostSummary> posts = site();
        panel.setProgress(0, 40);
        QVERIFY(panel.progressLabel()->isVisible());
        panel.appendPosts(posts.mid(0, 3));
        panel.selectPath(posts.at(0).path);
        QCOMPARE(panel.currentPath(), posts.at(0).path);
        panel.setProgress(3, 40);
        QCOMPARE(panel.progressLabel()->text(), QStringLiteral("Reading the site\u2026 3 of 40"));
        // Newer and older posts arrive around the selected one, many at once.
        QVector<PostSummary> batch = posts.mid(3);
        for (int i = 0; i < 34; ++i) {
            batch << post(QStringLiteral("gen-%1").arg(i), QStringLiteral("Generated %1").arg(i),
                          QStringLiteral("20%1-06-01T10:00:00Z").arg(10 + (i % 15)), {"gen"});
        }
        panel.appendPosts(batch);
        panel.setProgress(40, 40);
        QVERIFY(!panel.progressLabel()->isVisible());
        QCOMPARE(panel.model()->totalCount(), 40);
        QCOMPARE(panel.currentPath(), posts.at(0).path);
        const QModelIndexList selected = panel.listView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(panel.model()->pathAt(selected.first().row()), posts.at(0).path);
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("40 posts"));
        // The facets follow once the batch settles.
        QTRY_VERIFY(facet(panel.tagFacets(), "gen"));
        QCOMPARE(facet(panel.tagFacets(), "gen")->text(), QStringLiteral("gen (34)"));
    }

    // Pages and each collection get their own heading once the site has them; posts and drafts share one.
    void sectionsHeadTheList() {
        PostsPanel panel;
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setPosts(site());
        QVERIFY(!panel.sectionTabs()->isVisible());  // one section: no headings
        panel.appendPosts(documents());
        QVERIFY(panel.sectionTabs()->isVisible());
        QCOMPARE(tabTexts(panel.sectionTabs()),
                 (QStringList{"Posts (6)", "Pages (2)", "Authors (1)", "Recipes (2)"}));
        // Posts and drafts are listed under Posts, the Status column saying which.
        QCOMPARE(panel.sectionTabs()->currentIndex(), 0);
        QCOMPARE(panel.model()->rowCount(), 6);
        QVERIFY(shownTitles(panel).contains("Machines that draft"));
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("6 posts"));

        // A click on a heading lists its documents.
        QTest::mouseClick(panel.sectionTabs(), Qt::LeftButton, {}, panel.sectionTabs()->tabRect(3).center());
        QCOMPARE(panel.model()->currentSection(), QStringLiteral("recipes"));
        QCOMPARE(shownTitles(panel), (QStringList{"Café au lait", "Tomato soup"}));
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("2 documents"));

        // The filter runs over every section; each heading counts its matches.
        panel.setFilterText("soup");
        QCOMPARE(tabTexts(panel.sectionTabs()),
                 (QStringList{"Posts (0)", "Pages (0)", "Authors (0)", "Recipes (1)"}));
        QCOMPARE(shownTitles(panel), QStringList{"Tomato soup"});
        panel.setFilterText("co");
        QCOMPARE(tabTexts(panel.sectionTabs()),
                 (QStringList{"Posts (1)", "Pages (1)", "Authors (0)", "Recipes (0)"}));
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("0 of 2 documents"));
        panel.setFilterText(QString());

        // Selecting a document (the open post) shows its section.
        panel.selectPath("/site/about.md");
        QCOMPARE(panel.sectionTabs()->currentIndex(), 1);
        QCOMPARE(panel.currentPath(), QStringLiteral("/site/about.md"));
        QSignalSpy opened(&panel, &PostsPanel::openRequested);
        QTest::keyClick(panel.listView(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.front().front().toString(), QStringLiteral("/site/about.md"));
        // Unless asked to keep the section shown.
        panel.selectPath(site().at(0).path, false);
        QCOMPARE(panel.sectionTabs()->currentIndex(), 1);

        // A section whose documents are all gone hands over to the first one left.
        panel.removePosts({"/site/about.md", "/site/contact.md"});
        QCOMPARE(tabTexts(panel.sectionTabs()), (QStringList{"Posts (6)", "Authors (1)", "Recipes (2)"}));
        QCOMPARE(panel.model()->currentSection(), QStringLiteral("posts"));
        QCOMPARE(panel.model()->rowCount(), 6);
    }

    // kind: terms, as the filter box takes them: the site's collections are kinds too.
    void kindTermsInThePanel_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("tabs");
        QTest::addColumn<bool>("problem");
        QTest::newRow("kind:page") << "kind:page"
                                   << QStringList{"Posts (0)", "Pages (2)", "Authors (0)", "Recipes (0)"}
                                   << false;
        QTest::newRow("kind:draft") << "kind:draft"
                                    << QStringList{"Posts (1)", "Pages (0)", "Authors (0)", "Recipes (0)"}
                                    << false;
        QTest::newRow("a collection's label")
            << "kind:Recipes" << QStringList{"Posts (0)", "Pages (0)", "Authors (0)", "Recipes (2)"} << false;
        QTest::newRow("negated") << "-kind:post -kind:draft"
                                 << QStringList{"Posts (0)", "Pages (2)", "Authors (1)", "Recipes (2)"}
                                 << false;
        QTest::newRow("not a kind of this site")
            << "kind:widgets" << QStringList{"Posts (6)", "Pages (2)", "Authors (1)", "Recipes (2)"} << true;
    }
    void kindTermsInThePanel() {
        QFETCH(QString, filter);
        QFETCH(QStringList, tabs);
        QFETCH(bool, problem);
        PostsPanel panel;
        panel.setPosts(site() + documents());
        panel.setFilterText(filter);
        QCOMPARE(tabTexts(panel.sectionTabs()), tabs);
        QCOMPARE(!panel.problemLabel()->text().isEmpty(), problem);
        if (problem)
            QVERIFY(panel.problemLabel()->text().contains("recipes"));
    }

    // A kind: term shows the first section holding that kind when the one shown has none; words alone and
    // a kind the shown section holds leave the section where it is.
    void kindTermShowsItsSection_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("section");
        QTest::newRow("pages from the posts") << "kind:page"
                                              << "Pages (2)";
        QTest::newRow("a collection from the posts") << "kind:recipes"
                                                     << "Recipes (2)";
        QTest::newRow("drafts stay in the posts") << "kind:draft"
                                                  << "Posts (1)";
        QTest::newRow("words never switch") << "zzz-no-such-title"
                                            << "Posts (0)";
    }
    void kindTermShowsItsSection() {
        QFETCH(QString, filter);
        QFETCH(QString, section);
        PostsPanel panel;
        panel.setPosts(site() + documents());
        QCOMPARE(panel.sectionTabs()->tabText(panel.sectionTabs()->currentIndex()).left(5),
                 QStringLiteral("Posts"));
        panel.setFilterText(filter);
        QCOMPARE(panel.sectionTabs()->tabText(panel.sectionTabs()->currentIndex()), section);
        if (!section.endsWith(QLatin1String("(0)")))
            QVERIFY(panel.model()->rowCount() > 0);
    }

    // A kind: term typed before the collection's documents arrived (the index still reading) applies once
    // they do.
    void kindTermWaitsForItsCollection() {
        PostsPanel panel;
        panel.setFilterText("kind:recipes");
        QVERIFY(!panel.problemLabel()->text().isEmpty());
        panel.appendPosts(site());
        panel.appendPosts(documents());
        QCOMPARE(panel.problemLabel()->text(), QString());
        QCOMPARE(tabTexts(panel.sectionTabs()),
                 (QStringList{"Posts (0)", "Pages (0)", "Authors (0)", "Recipes (2)"}));
    }

    void updatesAndRemovalsKeepTheSelection() {
        PostsPanel panel;
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVector<PostSummary> posts = site();
        panel.setPosts(posts);
        panel.selectPath(posts.at(2).path);
        // The newest post changes its date to the oldest: it moves below the selection.
        PostSummary moved = posts.at(4);
        moved.date = QDateTime::fromString(QStringLiteral("2000-01-01T00:00:00Z"), Qt::ISODate);
        moved.title = QStringLiteral("Coming later");
        panel.updatePosts({moved});
        QCOMPARE(shownTitles(panel).last(), QStringLiteral("Coming later"));
        QCOMPARE(panel.currentPath(), posts.at(2).path);
        // Retitled in place.
        PostSummary retitled = posts.at(2);
        retitled.tags << QStringLiteral("food");
        panel.updatePosts({retitled});
        QCOMPARE(panel.currentPath(), posts.at(2).path);
        QCOMPARE(
            panel.model()->index(panel.model()->rowOfPath(retitled.path), PostListModel::TagsColumn).data(),
            QVariant(QStringLiteral("travel, food")));
        panel.removePosts({posts.at(0).path, posts.at(1).path});
        QCOMPARE(panel.model()->totalCount(), 4);
        QCOMPARE(panel.currentPath(), posts.at(2).path);
        panel.removePosts({posts.at(2).path});
        QVERIFY(panel.currentPath() != posts.at(2).path);
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("3 posts"));
    }

    void filteringManyRowsKeepsTheSelection() {
        // Enough rows that a filter change is one layout change rather than many row removals.
        PostsPanel panel;
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVector<PostSummary> posts;
        for (int i = 0; i < 300; ++i) {
            const QDateTime date = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
            posts << post(QStringLiteral("p%1").arg(i),
                          QStringLiteral("%1 post %2").arg(i % 2 ? "Odd" : "Even").arg(i),
                          date.toString(Qt::ISODate));
        }
        panel.setPosts(posts);
        panel.selectPath(posts.at(151).path);
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("odd"));
        QCOMPARE(panel.model()->rowCount(), 150);
        QCOMPARE(panel.currentPath(), posts.at(151).path);
        panel.filterEdit()->clear();
        QCOMPARE(panel.model()->rowCount(), 300);
        QCOMPARE(panel.currentPath(), posts.at(151).path);
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("even"));
        QVERIFY(panel.currentPath().isEmpty());
    }

    void facetTermsEditTheText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("tag");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("added after what was typed") << "mach" << true << "jekyll"
                                                    << "mach tag:jekyll";
        QTest::newRow("added to an empty box") << "  " << true << "jekyll"
                                               << "tag:jekyll";
        QTest::newRow("removed from the middle") << "a tag:jekyll b" << true << "jekyll"
                                                 << "a b";
        QTest::newRow("removed at the end") << "a tag:jekyll" << true << "jekyll"
                                            << "a";
        QTest::newRow("removed in any case") << "TAGS:Jekyll" << true << "jekyll"
                                             << "";
        QTest::newRow("a negated term is not the facet") << "-tag:jekyll" << true << "jekyll"
                                                         << "-tag:jekyll tag:jekyll";
        QTest::newRow("quoted when it has blanks") << "x" << false << "machine learning"
                                                   << "x category:\"machine learning\"";
        QTest::newRow("quoted term removed")
            << "category:\"machine learning\" x" << false << "machine learning"
            << "x";
        QTest::newRow("a tag is not a category") << "tag:news" << false << "news"
                                                 << "tag:news category:news";
    }
    void facetTermsEditTheText() {
        QFETCH(QString, text);
        QFETCH(bool, tag);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const auto key = tag ? FilterTextTerms::Key::Tag : FilterTextTerms::Key::Category;
        QCOMPARE(FilterTextTerms::toggled(text, key, value), expected);
    }

    void narrowDockHidesTheTagsColumn() {
        PostsPanel panel;
        panel.setPosts(site());
        panel.resize(320, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.listView()->isColumnHidden(PostListModel::TagsColumn));
        panel.resize(900, 500);
        QTRY_VERIFY(!panel.listView()->isColumnHidden(PostListModel::TagsColumn));
        // The title takes the room left: no horizontal scrolling at either width.
        QVERIFY(!panel.listView()->horizontalScrollBar()->isVisible());
    }

    void worksAsADockWidget() {
        PostsPanel panel;
        QCOMPARE(panel.objectName(), QStringLiteral("postsPanel"));
        QVERIFY(panel.sizeHint().width() >= 250 && panel.sizeHint().height() >= 300);
        QCOMPARE(panel.windowTitle(), QStringLiteral("Posts"));
    }
};

QTEST_MAIN(TestPostsPanel)
#include "tst_postspanel.moc"
