#include "preview/previewexport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPointer>
#include <QStandardPaths>
#include <QWebEngineScript>

#include "post/postdocument.h"
#include "post/postfile.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "preview/siteschemehandler.h"
#include "render/standalonepage.h"
#include "window/actionicons.h"

namespace {
// What the page holds now, read in our world: the document, its URL, its stylesheets and the title shown.
const char kReadPage[] = R"((function () {
  const title = document.getElementById('pw-title');
  return {
    html: '<!DOCTYPE html>\n' + document.documentElement.outerHTML,
    url: document.URL,
    sheets: Array.from(document.querySelectorAll('link[rel="stylesheet"]'), (l) => l.href),
    title: title && !title.hidden ? title.textContent : ''
  };
})())";

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}  // namespace

PreviewExport::PreviewExport(PreviewView *preview, PostDocument *document, QWidget *window)
    : QObject(window)
    , m_preview(preview)
    , m_document(document)
    , m_window(window)
    , m_htmlAction(new QAction(tr("Export as &HTML…"), this))
    , m_pdfAction(new QAction(tr("Export as P&DF…"), this)) {
    m_htmlAction->setIcon(ActionIcons::icon(QStringLiteral("text-html")));
    m_pdfAction->setIcon(ActionIcons::icon(QStringLiteral("application-pdf")));
    m_htmlAction->setStatusTip(
        tr("Write the post as the preview shows it to an HTML file, its images beside it"));
    m_pdfAction->setStatusTip(tr("Write the post as the preview shows it to a PDF file"));
    connect(m_htmlAction, &QAction::triggered, this, [this] {
        const QString path = askPath(tr("Export as HTML"), QStringLiteral("html"), tr("HTML files (*.html)"));
        if (!path.isEmpty())
            exportHtml(path);
    });
    connect(m_pdfAction, &QAction::triggered, this, [this] {
        const QString path = askPath(tr("Export as PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
}

QString PreviewExport::askPath(const QString &title, const QString &suffix, const QString &filter) {
    const QString stem =
        m_document->path().isEmpty() ? tr("post") : QFileInfo(m_document->path()).completeBaseName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString start = QDir(folder).filePath(stem + QLatin1Char('.') + suffix);
    return QFileDialog::getSaveFileName(m_window, title, start, filter);
}

void PreviewExport::exportHtml(const QString &path) {
    if (!m_preview->isPageReady()) {
        emit finished(path, false, tr("Could not export %1: the preview has not loaded yet").arg(path));
        return;
    }
    QPointer<PreviewExport> self(this);
    m_preview->page()->runJavaScript(QString::fromLatin1(kReadPage), QWebEngineScript::ApplicationWorld,
                                     [self, path](const QVariant &dom) {
                                         if (self)
                                             self->writeHtml(path, dom.toMap());
                                     });
}

void PreviewExport::writeHtml(const QString &path, const QVariantMap &dom) {
    const SiteSchemeHandler *handler = m_preview->schemeHandler();
    const QFileInfo target(path);
    const QString folderName = target.completeBaseName() + QStringLiteral("_files");

    StandalonePage::Input input;
    input.html = dom.value(QStringLiteral("html")).toString();
    input.baseUrl = QUrl(dom.value(QStringLiteral("url")).toString());
    input.scheme = QString::fromLatin1(SiteSchemeHandler::schemeName());
    input.title = dom.value(QStringLiteral("title")).toString();
    input.assetFolder = folderName;
    input.available = [handler](const QUrl &url) { return !handler->fileFor(url).isEmpty(); };
    for (const QVariant &href : dom.value(QStringLiteral("sheets")).toList()) {
        const QUrl url(href.toString());
        const QString file = handler->fileFor(url);
        if (!file.isEmpty())
            input.stylesheets.append({url, QString::fromUtf8(readFile(file))});
    }
    if (input.html.isEmpty()) {
        emit finished(path, false, tr("Could not export %1: the preview could not be read").arg(path));
        return;
    }
    const StandalonePage::Output page = StandalonePage::build(input);

    const QDir folder(target.absoluteDir().filePath(folderName));
    if (!page.assets.isEmpty() && !QDir().mkpath(folder.path())) {
        emit finished(path, false,
                      tr("Could not export %1: cannot create the folder %2").arg(path, folder.path()));
        return;
    }
    for (const StandalonePage::Asset &asset : page.assets) {
        const QString from = handler->fileFor(asset.url);
        QFile source(from);
        if (!source.open(QIODevice::ReadOnly)) {
            emit finished(
                path, false,
                tr("Could not export %1: cannot read %2: %3").arg(path, from, source.errorString()));
            return;
        }
        if (const Status written = PostFile::writeBytes(folder.filePath(asset.fileName), source.readAll());
            !written) {
            emit finished(path, false, tr("Could not export %1: %2").arg(path, written.error()));
            return;
        }
    }
    if (const Status written = PostFile::writeBytes(target.absoluteFilePath(), page.html.toUtf8());
        !written) {
        emit finished(path, false, tr("Could not export %1: %2").arg(path, written.error()));
        return;
    }
    emit finished(path, true,
                  page.assets.isEmpty()
                      ? tr("Exported %1").arg(target.fileName())
                      : tr("Exported %1; the files it shows are in %2").arg(target.fileName(), folderName));
}

void PreviewExport::exportPdf(const QString &path) {
    if (!m_preview->isPageReady()) {
        emit finished(path, false, tr("Could not export %1: the preview has not loaded yet").arg(path));
        return;
    }
    const bool us = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem;
    const QPageLayout layout(QPageSize(us ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    connect(
        m_preview->page(), &QWebEnginePage::pdfPrintingFinished, this,
        [this](const QString &file, bool ok) {
            emit finished(
                file, ok,
                ok ? tr("Exported %1").arg(QFileInfo(file).fileName())
                   : tr("Could not export %1: the page could not be printed or the file written").arg(file));
        },
        Qt::SingleShotConnection);
    m_preview->page()->printToPdf(path, layout);
}
