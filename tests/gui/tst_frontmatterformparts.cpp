// The pieces of the front-matter form that decide things on their own: which row a value gets, how a key
// is labelled, what a YAML row shows, and how the tag editor turns typing into items.

#include <QLineEdit>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include "form/fieldclassifier.h"
#include "form/fieldlabel.h"
#include "form/tageditor.h"
#include "form/yamlfieldwidget.h"
#include "post/post.h"

Q_DECLARE_METATYPE(FormFieldKind)

namespace {

Post postWith(const QByteArray &yaml) {
    return Post::fromText("---\n" + yaml + "\n---\nBody\n");
}

}  // namespace

class TestFrontMatterFormParts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classify_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("key");
        QTest::addColumn<FormFieldKind>("kind");
        QTest::newRow("plain text") << QByteArray("title: Hello") << "title" << FormFieldKind::Text;
        QTest::newRow("null is text") << QByteArray("subtitle:") << "subtitle" << FormFieldKind::Text;
        QTest::newRow("literal block")
            << QByteArray("excerpt: |\n  a\n  b") << "excerpt" << FormFieldKind::MultiLineText;
        QTest::newRow("folded block")
            << QByteArray("excerpt: >\n  a\n  b") << "excerpt" << FormFieldKind::MultiLineText;
        QTest::newRow("quoted line break")
            << QByteArray("t: \"a\\nb\"") << "t" << FormFieldKind::MultiLineText;
        QTest::newRow("date-only under date")
            << QByteArray("date: 2020-01-01") << "date" << FormFieldKind::DateTime;
        QTest::newRow("timestamp under any key")
            << QByteArray("when: 2020-01-01 10:00:00") << "when" << FormFieldKind::DateTime;
        QTest::newRow("no seconds under date key")
            << QByteArray("date: 2020-01-01 10:00") << "date" << FormFieldKind::DateTime;
        QTest::newRow("no seconds under another key is text")
            << QByteArray("note: 2020-01-01 10:00") << "note" << FormFieldKind::Text;
        QTest::newRow("quoted date under a date-like key")
            << QByteArray("publishDate: '2020-01-01'") << "publishDate" << FormFieldKind::DateTime;
        QTest::newRow("words under date key are text")
            << QByteArray("date: soon") << "date" << FormFieldKind::Text;
        QTest::newRow("yes") << QByteArray("published: yes") << "published" << FormFieldKind::YesNo;
        QTest::newRow("True") << QByteArray("navigation: True") << "navigation" << FormFieldKind::YesNo;
        QTest::newRow("quoted yes is text") << QByteArray("draft: 'yes'") << "draft" << FormFieldKind::Text;
        QTest::newRow("leading zero integer") << QByteArray("n: 007") << "n" << FormFieldKind::Number;
        QTest::newRow("float with trailing zero") << QByteArray("f: 1.10") << "f" << FormFieldKind::Number;
        QTest::newRow("flow list") << QByteArray("tags: [a, b]") << "tags" << FormFieldKind::List;
        QTest::newRow("empty flow list") << QByteArray("tags: []") << "tags" << FormFieldKind::List;
        QTest::newRow("block list") << QByteArray("tags:\n  - a\n  - b") << "tags" << FormFieldKind::List;
        QTest::newRow("list of maps")
            << QByteArray("links:\n  - url: x\n    title: y") << "links" << FormFieldKind::Yaml;
        QTest::newRow("nested map") << QByteArray("header:\n  image: x.jpg") << "header"
                                    << FormFieldKind::Yaml;
        QTest::newRow("flow map") << QByteArray("author: {name: a}") << "author" << FormFieldKind::Yaml;
        QTest::newRow("cover") << QByteArray("cover: assets/x") << "cover" << FormFieldKind::Image;
        QTest::newRow("image") << QByteArray("image: /x") << "image" << FormFieldKind::Image;
        QTest::newRow("_image suffix") << QByteArray("hero_image: x") << "hero_image" << FormFieldKind::Image;
        QTest::newRow("-img suffix") << QByteArray("teaser-img: x") << "teaser-img" << FormFieldKind::Image;
        QTest::newRow("-image suffix") << QByteArray("og-image: x") << "og-image" << FormFieldKind::Image;
        QTest::newRow("image extension") << QByteArray("thumb: a/b.WEBP") << "thumb" << FormFieldKind::Image;
        QTest::newRow("image url with query")
            << QByteArray("banner: https://x.org/y.svg?v=2") << "banner" << FormFieldKind::Image;
        QTest::newRow("image key holding a bool")
            << QByteArray("image: false") << "image" << FormFieldKind::YesNo;
    }
    void classify() {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, key);
        QFETCH(FormFieldKind, kind);
        const Post post = postWith(yaml);
        const FieldEntry *entry = post.field(key);
        QVERIFY(entry);
        QCOMPARE(FieldClassifier::classify(*entry), kind);
    }

    void chosenKindWinsWhileTheValueFits_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<FormFieldKind>("chosen");
        QTest::addColumn<FormFieldKind>("kind");
        QTest::newRow("empty image path")
            << QByteArray("k: \"\"") << FormFieldKind::Image << FormFieldKind::Image;
        QTest::newRow("text that looks like an image path")
            << QByteArray("k: a.png") << FormFieldKind::Text << FormFieldKind::Text;
        QTest::newRow("yaml holding a scalar")
            << QByteArray("k: 3") << FormFieldKind::Yaml << FormFieldKind::Yaml;
        QTest::newRow("image turned into a number")
            << QByteArray("k: 3") << FormFieldKind::Image << FormFieldKind::Number;
    }
    void chosenKindWinsWhileTheValueFits() {
        QFETCH(QByteArray, yaml);
        QFETCH(FormFieldKind, chosen);
        QFETCH(FormFieldKind, kind);
        const Post post = postWith(yaml);
        QCOMPARE(FieldClassifier::classify(*post.field(QStringLiteral("k")), chosen), kind);
    }

    void remoteImagesAreNeverLocal_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("remote");
        QTest::newRow("https") << "https://x.org/a.png" << true;
        QTest::newRow("protocol-relative") << "//cdn.x.org/a.png" << true;
        QTest::newRow("data uri") << "data:image/png;base64,AAAA" << true;
        QTest::newRow("liquid") << "{{ site.baseurl }}/a.png" << true;
        QTest::newRow("site path") << "/assets/a.png" << false;
        QTest::newRow("relative path") << "assets/a.png" << false;
    }
    void remoteImagesAreNeverLocal() {
        QFETCH(QString, value);
        QFETCH(bool, remote);
        QCOMPARE(FieldClassifier::isRemoteOrTemplated(value), remote);
    }

    void humanize_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::newRow("snake case") << "last_modified_at"
                                    << "Last modified at";
        QTest::newRow("camel case") << "expiryDate"
                                    << "Expiry date";
        QTest::newRow("kebab case") << "og-image"
                                    << "Og image";
        QTest::newRow("one word") << "title"
                                  << "Title";
        QTest::newRow("acronym kept") << "URL"
                                      << "URL";
        QTest::newRow("leading underscore") << "_private"
                                            << "Private";
    }
    void humanize() {
        QFETCH(QString, key);
        QFETCH(QString, label);
        QCOMPARE(FieldLabel::humanize(key), label);
    }

    void mnemonicsAreUnique() {
        QSet<QChar> used;
        QCOMPARE(FieldLabel::withMnemonic(QStringLiteral("Title"), used, QLatin1Char('t')),
                 QStringLiteral("&Title"));
        QCOMPARE(FieldLabel::withMnemonic(QStringLiteral("Tags"), used), QStringLiteral("T&ags"));
        QCOMPARE(FieldLabel::withMnemonic(QStringLiteral("A & B"), used), QStringLiteral("A && &B"));
        QCOMPARE(FieldLabel::withMnemonic(QStringLiteral("Tab"), used), QStringLiteral("Tab"));  // all taken
        QCOMPARE(FieldLabel::withMnemonic(QStringLiteral("\u00c9t\u00e9 9"), used),
                 QStringLiteral("\u00c9t\u00e9 &9"));
    }

    void yamlRowShowsTheValueDedented_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nested map") << QByteArray("header:\n  image: x.jpg # the cover\n  caption: \"A\"")
                                    << "header"
                                    << "image: x.jpg # the cover\ncaption: \"A\"";
        QTest::newRow("flow map") << QByteArray("author: {name: a}") << "author"
                                  << "{name: a}";
        QTest::newRow("list at the key's indent") << QByteArray("links:\n- url: x\n  t: y") << "links"
                                                  << "- url: x\n  t: y";
        QTest::newRow("anchor on the key line") << QByteArray("base: &b\n    x: 1\n    y: 2") << "base"
                                                << "&b\nx: 1\ny: 2";
        QTest::newRow("alias") << QByteArray("base: &b x\ncopy: *b") << "copy"
                               << "*b";
    }
    void yamlRowShowsTheValueDedented() {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, key);
        QFETCH(QString, shown);
        for (const QByteArray &eol : {QByteArray("\n"), QByteArray("\r\n")}) {
            const Post post = Post::fromText(QByteArray("---\n" + yaml + "\n---\n").replace("\n", eol));
            QCOMPARE(YamlFieldWidget::valueSource(post.text(), *post.field(key)), shown);
        }
    }

    void tagEditorAddsAtCommaAndEnter() {
        TagEditor editor;
        editor.setItems({QStringLiteral("a")});
        QSignalSpy edited(&editor, &TagEditor::itemsEdited);
        QTest::keyClicks(editor.lineEdit(), QStringLiteral("b, a, c"));
        // Each comma adds what is before it; a duplicate is not added twice; the rest waits.
        QCOMPARE(editor.items(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(editor.lineEdit()->text(), QStringLiteral(" c"));
        QTest::keyClick(editor.lineEdit(), Qt::Key_Return);
        QCOMPARE(editor.items(),
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edited.last().at(0).toStringList(), editor.items());
        QTest::keyClick(editor.lineEdit(), Qt::Key_Return);  // nothing typed: nothing added
        QCOMPARE(edited.count(), 2);
    }

    void tagEditorSetItemsIsSilent() {
        TagEditor editor;
        QSignalSpy edited(&editor, &TagEditor::itemsEdited);
        editor.setItems({QStringLiteral("x"), QStringLiteral("y")});
        QCOMPARE(edited.count(), 0);
        QVERIFY(editor.removeButton(1));
        QVERIFY(!editor.removeButton(2));
        editor.setReadOnly(true);
        QVERIFY(!editor.removeButton(0));
        QTest::keyClick(editor.lineEdit(), Qt::Key_Backspace);
        QCOMPARE(editor.items().size(), 2);
        QCOMPARE(edited.count(), 0);
    }

    void tagEditorWrapsWhenNarrow() {
        TagEditor editor;
        QStringList items;
        for (int i = 0; i < 12; ++i)
            items.append(QStringLiteral("item-%1").arg(i));
        editor.setItems(items);
        QVERIFY(editor.hasHeightForWidth());
        QVERIFY(editor.heightForWidth(150) > editor.heightForWidth(2000));
    }
};

QTEST_MAIN(TestFrontMatterFormParts)
#include "tst_frontmatterformparts.moc"
