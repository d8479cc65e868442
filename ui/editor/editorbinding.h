#pragma once

#include <QObject>
#include <QPointer>

class ImageFolderChoice;
class ImageInsertion;
class MarkdownEditor;
class PostDocument;

// Keeps the Markdown editor and the document's body in step. What the writer types goes to the document (the
// editor's text is pulled once per edit and handed over without a copy); a new post, an external reload or
// a body change made by anyone else comes back into the editor. Everything else that shows the body
// (preview, word count, later panels) reads it from the document, never from the editor.
class EditorBinding : public QObject {
    Q_OBJECT

public:
    EditorBinding(MarkdownEditor *editor, QObject *parent);

    void setDocument(PostDocument *document);
    // Pasted and dropped images of the document's post; its message() is for the status bar.
    ImageInsertion *imageInsertion() const { return m_images; }
    // Edit > Image Folder... for the document's site; its message() is for the status bar.
    ImageFolderChoice *imageFolder() const { return m_imageFolder; }

private:
    void onEdited();
    void onLoaded();
    void onBodyChanged();

    MarkdownEditor *m_editor;
    ImageInsertion *m_images;
    ImageFolderChoice *m_imageFolder;
    QPointer<PostDocument> m_document;
    bool m_pushing = false;
};
