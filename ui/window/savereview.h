#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "safety/comparedialog.h"

class FrontMatterForm;
class PostDocument;
class QAction;
class QWidget;

// "What changes on save": the file on disk against the bytes a save will write, as a line diff, so the
// writer sees that only their edits are saved. View > Changes… shows it at any time; with View > Show
// Changes Before Saving on, a save of a post whose file would change asks first (Save / Cancel).
class SaveReview : public QObject {
    Q_OBJECT

public:
    SaveReview(PostDocument *document, FrontMatterForm *form, QWidget *window);

    // Whether to go on saving the document to `path`. Asks only when the option is on, `path` is the
    // document's own file, and the save would change it; false when the writer cancelled.
    bool confirmSave(const QString &path);
    // Shows the changes a save would make (Close only).
    void showChanges();

    QAction *changesAction() const { return m_changesAction; }
    QAction *beforeSaveAction() const { return m_beforeSaveAction; }
    // The open dialog, for tests.
    CompareDialog *dialog() const { return m_dialog; }

private:
    CompareDialog *makeDialog(const QString &title, const QByteArray &disk, const QByteArray &writing);

    PostDocument *m_document;
    FrontMatterForm *m_form;
    QWidget *m_window;
    QAction *m_changesAction;
    QAction *m_beforeSaveAction;
    QPointer<CompareDialog> m_dialog;
};
