#pragma once

#include <QObject>

class DiskWatcher;
class ExternalChangeBar;
class MarkdownEditor;
class PostDocument;
class QWidget;

// Keeps the open post in step with its file on disk: watches it, reloads it when it changed and there are no
// unsaved edits (keeping the cursor), and otherwise asks through the bar (reload / keep mine / compare).
// Before a save, confirmOverwrite() asks when the file changed since it was read.
class ExternalChangeHandler : public QObject {
    Q_OBJECT

public:
    ExternalChangeHandler(PostDocument *document, MarkdownEditor *editor, ExternalChangeBar *bar,
                          QWidget *dialogParent);

    // True when saving may go ahead: the file did not change on disk, or the writer chose to overwrite it.
    bool confirmOverwrite();
    DiskWatcher *watcher() const { return m_watcher; }

Q_SIGNALS:
    void saveRequested();

private:
    void onLoaded();
    void onSaved(const QString &path);
    void onChangedOnDisk();
    void reloadKeepingCursor();
    void compare();

    PostDocument *m_document;
    MarkdownEditor *m_editor;
    ExternalChangeBar *m_bar;
    QWidget *m_dialogParent;
    DiskWatcher *m_watcher;
};
