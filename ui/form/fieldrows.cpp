#include "form/fieldrows.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

#include <memory>

#include "form/fieldlabel.h"
#include "form/fieldwidget.h"

void FieldRows::setRows(const QVector<Row> &rows) {
    bool changed = rows.size() != m_rows.size();
    for (qsizetype i = 0; !changed && i < rows.size(); ++i)
        changed = rows.at(i).widget != m_rows.at(i).widget;
    for (const Row &row : std::as_const(m_rows)) {
        const bool kept =
            std::any_of(rows.begin(), rows.end(), [&](const Row &r) { return r.widget == row.widget; });
        if (kept)
            continue;
        row.widget->hide();
        row.label->hide();
        row.widget->deleteLater();
        row.label->deleteLater();
    }
    m_rows = rows;
    if (changed) {
        relayout();
        updateLabels();
    }
}

void FieldRows::setReservedMnemonics(const QSet<QChar> &letters) {
    m_reserved = letters;
    updateLabels();
}

QStringList FieldRows::keys() const {
    QStringList keys;
    for (const Row &row : m_rows)
        keys.append(row.widget->key());
    return keys;
}

const FieldRows::Row *FieldRows::find(const QString &key) const {
    for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it) {
        if (it->widget->key() == key)
            return &*it;
    }
    return nullptr;
}

FieldWidget *FieldRows::widget(const QString &key) const {
    const Row *row = find(key);
    return row ? row->widget : nullptr;
}

QLabel *FieldRows::label(const QString &key) const {
    const Row *row = find(key);
    return row ? row->label : nullptr;
}

void FieldRows::relayout() {
    // Taking rows out keeps their widgets (and the focus in one of them); only the layout items go.
    while (m_layout->rowCount() > 0) {
        const QFormLayout::TakeRowResult taken = m_layout->takeRow(0);
        std::unique_ptr<QLayoutItem> label(taken.labelItem);
        std::unique_ptr<QLayoutItem> field(taken.fieldItem);
    }
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        m_layout->addRow(row.label, row.widget);
        row.label->show();
        row.widget->show();
        // Tab follows the file's order, also for rows created after the ones below them.
        for (QWidget *child : row.widget->findChildren<QWidget *>()) {
            if (!(child->focusPolicy() & Qt::TabFocus) || child->focusProxy())
                continue;
            if (previous)
                QWidget::setTabOrder(previous, child);
            previous = child;
        }
    }
}

void FieldRows::updateLabels() {
    QSet<QChar> used = m_reserved;
    // The title takes T first, so Alt+T always reaches it.
    const FieldWidget *title = widget(QStringLiteral("title"));
    auto text = [](const Row &row) {
        const QString key = row.widget->key();
        return key.isEmpty() ? QCoreApplication::translate("FrontMatterForm", "(complex key)")
                             : FieldLabel::humanize(key);
    };
    for (const Row &row : std::as_const(m_rows)) {
        if (row.widget == title)
            row.label->setText(FieldLabel::withMnemonic(text(row), used, QLatin1Char('t')));
    }
    for (const Row &row : std::as_const(m_rows)) {
        if (row.widget != title)
            row.label->setText(FieldLabel::withMnemonic(text(row), used));
    }
}
