#pragma once

#include <QObject>
#include <QPointer>

class PostDocument;
class QAction;
class QWidget;

// Edit > Image Folder...: the writer picks the folder of the site where its new images go, over the one
// learnt from its posts (AppSettings::imageFolder). Only a folder inside the site that Jekyll publishes is
// taken. Enabled while the post belongs to a site.
class ImageFolderChoice : public QObject {
    Q_OBJECT

public:
    ImageFolderChoice(QWidget *dialogParent, QObject *parent);

    void setDocument(PostDocument *document);
    QAction *action() const { return m_action; }
    // Makes the folder at `path` the image folder of the post's site; false, with a message saying why,
    // when it is outside the site or not published.
    bool choose(const QString &path);

signals:
    void message(const QString &text);

private:
    void askForFolder();
    void updateEnabled();

    QWidget *m_dialogParent;
    QAction *m_action;
    QPointer<PostDocument> m_document;
};
