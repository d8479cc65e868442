#include "addfieldpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddFieldPanel::AddFieldPanel(QWidget *parent) : QWidget(parent) {
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 4, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    m_key = new QLineEdit(this);
    m_key->setPlaceholderText(tr("Field name"));
    m_key->setAccessibleName(tr("New field name"));
    row->addWidget(m_key, 1);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("New field type"));
    for (FormFieldKind kind :
         {FormFieldKind::Text, FormFieldKind::YesNo, FormFieldKind::DateTime, FormFieldKind::Number,
          FormFieldKind::List, FormFieldKind::Image, FormFieldKind::Yaml})
        m_kind->addItem(FieldClassifier::displayName(kind), static_cast<int>(kind));
    row->addWidget(m_kind);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setDefault(true);
    row->addWidget(m_add);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    row->addWidget(cancel);
    column->addLayout(row);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(palette);
    m_error->hide();
    column->addWidget(m_error);

    connect(m_key, &QLineEdit::returnPressed, this, &AddFieldPanel::requestAdd);
    connect(m_add, &QPushButton::clicked, this, &AddFieldPanel::requestAdd);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
}

void AddFieldPanel::open() {
    m_key->clear();
    m_error->hide();
    show();
    m_key->setFocus(Qt::OtherFocusReason);
}

void AddFieldPanel::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

FormFieldKind AddFieldPanel::chosenKind() const {
    return static_cast<FormFieldKind>(m_kind->currentData().toInt());
}

void AddFieldPanel::setChosenKind(FormFieldKind kind) {
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void AddFieldPanel::requestAdd() {
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        showError(tr("Type the field's name first"));
        return;
    }
    Q_EMIT addRequested(key, chosenKind());
}
