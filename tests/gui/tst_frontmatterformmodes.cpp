// The front-matter form around its rows: adding and removing fields, image paths, the raw text mode (and
// invalid YAML, TOML), posts without front matter, and real posts opened without a byte written.

#include <QApplication>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

#include "form/addfieldpanel.h"
#include "form/frontmattertextpage.h"
#include "form/imagefieldwidget.h"
#include "form/siteimagemodel.h"
#include "form/siteimagepickerdialog.h"
#include "form/tageditor.h"

#include "tst_frontmatterformharness.h"

using namespace FormTest;

class TestFrontMatterFormModes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void removeButtonRemovesTheKeyLines();
    void imageRowShowsALocalThumbnailOnly();
    void chooseImageStoresASitePath();
    void imagePathsStayInTheSite_data();
    void imagePathsStayInTheSite();
    void rawTextEditsKeepLineEndings();
    void invalidRawTextShowsLineAndColumn();
    void invalidPostOpensAsText();
    void tomlIsShownReadOnly();
    void noFrontMatterAddFieldCreatesTheBlock();
    void addFieldOfEachKind_data();
    void addFieldOfEachKind();
    void addingAnExistingKeyIsRefused();
    void closingWithAFocusedRowWritesNothing();
    void corpusPostsOpenWithoutWriting();
};

void TestFrontMatterFormModes::removeButtonRemovesTheKeyLines() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    QToolButton *remove = h.form->fieldWidget(QStringLiteral("categories"))->removeButton();
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(h.text(), replaced(h.original, "categories:\n  - one\n  - two\n", ""));
    QVERIFY(!h.form->fieldKeys().contains(QStringLiteral("categories")));
    QVERIFY(!h.form->fieldWidget(QStringLiteral("categories")));
}

void TestFrontMatterFormModes::imageRowShowsALocalThumbnailOnly() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    auto *row = qobject_cast<ImageFieldWidget *>(h.form->fieldWidget(QStringLiteral("cover")));
    QVERIFY(row);
    QVERIFY(row->hasThumbnail());
    QVERIFY(h.doc.setScalar(QStringLiteral("cover"), QStringLiteral("https://example.com/pic.png")).ok());
    QTRY_VERIFY(!row->hasThumbnail());
    QVERIFY(h.doc.setScalar(QStringLiteral("cover"), QStringLiteral("assets/images/pic.png")).ok());
    QTRY_VERIFY(row->hasThumbnail());
    QVERIFY(h.doc.setScalar(QStringLiteral("cover"), QStringLiteral("/../../etc/passwd.png")).ok());
    QTRY_VERIFY(!row->hasThumbnail());
}

void TestFrontMatterFormModes::chooseImageStoresASitePath() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    QVERIFY(h.doc.setScalar(QStringLiteral("cover"), QStringLiteral("/assets/old.png")).ok());
    auto *row = qobject_cast<ImageFieldWidget *>(h.form->fieldWidget(QStringLiteral("cover")));
    row->chooseButton()->click();
    SiteImagePickerDialog *picker = row->picker();
    QVERIFY(picker);
    QTRY_VERIFY(picker->isListed());
    const int pic = picker->model()->rowOf(QStringLiteral("assets/images/pic.png"));
    QVERIFY(pic >= 0);
    picker->view()->setCurrentIndex(picker->model()->index(pic));
    picker->accept();
    // No other post shows the site's way: the old value's leading slash is kept.
    QCOMPARE(h.doc.post().scalar(QStringLiteral("cover")), QStringLiteral("/assets/images/pic.png"));
    QCOMPARE(row->lineEdit()->text(), QStringLiteral("/assets/images/pic.png"));
}

void TestFrontMatterFormModes::imagePathsStayInTheSite_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("file");  // relative to the site; empty: none
    QTest::newRow("leading slash") << "/assets/images/pic.png"
                                   << "assets/images/pic.png";
    QTest::newRow("no leading slash") << "assets/images/pic.png"
                                      << "assets/images/pic.png";
    QTest::newRow("query left out") << "/assets/images/pic.png?v=2"
                                    << "assets/images/pic.png";
    QTest::newRow("outside the site: none") << "/../outside.png" << QString();
    QTest::newRow("remote URL: none") << "https://example.com/pic.png" << QString();
    QTest::newRow("Liquid: none") << "{{ site.baseurl }}/assets/images/pic.png" << QString();
    QTest::newRow("missing file: none") << "/assets/images/gone.png" << QString();
}

void TestFrontMatterFormModes::imagePathsStayInTheSite() {
    QFETCH(QString, value);
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("site/assets/images")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("site/assets/images/pic.png")), "png"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("outside.png")), "png"));
    const QString site = QFileInfo(dir.filePath(QStringLiteral("site"))).canonicalFilePath();
    QCOMPARE(ImageFieldWidget::localFile(value, site),
             file.isEmpty() ? QString() : site + QLatin1Char('/') + file);
}

void TestFrontMatterFormModes::rawTextEditsKeepLineEndings() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("crlf.md")));
    QTest::mouseClick(h.form->textModeButton(), Qt::LeftButton);
    QCOMPARE(h.form->mode(), FrontMatterForm::Mode::Text);
    QPlainTextEdit *edit = h.form->textPage()->textEdit();
    QCOMPARE(edit->toPlainText(), QStringLiteral("title: Windows post\ntags: [x]\n"));
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral("x: 1"));
    QCOMPARE(h.text(), QByteArray("---\r\ntitle: Windows post\r\ntags: [x]\r\nx: 1\r\n---\r\nBody\r\n"));
    QTest::mouseClick(h.form->textModeButton(), Qt::LeftButton);
    QCOMPARE(h.form->mode(), FrontMatterForm::Mode::Fields);
    QVERIFY(h.form->fieldKeys().contains(QStringLiteral("x")));
}

void TestFrontMatterFormModes::invalidRawTextShowsLineAndColumn() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    QVERIFY(h.form->setTextMode(true).ok());
    QPlainTextEdit *edit = h.form->textPage()->textEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral("bad: [x"));
    const FrontMatter &fm = h.doc.post().frontMatter();
    QVERIFY(!fm.isValid());
    QVERIFY(h.text().contains("bad: [x\n---\n"));  // the document keeps the text as typed
    const Diagnostic &error = fm.diagnostics().constFirst();
    const int typedLine =
        static_cast<int>(h.original.left(h.original.indexOf("\n---\nBody")).count('\n')) + 2;
    QVERIFY2(error.line >= typedLine, qPrintable(error.message));
    const QString place = QStringLiteral("2020-01-01-post.md:%1:%2:").arg(error.line).arg(error.column);
    QVERIFY2(h.form->textPage()->diagnosticsText().contains(place),
             qPrintable(h.form->textPage()->diagnosticsText()));

    // Back to the form is refused while the YAML is invalid.
    QTest::mouseClick(h.form->textModeButton(), Qt::LeftButton);
    QCOMPARE(h.form->mode(), FrontMatterForm::Mode::Text);
    QVERIFY(h.form->textModeButton()->isChecked());
    QVERIFY(!h.form->textPage()->messageText().isEmpty());
    QVERIFY(!h.form->setTextMode(false).ok());

    QTest::keyClicks(edit, QStringLiteral("]"));
    QVERIFY(h.form->textPage()->diagnosticsText().isEmpty());
    QVERIFY(h.form->setTextMode(false).ok());
    QCOMPARE(h.form->mode(), FrontMatterForm::Mode::Fields);
    QCOMPARE(h.editorOf<TagEditor>(QStringLiteral("bad"))->items(), QStringList{QStringLiteral("x")});
}

void TestFrontMatterFormModes::invalidPostOpensAsText() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("invalid.md")));
    QCOMPARE(h.form->mode(), FrontMatterForm::Mode::Text);
    QVERIFY(h.form->textModeButton()->isChecked());
    const Diagnostic &error = h.doc.post().frontMatter().diagnostics().constFirst();
    QVERIFY(h.form->textPage()->diagnosticsText().contains(
        QStringLiteral(":%1:%2: error:").arg(error.line).arg(error.column)));
    // The line with the error is marked in the text.
    const QList<QTextEdit::ExtraSelection> marks = h.form->textPage()->textEdit()->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.blockNumber(),
             error.line - h.doc.post().frontMatter().split().blockFirstLine);
    QVERIFY(!h.form->setTextMode(false).ok());
    QCOMPARE(h.text(), h.original);
}

void TestFrontMatterFormModes::tomlIsShownReadOnly() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("toml.md")));
    QCOMPARE(h.form->mode(), FrontMatterForm::Mode::Toml);
    QPlainTextEdit *edit = h.form->textPage()->textEdit();
    QVERIFY(edit->isReadOnly());
    QCOMPARE(edit->toPlainText().toUtf8(), h.doc.post().frontMatterText());
    QVERIFY(h.form->textPage()->noteText().contains(QStringLiteral("TOML")));
    QVERIFY(h.form->addFieldButton()->isHidden());
    QVERIFY(!h.form->setTextMode(false).ok());
    QVERIFY(!h.form->addField(QStringLiteral("x"), FormFieldKind::Text).ok());
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("typed"));
    QCOMPARE(h.text(), h.original);
}

void TestFrontMatterFormModes::noFrontMatterAddFieldCreatesTheBlock() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("plain.md")));
    h.form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.form.get()));
    QCOMPARE(h.form->mode(), FrontMatterForm::Mode::Fields);
    QVERIFY(h.form->isEmptyStateShown());
    QVERIFY(h.form->fieldKeys().isEmpty());
    QTest::mouseClick(h.form->addFieldButton(), Qt::LeftButton);
    AddFieldPanel *panel = h.form->addFieldPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->keyEdit()->hasFocus());
    QTest::keyClicks(panel->keyEdit(), QStringLiteral("title"));
    QTest::keyClick(panel->keyEdit(), Qt::Key_Return);
    QVERIFY(!panel->isVisible());
    QVERIFY(!h.form->isEmptyStateShown());
    QCOMPARE(h.form->fieldKeys(), QStringList{QStringLiteral("title")});
    QVERIFY(h.form->titleEdit()->hasFocus());
    QTest::keyClicks(h.form->titleEdit(), QStringLiteral("Hello"));
    QCOMPARE(h.text(), "---\ntitle: Hello\n---\n" + h.original);
}

void TestFrontMatterFormModes::addFieldOfEachKind_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("line");  // a pattern for the line added
    QTest::newRow("text") << int(FormFieldKind::Text) << "TextFieldWidget"
                          << R"(^k: ""$)";
    QTest::newRow("yes/no") << int(FormFieldKind::YesNo) << "BoolFieldWidget"
                            << "^k: false$";
    QTest::newRow("date") << int(FormFieldKind::DateTime) << "DateFieldWidget"
                          << R"(^k: \d{4}-\d\d-\d\d \d\d:\d\d:00 [-+]\d{4}$)";
    QTest::newRow("number") << int(FormFieldKind::Number) << "NumberFieldWidget"
                            << "^k: 0$";
    QTest::newRow("list") << int(FormFieldKind::List) << "ListFieldWidget"
                          << R"(^k: \[\]$)";
    QTest::newRow("image, kept as image while empty") << int(FormFieldKind::Image) << "ImageFieldWidget"
                                                      << R"(^k: ""$)";
    QTest::newRow("yaml") << int(FormFieldKind::Yaml) << "YamlFieldWidget"
                          << R"(^k: \{\}$)";
}

void TestFrontMatterFormModes::addFieldOfEachKind() {
    QFETCH(int, kind);
    QFETCH(QString, row);
    QFETCH(QString, line);
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    QTest::mouseClick(h.form->addFieldButton(), Qt::LeftButton);
    AddFieldPanel *panel = h.form->addFieldPanel();
    QTest::keyClicks(panel->keyEdit(), QStringLiteral("k"));
    panel->setChosenKind(static_cast<FormFieldKind>(kind));
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    const QByteArray before = h.original.left(h.original.indexOf("---\nBody"));
    QVERIFY(h.text().startsWith(before));
    const QString added = QString::fromUtf8(h.text().mid(before.size())).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(QRegularExpression(line).match(added).hasMatch(), qPrintable(added));
    QVERIFY(h.text().endsWith("\n---\nBody text.\n"));
    QCOMPARE(h.form->fieldKeys().last(), QStringLiteral("k"));
    QCOMPARE(QString::fromLatin1(h.form->fieldWidget(QStringLiteral("k"))->metaObject()->className()), row);
}

void TestFrontMatterFormModes::addingAnExistingKeyIsRefused() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    QTest::mouseClick(h.form->addFieldButton(), Qt::LeftButton);
    AddFieldPanel *panel = h.form->addFieldPanel();
    QTest::keyClicks(panel->keyEdit(), QStringLiteral("title"));
    QTest::keyClick(panel->keyEdit(), Qt::Key_Return);
    QVERIFY(panel->isVisible());
    QVERIFY(panel->findChildren<QLabel *>().constLast()->text().contains(QStringLiteral("title")));
    QCOMPARE(h.text(), h.original);
}

void TestFrontMatterFormModes::corpusPostsOpenWithoutWriting() {
    REQUIRE_SHARED_DIR("/corpus/posts");
    int posts = 0;
    int asFields = 0;
    QDirIterator it(TestPaths::corpusPosts(), {QStringLiteral("*.md"), QStringLiteral("*.markdown")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        PostDocument doc;
        if (!doc.load(path).ok())
            continue;
        const QByteArray before = doc.post().text();
        FrontMatterForm form(&doc);
        form.applyPendingEdits();
        if (form.mode() == FrontMatterForm::Mode::Fields) {
            ++asFields;
            QCOMPARE(form.fieldKeys().size(), doc.post().frontMatter().entries().size());
            QVERIFY2(form.setTextMode(true).ok(), qPrintable(path));
            QVERIFY2(form.setTextMode(false).ok(), qPrintable(path));
        }
        QVERIFY2(doc.post().text() == before, qPrintable(path));
        QVERIFY2(!doc.isModified(), qPrintable(path));
        ++posts;
    }
    QVERIFY2(posts > 300, qPrintable(QString::number(posts)));
    QVERIFY(asFields > posts / 2);
}

void TestFrontMatterFormModes::closingWithAFocusedRowWritesNothing() {
    Harness h;
    QVERIFY(h.open(QStringLiteral("typed.md")));
    h.form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.form.get()));
    QVERIFY(h.form->focusField(QStringLiteral("header")));
    QVERIFY(QApplication::focusWidget());
    QSignalSpy changed(&h.doc, &PostDocument::frontMatterChanged);
    h.form.reset();  // the focus leaves the rows as they are deleted
    QCOMPARE(changed.count(), 0);
    QCOMPARE(h.text(), h.original);
}

QTEST_MAIN(TestFrontMatterFormModes)
#include "tst_frontmatterformmodes.moc"
