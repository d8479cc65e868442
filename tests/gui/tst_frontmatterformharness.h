#pragma once

// Shared by the front-matter form tests: a fixture from tests/data/form copied into a small site (with an
// image) in a temporary folder, loaded into a document and shown in a form.

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include "form/fieldwidget.h"
#include "form/frontmatterform.h"
#include "post/postdocument.h"
#include "testpaths.h"

namespace FormTest {

inline QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray replaced(QByteArray text, const QByteArray &before, const QByteArray &after) {
    const qsizetype at = text.indexOf(before);
    return at < 0 ? QByteArray("<" + before + " not found>") : text.replace(at, before.size(), after);
}

// A fixture from tests/data/form copied into a small site (with an image) in a temporary folder, loaded
// into a document and shown in a form.
class Harness {
public:
    bool open(const QString &fixture) {
        if (!dir.isValid() || !QDir(dir.path()).mkpath(QStringLiteral("_posts")) ||
            !QDir(dir.path()).mkpath(QStringLiteral("assets/images")))
            return false;
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        if (!writeFile(dir.filePath(QStringLiteral("_config.yml")), "title: Test site\n") ||
            !image.save(dir.filePath(QStringLiteral("assets/images/pic.png"))))
            return false;
        original = readFile(TestPaths::data() + QStringLiteral("/form/") + fixture);
        path = dir.filePath(QStringLiteral("_posts/2020-01-01-post.md"));
        if (original.isEmpty() && !fixture.isEmpty())
            return false;
        if (!writeFile(path, original) || !doc.load(path).ok())
            return false;
        form = std::make_unique<FrontMatterForm>(&doc);
        form->resize(400, 800);
        form->show();
        return QTest::qWaitForWindowExposed(form.get());
    }
    template <typename T>
    T *editorOf(const QString &key) const {
        FieldWidget *row = form->fieldWidget(key);
        return row ? qobject_cast<T *>(row->editor()) : nullptr;
    }
    QByteArray text() const { return doc.post().text(); }

    QTemporaryDir dir;
    QString path;
    QByteArray original;
    PostDocument doc;
    std::unique_ptr<FrontMatterForm> form;
};

}  // namespace FormTest
