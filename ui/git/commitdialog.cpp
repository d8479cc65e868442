#include "git/commitdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "site/postcommitplan.h"

CommitDialog::CommitDialog(const PostCommitPlan &plan, const QString &upstream, bool push, QWidget *parent)
    : QDialog(parent)
    , m_files(new QListWidget(this))
    , m_message(new QPlainTextEdit(this))
    , m_push(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Commit Post"));
    auto *layout = new QVBoxLayout(this);

    auto *filesLabel = new QLabel(tr("The commit holds these files, and nothing else that changed:"), this);
    filesLabel->setWordWrap(true);
    layout->addWidget(filesLabel);
    for (const QString &path : plan.paths)
        m_files->addItem(path);
    for (const QString &path : plan.removedPaths)
        m_files->addItem(tr("%1 (removed: the post moved)").arg(path));
    m_files->setSelectionMode(QAbstractItemView::NoSelection);
    m_files->setMaximumHeight(m_files->sizeHintForRow(0) * 5 + 2 * m_files->frameWidth() + 4);
    layout->addWidget(m_files);

    auto *messageLabel = new QLabel(tr("&Message:"), this);
    messageLabel->setBuddy(m_message);
    layout->addWidget(messageLabel);
    m_message->setPlainText(plan.defaultMessage);
    m_message->setTabChangesFocus(true);
    m_message->installEventFilter(this);
    m_message->selectAll();
    layout->addWidget(m_message, 1);

    if (upstream.isEmpty()) {
        m_push->setText(tr("&Push (the branch has no upstream: set one with git push -u)"));
        m_push->setEnabled(false);
    } else {
        m_push->setText(tr("&Push to %1 afterwards").arg(upstream));
        m_push->setChecked(push);
    }
    layout->addWidget(m_push);

    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_message, &QPlainTextEdit::textChanged, this, &CommitDialog::updateButtons);
    connect(m_push, &QCheckBox::toggled, this, &CommitDialog::updateButtons);
    updateButtons();
    m_message->setFocus();
    resize(520, 320);
}

QString CommitDialog::message() const {
    return m_message->toPlainText().trimmed();
}

bool CommitDialog::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_message && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool CommitDialog::push() const {
    return m_push->isEnabled() && m_push->isChecked();
}

void CommitDialog::updateButtons() {
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(push() ? tr("Commit and Push") : tr("Commit"));
    ok->setEnabled(!message().isEmpty());
}
