#include "editor/imagefolderchoice.h"

#include "post/postdocument.h"
#include "site/imageplacement.h"
#include "window/actionicons.h"
#include "window/appsettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>

ImageFolderChoice::ImageFolderChoice(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent), m_action(new QAction(tr("Image &Folder…"), this)) {
    m_action->setIcon(ActionIcons::icon(QStringLiteral("folder-pictures")));
    m_action->setStatusTip(tr("Choose the folder of the site where new images of its posts go"));
    connect(m_action, &QAction::triggered, this, &ImageFolderChoice::askForFolder);
    updateEnabled();
}

void ImageFolderChoice::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &PostDocument::loaded, this, &ImageFolderChoice::updateEnabled);
        connect(m_document, &PostDocument::pathChanged, this, &ImageFolderChoice::updateEnabled);
    }
    updateEnabled();
}

void ImageFolderChoice::updateEnabled() {
    m_action->setEnabled(m_document && !m_document->siteRoot().isEmpty());
}

void ImageFolderChoice::askForFolder() {
    if (!m_document || m_document->siteRoot().isEmpty())
        return;
    const QString root = m_document->siteRoot();
    const QString current = AppSettings::imageFolder(root);
    const QString start = current.isNull()
                              ? ImagePlacement::forSite(root, m_document->path()).absoluteFolder()
                              : QDir(root).filePath(current);
    const QString path = QFileDialog::getExistingDirectory(m_dialogParent, tr("Image Folder"),
                                                           QDir(start).exists() ? start : root);
    if (!path.isEmpty())
        choose(path);
}

bool ImageFolderChoice::choose(const QString &path) {
    if (!m_document || m_document->siteRoot().isEmpty())
        return false;
    const Result<QString> folder = ImagePlacement::folderInSite(m_document->siteRoot(), path);
    if (!folder) {
        emit message(folder.error());
        return false;
    }
    AppSettings::setImageFolder(m_document->siteRoot(), folder.value());
    emit message(tr("New images of this site go to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}
