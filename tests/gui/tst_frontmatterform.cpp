// The front-matter form's rows: one typed row per key, edits that change only the edited field's bytes, and
// rows that follow changes made elsewhere without disturbing the one being typed in.

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QToolButton>

#include "form/imagefieldwidget.h"
#include "form/listfieldwidget.h"
#include "form/tageditor.h"
#include "form/textfieldwidget.h"
#include "form/yamlfieldwidget.h"

#include "tst_frontmatterformharness.h"

using namespace FormTest;

class TestFrontMatterForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheFileOrder();
    void rowWidgetMatchesTheValue_data();
    void rowWidgetMatchesTheValue();
    void labelsAreHumanizedWithTheKeyInATooltip();
    void typingTheTitleChangesOnlyTheTitleLine();
    void yesNoKeepsItsSpelling();
    void dateEditKeepsTheWrittenShape_data();
    void dateEditKeepsTheWrittenShape();
    void typedDateAppliesWhenEditingFinishes();
    void numberKeepsWhatWasTyped();
    void chipsKeepTheListStyle();
    void altTFocusesTheTitle();
    void emptyValueTakesTheTypeTyped();
    void multiLineTextKeepsBlockStyle();
    void yamlRowAppliesWhenEditingFinishes();
    void refusedEditShowsWhyAndKeepsTheText();
    void externalChangeRefreshesTheRow();
    void rowBeingTypedInIsNotRebuilt();
    void duplicateKeysEditTheLastOne();
    void aliasIsShownAsYamlText();
    void fieldFocusedNamesTheKey();
};

void TestFrontMatterForm::rowsFollowTheFileOrder() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    QStringList keys;
    for (const FieldEntry &entry : h.doc.post().frontMatter().entries())
        keys.append(entry.key);
    QCOMPARE(keys.size(), 16);
    QCOMPARE(h.form->fieldKeys(), keys);
    QCOMPARE(h.form->mode(), FrontMatterForm::Mode::Fields);
    QCOMPARE(h.text(), h.original);  // showing the form writes nothing
}

void TestFrontMatterForm::rowWidgetMatchesTheValue_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("editor");
    QTest::newRow("plain text") << "layout"
                                << "TextFieldWidget"
                                << "QLineEdit";
    QTest::newRow("title") << "title"
                           << "TextFieldWidget"
                           << "QLineEdit";
    QTest::newRow("date-time") << "date"
                               << "DateFieldWidget"
                               << "QDateTimeEdit";
    QTest::newRow("date-time with offset") << "modified"
                                           << "DateFieldWidget"
                                           << "QDateTimeEdit";
    QTest::newRow("date only, any key") << "day"
                                        << "DateFieldWidget"
                                        << "QDateEdit";
    QTest::newRow("quoted date under a date key") << "expiryDate"
                                                  << "DateFieldWidget"
                                                  << "QDateEdit";
    QTest::newRow("last_modified_at") << "last_modified_at"
                                      << "DateFieldWidget"
                                      << "QDateTimeEdit";
    QTest::newRow("yes/no") << "published"
                            << "BoolFieldWidget"
                            << "QCheckBox";
    QTest::newRow("number") << "weight"
                            << "NumberFieldWidget"
                            << "QLineEdit";
    QTest::newRow("flow list") << "tags"
                               << "ListFieldWidget"
                               << "TagEditor";
    QTest::newRow("block list") << "categories"
                                << "ListFieldWidget"
                                << "TagEditor";
    QTest::newRow("image") << "cover"
                           << "ImageFieldWidget"
                           << "QLineEdit";
    QTest::newRow("block scalar") << "summary"
                                  << "TextFieldWidget"
                                  << "QPlainTextEdit";
    QTest::newRow("nested map") << "header"
                                << "YamlFieldWidget"
                                << "QPlainTextEdit";
    QTest::newRow("null") << "empty"
                          << "TextFieldWidget"
                          << "QLineEdit";
}

void TestFrontMatterForm::rowWidgetMatchesTheValue() {
    QFETCH(QString, key);
    QFETCH(QString, row);
    QFETCH(QString, editor);
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    FieldWidget *widget = h.form->fieldWidget(key);
    QVERIFY(widget);
    QCOMPARE(QString::fromLatin1(widget->metaObject()->className()), row);
    QCOMPARE(QString::fromLatin1(widget->editor()->metaObject()->className()), editor);
}

void TestFrontMatterForm::labelsAreHumanizedWithTheKeyInATooltip() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    QLabel *label = h.form->fieldLabel(QStringLiteral("last_modified_at"));
    QVERIFY(label);
    QCOMPARE(label->text().remove(QLatin1Char('&')), QStringLiteral("Last modified at"));
    QCOMPARE(label->toolTip(), QStringLiteral("last_modified_at"));
    QCOMPARE(label->buddy(), h.form->fieldWidget(QStringLiteral("last_modified_at"))->editor());
    QCOMPARE(h.form->fieldLabel(QStringLiteral("expiryDate"))->text().remove(QLatin1Char('&')),
             QStringLiteral("Expiry date"));
    // Every label has its own mnemonic.
    QSet<QChar> letters;
    for (const QString &key : h.form->fieldKeys()) {
        const QString text = h.form->fieldLabel(key)->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0, qPrintable(text));
        const QChar letter = text.at(amp + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(text));
        letters.insert(letter);
    }
    // Letters the window's menus use are left to them.
    h.form->setReservedMnemonics(QStringLiteral("LF"));
    QCOMPARE(h.form->fieldLabel(QStringLiteral("layout"))->text(), QStringLiteral("L&ayout"));
    for (const QString &key : h.form->fieldKeys()) {
        const QString text = h.form->fieldLabel(key)->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0)
            continue;  // every letter of it taken
        const QChar letter = text.at(amp + 1).toLower();
        QVERIFY2(letter != QLatin1Char('l') && letter != QLatin1Char('f'), qPrintable(text));
    }
    QCOMPARE(h.form->fieldLabel(QStringLiteral("title"))->text(), QStringLiteral("&Title"));
}

void TestFrontMatterForm::typingTheTitleChangesOnlyTheTitleLine() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    QLineEdit *title = h.form->titleEdit();
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Old title"));
    QVERIFY(title->font().pointSizeF() >
            h.editorOf<QLineEdit>(QStringLiteral("layout"))->font().pointSizeF());
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(": new"));
    QCOMPARE(h.text(), replaced(h.original, "title: Old title #", "title: \"Old title: new\" #"));
    QTest::keyClicks(title, QStringLiteral("er"));
    QCOMPARE(h.text(), replaced(h.original, "title: Old title #", "title: \"Old title: newer\" #"));
    QVERIFY(h.doc.isModified());
}

void TestFrontMatterForm::yesNoKeepsItsSpelling() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    auto *check = h.editorOf<QCheckBox>(QStringLiteral("published"));
    QVERIFY(check);
    QVERIFY(check->isChecked());
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(h.text(), replaced(h.original, "published: True\n", "published: False\n"));
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(h.text(), h.original);
}

void TestFrontMatterForm::dateEditKeepsTheWrittenShape_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("section");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("space and seconds")
        << "date" << int(QDateTimeEdit::YearSection) << QByteArray("date: 2018-09-21 10:00:00\n")
        << QByteArray("date: 2019-09-21 10:00:00\n");
    QTest::newRow("T and offset with colon") << "modified" << int(QDateTimeEdit::HourSection)
                                             << QByteArray("modified: 2010-08-05T10:17:25-04:00\n")
                                             << QByteArray("modified: 2010-08-05T11:17:25-04:00\n");
    QTest::newRow("date only") << "day" << int(QDateTimeEdit::DaySection) << QByteArray("day: 2020-01-05\n")
                               << QByteArray("day: 2020-01-06\n");
    QTest::newRow("quoted date keeps quotes")
        << "expiryDate" << int(QDateTimeEdit::YearSection) << QByteArray("expiryDate: \"2021-03-04\"\n")
        << QByteArray("expiryDate: \"2022-03-04\"\n");
    QTest::newRow("positive offset") << "last_modified_at" << int(QDateTimeEdit::MonthSection)
                                     << QByteArray("last_modified_at: 2019-04-02T09:30:00+02:00\n")
                                     << QByteArray("last_modified_at: 2019-05-02T09:30:00+02:00\n");
}

void TestFrontMatterForm::dateEditKeepsTheWrittenShape() {
    QFETCH(QString, key);
    QFETCH(int, section);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    auto *edit = h.editorOf<QDateTimeEdit>(key);
    QVERIFY(edit);
    QVERIFY(edit->calendarPopup());
    edit->setFocus();
    edit->setCurrentSection(static_cast<QDateTimeEdit::Section>(section));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(h.text(), replaced(h.original, before, after));
}

void TestFrontMatterForm::typedDateAppliesWhenEditingFinishes() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    auto *edit = h.editorOf<QDateTimeEdit>(QStringLiteral("date"));
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(edit, QStringLiteral("2031"));
    QCOMPARE(h.text(), h.original);  // no year 0002 on the way
    h.form->applyPendingEdits();
    QCOMPARE(h.text(), replaced(h.original, "date: 2018-09-21 10:00:00\n", "date: 2031-09-21 10:00:00\n"));
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, QStringLiteral("22"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(h.text(), replaced(h.original, "date: 2018-09-21 10:00:00\n", "date: 2031-09-22 10:00:00\n"));
}

void TestFrontMatterForm::numberKeepsWhatWasTyped() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    auto *edit = h.editorOf<QLineEdit>(QStringLiteral("weight"));
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("1.10"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("2.50"));
    QCOMPARE(h.text(), replaced(h.original, "weight: 1.10\n", "weight: 2.50\n"));
    QTest::keyClicks(edit, QStringLiteral("q"));  // refused by the validator
    QCOMPARE(edit->text(), QStringLiteral("2.50"));
    QTest::keyClicks(edit, QStringLiteral("e"));  // not a number yet: the file keeps the last one
    QCOMPARE(edit->text(), QStringLiteral("2.50e"));
    QVERIFY(!h.form->fieldWidget(QStringLiteral("weight"))->errorText().isEmpty());
    QCOMPARE(h.text(), replaced(h.original, "weight: 1.10\n", "weight: 2.50\n"));
}

void TestFrontMatterForm::chipsKeepTheListStyle() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    auto *tags = h.editorOf<TagEditor>(QStringLiteral("tags"));
    auto *categories = h.editorOf<TagEditor>(QStringLiteral("categories"));
    QVERIFY(tags && categories);
    QCOMPARE(tags->items(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));

    tags->lineEdit()->setFocus();
    QTest::keyClicks(tags->lineEdit(), QStringLiteral("c"));
    QCOMPARE(h.text(), h.original);  // nothing until Enter or a comma
    QTest::keyClick(tags->lineEdit(), Qt::Key_Return);
    QByteArray expected = replaced(h.original, "tags: [a, b]\n", "tags: [a, b, c]\n");
    QCOMPARE(h.text(), expected);
    QVERIFY(tags->lineEdit()->text().isEmpty());

    tags->removeButton(0)->click();
    expected = replaced(expected, "tags: [a, b, c]\n", "tags: [b, c]\n");
    QCOMPARE(h.text(), expected);

    categories->lineEdit()->setFocus();
    QTest::keyClicks(categories->lineEdit(), QStringLiteral("three,fo"));
    expected = replaced(expected, "  - two\n", "  - two\n  - three\n");
    QCOMPARE(h.text(), expected);
    QCOMPARE(categories->lineEdit()->text(), QStringLiteral("fo"));
    categories->lineEdit()->clear();
    QTest::keyClick(categories->lineEdit(), Qt::Key_Backspace);
    expected = replaced(expected, "  - three\n", "");
    QCOMPARE(h.text(), expected);
    QCOMPARE(categories->items(), QStringList({QStringLiteral("one"), QStringLiteral("two")}));
}

void TestFrontMatterForm::altTFocusesTheTitle() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));  // `template` comes before `title` and also starts with T
    QCOMPARE(h.form->fieldLabel(QStringLiteral("title"))->text(), QStringLiteral("&Title"));
    QVERIFY(!h.form->fieldLabel(QStringLiteral("template"))->text().startsWith(QLatin1Char('&')));
    h.form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.form.get()));
    QVERIFY(h.form->focusField(QStringLiteral("layout")));
    QCOMPARE(QApplication::focusWidget(), h.form->fieldWidget(QStringLiteral("layout"))->editor());
    QTest::keyClick(h.form.get(), Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), h.form->titleEdit());
}

void TestFrontMatterForm::emptyValueTakesTheTypeTyped() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    auto *edit = h.editorOf<QLineEdit>(QStringLiteral("empty"));
    QVERIFY(edit);
    QVERIFY(edit->text().isEmpty());
    QPointer<FieldWidget> row = h.form->fieldWidget(QStringLiteral("empty"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("true"));
    QCOMPARE(h.text(), replaced(h.original, "empty:\n", "empty: true\n"));
    QCOMPARE(h.doc.post().field(QStringLiteral("empty"))->scalarType, ScalarType::Bool);
    QCOMPARE(h.form->fieldWidget(QStringLiteral("empty")), row.data());  // still the row typed in
    // Once the writer has left it, the next refresh shows the value as what it now is.
    QVERIFY(h.form->focusField(QStringLiteral("layout")));
    QVERIFY(h.doc.setScalar(QStringLiteral("layout"), QStringLiteral("page")).ok());
    QCOMPARE(QString::fromLatin1(h.form->fieldWidget(QStringLiteral("empty"))->metaObject()->className()),
             QStringLiteral("BoolFieldWidget"));
}

void TestFrontMatterForm::multiLineTextKeepsBlockStyle() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    auto *edit = h.editorOf<QPlainTextEdit>(QStringLiteral("summary"));
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), QStringLiteral("Line one\nLine two"));
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral("!"));
    QCOMPARE(h.text(), replaced(h.original, "  Line two\n", "  Line two!\n"));
}

void TestFrontMatterForm::yamlRowAppliesWhenEditingFinishes() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    auto *edit = h.editorOf<QPlainTextEdit>(QStringLiteral("header"));
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), QStringLiteral("image: /x.jpg\ncaption: \"A caption\""));
    h.form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.form.get()));
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral(" # ok"));
    QCOMPARE(h.text(), h.original);  // not while typing
    QVERIFY(h.form->focusField(QStringLiteral("layout")));
    QCOMPARE(h.text(), replaced(h.original, "caption: \"A caption\"\n", "caption: \"A caption\" # ok\n"));

    // Ctrl+Enter applies too, and so does applyPendingEdits() (before a save).
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("!"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(h.text(), replaced(h.original, "caption: \"A caption\"\n", "caption: \"A caption\" # ok!\n"));
    QTest::keyClicks(edit, QStringLiteral("?"));
    h.form->applyPendingEdits();
    QCOMPARE(h.text(), replaced(h.original, "caption: \"A caption\"\n", "caption: \"A caption\" # ok!?\n"));
}

void TestFrontMatterForm::refusedEditShowsWhyAndKeepsTheText() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    FieldWidget *row = h.form->fieldWidget(QStringLiteral("header"));
    auto *edit = qobject_cast<QPlainTextEdit *>(row->editor());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("[unclosed"));
    h.form->applyPendingEdits();
    QCOMPARE(h.text(), h.original);
    QVERIFY(!row->errorText().isEmpty());
    QCOMPARE(edit->toPlainText(), QStringLiteral("[unclosed"));
    QTest::keyClicks(edit, QStringLiteral("]"));
    h.form->applyPendingEdits();
    QVERIFY(row->errorText().isEmpty());
    QCOMPARE(h.text(), replaced(h.original, "header:\n  image: /x.jpg\n  caption: \"A caption\"\n",
                                "header: [unclosed]\n"));
}

void TestFrontMatterForm::externalChangeRefreshesTheRow() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    QPointer<QLineEdit> title = h.form->titleEdit();
    QPointer<TagEditor> tags = h.editorOf<TagEditor>(QStringLiteral("tags"));
    QVERIFY(h.doc.setScalar(QStringLiteral("title"), QStringLiteral("From code")).ok());
    QVERIFY(h.doc.setList(QStringLiteral("tags"), {QStringLiteral("x")}).ok());
    QVERIFY(h.doc.setBool(QStringLiteral("published"), false).ok());
    QCOMPARE(h.form->titleEdit(), title.data());  // refreshed, not rebuilt
    QCOMPARE(title->text(), QStringLiteral("From code"));
    QCOMPARE(tags->items(), QStringList{QStringLiteral("x")});
    QVERIFY(!h.editorOf<QCheckBox>(QStringLiteral("published"))->isChecked());
    // A key added elsewhere gets a row; one removed elsewhere loses it.
    QVERIFY(h.doc.setScalar(QStringLiteral("author"), QStringLiteral("mara")).ok());
    QVERIFY(h.doc.remove(QStringLiteral("layout")).ok());
    QCOMPARE(h.form->fieldKeys().last(), QStringLiteral("author"));
    QVERIFY(!h.form->fieldKeys().contains(QStringLiteral("layout")));
    QCOMPARE(h.editorOf<QLineEdit>(QStringLiteral("author"))->text(), QStringLiteral("mara"));
}

void TestFrontMatterForm::rowBeingTypedInIsNotRebuilt() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    h.form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.form.get()));
    QPointer<QLineEdit> title = h.form->titleEdit();
    title->setFocus();
    title->setCursorPosition(3);
    QTest::keyClicks(title, QStringLiteral("X"));
    QCOMPARE(title->text(), QStringLiteral("OldX title"));
    QCOMPARE(title->cursorPosition(), 4);
    // A change elsewhere (another row, the raw text) leaves the row typed in alone.
    QVERIFY(h.doc.setScalar(QStringLiteral("layout"), QStringLiteral("page")).ok());
    QVERIFY(h.doc.setScalar(QStringLiteral("new_key"), QStringLiteral("v")).ok());
    QCOMPARE(h.form->titleEdit(), title.data());
    QVERIFY(title->hasFocus());
    QCOMPARE(title->cursorPosition(), 4);
    QTest::keyClicks(title, QStringLiteral("Y"));
    QCOMPARE(h.doc.post().scalar(QStringLiteral("title")), QStringLiteral("OldXY title"));
    QCOMPARE(h.doc.post().scalar(QStringLiteral("layout")), QStringLiteral("page"));
    // A change to the focused row itself from elsewhere shows, and the cursor stays where it was.
    QVERIFY(h.doc.setScalar(QStringLiteral("title"), QStringLiteral("OldXY title, edited")).ok());
    QCOMPARE(title->text(), QStringLiteral("OldXY title, edited"));
    QCOMPARE(title->cursorPosition(), 5);
    QVERIFY(title->hasFocus());
}

void TestFrontMatterForm::duplicateKeysEditTheLastOne() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("duplicate.md")));
    QCOMPARE(h.form->fieldKeys(),
             QStringList({QStringLiteral("title"), QStringLiteral("author"), QStringLiteral("title")}));
    QCOMPARE(h.form->titleEdit()->text(), QStringLiteral("Second"));
    // The first title is shown, read-only, with a note saying which one Jekyll uses.
    FieldWidget *first = nullptr;
    for (FieldWidget *row : h.form->findChildren<FieldWidget *>()) {
        if (row->key() == QStringLiteral("title") && row != h.form->fieldWidget(QStringLiteral("title")))
            first = row;
    }
    QVERIFY(first);
    QVERIFY(first->isReadOnly());
    QVERIFY(first->removeButton()->isHidden());
    QVERIFY2(first->noteText().contains(QStringLiteral("line 4")), qPrintable(first->noteText()));
    h.form->titleEdit()->setFocus();
    h.form->titleEdit()->end(false);
    QTest::keyClicks(h.form->titleEdit(), QStringLiteral("!"));
    QCOMPARE(h.text(), replaced(h.original, "title: Second\n", "title: Second!\n"));
}

void TestFrontMatterForm::aliasIsShownAsYamlText() {
    // An alias stays text: the row shows `*b` as written, and what replaces it is written in its place.
    Harness h;
    QVERIFY(h.open(QStringLiteral("alias.md")));
    auto *row = qobject_cast<YamlFieldWidget *>(h.form->fieldWidget(QStringLiteral("copy")));
    QVERIFY(row);
    QCOMPARE(row->textEdit()->toPlainText(), QStringLiteral("*b"));
    row->textEdit()->setFocus();
    row->textEdit()->selectAll();
    QTest::keyClicks(row->textEdit(), QStringLiteral("own"));
    h.form->applyPendingEdits();
    QByteArray expected = h.original;
    expected.replace("copy: *b", "copy: own");
    QCOMPARE(h.text(), expected);
}

void TestFrontMatterForm::fieldFocusedNamesTheKey() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    h.form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.form.get()));
    QSignalSpy focused(h.form.get(), &FrontMatterForm::fieldFocused);
    QVERIFY(h.form->focusField(QStringLiteral("weight")));
    QCOMPARE(focused.count(), 1);
    QCOMPARE(focused.at(0).at(0).toString(), QStringLiteral("weight"));
}

QTEST_MAIN(TestFrontMatterForm)
#include "tst_frontmatterform.moc"
