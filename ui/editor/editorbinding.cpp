#include "editor/editorbinding.h"

#include "editor/imagefolderchoice.h"
#include "editor/imageinsertion.h"
#include "editor/markdowneditor.h"
#include "post/postdocument.h"

EditorBinding::EditorBinding(MarkdownEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_images(new ImageInsertion(editor, this))
    , m_imageFolder(new ImageFolderChoice(editor, this)) {
    m_editor->setImageInsertion(m_images);
    connect(m_editor, &MarkdownEditor::bodyEdited, this, &EditorBinding::onEdited);
}

void EditorBinding::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_images->setDocument(document);
    m_imageFolder->setDocument(document);
    if (!m_document)
        return;
    connect(m_document, &PostDocument::loaded, this, &EditorBinding::onLoaded);
    connect(m_document, &PostDocument::bodyChanged, this, &EditorBinding::onBodyChanged);
    m_editor->setBodyUtf8(m_document->bodyLf());
}

void EditorBinding::onEdited() {
    if (!m_document)
        return;
    // Our own change comes back as bodyChanged(): it must not be written into the editor again.
    m_pushing = true;
    m_document->setBodyFromLf(m_editor->bodyUtf8());
    m_pushing = false;
}

void EditorBinding::onLoaded() {
    m_editor->setBodyUtf8(m_document->bodyLf());
    m_editor->moveCursor(QTextCursor::Start);
    m_editor->setFocus();
}

void EditorBinding::onBodyChanged() {
    if (m_pushing)
        return;
    // Someone other than the writer changed the body: show it, keeping the cursor where it can stay.
    const int position = m_editor->textCursor().position();
    m_editor->setBodyUtf8(m_document->bodyLf());
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(qMin(position, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
}
