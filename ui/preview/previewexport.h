#pragma once

#include <QObject>
#include <QString>

class PostDocument;
class PreviewView;
class QAction;
class QWidget;

// File > Export as HTML… and Export as PDF…: the post as the preview shows it. HTML: one file that stands on
// its own (StandalonePage), the images, fonts and stylesheets' files it uses copied into "<name>_files"
// beside it, the post's script as inert as in the preview. PDF: the page printed by WebEngine. Both start
// in the writer's documents folder, never inside the site, where Jekyll would publish them.
class PreviewExport : public QObject {
    Q_OBJECT

public:
    PreviewExport(PreviewView *preview, PostDocument *document, QWidget *window);

    QAction *htmlAction() const { return m_htmlAction; }
    QAction *pdfAction() const { return m_pdfAction; }

    // Without asking where; finished() reports.
    void exportHtml(const QString &path);
    void exportPdf(const QString &path);

Q_SIGNALS:
    // `message` says what was written, or what failed and why (naming the file).
    void finished(const QString &path, bool ok, const QString &message);

private:
    QString askPath(const QString &title, const QString &suffix, const QString &filter);
    void writeHtml(const QString &path, const QVariantMap &dom);

    PreviewView *m_preview;
    PostDocument *m_document;
    QWidget *m_window;
    QAction *m_htmlAction;
    QAction *m_pdfAction;
};
