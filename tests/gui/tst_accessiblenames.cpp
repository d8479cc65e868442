// Screen readers: every input a person can tab to in the window (the form's fields of every kind, the
// editor, the preview, the panels, the find bar) has a name, the form's fields say their kind and key, and
// the status bar's labels are named.

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QWebEngineView>

#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "form/fieldwidget.h"
#include "form/frontmatterform.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/poststatusbar.h"

namespace {

// A row of every kind: text, long text, date, yes/no, number, list, image and nested YAML.
const QByteArray kPost =
    "---\n"
    "title: Every kind of field\n"
    "date: 2024-05-06 10:00:00 +0200\n"
    "excerpt: |\n  Two\n  lines\n"
    "published: true\n"
    "weight: 3\n"
    "tags: [one, two]\n"
    "image: /assets/cover.png\n"
    "author:\n  name: Ada\n"
    "---\n"
    "Body text.\n";

bool isInput(QWidget *widget) {
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
           qobject_cast<QTextEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
           qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QCheckBox *>(widget) ||
           qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QWebEngineView *>(widget);
}

// What a screen reader announces: the accessible name, or the buddy label's or the button's text.
QString spokenName(QWidget *widget) {
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

QString describe(QWidget *widget) {
    QStringList chain;
    for (QObject *o = widget; o; o = o->parent())
        chain.append(QString::fromLatin1(o->metaObject()->className()) +
                     (o->objectName().isEmpty() ? QString() : QLatin1Char('#') + o->objectName()));
    return chain.join(QStringLiteral(" < "));
}

}  // namespace

class TestAccessibleNames : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_accessiblenames"));
        QVERIFY(m_dir.isValid());
    }

    void everyInputOfTheWindowHasAName() {
        const QString path = m_dir.filePath(QStringLiteral("2024-05-06-kinds.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPost);
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(path).ok());
        window.findBar()->open(true);
        QVERIFY(window.form()->findChildren<FieldWidget *>().size() >= 8);

        QStringList unnamed;
        int inputs = 0;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!isInput(widget) || widget->focusPolicy() == Qt::NoFocus)
                continue;
            ++inputs;
            if (spokenName(widget).trimmed().isEmpty())
                unnamed.append(describe(widget));
        }
        QVERIFY(inputs >= 15);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void formFieldsSayTheirLabelKindAndKey() {
        const QString path = m_dir.filePath(QStringLiteral("2024-05-07-kinds.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPost);
        file.close();
        MainWindow window;
        QVERIFY(window.fileActions()->open(path).ok());
        const QHash<QString, QString> kinds{{QStringLiteral("date"), QStringLiteral("Date")},
                                            {QStringLiteral("published"), QStringLiteral("Yes/no")},
                                            {QStringLiteral("weight"), QStringLiteral("Number")},
                                            {QStringLiteral("tags"), QStringLiteral("List")}};
        for (FieldWidget *row : window.form()->findChildren<FieldWidget *>()) {
            QWidget *editor = row->editor();
            QVERIFY2(!editor->accessibleName().isEmpty(), qPrintable(row->key()));
            QVERIFY2(editor->accessibleDescription().contains(row->key()), qPrintable(row->key()));
            if (kinds.contains(row->key()))
                QVERIFY2(editor->accessibleDescription().contains(kinds.value(row->key())),
                         qPrintable(editor->accessibleDescription()));
        }
        QCOMPARE(window.form()->findChildren<FieldWidget *>().size() >= 8, true);
    }

    void editorPreviewAndFindBarAreNamed() {
        MainWindow window;
        QVERIFY(!window.editor()->accessibleName().isEmpty());
        QVERIFY(!window.editor()->accessibleDescription().isEmpty());
        QWebEngineView *web = window.preview()->findChild<QWebEngineView *>();
        QVERIFY(web);
        QVERIFY(!web->accessibleName().isEmpty());
        QVERIFY(!window.findBar()->findField()->accessibleName().isEmpty());
        QVERIFY(!window.findBar()->replaceField()->accessibleName().isEmpty());
    }

    void statusBarLabelsAreNamed() {
        MainWindow window;
        int labels = 0;
        for (QLabel *label : window.postStatusBar()->findChildren<QLabel *>()) {
            QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(describe(label)));
            ++labels;
        }
        QVERIFY(labels >= 5);
    }
};

PREVIEW_TEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
