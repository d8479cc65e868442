#include "window/postmoveactions.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>

#include "post/postdocument.h"
#include "post/postfile.h"
#include "site/draftpublisher.h"
#include "site/postrename.h"
#include "site/sitetimezone.h"
#include "window/actionicons.h"
#include "window/fileactions.h"

namespace {

// Today in the site's `timezone` (else the system's): the day a post published now is dated.
QDate siteToday(const QString &path) {
    return QDateTime::currentDateTime().toTimeZone(SiteTimeZone::of(path)).date();
}

bool isDraft(const QString &path) {
    return path.contains(QLatin1String("/_drafts/"));
}

bool isPost(const QString &path) {
    return path.contains(QLatin1String("/_posts/"));
}

// `name-copy.md`, `name-copy-2.md`, ... beside `path`: the first that does not exist.
QString copyPath(const QString &path) {
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 1;; ++n) {
        const QString name =
            n == 1 ? base + QStringLiteral("-copy") : base + QStringLiteral("-copy-%1").arg(n);
        const QString candidate = info.dir().filePath(name + suffix);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

}  // namespace

PostMoveActions::PostMoveActions(PostDocument *document, FileActions *files, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_files(files)
    , m_window(window)
    , m_publish(new QAction(tr("&Publish…"), this))
    , m_unpublish(new QAction(tr("&Unpublish"), this))
    , m_undoMove(new QAction(tr("Undo &Move"), this))
    , m_duplicate(new QAction(tr("D&uplicate Post"), this))
    , m_rename(new QAction(tr("&Rename File to Match Title…"), this))
    , m_delete(new QAction(tr("&Delete Post…"), this)) {
    m_publish->setIcon(ActionIcons::icon(QStringLiteral("document-send")));
    m_unpublish->setIcon(ActionIcons::icon(QStringLiteral("document-revert")));
    m_undoMove->setIcon(ActionIcons::icon(QStringLiteral("edit-undo")));
    m_duplicate->setIcon(ActionIcons::icon(QStringLiteral("edit-copy")));
    m_rename->setIcon(ActionIcons::icon(QStringLiteral("edit-rename")));
    m_delete->setIcon(ActionIcons::icon(QStringLiteral("edit-delete")));
    m_publish->setToolTip(tr("Move this draft into _posts with a date, as Jekyll publishes it"));
    m_unpublish->setToolTip(tr("Move this post back into _drafts"));
    m_delete->setToolTip(tr("Move this post to the trash"));
    connect(m_publish, &QAction::triggered, this, [this] {
        if (!saveFirst())
            return;
        if (const std::optional<QDate> date = askDate())
            report(publish(date), tr("Could not publish the post"));
    });
    connect(m_unpublish, &QAction::triggered, this, [this] {
        if (saveFirst())
            report(unpublish(), tr("Could not unpublish the post"));
    });
    m_rename->setToolTip(tr("Give the file the name the title makes, keeping its date"));
    connect(m_rename, &QAction::triggered, this, [this] {
        if (!saveFirst())
            return;
        const QString title = m_document->post().scalar(QStringLiteral("title"));
        const Result<PostRename::Plan> plan =
            PostRename::plan(m_document->path(), m_document->savedText(), title, false);
        if (!plan) {
            report(Status::failure(plan.error()), tr("Could not rename the post"));
            return;
        }
        QMessageBox box(
            QMessageBox::Question, tr("Rename File to Match Title"),
            tr("Rename %1 to %2?")
                .arg(QFileInfo(plan->move.from()).fileName(), QFileInfo(plan->move.to()).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, m_window);
        box.setTextFormat(Qt::PlainText);
        if (plan->hasPublicUrl && plan->urlChanges)
            box.setInformativeText(tr("Its address changes from %1 to %2.").arg(plan->oldUrl, plan->newUrl));
        QCheckBox *redirect = nullptr;
        if (plan->hasPublicUrl && plan->urlChanges && plan->siteUsesRedirects) {
            redirect = new QCheckBox(tr("Keep the old address working (add it to redirect_from)"), &box);
            redirect->setChecked(true);
            box.setCheckBox(redirect);
        }
        if (box.exec() == QMessageBox::Yes)
            report(renameToTitle(redirect && redirect->isChecked()), tr("Could not rename the post"));
    });
    connect(m_undoMove, &QAction::triggered, this,
            [this] { report(undoMove(), tr("Could not undo the move")); });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (!saveFirst())
            return;
        const Result<QString> copy = duplicate();
        report(copy ? Status() : Status::failure(copy.error()), tr("Could not duplicate the post"));
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        const QString name = QFileInfo(m_document->path()).fileName();
        const QMessageBox::StandardButton answer = QMessageBox::question(
            m_window, tr("Delete Post"), tr("Move %1 to the trash? Unsaved edits to it are lost.").arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            report(moveToTrash(), tr("Could not delete the post"));
    });
    connect(m_document, &PostDocument::pathChanged, this, &PostMoveActions::updateActions);
    connect(m_document, &PostDocument::loaded, this, &PostMoveActions::updateActions);
    updateActions();
}

QList<QAction *> PostMoveActions::actions() const {
    return {m_publish, m_unpublish, m_rename, m_undoMove, m_duplicate, m_delete};
}

void PostMoveActions::updateActions() {
    const QString path = m_document->path();
    m_publish->setEnabled(isDraft(path));
    m_unpublish->setEnabled(isPost(path));
    m_duplicate->setEnabled(!path.isEmpty());
    m_rename->setEnabled(!path.isEmpty());
    m_delete->setEnabled(!path.isEmpty());
    m_undoMove->setEnabled(m_lastMove && m_lastMove->to() == path);
}

bool PostMoveActions::saveFirst() {
    return !m_document->isModified() || m_files->save();
}

std::optional<QDate> PostMoveActions::askDate() {
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Publish"));
    auto *layout = new QFormLayout(&dialog);
    auto *date = new QDateEdit(siteToday(m_document->path()), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    layout->addRow(tr("Publication &date:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

Status PostMoveActions::follow(const Result<FileMove> &moved, const QString &done) {
    if (!moved)
        return Status::failure(moved.error());
    m_lastMove = moved.value();
    const Status opened = m_files->open(moved->to());
    emit filesChanged({moved->from(), moved->to()});
    updateActions();
    if (opened)
        emit message(done.arg(QDir::toNativeSeparators(moved->to())));
    return opened;
}

Status PostMoveActions::publish(std::optional<QDate> date) {
    const QDate today = siteToday(m_document->path());
    const std::optional<QDate> chosen = date && *date != today ? date : std::nullopt;
    return follow(DraftPublisher::publish(m_document->path(), m_document->savedText(), chosen),
                  tr("Published as %1"));
}

Status PostMoveActions::renameToTitle(bool addRedirect) {
    const QString title = m_document->post().scalar(QStringLiteral("title"));
    const Result<PostRename::Plan> plan =
        PostRename::plan(m_document->path(), m_document->savedText(), title, addRedirect);
    if (!plan)
        return Status::failure(plan.error());
    if (const Status moved = plan->move.apply(); !moved)
        return moved;
    return follow(plan->move, tr("Renamed to %1"));
}

Status PostMoveActions::unpublish() {
    return follow(DraftPublisher::unpublish(m_document->path(), m_document->savedText()),
                  tr("Moved back to the drafts as %1"));
}

Status PostMoveActions::undoMove() {
    if (!m_lastMove)
        return Status::failure(tr("There is no publish or unpublish to undo"));
    if (m_document->isModified() && !m_files->save())
        return Status::failure(tr("The post must be saved before the move is undone"));
    const FileMove move = *m_lastMove;
    if (const Status undone = move.undo(); !undone)
        return undone;
    m_lastMove.reset();
    const Status opened = m_files->open(move.from());
    emit filesChanged({move.from(), move.to()});
    updateActions();
    return opened;
}

Result<QString> PostMoveActions::duplicate() {
    const QString copy = copyPath(m_document->path());
    QFile out(copy);
    // NewOnly: never over a file that appeared meanwhile.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Result<QString>::failure(tr("Could not create %1: %2").arg(copy, out.errorString()));
    out.close();
    if (const Status written = PostFile::writeBytes(copy, m_document->savedText()); !written) {
        QFile::remove(copy);
        return Result<QString>::failure(written.error());
    }
    emit filesChanged({copy});
    if (const Status opened = m_files->open(copy); !opened)
        return Result<QString>::failure(opened.error());
    emit message(tr("Duplicated as %1").arg(QDir::toNativeSeparators(copy)));
    return copy;
}

Status PostMoveActions::moveToTrash() {
    const QString path = m_document->path();
    const QString site = m_document->siteRoot();
    QFile file(path);
    if (!file.moveToTrash())
        return Status::failure(tr("Could not move %1 to the trash: %2").arg(path, file.errorString()));
    emit filesChanged({path});
    emit message(tr("Moved %1 to the trash").arg(QDir::toNativeSeparators(path)));
    m_lastMove.reset();
    return site.isEmpty() ? Status() : m_files->openSite(site);
}

void PostMoveActions::report(const Status &status, const QString &title) {
    if (status)
        return;
    QMessageBox box(QMessageBox::Critical, title, status.error(), QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);  // a file name is never markup
    box.exec();
}
