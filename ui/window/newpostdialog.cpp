#include "newpostdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "site/postlocation.h"

NewPostDialog::NewPostDialog(const QString &siteRoot, QWidget *parent)
    : QDialog(parent)
    , m_siteRoot(siteRoot)
    , m_title(new QLineEdit(this))
    , m_draft(new QCheckBox(tr("Save as a &draft (in _drafts/, not published)"), this))
    , m_path(new QLabel(this)) {
    setWindowTitle(tr("New Post"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_draft);
    form->addRow(tr("File:"), m_path);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty());
        updatePath();
    });
    connect(m_draft, &QCheckBox::toggled, this, &NewPostDialog::updatePath);
    updatePath();
    resize(520, sizeHint().height());
}

QString NewPostDialog::title() const {
    return m_title->text().trimmed();
}

bool NewPostDialog::isDraft() const {
    return m_draft->isChecked();
}

void NewPostDialog::updatePath() {
    const QString path = PostLocation::newPostPath(m_siteRoot, title().isEmpty() ? tr("title") : title(),
                                                   QDate::currentDate(), isDraft());
    m_path->setText(QDir(m_siteRoot).relativeFilePath(path));
}
