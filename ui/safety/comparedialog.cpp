#include "comparedialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "safety/diffview.h"

CompareDialog::CompareDialog(const QString &title, const QString &beforeLabel, const QByteArray &before,
                             const QString &afterLabel, const QByteArray &after, QWidget *parent)
    : QDialog(parent)
    , m_diff(new DiffView(this))
    , m_legend(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_layout(new QVBoxLayout(this)) {
    setWindowTitle(title);
    m_diff->setTexts(before, after);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setText(tr("− %1    + %2    (%3)").arg(beforeLabel, afterLabel, m_diff->summary()));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_layout->addWidget(m_legend);
    m_layout->addWidget(m_diff, 1);
    m_layout->addWidget(m_buttons);
    resize(800, 600);
}

void CompareDialog::setAcceptText(const QString &text) {
    m_buttons->setStandardButtons(QDialogButtonBox::Cancel);
    QPushButton *accept = m_buttons->addButton(text, QDialogButtonBox::AcceptRole);
    accept->setDefault(true);
    accept->setFocus();
}

void CompareDialog::addOption(QAction *action) {
    auto *box = new QCheckBox(action->text(), this);
    box->setChecked(action->isChecked());
    box->setToolTip(action->statusTip());
    connect(box, &QCheckBox::toggled, action, &QAction::setChecked);
    connect(action, &QAction::toggled, box, &QCheckBox::setChecked);
    m_layout->insertWidget(m_layout->indexOf(m_buttons), box);
}

QString CompareDialog::legend() const {
    return m_legend->text();
}
