// The outline panel's headings (render/headingoutline): ATX and setext headings at the top level, nothing
// from code, Liquid highlight blocks, comments, math, quotes or lists, and the section a line belongs to.

#include <QtTest>

#include "post/post.h"
#include "render/headingoutline.h"

using Heading = HeadingOutline::Heading;

namespace {
QString describe(const QVector<Heading> &headings) {
    QStringList out;
    for (const Heading &h : headings)
        out << QStringLiteral("%1@%2:%3").arg(h.level).arg(h.line).arg(h.text);
    return out.join(QLatin1Char('|'));
}
}  // namespace

class TestHeadingOutline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void extract_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("headings");
        QTest::newRow("atx levels") << QByteArray("# One\n\n## Two\ntext\n###### Six\n")
                                    << "1@1:One|2@3:Two|6@5:Six";
        QTest::newRow("atx needs a space; seven hashes are text")
            << QByteArray("#tag\n\n####### seven\n\n#\n") << "1@5:";
        QTest::newRow("closing hashes and kramdown ids are left out")
            << QByteArray("## Title ##\n## Id {#custom-id}\n## Attr {: .wide}\n## C# ##\n")
            << "2@1:Title|2@2:Id|2@3:Attr|2@4:C#";
        QTest::newRow("up to three spaces of indent")
            << QByteArray("   # Three\n\n    # Code\n") << "1@1:Three";
        QTest::newRow("setext, with several lines")
            << QByteArray("Title\n=====\n\nSub\ntitle\n---\n") << "1@1:Title|2@4:Sub title";
        QTest::newRow("dashes after a blank line are a rule") << QByteArray("para\n\n---\n\nafter\n") << "";
        QTest::newRow("fenced code hides hashes")
            << QByteArray("```sh\n# comment\n```\n~~~~\n# x\n~~~\n# still code\n~~~~\n# After\n")
            << "1@9:After";
        QTest::newRow("indented code after a blank line")
            << QByteArray("text\n\n    # code\n    ---\n") << "";
        QTest::newRow("liquid highlight block")
            << QByteArray("{% highlight ruby %}\n# a comment\n{% endhighlight %}\n# Real\n") << "1@4:Real";
        QTest::newRow("liquid comment block")
            << QByteArray("{%- comment -%}\n# hidden\n{% endcomment %}\n") << "";
        QTest::newRow("html comment") << QByteArray("<!--\n# draft\n-->\n# Kept\n") << "1@4:Kept";
        QTest::newRow("math block") << QByteArray("$$\n# not\n$$\n# Yes\n") << "1@4:Yes";
        QTest::newRow("block quote and list items are not the outline")
            << QByteArray("> # Quoted\n\n- # In item\n  ## Nested\n\n# Top\n") << "1@6:Top";
        QTest::newRow("a heading at the margin ends a list")
            << QByteArray("- item\n# After list\n") << "1@2:After list";
        QTest::newRow("dashes under a list item are a rule") << QByteArray("- item\n---\n") << "";
        QTest::newRow("crlf endings") << QByteArray("# A\r\nB\r\n---\r\n") << "1@1:A|2@2:B";
        QTest::newRow("utf-8 text") << QByteArray("## Über café\n") << "2@1:Über café";
    }
    void extract() {
        QFETCH(QByteArray, body);
        QFETCH(QString, headings);
        QCOMPARE(describe(HeadingOutline::extract(body)), headings);
    }

    void frontMatterCommentsAreNoHeadings() {
        const Post post =
            Post::fromText(QByteArray("---\ntitle: x\n# a YAML comment\n---\n# Body heading\n"));
        QCOMPARE(describe(HeadingOutline::extract(post.body())), QStringLiteral("1@1:Body heading"));
    }

    void sectionAt_data() {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("index");
        QTest::newRow("above the first heading") << 1 << -1;
        QTest::newRow("on a heading line") << 3 << 0;
        QTest::newRow("inside a section") << 7 << 1;
        QTest::newRow("after the last") << 100 << 2;
    }
    void sectionAt() {
        QFETCH(int, line);
        QFETCH(int, index);
        const QVector<Heading> headings{
            {1, 3, QStringLiteral("a")}, {2, 5, QStringLiteral("b")}, {2, 9, QStringLiteral("c")}};
        QCOMPARE(HeadingOutline::sectionAt(headings, line), index);
    }
};

QTEST_GUILESS_MAIN(TestHeadingOutline)
#include "tst_headingoutline.moc"
