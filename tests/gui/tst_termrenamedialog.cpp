// Rename Tag or Category: the diff of every file is shown before anything is written; Rename writes only the
// renamed items; Undo restores the bytes; what cannot be renamed is said per file.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "safety/diffview.h"
#include "site/siteconfig.h"
#include "site/termrenamedialog.h"

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestTermRenameDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void previewApplyUndo() {
        QTemporaryDir dir;
        const QString a = dir.filePath("_posts/2020-01-01-a.md");
        const QString b = dir.filePath("_posts/2020-01-02-b.md");
        const QString news = dir.filePath("news/_posts/2020-01-03-c.md");
        const QByteArray aBytes = "---\ntags: [Jekyll, ruby] # mine\ncategories: news\n---\nBody\n";
        const QByteArray bBytes = "---\ntags:\n  - Jekyll\n  - jekyll\n---\n";
        writeFile(a, aBytes);
        writeFile(b, bBytes);
        writeFile(news, "---\ntitle: C\n---\n");
        TermVocabulary tags;
        tags.addPost({"Jekyll", "ruby"});
        tags.addPost({"Jekyll", "jekyll"});
        TermVocabulary categories;
        categories.addPost({"news"});
        categories.addPost({"news"});
        TermRenameDialog dialog(dir.path(), {a, b, news}, SiteConfig(), tags, categories);
        QSignalSpy written(&dialog, &TermRenameDialog::filesWritten);

        QCOMPARE(dialog.fromBox()->count(), 3);  // the site's tags, with counts
        dialog.fromBox()->setCurrentIndex(dialog.fromBox()->findData("Jekyll"));
        dialog.toEdit()->setText("jekyll");
        QVERIFY(!dialog.applyButton()->isEnabled());  // nothing is written before the changes are shown
        QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
        QCOMPARE(dialog.fileList()->count(), 2);
        QCOMPARE(dialog.diffView()->removedCount(), 1);
        QCOMPARE(dialog.diffView()->addedCount(), 1);
        QCOMPARE(readFile(a), aBytes);
        QVERIFY(dialog.applyButton()->isEnabled());

        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(readFile(a), QByteArray("---\ntags: [jekyll, ruby] # mine\ncategories: news\n---\nBody\n"));
        QCOMPARE(readFile(b), QByteArray("---\ntags:\n  - jekyll\n---\n"));  // merged into the existing one
        QCOMPARE(written.count(), 1);
        QVERIFY(dialog.undoButton()->isEnabled());

        QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
        QCOMPARE(readFile(a), aBytes);
        QCOMPARE(readFile(b), bBytes);
        QCOMPARE(written.count(), 2);

        // A category that comes from a folder is reported, not changed.
        dialog.categoriesButton()->setChecked(true);
        dialog.fromBox()->setCurrentIndex(dialog.fromBox()->findData("news"));
        dialog.toEdit()->setText("updates");
        QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
        QCOMPARE(dialog.fileList()->count(), 1);
        QVERIFY(dialog.reportLabel()->text().contains("2020-01-03-c.md"));
        QVERIFY(dialog.reportLabel()->text().contains("folder"));
    }
};

QTEST_MAIN(TestTermRenameDialog)
#include "tst_termrenamedialog.moc"
