// postwright-spell-bench FILE...: what spell checking costs, apart from the keystroke itself (which only
// restarts a timer; postwright-bench's keystroke_p95_ms measures that path with the setting on and off).
// For each post: the dictionary's opening, `check --spelling` on the whole file (PostSpellingCheck, cold and
// with its word cache warm), and the editor's check of the visible blocks after a pause in typing
// (SpellCheckBinding: given the post, which opens the dictionary and checks with no word cached; then checks
// after a one-character edit at the top, the middle and the end of the post). Prints a table; asserts
// nothing.

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "editor/markdowneditor.h"
#include "editor/spellcheckbinding.h"
#include "post/postdocument.h"
#include "spelling/hunspelldictionary.h"
#include "spelling/postspellingcheck.h"
#include "spelling/spellinglanguage.h"

namespace {

double msSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

}  // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: postwright-spell-bench FILE...\n");
        return 2;
    }
    std::printf("%-22s %8s %8s %8s %8s %8s %8s %8s\n", "file", "open", "words", "cli", "cliwarm", "attach",
                "check50", "check95");
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read\n", qPrintable(path));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        const QString dictionaryPath =
            SpellingLanguage::dictionaryFor(QStringLiteral("en_US"), SpellingLanguage::systemFolders())
                .value();
        QElapsedTimer timer;
        timer.start();
        const auto dictionary = HunspellDictionary::open(dictionaryPath);
        const double openMs = msSince(timer);

        PostSpellingCheck check(QStringLiteral("en_US"), QStringLiteral("en_US"),
                                SpellingLanguage::systemFolders(), QString());
        timer.restart();
        const qsizetype warnings = check.check(path, bytes).size();
        const double cliMs = msSince(timer);
        timer.restart();
        check.check(path, bytes);
        const double cliWarmMs = msSince(timer);

        PostDocument document;
        const Result<Post> post = Post::fromFileBytes(bytes, path);
        document.reset(post.value());
        MarkdownEditor editor;
        editor.resize(800, 900);
        editor.show();
        auto *binding = new SpellCheckBinding(&editor, &editor);
        editor.setBodyUtf8(document.bodyLf());
        QApplication::processEvents();  // laid out and shown, as the window's editor is
        timer.restart();
        binding->setDocument(&document);  // opens the dictionary, then the first check with no word cached
        const double firstMs = msSince(timer);
        std::vector<double> checks;
        const int blocks = editor.document()->blockCount();
        for (int round = 0; round < 10; ++round) {
            for (const int line : {0, blocks / 2, blocks - 2}) {
                QTextCursor cursor(editor.document()->findBlockByNumber(std::max(0, line)));
                editor.setTextCursor(cursor);
                editor.centerCursor();
                cursor.insertText(QStringLiteral("x"));
                app.processEvents();
                timer.restart();
                binding->checkNow();
                checks.push_back(msSince(timer));
                cursor.deletePreviousChar();
            }
        }
        std::printf("%-22s %8.2f %8lld %8.1f %8.1f %8.2f %8.2f %8.2f\n",
                    qPrintable(QFileInfo(path).fileName()), openMs, qlonglong(warnings), cliMs, cliWarmMs,
                    firstMs, percentile(checks, 0.5), percentile(checks, 0.95));
        std::fflush(stdout);
        Q_UNUSED(dictionary);
    }
    std::printf(
        "ms; words = misspelled words found by check --spelling; attach = the editor's binding given the "
        "post "
        "(dictionary opened, first check); check = its check of the visible blocks after an edit\n");
    return 0;
}
