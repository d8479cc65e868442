// IncrementalRenderer must give exactly what a full render gives, after any edit, while parsing only the
// region around an edit when it can.

#include "render/blockrenderer.h"
#include "render/incrementalrenderer.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

namespace {

QByteArray describe(const RenderedBlocks &blocks) {
    QByteArray out;
    for (const RenderedBlock &b : blocks) {
        out += QByteArray::number(b.firstLine) + "-" + QByteArray::number(b.lastLine) +
               (b.openEnded ? " open " : " ") + b.html.left(60).replace('\n', "\\n") + "\n";
    }
    return out;
}

// A body of many short sections, each with a heading, paragraphs, a list, code and a table.
QByteArray longBody(int sections) {
    QByteArray body;
    for (int i = 0; i < sections; ++i) {
        const QByteArray n = QByteArray::number(i);
        body += "## Section " + n + "\n\nA paragraph about item " + n +
                " with *emphasis*, `code` and a [link](https://example.com/" + n +
                ").\nIt has a second line.\n\n- first point\n- second point\n\n"
                "```cpp\nint value = " +
                n + ";\n```\n\n| a | b |\n|---|---|\n| " + n + " | x |\n\n> A quote.\n\n";
    }
    return body;
}

// Renders `before`, then `after`, incrementally; fails unless the result equals a full render of `after`.
IncrementalRenderer::Report renderEdit(IncrementalRenderer &renderer, const QByteArray &before,
                                       const QByteArray &after) {
    renderer.render(before);
    const RenderedBlocks incremental = renderer.render(after);
    const RenderedBlocks full = BlockRenderer::render(after);
    if (incremental != full) {
        qWarning().noquote() << "before:" << before.left(2000) << "\nafter:" << after.left(2000)
                             << "\nincremental:\n"
                             << describe(incremental) << "\nfull:\n"
                             << describe(full);
    }
    [&] { QCOMPARE(incremental, full); }();
    return renderer.lastReport();
}

// Edits that change Markdown's structure, not only words.
const QList<QByteArray> kInsertions = {
    "x",
    "\n",
    "\n\n",
    "```\n",
    "~~~",
    "- ",
    "* ",
    "1. ",
    "# ",
    "> ",
    "|",
    "| a |\n|---|\n",
    "---\n",
    "===\n",
    "<!--",
    "-->",
    "<div>\n",
    "</div>",
    "{% raw %}",
    "{% endraw %}",
    "{% highlight js %}\n",
    "    ",
    "\t",
    "  ",
    "*",
    "_",
    "`",
    "[x]: /u",
    "[^1]",
    "[link]",
    "\r\n",
    "\r",
    "<script>",
    "</script>",
    "$$",
    "- [ ] ",
    "\\",
    "&amp;",
};

QByteArray randomEdit(const QByteArray &text, QRandomGenerator &random) {
    QByteArray edited = text;
    const qsizetype at = random.bounded(int(text.size()) + 1);
    const int remove = random.bounded(3) == 0 ? random.bounded(12) : 0;
    const QByteArray insert =
        random.bounded(4) == 0 ? QByteArray() : kInsertions.at(random.bounded(int(kInsertions.size())));
    edited.replace(at, remove, insert);
    return edited;
}

}  // namespace

class TestIncrementalRenderer : public QObject {
    Q_OBJECT

private slots:
    void typingInAParagraphParsesOnlyItsRegion() {
        const QByteArray before = longBody(200);
        QByteArray after = before;
        after.insert(before.indexOf("item 100 ") + 5, 'x');
        IncrementalRenderer renderer;
        const IncrementalRenderer::Report report = renderEdit(renderer, before, after);
        QVERIFY(report.incremental);
        QVERIFY2(report.parsedBytes < 1000, QByteArray::number(report.parsedBytes).constData());
    }

    void firstRenderIsFull() {
        IncrementalRenderer renderer;
        renderer.render("# Hello\n");
        QCOMPARE(renderer.lastReport().incremental, false);
        renderer.clear();
        renderer.render("# Hello\n");
        QCOMPARE(renderer.lastReport().incremental, false);
    }

    void structuralEdits_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("path");  // "region", "full", or "either"
        const QByteArray body = longBody(6);
        const auto at = [&](const char *marker, const QByteArray &insert, int remove = 0) {
            QByteArray edited = body;
            edited.replace(body.indexOf(marker), remove, insert);
            return edited;
        };
        QTest::newRow("word") << body << at("about item 3", "very ") << "region";
        QTest::newRow("fence opened runs to the end") << body << at("## Section 3", "```\n") << "either";
        QTest::newRow("comment opened") << body << at("## Section 2", "<!--\n") << "either";
        QTest::newRow("raw opened") << body << at("## Section 2", "{% raw %}\n") << "either";
        QTest::newRow("paragraph becomes a list item joining the list above")
            << body << at("> A quote.\n\n## Section 2", "- ", 2) << "region";
        // Typed inside the paragraph's first line, not at its start.
        const QByteArray listThenParagraph = body + "1. one\n2. two\n\n3 three\n\n" + longBody(3);
        QTest::newRow("paragraph becomes an item of the list above")
            << listThenParagraph << QByteArray(listThenParagraph).replace("3 three", "3. three") << "region";
        QTest::newRow("paragraph becomes a setext heading")
            << body
            << at("It has a second line.\n\n- first point\n- second point\n\n```cpp\nint value = 4",
                  "It has a second line.\n===\n", 23)
            << "region";
        QTest::newRow("blank line removed: two blocks join")
            << body << at("\n\n## Section 4", "\n", 2) << "region";
        QTest::newRow("indented: code block") << body << at("A paragraph about item 5", "    ") << "region";
        QTest::newRow("delete everything") << body << QByteArray() << "region";
        QTest::newRow("from nothing") << QByteArray() << body << "region";
        QTest::newRow("crlf") << QByteArray(body).replace("\n", "\r\n")
                              << QByteArray(at("about item 3", "very ")).replace("\n", "\r\n") << "region";
        QTest::newRow("reference definition added: full")
            << body << at("## Section 5", "[link]: /there\n\n") << "full";
        QTest::newRow("footnote added: full") << body << at("about item 1", "[^1] ") << "full";
        const QByteArray withDefinition = body + "[ref]: /somewhere\n";
        QByteArray withDefinitionEdited = withDefinition;
        withDefinitionEdited.replace("about item 2", "about [ref] 2");
        QTest::newRow("reference to a definition below")
            << withDefinition << withDefinitionEdited << "region";
        const QByteArray definedTwice = "[ref]: /first\n\n" + body + "[ref]: /second\n";
        QTest::newRow("the first of two definitions wins")
            << definedTwice << QByteArray(definedTwice).replace("about item 3", "about [ref] 3") << "region";
        QTest::newRow("definition changed: full")
            << withDefinition << QByteArray(withDefinition).replace("/somewhere", "/elsewhere") << "full";
        const QByteArray definitionInCode = body + "```\n\n[ref]: /not-a-definition\n\n```\n";
        QTest::newRow("definition-like line in code: full")
            << definitionInCode << QByteArray(definitionInCode).replace("about item 2", "about [ref] 2")
            << "full";
        const QByteArray usedAbove = "Uses [ref] above.\n\n" + body + "[ref]: /here\n";
        QTest::newRow("definition below becomes code: full")
            << usedAbove << QByteArray(usedAbove).replace("[ref]: /here", "<pre>\n\n[ref]: /here") << "full";
        QTest::newRow("code around a definition below removed: full")
            << QByteArray(usedAbove).replace("[ref]: /here", "<pre>\n\n[ref]: /here") << usedAbove << "full";
        const QByteArray definitionInRegion = longBody(2) + "[ref]: /here\n\nUses [ref].\n\n" + longBody(2);
        QTest::newRow("definition inside the region, unchanged")
            << definitionInRegion << QByteArray(definitionInRegion).replace("Uses [ref].", "Uses [ref] now.")
            << "region";
    }

    void structuralEdits() {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, path);
        IncrementalRenderer renderer;
        const IncrementalRenderer::Report report = renderEdit(renderer, before, after);
        if (path != QLatin1String("either"))
            QCOMPARE(report.incremental, path == QLatin1String("region"));
    }

    // Random edits in sequence (each renders against the previous result), on a long body.
    void randomEditsOnALongBody() {
        QRandomGenerator random(20261125);
        // With reference definitions above, among and below the sections.
        const QByteArray start =
            "[top]: /top\n\n" + longBody(15) + "[link]: /middle\n\n" + longBody(15) + "[end]: /end 'Title'\n";
        QByteArray text = start;
        IncrementalRenderer renderer;
        renderer.render(text);
        int incremental = 0;
        const int edits = 600;
        for (int i = 0; i < edits; ++i) {
            const QByteArray edited = randomEdit(text, random);
            const RenderedBlocks blocks = renderer.render(edited);
            const RenderedBlocks full = BlockRenderer::render(edited);
            if (blocks != full) {
                qWarning().noquote() << "edit" << i << "\nbefore:" << text << "\nafter:" << edited
                                     << "\nincremental:\n"
                                     << describe(blocks) << "\nfull:\n"
                                     << describe(full);
            }
            QCOMPARE(blocks, full);
            incremental += renderer.lastReport().incremental ? 1 : 0;
            text = edited;
            // Footnotes always take the full path: start again without them.
            if (text.contains("[^"))
                text = start, renderer.render(text);
        }
        qInfo("%d of %d edits rendered incrementally", incremental, edits);
        QVERIFY(incremental > edits / 2);
    }

    // Every corpus post (read as Markdown, front matter and all), with random edits.
    void randomEditsOnTheCorpus() {
        REQUIRE_SHARED_DIR("/corpus/posts");
        QDirIterator it(TestPaths::corpusPosts(), QDir::Files, QDirIterator::Subdirectories);
        QRandomGenerator random(375);
        int files = 0;
        int edits = 0;
        int incremental = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray text = file.readAll();
            IncrementalRenderer renderer;
            renderer.render(text);
            ++files;
            for (int i = 0; i < 12; ++i) {
                const QByteArray edited = randomEdit(text, random);
                const RenderedBlocks blocks = renderer.render(edited);
                const RenderedBlocks full = BlockRenderer::render(edited);
                if (blocks != full)
                    qWarning().noquote() << file.fileName() << "\nbefore:" << text << "\nafter:" << edited;
                QCOMPARE(blocks, full);
                ++edits;
                incremental += renderer.lastReport().incremental ? 1 : 0;
                text = edited;
            }
        }
        qInfo("%d files, %d edits, %d rendered incrementally", files, edits, incremental);
        QVERIFY(files > 300);
        QVERIFY(incremental > 0);
    }
};

QTEST_GUILESS_MAIN(TestIncrementalRenderer)
#include "tst_incrementalrenderer.moc"
