#include "window/renameoffer.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "form/frontmatterform.h"
#include "post/postdocument.h"
#include "site/postrename.h"
#include "site/slug.h"
#include "window/fileactions.h"
#include "window/postmoveactions.h"

namespace {

QString titleOf(const PostDocument *document) {
    return document->post().scalar(QStringLiteral("title"));
}

}  // namespace

RenameOffer::RenameOffer(PostDocument *document, FrontMatterForm *form, FileActions *files,
                         PostMoveActions *moves, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_form(form)
    , m_files(files)
    , m_moves(moves)
    , m_label(new QLabel(this))
    , m_redirect(new QCheckBox(tr("Add the old URL to redirect_from"), this))
    , m_rename(new QPushButton(tr("Re&name File"), this))
    , m_notNow(new QPushButton(tr("Not Now"), this)) {
    setObjectName(QStringLiteral("renameOffer"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // An offer, not a warning: the calm blue of an information bar.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(209, 236, 241));
    colours.setColor(QPalette::WindowText, QColor(12, 84, 96));
    setPalette(colours);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);  // titles and file names are never markup
    m_redirect->setChecked(true);
    m_redirect->setToolTip(tr("Links to the old URL keep working (the site uses jekyll-redirect-from)"));
    m_rename->setToolTip(
        tr("Rename the file after the title, keeping its date (Post > Undo Move undoes it)"));
    m_notNow->setToolTip(
        tr("Keep the file name; this is not offered again for this post until Postwright restarts"));

    // The sentence on its own line: the editor pane is narrow and file names and URLs are long.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_redirect);
    controls->addStretch(1);
    controls->addWidget(m_rename);
    controls->addWidget(m_notNow);
    layout->addLayout(controls);

    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (const Status renamed = accept(); !renamed)
            Q_EMIT failed(tr("Could not rename the post: %1").arg(renamed.error()));
    });
    connect(m_notNow, &QPushButton::clicked, this, &RenameOffer::decline);
    connect(m_document, &PostDocument::loaded, this, &RenameOffer::onLoaded);
    // A Save As names the file anew: the title it was saved with is the one to compare with from now on.
    connect(m_document, &PostDocument::pathChanged, this, &RenameOffer::onLoaded);
    connect(m_document, &PostDocument::saved, this, &RenameOffer::check);
    connect(qApp, &QApplication::focusChanged, this, &RenameOffer::onFocusChanged);
    withdraw();
}

void RenameOffer::onLoaded() {
    m_openedSlug = Slug::fromTitle(titleOf(m_document));
    withdraw();
}

void RenameOffer::onFocusChanged(QWidget *old, QWidget *now) {
    // Leaving the window (now is null) is not leaving the field.
    if (old && now && old == m_form->titleEdit())
        check();
}

void RenameOffer::check() {
    const QString path = m_document->path();
    const QString title = titleOf(m_document);
    if (m_renaming || path.isEmpty() || m_document->siteRoot().isEmpty() || m_declined.contains(path) ||
        title.trimmed().isEmpty() || Slug::fromTitle(title) == m_openedSlug) {
        withdraw();
        return;
    }
    // PostRename refuses a post whose name already matches, a file Jekyll does not read as a post and a
    // file outside a site: none of those is offered.
    const Result<PostRename::Plan> plan = PostRename::plan(path, m_document->savedText(), title, false);
    // A name another file has already would only be refused.
    if (!plan || QFileInfo::exists(plan->move.to())) {
        withdraw();
        return;
    }
    const QString from = QFileInfo(plan->move.from()).fileName();
    const QString to = QFileInfo(plan->move.to()).fileName();
    QString text =
        tr("The title now makes the name “%1”. Rename %2 to %3?").arg(Slug::fromTitle(title), from, to);
    const bool published = plan->hasPublicUrl;
    if (published && plan->urlChanges)
        text +=
            QLatin1Char(' ') + tr("The post's URL changes from %1 to %2.").arg(plan->oldUrl, plan->newUrl);
    else if (published)
        text += QLatin1Char(' ') + tr("The post's URL stays %1.").arg(plan->oldUrl);
    m_label->setText(text);
    m_label->setToolTip(path);
    m_redirectOffered = published && plan->urlChanges && plan->siteUsesRedirects;
    m_redirect->setVisible(m_redirectOffered);
    m_offered = true;
    show();
}

QString RenameOffer::message() const {
    return m_offered ? m_label->text() : QString();
}

Status RenameOffer::accept() {
    if (!m_offered)
        return Status::failure(tr("No rename is offered"));
    const bool addRedirect = m_redirectOffered && m_redirect->isChecked();
    withdraw();
    m_renaming = true;
    const bool saved = !m_document->isModified() || m_files->save();
    const Status renamed =
        saved ? m_moves->renameToTitle(addRedirect)
              : Status::failure(tr("%1 must be saved before it is renamed").arg(m_document->path()));
    m_renaming = false;
    return renamed;
}

void RenameOffer::decline() {
    if (!m_document->path().isEmpty())
        m_declined.insert(m_document->path());
    withdraw();
}

void RenameOffer::withdraw() {
    m_offered = false;
    hide();
}
