// LiquidSegments cuts a body where Liquid's parser puts its top-level nodes apart. The oracle is Liquid
// itself (liquid 5.4, the one Debian's Jekyll 4.3 runs): each body is rendered once as it is and once with a
// marker between its segments, and the marked output must be the plain output with the markers in it, each
// text segment coming back as written.
#include "render/liquidexpansion.h"
#include "render/liquidsegments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

namespace {

// Renders each template with Ruby's Liquid and a small `page`; an error renders as "ERROR".
QStringList liquidRenders(const QList<QByteArray> &templates) {
    const char script[] =
        "require 'liquid'; require 'json'\n"
        "page = {'title' => 'T', 'tags' => ['a', 'b']}\n"
        "out = JSON.parse(STDIN.read).map do |t|\n"
        "  begin\n"
        "    Liquid::Template.parse(t).render!('page' => page)\n"
        "  rescue Liquid::Error\n"
        "    'ERROR'\n"
        "  end\n"
        "end\n"
        "print JSON.generate(out)\n";
    QJsonArray input;
    for (const QByteArray &text : templates)
        input.append(QString::fromUtf8(text));
    QProcess ruby;
    ruby.start(QStringLiteral("ruby"), {QStringLiteral("-e"), QString::fromLatin1(script)});
    if (!ruby.waitForStarted())
        return {};
    ruby.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    ruby.closeWriteChannel();
    if (!ruby.waitForFinished(60000))
        return {};
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(ruby.readAllStandardOutput()).array())
        out.append(value.toString());
    return out;
}

QString shape(const QByteArray &body, const QVector<LiquidSegment> &segments) {
    QStringList parts;
    for (const LiquidSegment &segment : segments)
        parts.append((segment.liquid ? QStringLiteral("L:") : QStringLiteral("T:")) +
                     QString::fromUtf8(body.mid(segment.from, segment.size())));
    return parts.join(QLatin1Char('|'));
}

}  // namespace

class TestLiquidSegments : public QObject {
    Q_OBJECT

private slots:
    void shapes_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no Liquid is one text segment") << QByteArray("a {b} c\n") << "T:a {b} c\n";
        QTest::newRow("an output between text")
            << QByteArray("a {{ page.title }} b") << "T:a |L:{{ page.title }}|T: b";
        QTest::newRow("a block up to its end tag, nested blocks inside")
            << QByteArray("x{% if a %}{% if b %}y{% endif %}{% endif %}z")
            << "T:x|L:{% if a %}{% if b %}y{% endif %}{% endif %}|T:z";
        QTest::newRow("raw hides the end tags inside it")
            << QByteArray("{% if a %}{% raw %}{% endif %}{% endraw %}{% endif %}.")
            << "L:{% if a %}{% raw %}{% endif %}{% endraw %}{% endif %}|T:.";
        QTest::newRow("whitespace control takes the blanks it strips")
            << QByteArray("a \n {{- 'x' -}} \n b") << "T:a|L: \n {{- 'x' -}} \n |T:b";
        QTest::newRow("an opening without its end stays text")
            << QByteArray("a {% if b c {{ d }}") << "T:a {% if b c |L:{{ d }}";
        QTest::newRow("a block tag without its end is a tag alone")
            << QByteArray("{% if a %}b") << "L:{% if a %}|T:b";
        QTest::newRow("an output ends at the first brace") << QByteArray("{{ a }b}") << "L:{{ a }|T:b}";
        QTest::newRow("adjacent tags are segments of their own")
            << QByteArray("{% assign a = 1 %}{{ a }}") << "L:{% assign a = 1 %}|L:{{ a }}";
        QTest::newRow("a plugin's block pairs with its end tag")
            << QByteArray("{% shout %}hi{% endshout %}!") << "L:{% shout %}hi{% endshout %}|T:!";
    }
    void shapes() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(shape(body, LiquidSegments::split(body)), expected);
    }

    // The claim the engine relies on, checked with Liquid itself on bodies that stress the cuts.
    void markersSurviveLiquid() {
        const QList<QByteArray> bodies = {
            "Title: {{ page.title }}.\n\n{% for t in page.tags %}- {{ t }}\n{% endfor %}\nend\n",
            "a  {%- assign x = 'y' -%}  \n\n  b {{ x }}",
            "{% capture c %}\nin {{ page.title }}\n{% endcapture %}\n{{ c | upcase }}",
            "{% comment %} {{ hidden }} {% endcomment %}kept\n{% raw %}{{ shown }}{% endraw %}",
            "{% if page.title -%}\n  yes\n{%- else -%}\n  no\n{%- endif %}\n\ntail",
            "x {{- page.title -}} y {{ page.title -}}\n\n z",
            "{% unless false %}{% case 1 %}{% when 1 %}one{% endcase %}{% endunless %}|{{ 'a' | append: '%' "
            "}}",
        };
        QList<QByteArray> templates;
        QVector<QVector<LiquidSegment>> cuts;
        for (const QByteArray &body : bodies) {
            cuts.append(LiquidSegments::split(body));
            templates << body << LiquidExpansion::marked(body, cuts.constLast());
        }
        const QStringList renders = liquidRenders(templates);
        QCOMPARE(renders.size(), templates.size());
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QByteArray plain = renders.at(2 * i).toUtf8();
            const QByteArray marked = renders.at(2 * i + 1).toUtf8();
            QVERIFY2(plain != "ERROR", bodies.at(i).constData());
            QCOMPARE(QByteArray(marked).replace(LiquidExpansion::marker(), ""), plain);
            const QList<QByteArray> pieces = marked.split(LiquidExpansion::marker().at(0));
            QCOMPARE(pieces.size(), cuts.at(i).size());
            for (qsizetype s = 0; s < pieces.size(); ++s) {
                const LiquidSegment &segment = cuts.at(i).at(s);
                const QByteArray piece =
                    s == 0 ? pieces.at(s) : pieces.at(s).mid(LiquidExpansion::marker().size() - 1);
                if (!segment.liquid)
                    QCOMPARE(piece, bodies.at(i).mid(segment.from, segment.size()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLiquidSegments)
#include "tst_liquidsegments.moc"
