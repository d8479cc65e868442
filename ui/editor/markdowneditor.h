#pragma once

#include <QByteArray>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include "editor/textmark.h"

class ImageInsertion;
class MarkdownHighlighter;
class QAction;

// The editor for a post's Markdown body: soft-wrapped, highlighted, with comfortable line spacing and a text
// column of readable width centred in a wide window. Ctrl+B / Ctrl+I / Ctrl+K toggle strong and emphasis and
// make a link (each one undo step); Enter continues lists, Tab / Shift+Tab indent and outdent list items.
//
// The editor works in LF: bodyUtf8() returns LF line endings whatever setBodyUtf8() was given (CR LF and a
// lone CR both become LF, since QTextDocument turns them into paragraph breaks). The caller, which knows the
// file's line endings, converts back when it saves. Everything else round-trips byte for byte (non-breaking
// spaces, U+2028, invalid-free UTF-8 of any script). Work per keystroke is proportional to the edited line,
// never to the document, so 1 MB posts stay responsive.
class MarkdownEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);
    // The system's fixed font at the editor's size: what the editor uses until the writer picks another.
    static QFont defaultFont();
    // defaultFont() with the family and size the writer chose (AppSettings::editorFontFamily,
    // editorFontSize); what the editor shows, following a change at once.
    static QFont chosenFont();

    // The body as UTF-8 with LF line endings (see the class comment).
    QByteArray bodyUtf8() const;
    // Replaces the body: clears undo/redo history and the modified flag, puts the cursor at the start and
    // does not emit bodyEdited(). body is UTF-8 (the caller has validated it); CR LF and CR become LF.
    void setBodyUtf8(const QByteArray &body);

    // 1-based line of the text cursor / of the first line showing at the top, and a jump to a line (clamped
    // to the document) that moves the cursor there and scrolls it into the middle of the view.
    int currentSourceLine() const;
    int firstVisibleSourceLine() const;
    void goToLine(int line);

    // Widest text column in characters; wider windows get equal margins on both sides.
    void setMaxTextColumns(int columns);
    int maxTextColumns() const { return m_maxColumns; }

    // For the window's Edit menu. Their shortcuts work while the editor has focus.
    QAction *boldAction() const { return m_boldAction; }
    QAction *italicAction() const { return m_italicAction; }
    QAction *linkAction() const { return m_linkAction; }

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // Pasted image data and dropped files go to `images` (not owned; may be null: then they paste as text).
    void setImageInsertion(ImageInsertion *images);

    // Underlines stretches of the body with a wavy line; resting the mouse on one shows its reason. Replaces
    // the previous marks; each then follows edits of the text (an edit inside it widens or narrows it) until
    // the next call. Marks are clipped to the text.
    // Each layer's marks are replaced only by a call for that layer.
    void setTextMarks(const QVector<TextMark> &marks,
                      TextMark::Layer layer = TextMark::Layer::PreviewCaveats);
    // The warning marks (preview caveats and link targets, not spelling) as they are now, moved by the edits
    // since setTextMarks().
    QVector<TextMark> textMarks() const;
    QVector<TextMark> textMarks(TextMark::Layer layer) const;
    // The reason of the mark at the cursor position `position` (touching it on either side), or empty.
    QString textMarkReasonAt(int position) const;

    // Extra selections other parts draw on the text (the find bar's matches, focus mode's dimming), each
    // kind replacing only its own; drawn under the text marks. Cheap to call often with few selections.
    enum class Decoration { Focus, Search };
    void setDecorations(Decoration kind, const QList<QTextEdit::ExtraSelection> &selections);
    QList<QTextEdit::ExtraSelection> decorations(Decoration kind) const { return m_decorations[int(kind)]; }

signals:
    // The body changed through the user (typing, paste, commands, undo/redo), not through setBodyUtf8().
    void bodyEdited();

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QAction *createAction(const QString &text, const QKeySequence &shortcut, void (MarkdownEditor::*slot)());
    QAction *actionForKey(const QKeyEvent *event) const;
    void toggleBold();
    void toggleItalic();
    void insertLink();
    void updateTextColumn();
    void applyFontSetting();
    void applyExtraSelections();

    MarkdownHighlighter *m_highlighter = nullptr;
    QPointer<ImageInsertion> m_images;
    QAction *m_boldAction = nullptr;
    QAction *m_italicAction = nullptr;
    QAction *m_linkAction = nullptr;
    int m_maxColumns = 80;
    bool m_settingBody = false;
    struct MarkLayer {
        QList<QTextEdit::ExtraSelection> marks;
        QStringList reasons;  // one per mark
    };
    MarkLayer m_layers[3];                              // indexed by TextMark::Layer
    QList<QTextEdit::ExtraSelection> m_decorations[2];  // indexed by Decoration
};
