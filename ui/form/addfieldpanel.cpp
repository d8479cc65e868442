#include "addfieldpanel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
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

    m_keys = new QStringListModel(this);
    auto *completer = new QCompleter(m_keys, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setModelSorting(QCompleter::UnsortedModel);  // most used first
    m_key->setCompleter(completer);
    // A key the site uses brings the kind its posts give it (`tags` a list where the posts hold lists).
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &text) {
        const auto it = m_kinds.constFind(text.trimmed());
        if (it != m_kinds.cend())
            setChosenKind(it.value());
    });
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

void AddFieldPanel::setSuggestions(const QVector<QPair<QString, FormFieldKind>> &keys) {
    QStringList names;
    m_kinds.clear();
    for (const auto &key : keys) {
        names.append(key.first);
        m_kinds.insert(key.first, key.second);
    }
    m_keys->setStringList(names);
}

QStringList AddFieldPanel::suggestedKeys() const {
    return m_keys->stringList();
}

void AddFieldPanel::requestAdd() {
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        showError(tr("Type the field's name first"));
        return;
    }
    Q_EMIT addRequested(key, chosenKind());
}
