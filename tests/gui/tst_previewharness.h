#pragma once

// Shared by the tst_preview*.cpp GUI tests: a shown PreviewView, waiting for the page to draw, and reading
// its DOM back from ApplicationWorld (the only world where script runs).

#include "preview/previewengine.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "preview/siteschemehandler.h"
#include "render/renderpipeline.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebEngineScript>
#include <QtTest>

#include <memory>

// WebEngine fixes its URL schemes and flags when the application starts, so they are set before
// QApplication, as the editor sets them.
#define PREVIEW_TEST_MAIN(TestClass)            \
    int main(int argc, char *argv[]) {          \
        PreviewEngine::prepare();               \
        QApplication app(argc, argv);           \
        TestClass test;                         \
        QTEST_SET_MAIN_SOURCE_PATH              \
        return QTest::qExec(&test, argc, argv); \
    }

namespace PreviewHarness {

constexpr int kTimeout = 30000;

// Runs `code` in ApplicationWorld and returns its value (JSON-able values only). Invalid when it never
// answered.
inline QVariant js(QWebEnginePage *page, const QString &code) {
    struct Answer {
        QVariant value;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();  // outlives a wait that gave up
    page->runJavaScript(code, QWebEngineScript::ApplicationWorld, [answer](const QVariant &value) {
        answer->value = value;
        answer->done = true;
    });
    if (!QTest::qWaitFor([&] { return answer->done; }, kTimeout))
        qWarning("no answer from the page to: %s", qPrintable(code));
    return answer->value;
}

// The JS literal for a string (quotes and all), for building code that carries data.
inline QString literal(const QString &text) {
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// A preview on screen, with the latest generation the page reported as drawn.
class Fixture {
public:
    explicit Fixture(QSize size = QSize(800, 600)) {
        view.resize(size);
        view.show();
        QObject::connect(&view, &PreviewView::patchApplied, &view,
                         [this](quint64 generation) { applied = qMax(applied, generation); });
    }

    // True once the page has drawn the newest text given to the view.
    bool waitUntilDrawn() {
        return QTest::qWaitFor(
            [this] {
                const RenderPipeline *pipeline = view.pipeline();
                return view.isPageReady() && pipeline->shownGeneration() == pipeline->requestedGeneration() &&
                       applied == pipeline->requestedGeneration() && applied > 0;
            },
            kTimeout);
    }
    bool show(const QByteArray &markdown) {
        view.setMarkdown(markdown);
        return waitUntilDrawn();
    }

    QVariant js(const QString &code) { return PreviewHarness::js(view.page(), code); }
    // "first-last|text" for each block the page keeps, in order; white space in the text collapsed. When the
    // nodes of the blocks are not the holder's children, in order, one after the other up to the end of the
    // holder (or the frame's marker), the one line "blocks are not what the page shows" instead.
    QStringList blocks() {
        return js(QStringLiteral(
                      "(() => { const list = postwrightPreview.blocks();"
                      "const nodes = list.flatMap(b => b.nodes);"
                      "const holder = nodes.length ? nodes[0].parentNode : null;"
                      "const last = nodes.length ? nodes[nodes.length - 1].nextSibling : null;"
                      "const inPlace = nodes.every((n, i) => n.isConnected && n.parentNode === holder &&"
                      "  (i === 0 || nodes[i - 1].nextSibling === n)) &&"
                      "  (last === null || (last.nodeType === Node.COMMENT_NODE && last.data === "
                      "'pw:content'))"
                      "  && (!holder || holder.id !== 'pw-body' || holder.childNodes.length === "
                      "nodes.length);"
                      "if (!inPlace) return ['blocks are not what the page shows'];"
                      "return list.map(b => b.firstLine + '-' + b.lastLine + '|' + b.nodes"
                      "  .filter(n => n.nodeType !== Node.COMMENT_NODE).map(n => n.textContent).join('')"
                      "  .trim().replace(/\\s+/g, ' ')); })()"))
            .toStringList();
    }
    // A round trip through the page: everything the page was asked to do before has been done.
    bool roundTrip() { return js(QStringLiteral("true")).toBool(); }

    PreviewView view;
    quint64 applied = 0;
};

}  // namespace PreviewHarness
