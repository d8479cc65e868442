// The tag editor with the site's vocabulary: completion with counts, and the near-duplicate warning with
// its one-click replace. Without a vocabulary it behaves as before (tst_frontmatterformparts).

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

#include "form/tageditor.h"

namespace {

TermVocabulary vocabulary() {
    TermVocabulary v;
    for (int i = 0; i < 12; ++i)
        v.addPost({QStringLiteral("jekyll")});
    v.addPost({QStringLiteral("Jekyll"), QStringLiteral("ruby")});
    for (int i = 0; i < 3; ++i)
        v.addPost({QStringLiteral("machine learning"), QStringLiteral("python")});
    v.addPost({QStringLiteral("machine-learning")});
    v.addPost({QStringLiteral("jekyll-plugins")});
    return v;
}

QStringList completions(const TagEditor &editor) {
    QStringList out;
    QAbstractItemModel *model = editor.completer()->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data().toString();
    return out;
}

}  // namespace

class TestTagEditorVocabulary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void completesWithCounts_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prefix, most used first")
            << "jek" << QStringList{} << QStringList{"jekyll (12)", "Jekyll (1)", "jekyll-plugins (1)"};
        QTest::newRow("items already added are not offered")
            << "jek" << QStringList{"jekyll"} << QStringList{"Jekyll (1)", "jekyll-plugins (1)"};
        QTest::newRow("contains after starts with")
            << "learn" << QStringList{} << QStringList{"machine learning (3)", "machine-learning (1)"};
        QTest::newRow("the part after a comma") << "ruby, pyt" << QStringList{} << QStringList{"python (3)"};
    }
    void completesWithCounts() {
        QFETCH(QString, typed);
        QFETCH(QStringList, items);
        QFETCH(QStringList, expected);
        TagEditor editor;
        editor.setItems(items);
        editor.setVocabulary(vocabulary());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.lineEdit()->setFocus();
        QTest::keyClicks(editor.lineEdit(), typed);
        QCOMPARE(completions(editor), expected);
        QAbstractItemView *popup = editor.completer()->popup();
        QVERIFY(popup->isVisible());
        // The box is a few characters wide; the list shows whole terms with their counts.
        QVERIFY(popup->width() >= popup->sizeHintForColumn(0));
    }

    void choosingACompletionAddsIt() {
        TagEditor editor;
        editor.setVocabulary(vocabulary());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.lineEdit()->setFocus();
        QSignalSpy edited(&editor, &TagEditor::itemsEdited);
        QTest::keyClicks(editor.lineEdit(), QStringLiteral("jek"));
        // The list opening is not the writer leaving the box: nothing half-typed is added.
        QCOMPARE(editor.items(), QStringList{});
        QAbstractItemView *popup = editor.completer()->popup();
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(editor.items(), QStringList{"jekyll"});
        QCOMPARE(edited.count(), 1);
        QVERIFY(editor.lineEdit()->text().isEmpty());
        QVERIFY(!popup->isVisible());
    }

    void noVocabularyNoCompletion() {
        TagEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(editor.lineEdit(), QStringLiteral("jek"));
        QVERIFY(!editor.completer()->popup()->isVisible());
        QTest::keyClick(editor.lineEdit(), Qt::Key_Return);
        QCOMPARE(editor.items(), QStringList{"jek"});
        QVERIFY(!editor.warning(0));
    }

    void nearDuplicateWarns_data() {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("case") << "Jekyll"
                              << "jekyll";
        QTest::newRow("hyphen or blank") << "machine-learning"
                                         << "machine learning";
        QTest::newRow("a new spelling") << "Machine_Learning"
                                        << "machine learning";
        QTest::newRow("plural") << "jekylls"
                                << "jekyll";
        QTest::newRow("the common spelling itself") << "jekyll"
                                                    << "";
        QTest::newRow("no near duplicate") << "ruby"
                                           << "";
    }
    void nearDuplicateWarns() {
        QFETCH(QString, item);
        QFETCH(QString, suggested);
        TagEditor editor;
        editor.setVocabulary(vocabulary());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(editor.lineEdit(), item + QLatin1Char(','));
        QCOMPARE(editor.items(), QStringList{item});
        QWidget *warning = editor.warning(0);
        QCOMPARE(warning != nullptr, !suggested.isEmpty());
        if (!warning)
            return;
        QVERIFY(warning->isVisible());
        const QString text = warning->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(QStringLiteral("did you mean \u201c%1\u201d").arg(suggested)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("posts")) || text.contains(QStringLiteral("post")),
                 qPrintable(text));
    }

    void warningNamesTheCount() {
        TagEditor editor;
        editor.setVocabulary(vocabulary());
        editor.setItems({QStringLiteral("Jekyll")});
        QVERIFY(editor.warning(0));
        QVERIFY(editor.warning(0)->findChild<QLabel *>()->text().contains(QStringLiteral("(12 posts)")));
    }

    void replaceInOneClick() {
        TagEditor editor;
        editor.setVocabulary(vocabulary());
        editor.setItems(
            {QStringLiteral("ruby"), QStringLiteral("Jekyll"), QStringLiteral("machine-learning")});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy edited(&editor, &TagEditor::itemsEdited);
        QVERIFY(!editor.warning(0));
        QVERIFY(editor.replaceButton(1));
        QVERIFY(editor.replaceButton(2));
        QTest::mouseClick(editor.replaceButton(1), Qt::LeftButton);
        QCOMPARE(editor.items(), (QStringList{"ruby", "jekyll", "machine-learning"}));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.last().at(0).toStringList(), editor.items());
        QVERIFY(!editor.warning(1));
        QTest::mouseClick(editor.replaceButton(2), Qt::LeftButton);
        QCOMPARE(editor.items(), (QStringList{"ruby", "jekyll", "machine learning"}));
        QVERIFY(!editor.warning(2));
    }

    void replaceWithASpellingAlreadyThereMerges() {
        TagEditor editor;
        editor.setVocabulary(vocabulary());
        editor.setItems({QStringLiteral("jekyll"), QStringLiteral("Jekyll")});
        QVERIFY(!editor.warning(0));
        QVERIFY(editor.replaceButton(1));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::mouseClick(editor.replaceButton(1), Qt::LeftButton);
        QCOMPARE(editor.items(), QStringList{"jekyll"});
    }

    void readOnlyShowsNoWarning() {
        TagEditor editor;
        editor.setVocabulary(vocabulary());
        editor.setItems({QStringLiteral("Jekyll")});
        editor.setReadOnly(true);
        QVERIFY(!editor.warning(0));
    }
};

QTEST_MAIN(TestTagEditorVocabulary)
#include "tst_tageditorvocabulary.moc"
