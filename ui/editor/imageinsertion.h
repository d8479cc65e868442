#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class PostDocument;
class QMimeData;
class QPlainTextEdit;

// Pasted bitmaps and dropped image files become images of the post's site: written where the site keeps its
// images (ImagePlacement, ImageFileWriter), then linked at the editor's cursor as `![alt](url)`, one undo
// step, the alt text selected for typing. Pasted bitmaps are saved as PNG; dropped files are copied as they
// are, or linked in place when they already are published files of the site. A clipboard that also holds
// plain text pastes the text, as before (office programs put a picture of the copied text beside it),
// unless the text is only an address (a browser's "Copy Image" puts the image's address beside it).
// Problems (no file for the post yet, a folder that cannot be written, a file that is not an image) are
// reported through message() and leave the text and the site as they were.
class ImageInsertion : public QObject {
    Q_OBJECT

public:
    ImageInsertion(QPlainTextEdit *editor, QObject *parent);

    void setDocument(PostDocument *document);

    // Whether insert() takes `source`: image data without plain text, or local files all named as images.
    bool accepts(const QMimeData *source) const;
    // Writes and links what `source` holds at the editor's cursor; false when it was not taken.
    bool insert(const QMimeData *source);

signals:
    // For the status bar: what went wrong, or what was written.
    void message(const QString &text);

private:
    bool insertImageData(const QMimeData *source);
    bool insertFiles(const QStringList &files);
    // The site folder problem for a new image, or empty when the post has a file in a site.
    QString missingPlace() const;
    // Inserts `images` (`![alt](url)` each) at the cursor as one undo step, selecting the first alt text.
    void link(const QStringList &images, int firstAltLength);

    QPlainTextEdit *m_editor;
    QPointer<PostDocument> m_document;
};
