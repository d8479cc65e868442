// Byte columns (the core's, UTF-8) to UTF-16 indexes (Qt's text classes): the editor marks the Liquid the
// preview could not run at the columns the preprocessor reports, on lines of any script.

#include "common/utf8columns.h"

#include <QtTest>

class TestUtf8Columns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void utf16Index_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("byteOffset");
        QTest::addColumn<int>("expected");
        QTest::newRow("ascii: bytes are characters") << QStringLiteral("ab {% x %}") << 3 << 3;
        QTest::newRow("start of line") << QStringLiteral("héllo") << 0 << 0;
        // é is two bytes: "Café " is 6 bytes, 5 characters.
        QTest::newRow("two-byte character before") << QStringLiteral("Café {% x %}") << 6 << 5;
        // 日本 are three bytes each.
        QTest::newRow("three-byte characters before") << QStringLiteral("日本 {{ a }}") << 7 << 3;
        // 😀 is four bytes and two UTF-16 units.
        QTest::newRow("surrogate pair before") << QStringLiteral("😀 {% x %}") << 5 << 3;
        QTest::newRow("inside a character rounds up") << QStringLiteral("日x") << 1 << 1;
        QTest::newRow("end of line") << QStringLiteral("né") << 3 << 2;
        QTest::newRow("past the end is clipped") << QStringLiteral("né") << 40 << 2;
        QTest::newRow("lone surrogate is one byte, as toUtf8 writes it")
            << (QString(QChar(0xd800)) + QStringLiteral("x")) << 1 << 1;
    }

    void utf16Index() {
        QFETCH(QString, line);
        QFETCH(int, byteOffset);
        QFETCH(int, expected);
        QCOMPARE(Utf8Columns::utf16Index(line, byteOffset), expected);
    }

    void byteLengthIsToUtf8Size_data() {
        QTest::addColumn<QString>("line");
        QTest::newRow("ascii") << QStringLiteral("plain {{ x }}");
        QTest::newRow("mixed scripts") << QStringLiteral("Café 日本 😀 Ωmega");
        QTest::newRow("lone surrogate") << (QStringLiteral("a") + QChar(0xdc00) + QStringLiteral("b"));
        QTest::newRow("empty") << QString();
    }

    void byteLengthIsToUtf8Size() {
        QFETCH(QString, line);
        QCOMPARE(Utf8Columns::byteLength(line), int(line.toUtf8().size()));
    }
};

QTEST_GUILESS_MAIN(TestUtf8Columns)
#include "tst_utf8columns.moc"
