// The cover/image field's picker: the site's published images with thumbnails decoded off the GUI thread,
// filtered by typing, chosen with the keyboard or a double-click, written in the way the site's other posts
// write the same field, and an outside file copied into the site.

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

#include "form/imagefieldwidget.h"
#include "form/siteimagemodel.h"
#include "form/siteimagepickerdialog.h"
#include "form/thumbnailcache.h"
#include "form/thumbnailloader.h"

#include "tst_frontmatterformharness.h"

using namespace FormTest;

namespace {

bool saveImage(const QString &path, int width, int height, const char *format) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((width * 7 + height) % 360, 180, 200));
    return QDir().mkpath(QFileInfo(path).absolutePath()) && image.save(path, format);
}

}  // namespace

class TestImagePicker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void picksAnImageInTheSitesStyle();
    void keyboardMovesFiltersAndCancels();
    void doubleClickChooses();
    void browseOtherFile_data();
    void browseOtherFile();
    void reopeningDecodesOnlyChangedFiles();
    void decodesAtThumbnailSize_data();
    void decodesAtThumbnailSize();

private:
    // The harness's site, with other posts that write `cover` without a leading slash (as jasper2 does),
    // photos in assets/images and an image in _drafts that Jekyll does not publish.
    static bool openSite(Harness &h);
    static SiteImagePickerDialog *openPicker(Harness &h, ImageFieldWidget **row);
};

bool TestImagePicker::openSite(Harness &h) {
    if (!h.open(QStringLiteral("typed.md")))
        return false;
    for (int i = 1; i <= 12; ++i) {
        if (!saveImage(h.dir.filePath(QStringLiteral("assets/images/photo-%1.jpg").arg(i)), 200 + i, 150,
                       "JPEG"))
            return false;
    }
    return saveImage(h.dir.filePath(QStringLiteral("assets/images/large.jpg")), 3000, 2000, "JPEG") &&
           saveImage(h.dir.filePath(QStringLiteral("_drafts/hidden.png")), 20, 20, "PNG") &&
           writeFile(h.dir.filePath(QStringLiteral("assets/images/logo.svg")),
                     "<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>") &&
           writeFile(h.dir.filePath(QStringLiteral("_posts/2019-05-01-older.md")),
                     "---\ntitle: Older\ncover: assets/images/photo-1.jpg\n---\nText\n") &&
           writeFile(h.dir.filePath(QStringLiteral("_posts/2019-06-01-old.md")),
                     "---\ntitle: Old\ncover: assets/images/pic.png\n---\nText\n");
}

SiteImagePickerDialog *TestImagePicker::openPicker(Harness &h, ImageFieldWidget **row) {
    *row = qobject_cast<ImageFieldWidget *>(h.form->fieldWidget(QStringLiteral("cover")));
    if (!*row)
        return nullptr;
    (*row)->chooseButton()->click();
    SiteImagePickerDialog *picker = (*row)->picker();
    if (!picker || !QTest::qWaitForWindowExposed(picker))
        return nullptr;
    return picker;
}

void TestImagePicker::picksAnImageInTheSitesStyle() {
    Harness h;
    QVERIFY(openSite(h));
    ImageFieldWidget *row = nullptr;
    SiteImagePickerDialog *picker = openPicker(h, &row);
    QVERIFY(picker);
    QTRY_VERIFY(picker->isListed());
    SiteImageModel *model = picker->model();
    QCOMPARE(picker->view()->model(), model);
    // 12 photos, large.jpg, pic.png and logo.svg; not the draft's image.
    QCOMPARE(model->rowCount(), 15);
    QCOMPARE(model->rowOf(QStringLiteral("_drafts/hidden.png")), -1);
    // The current value (/assets/images/pic.png) is preselected.
    QCOMPARE(picker->view()->currentIndex().data(SiteImageModel::RelativePathRole).toString(),
             QStringLiteral("assets/images/pic.png"));
    QTRY_COMPARE(model->pendingCount(), 0);
    const QModelIndex large = model->index(model->rowOf(QStringLiteral("assets/images/large.jpg")));
    QCOMPARE(large.data(SiteImageModel::ThumbnailStateRole).toInt(), int(SiteImageModel::Shown));
    // A 3000 px photo decoded at thumbnail size.
    QCOMPARE(picker->loader()->thumbnail(model->imageAt(large.row())).size(), QSize(96, 64));
    QCOMPARE(large.data(Qt::DecorationRole).value<QPixmap>().size(), QSize(96, 64));
    const QModelIndex svg = model->index(model->rowOf(QStringLiteral("assets/images/logo.svg")));
    QCOMPARE(svg.data(SiteImageModel::ThumbnailStateRole).toInt(), int(SiteImageModel::Unavailable));

    QTest::keyClicks(picker->filterEdit(), QStringLiteral("photo-1"));
    QCOMPARE(model->rowCount(), 4);  // photo-1, photo-10, photo-11, photo-12
    const int chosen = model->rowOf(QStringLiteral("assets/images/photo-12.jpg"));
    QVERIFY(chosen >= 0);
    picker->view()->setCurrentIndex(model->index(chosen));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(!row->picker());
    // Only the cover's bytes changed, written as the site's other posts write it: no leading slash.
    QCOMPARE(h.text(),
             replaced(h.original, "cover: /assets/images/pic.png\n", "cover: assets/images/photo-12.jpg\n"));
    QCOMPARE(row->lineEdit()->text(), QStringLiteral("assets/images/photo-12.jpg"));
}

void TestImagePicker::keyboardMovesFiltersAndCancels() {
    Harness h;
    QVERIFY(openSite(h));
    ImageFieldWidget *row = nullptr;
    SiteImagePickerDialog *picker = openPicker(h, &row);
    QVERIFY(picker);
    QTRY_VERIFY(picker->isListed());
    QVERIFY(picker->filterEdit()->hasFocus());
    picker->view()->setCurrentIndex(picker->model()->index(0));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Right);
    QCOMPARE(picker->view()->currentIndex().row(), 1);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Left);
    QCOMPARE(picker->view()->currentIndex().row(), 0);
    // Typing while the list has the focus goes to the filter.
    picker->view()->setFocus();
    QTest::keyClicks(picker->view(), QStringLiteral("large"));
    QCOMPARE(picker->filterEdit()->text(), QStringLiteral("large"));
    QCOMPARE(picker->model()->rowCount(), 1);
    QCOMPARE(picker->view()->currentIndex().row(), 0);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!row->picker());
    QCOMPARE(h.text(), h.original);
}

void TestImagePicker::doubleClickChooses() {
    Harness h;
    QVERIFY(openSite(h));
    ImageFieldWidget *row = nullptr;
    SiteImagePickerDialog *picker = openPicker(h, &row);
    QVERIFY(picker);
    QTRY_VERIFY(picker->isListed());
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("photo-5"));
    QCOMPARE(picker->model()->rowCount(), 1);
    const QRect rect = picker->view()->visualRect(picker->model()->index(0));
    QVERIFY(rect.isValid());
    // A real double-click: a click, then the second press Qt reports as the double-click.
    QTest::mouseClick(picker->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(picker->isVisible());  // one click selects, chooses nothing
    QTest::mouseDClick(picker->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(!row->picker());
    QCOMPARE(h.text(),
             replaced(h.original, "cover: /assets/images/pic.png\n", "cover: assets/images/photo-5.jpg\n"));
}

void TestImagePicker::browseOtherFile_data() {
    QTest::addColumn<QString>("source");  // "outside/..." in another folder, else relative to the site
    QTest::addColumn<QString>("stored");  // relative to the site
    QTest::addColumn<bool>("copied");
    QTest::newRow("outside the site: copied in under the post's name") << "outside/holiday.png"
                                                                       << "assets/images/post-1.png" << true;
    QTest::newRow("published file of the site: linked in place") << "img/in-site.png"
                                                                 << "img/in-site.png" << false;
    QTest::newRow("in _drafts, which Jekyll does not publish: copied in")
        << "_drafts/hidden.png"
        << "assets/images/post-1.png" << true;
}

void TestImagePicker::browseOtherFile() {
    QFETCH(QString, source);
    QFETCH(QString, stored);
    QFETCH(bool, copied);
    Harness h;
    QVERIFY(openSite(h));
    QTemporaryDir outside;
    QVERIFY(saveImage(h.dir.filePath(QStringLiteral("img/in-site.png")), 30, 20, "PNG"));
    QVERIFY(saveImage(outside.filePath(QStringLiteral("holiday.png")), 30, 20, "PNG"));
    const QString file = source.startsWith(QLatin1String("outside/"))
                             ? outside.filePath(source.mid(int(qstrlen("outside/"))))
                             : h.dir.filePath(source);
    ImageFieldWidget *row = nullptr;
    SiteImagePickerDialog *picker = openPicker(h, &row);
    QVERIFY(picker);
    QPushButton *other = nullptr;
    for (QPushButton *button : picker->findChildren<QPushButton *>()) {
        if (button->text() == SiteImagePickerDialog::tr("Browse Other File\u2026"))
            other = button;
    }
    QVERIFY(other);
    bool dialogSeen = false;
    QTimer::singleShot(0, row, [file, &dialogSeen] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept();  // QFileDialog hides accept()
    });
    other->click();
    QVERIFY(dialogSeen);
    QVERIFY(QFileInfo(file).isFile());  // a copy, never a move
    QCOMPARE(readFile(h.dir.filePath(stored)), readFile(file));
    QCOMPARE(QFileInfo::exists(h.dir.filePath(QStringLiteral("assets/images/post-1.png"))), copied);
    // Written as the site's other posts write the cover: no leading slash.
    QCOMPARE(h.text(),
             replaced(h.original, "cover: /assets/images/pic.png\n", "cover: " + stored.toUtf8() + "\n"));
    QCOMPARE(row->noteText().contains(stored), copied);
}

void TestImagePicker::reopeningDecodesOnlyChangedFiles() {
    Harness h;
    QVERIFY(openSite(h));
    ImageFieldWidget *row = nullptr;
    SiteImagePickerDialog *picker = openPicker(h, &row);
    QVERIFY(picker);
    QTRY_VERIFY(picker->isListed());
    QTRY_COMPARE(picker->model()->pendingCount(), 0);
    const int cached = ThumbnailCache::shared().count();
    picker->reject();
    QTRY_VERIFY(!row->picker());

    // photo-3 changes on disk (another size): its thumbnail is decoded again, the others come from memory.
    const QString changed = h.dir.filePath(QStringLiteral("assets/images/photo-3.jpg"));
    QVERIFY(saveImage(changed, 400, 300, "JPEG"));
    picker = openPicker(h, &row);
    QVERIFY(picker);
    QTRY_VERIFY(picker->isListed());
    QTRY_COMPARE(picker->model()->pendingCount(), 0);
    QCOMPARE(ThumbnailCache::shared().count(), cached + 1);
    const QModelIndex photo =
        picker->model()->index(picker->model()->rowOf(QStringLiteral("assets/images/photo-3.jpg")));
    QCOMPARE(picker->loader()->thumbnail(picker->model()->imageAt(photo.row())).size(), QSize(96, 72));
    picker->reject();
}

void TestImagePicker::decodesAtThumbnailSize_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");  // of the file written; empty: the bytes below instead
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("thumbnail");  // empty: none
    QTest::newRow("large JPEG, reduced while decoding")
        << "a.jpg" << QSize(4000, 3000) << QByteArray() << QSize(96, 72);
    QTest::newRow("wide PNG") << "b.png" << QSize(1000, 100) << QByteArray() << QSize(96, 9);
    QTest::newRow("small PNG kept as it is") << "c.png" << QSize(40, 30) << QByteArray() << QSize(40, 30);
    QTest::newRow("text named .png: none") << "d.png" << QSize() << QByteArray("not an image") << QSize();
    QTest::newRow("SVG: none, Qt Svg is not a dependency")
        << "e.svg" << QSize() << QByteArray("<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'/>")
        << QSize();
    QTest::newRow("missing file: none") << "f.png" << QSize(-2, -2) << QByteArray() << QSize();
}

void TestImagePicker::decodesAtThumbnailSize() {
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, thumbnail);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (size.isValid())
        QVERIFY(saveImage(path, size.width(), size.height(), QFileInfo(name).suffix().toUpper().toLatin1()));
    else if (!bytes.isEmpty())
        QVERIFY(writeFile(path, bytes));
    const QImage image = ThumbnailLoader::decode(path);
    QCOMPARE(image.isNull(), thumbnail.isEmpty());
    if (!image.isNull())
        QCOMPARE(image.size(), thumbnail);
}

QTEST_MAIN(TestImagePicker)
#include "tst_imagepicker.moc"
