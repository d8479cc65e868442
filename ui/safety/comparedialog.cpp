#include "comparedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include "safety/diffview.h"

CompareDialog::CompareDialog(const QString &title, const QString &beforeLabel, const QByteArray &before,
                             const QString &afterLabel, const QByteArray &after, QWidget *parent)
    : QDialog(parent), m_diff(new DiffView(this)), m_legend(new QLabel(this)) {
    setWindowTitle(title);
    m_diff->setTexts(before, after);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setText(tr("− %1    + %2    (%3)").arg(beforeLabel, afterLabel, m_diff->summary()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_legend);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    resize(800, 600);
}

QString CompareDialog::legend() const {
    return m_legend->text();
}
