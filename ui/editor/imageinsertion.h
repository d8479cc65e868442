#pragma once

#include "editor/downscaleoffer.h"
#include "editor/imagewritetask.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTextCursor>

class PostDocument;
class QMimeData;
class QPlainTextEdit;
class QTextDocument;

// Pasted bitmaps and dropped image files become images of the post's site: written where the site keeps its
// images (ImagePlacement, or the writer's folder for the site), then linked as `![alt](url)` where the cursor
// was, one undo step, the alt text selected for typing. Pasted bitmaps are saved as PNG, or JPEG when they
// are photos (ImageSizeRules); dropped files keep their format and are copied without their location
// (unless the writer keeps it), or linked in place when they already are published files of the site. An
// image over the writer's width or size limit is offered a downscale (DownscaleOffer). Encoding and writing
// run on a worker thread (ImageWriteTask), so the editor stays usable; the link goes in when the files are
// written, at the place the cursor had, edits in between notwithstanding.
// A clipboard that also holds plain text pastes the text, as before (office programs put a picture of the
// copied text beside it), unless the text is only an address (a browser's "Copy Image" puts the image's
// address beside it). Problems (no file for the post yet, a folder that cannot be written, a file that is
// not an image or too large to open) are reported through message() and leave the text and the site as they
// were.
class ImageInsertion : public QObject {
    Q_OBJECT

public:
    ImageInsertion(QPlainTextEdit *editor, QObject *parent);

    void setDocument(PostDocument *document);
    // Who answers the downscale offer; a dialog over the editor unless set.
    void setDownscaleChooser(DownscaleOffer::Chooser chooser);

    // Whether insert() takes `source`: image data without plain text, or local files all named as images.
    bool accepts(const QMimeData *source) const;
    // Starts writing and linking what `source` holds at the editor's cursor; false when it was not taken.
    bool insert(const QMimeData *source);
    // Whether images are still being written.
    bool busy() const { return m_running > 0; }

signals:
    // For the status bar: what went wrong, or what was written.
    void message(const QString &text);

private:
    // Where the link of a running insertion goes, and for which post.
    struct Target {
        QTextCursor at;
        bool replacesSelection = false;  // else `at`'s anchor, which moves with text typed there, is dropped
        QPointer<PostDocument> document;
        QString path;      // the post's, when the image was added
        QString siteRoot;  // its site's
    };

    bool insertImageData(const QMimeData *source);
    bool insertFiles(const QStringList &files);
    // The site folder problem for a new image, or empty when the post has a file in a site.
    QString missingPlace() const;
    Target target() const;
    // What to write for the post of `target`, with the writer's settings.
    static ImageWriteTask::Request request(const Target &target);
    bool ask(const DownscaleOffer::Question &question) const;
    // Runs `request` on a worker thread, then links its images at `target`, the alt texts `alts`.
    void write(const Target &target, const ImageWriteTask::Request &request, const QStringList &alts);
    void finish(const Target &target, const ImageWriteTask::Outcome &outcome, const QStringList &alts);
    // Inserts `images` (`![alt](url)` each) at `target` as one undo step, selecting the first alt text.
    void link(const Target &target, const QStringList &images, int firstAltLength);

    QPlainTextEdit *m_editor;
    QPointer<PostDocument> m_document;
    DownscaleOffer::Chooser m_chooser;
    int m_running = 0;
};
