#pragma once

// Shared by the image paste and image write tests: a small Jekyll site in a temporary folder, and an editor
// bound to one of its posts whose downscale offers the test answers (never a dialog).

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QList>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "editor/editorbinding.h"
#include "editor/imageinsertion.h"
#include "editor/markdowneditor.h"
#include "post/postdocument.h"

namespace ImageTest {

inline void writeFile(const QString &path, const QByteArray &bytes) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

inline void writeImage(const QString &path, const QSize &size) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(path));
}

// Random pixels, the same every run: as hard to compress as a photo (PNG takes 3-4 bytes a pixel).
inline QImage noiseImage(const QSize &size, bool transparent) {
    QImage image(size, transparent ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QRandomGenerator random(12);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const quint32 bits = random.generate();
            line[x] = transparent ? bits : (bits | 0xff000000u);
        }
    }
    return image;
}

inline QImage redImage() {
    QImage image(30, 20, QImage::Format_ARGB32);
    image.fill(Qt::red);
    return image;
}

// A site with baseurl /blog whose older post links an image as `{{ site.baseurl }}/assets/pics/old.png`,
// and the post being edited, `my-post`.
struct Site {
    QTemporaryDir dir;
    QString post;
    Site() {
        writeFile(dir.filePath(QStringLiteral("_config.yml")), "baseurl: /blog\n");
        writeImage(dir.filePath(QStringLiteral("assets/pics/old.png")), QSize(4, 4));
        writeFile(dir.filePath(QStringLiteral("_posts/2020-01-01-older.md")),
                  "---\ntitle: Older\n---\n![old]({{ site.baseurl }}/assets/pics/old.png)\n");
        post = dir.filePath(QStringLiteral("_posts/2020-02-02-my-post.md"));
        writeFile(post, "---\ntitle: Mine\n---\nHello\n");
    }
    QString path(const char *relative) const { return dir.filePath(QString::fromLatin1(relative)); }
    QStringList pics() const { return QDir(path("assets/pics")).entryList(QDir::Files, QDir::Name); }
};

struct Editing {
    MarkdownEditor editor;
    PostDocument document;
    EditorBinding binding{&editor, nullptr};
    QSignalSpy messages{binding.imageInsertion(), &ImageInsertion::message};
    QList<DownscaleOffer::Question> asked;  // the downscale offers made, answered with `downscale`
    bool downscale = false;
    explicit Editing(const QString &post) {
        binding.setDocument(&document);
        binding.imageInsertion()->setDownscaleChooser([this](const DownscaleOffer::Question &question) {
            asked.append(question);
            return downscale;
        });
        if (!post.isEmpty())
            QVERIFY(document.load(post).ok());
        editor.resize(600, 400);
        editor.show();
        editor.moveCursor(QTextCursor::End);
    }
    // Pastes `data` and waits until its image is written and linked.
    void paste(QMimeData *data) {
        startPaste(data);
        settle();
    }
    void startPaste(QMimeData *data) {
        QGuiApplication::clipboard()->setMimeData(data);
        editor.paste();
    }
    void drop(const QStringList &files, int position) {
        startDrop(files, position);
        settle();
    }
    void startDrop(const QStringList &files, int position) {
        QList<QUrl> urls;
        for (const QString &file : files)
            urls.append(QUrl::fromLocalFile(file));
        QMimeData data;
        data.setUrls(urls);
        QTextCursor at(editor.document());
        at.setPosition(position);
        const QPoint point = editor.cursorRect(at).center();
        QDragEnterEvent enter(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor.viewport(), &enter);
        QDropEvent drop(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor.viewport(), &drop);
    }
    // Waits for the images being written on worker threads and linked.
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(!binding.imageInsertion()->busy(), 120000); }
    QString lastMessage() const { return messages.isEmpty() ? QString() : messages.last().at(0).toString(); }
};

inline QMimeData *imageData(const QImage &image) {
    auto *data = new QMimeData;
    data->setImageData(image);
    return data;
}

}  // namespace ImageTest
