#include "boolfieldwidget.h"

#include <QCheckBox>
#include <QHBoxLayout>

#include "frontmatter/fieldentry.h"
#include "post/postdocument.h"

namespace {

// As Jekyll's YAML reader takes it: yes, true and on (any case) are true.
bool isTrue(const QString &word) {
    const QString w = word.trimmed().toLower();
    return w == QLatin1String("true") || w == QLatin1String("yes") || w == QLatin1String("on");
}

}  // namespace

BoolFieldWidget::BoolFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent)
    : FieldWidget(document, entry.key, FormFieldKind::YesNo, parent) {
    m_check = new QCheckBox(this);
    contentLayout()->addWidget(m_check);
    contentLayout()->addStretch(1);
    // clicked, not toggled: only the writer's own click is an edit.
    connect(m_check, &QCheckBox::clicked, this,
            [this](bool checked) { apply([&](PostDocument &doc) { return doc.setBool(key(), checked); }); });
    showEntry(entry);
}

QWidget *BoolFieldWidget::editor() const {
    return m_check;
}

void BoolFieldWidget::showEntry(const FieldEntry &entry) {
    m_check->setChecked(entry.kind == FieldEntry::Kind::Scalar && isTrue(entry.scalar));
    m_check->setToolTip(tr("Written as \u201c%1\u201d").arg(entry.scalar));
}

void BoolFieldWidget::setReadOnly(bool readOnly) {
    FieldWidget::setReadOnly(readOnly);
    m_check->setEnabled(!readOnly);
}
