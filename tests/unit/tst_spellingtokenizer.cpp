// SpellingTokenizer: which words of a post a spelling check reads, and where they are.

#include <QtTest>

#include "spelling/spellingtokenizer.h"
#include "testpaths.h"

namespace {

QString wordsOf(const QString &body) {
    QStringList out;
    for (const SpellingWord &word : SpellingTokenizer::wordsOfBody(body))
        out << word.text;
    return out.join(u' ');
}

}  // namespace

class TestSpellingTokenizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wordsOfBody_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("words");
        QTest::newRow("prose words, punctuation dropped") << "Hello, world! Isn't it nice?"
                                                          << "Hello world Isn't it nice";
        QTest::newRow("typographic apostrophe stays inside the word") << "don\u2019t stop"
                                                                      << "don\u2019t stop";
        QTest::newRow("hyphen separates words") << "well-known fact"
                                                << "well known fact";
        QTest::newRow("emphasis and headings are prose") << "# Big *bold* __words__"
                                                         << "Big bold words";
        QTest::newRow("code span skipped") << "run `teh code` now"
                                           << "run now";
        QTest::newRow("double backtick code span with a backtick inside") << "see ``a ` b`` here"
                                                                          << "see here";
        QTest::newRow("unclosed backtick is literal") << "a `lonely tick"
                                                      << "lonely tick";
        QTest::newRow("fenced code block skipped") << "before\n```js\nvar xyzzy;\n```\nafter"
                                                   << "before after";
        QTest::newRow("tilde fence closes only with tildes") << "~~~\ncode\n```\nmore\n~~~\nafter"
                                                             << "after";
        QTest::newRow("unclosed fence runs to the end") << "text\n```\nqwrty zxcv\n"
                                                        << "text";
        QTest::newRow("indented code after a blank line skipped") << "para\n\n    indented qwrty\n\nback"
                                                                  << "para back";
        QTest::newRow("indented continuation of a list item is prose") << "- item\n\n    more words"
                                                                       << "item more words";
        QTest::newRow("bare URL skipped") << "see https://example.com/teh/path now"
                                          << "see now";
        QTest::newRow("www address skipped") << "visit www.example.org today"
                                             << "visit today";
        QTest::newRow("autolink skipped") << "mail <https://exmple.com> me"
                                          << "mail me";
        QTest::newRow("email address skipped") << "write to jon@exmple.com soon"
                                               << "write to soon";
        QTest::newRow("link target skipped, text kept") << "[the text](https://x.com/pth \"Titel\") ok"
                                                        << "the text ok";
        QTest::newRow("image source skipped, alt kept") << "![alt words](/img/fle.png)"
                                                        << "alt words";
        QTest::newRow("target with parentheses") << "[wiki](https://w.org/Foo_(bar)) end"
                                                 << "wiki end";
        QTest::newRow("reference link label skipped") << "[text][refrnce] end"
                                                      << "text end";
        QTest::newRow("reference definition skipped") << "[refrnce]: https://x.org \"Titel\""
                                                      << "";
        QTest::newRow("footnote reference skipped") << "claim[^nte] here"
                                                    << "claim here";
        QTest::newRow("liquid output skipped") << "hi {{ page.titel | upcase }} there"
                                               << "hi there";
        QTest::newRow("liquid tag skipped") << "see {% post_url 2020-01-01-helo %} now"
                                            << "see now";
        QTest::newRow("liquid tag spanning lines") << "see {% include fle.html\n  prm=1 %} then"
                                                   << "see then";
        QTest::newRow("highlight region skipped")
            << "before\n{% highlight ruby %}\ndef qwrty\n{% endhighlight %}\nafter"
            << "before after";
        QTest::newRow("raw region skipped") << "{% raw %}{{ zzyzx }} qwrty{% endraw %} after"
                                            << "after";
        QTest::newRow("liquid comment skipped") << "{% comment %}\nqwrty\n{% endcomment %}\nok"
                                                << "ok";
        QTest::newRow("html tag and attributes skipped, text kept")
            << "<span class=\"qwrty\" title=\"zxcv\">inner text</span>"
            << "inner text";
        QTest::newRow("html tag spanning lines") << "<img src=\"a.png\"\n  alt=\"qwrty\"> after"
                                                 << "after";
        QTest::newRow("html comment spanning lines") << "<!-- qwrty\nzxcv -->\nafter"
                                                     << "after";
        QTest::newRow("script contents skipped") << "<script>var qwrty = 1;</script> ok"
                                                 << "ok";
        QTest::newRow("pre block contents skipped") << "<pre>\nqwrty\n</pre>\nok"
                                                    << "ok";
        QTest::newRow("kramdown attribute list skipped") << "para\n{: .qwrty #zxcv}"
                                                         << "para";
        QTest::newRow("math skipped") << "so $$\\frac{a}{b}$$ is"
                                      << "so is";
        QTest::newRow("entity skipped") << "a &nbsp; b &amp; words"
                                        << "words";
        QTest::newRow("backslash escape is not a word start") << "\\*stars\\* shine"
                                                              << "stars shine";
        QTest::newRow("TeX command skipped") << "with \\sigma and \\frac{x} done"
                                             << "with and done";
        QTest::newRow("emoji code skipped") << "Happy coding! :tada: :+1: yes"
                                            << "Happy coding yes";
        QTest::newRow("scripts without spaces skipped") << "中文内容 and 日本語 text"
                                                        << "and text";
        QTest::newRow("identifiers skipped") << "call snake_case and camelCase in file.txt"
                                             << "call and in";
        QTest::newRow("acronyms and single letters skipped") << "the API is a CSS thing"
                                                             << "the is thing";
        QTest::newRow("words touching digits skipped") << "the 3rd mp3 player"
                                                       << "the player";
        QTest::newRow("paths skipped") << "edit _posts/hello.md and/or src"
                                       << "edit src";
        QTest::newRow("non-latin letters are words") << "Grüße aus Köln, ça va"
                                                     << "Grüße aus Köln ça va";
        QTest::newRow("table cells are prose") << "| head | cell |\n|---|---|\n| one | two |"
                                               << "head cell one two";
    }
    void wordsOfBody() {
        QFETCH(QString, body);
        QFETCH(QString, words);
        QCOMPARE(wordsOf(body), words);
    }

    void placesCountUtf16OffsetsAndUtf8Columns() {
        const QString body = QStringLiteral("first\nGrüße teh\n");
        const QVector<SpellingWord> words = SpellingTokenizer::wordsOfBody(body, 10);
        QCOMPARE(words.size(), 3);
        QCOMPARE(words[2].text, QStringLiteral("teh"));
        QCOMPARE(words[2].offset, 12);  // "first\n" is 6, "Grüße " is 6 UTF-16 units
        QCOMPARE(words[2].length, 3);
        QCOMPARE(words[2].line, 11);
        QCOMPARE(words[2].column, 9);  // ü and ß take two bytes each
        QCOMPARE(body.mid(words[2].offset, words[2].length), QStringLiteral("teh"));
    }

    void crLfLinesEndBeforeTheCarriageReturn() {
        const QVector<SpellingWord> words = SpellingTokenizer::wordsOfBody(u"one\r\ntwo\r\n");
        QCOMPARE(words.size(), 2);
        QCOMPARE(words[1].offset, 5);
        QCOMPARE(words[1].line, 2);
    }

    void lineStateCarriesAFenceAcrossCalls() {
        SpellingTokenizer::State state;
        QCOMPARE(SpellingTokenizer::wordsOfLine(u"```", state).size(), 0);
        QCOMPARE(SpellingTokenizer::wordsOfLine(u"inside code", state).size(), 0);
        QCOMPARE(SpellingTokenizer::wordsOfLine(u"```", state).size(), 0);
        QCOMPARE(SpellingTokenizer::wordsOfLine(u"outside", state).size(), 1);
    }

    void fileChecksProseFieldsButNoKeysOrOtherValues() {
        const QString file = QStringLiteral(
            "---\n"
            "title: \"A Titel here\"\n"
            "layout: postt\n"
            "tags: [qwrty, zxcv]\n"
            "description: Short descripton\n"
            "---\n"
            "Body wrd\n");
        QStringList found;
        for (const SpellingWord &word : SpellingTokenizer::wordsOfFile(file))
            found << QStringLiteral("%1@%2:%3").arg(word.text).arg(word.line).arg(word.column);
        QCOMPARE(found, QStringList({"Titel@2:11", "here@2:17", "Short@5:14", "descripton@5:20", "Body@7:1",
                                     "wrd@7:6"}));
        const QVector<SpellingWord> words = SpellingTokenizer::wordsOfFile(file);
        for (const SpellingWord &word : words)
            QCOMPARE(file.mid(word.offset, word.length), word.text);
    }

    // Every post of the corpus: each word found is where it says, and none holds Markdown punctuation.
    void corpusWordsAreWhereTheySay() {
        REQUIRE_SHARED_DIR("/corpus/posts");
        const QString folder = TestPaths::corpusPosts();
        QDirIterator it(folder, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const SpellingWord &word : SpellingTokenizer::wordsOfFile(text)) {
                QCOMPARE(text.mid(word.offset, word.length), word.text);
                QVERIFY2(!word.text.contains(u'`') && !word.text.contains(u'*'), qPrintable(file.fileName()));
            }
            ++files;
        }
        QVERIFY2(files > 100, qPrintable(QStringLiteral("no corpus at %1").arg(folder)));
    }
};

QTEST_GUILESS_MAIN(TestSpellingTokenizer)
#include "tst_spellingtokenizer.moc"
