#include "datefieldwidget.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>

#include "frontmatter/dateshape.h"
#include "frontmatter/fieldentry.h"
#include "post/postdocument.h"

namespace {

bool writesSeconds(const QString &text) {
    static const QRegularExpression re(QStringLiteral("[0-9]:[0-9]{2}:[0-9]{2}"));
    return re.match(text).hasMatch();
}

QString offsetText(int seconds) {
    const int absolute = std::abs(seconds);
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(absolute / 3600, 2, 10, QLatin1Char('0'))
        .arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

DateFieldWidget::DateFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent)
    : FieldWidget(document, entry.key, FormFieldKind::DateTime, parent) {
    const std::optional<DateShape> shape = DateShape::of(entry.scalar);
    m_dateOnly = shape && !shape->hasTime();
    m_edit = m_dateOnly ? new QDateEdit(this) : new QDateTimeEdit(this);
    // The edit holds the wall-clock date and time as written; UTC has no daylight-saving gaps to skip.
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setCalendarPopup(true);
    // Typed digits apply when editing finishes (Enter, focus leaving, applyPending()), so the file never
    // holds the year 0002 on the way to 2024; arrows and the calendar apply at once.
    m_edit->setKeyboardTracking(false);
    if (m_dateOnly)
        m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    else if (writesSeconds(entry.scalar))
        m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    else
        m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    contentLayout()->addWidget(m_edit);
    m_offset = new QLabel(this);
    m_offset->setForegroundRole(QPalette::PlaceholderText);
    contentLayout()->addWidget(m_offset);
    contentLayout()->addStretch(1);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &DateFieldWidget::applyEdit);
    showEntry(entry);
}

QWidget *DateFieldWidget::editor() const {
    return m_edit;
}

void DateFieldWidget::showEntry(const FieldEntry &entry) {
    const std::optional<DateShape> shape = DateShape::of(entry.scalar);
    if (!shape)
        return;
    const QDateTime value = shape->value();
    m_zone.reset();
    if (shape->hasOffset())
        m_zone = QTimeZone(value.offsetFromUtc());
    m_offset->setText(m_zone ? offsetText(value.offsetFromUtc()) : QString());
    m_offset->setVisible(m_zone.has_value());
    const QDateTime shown(value.date(), value.time(), Qt::UTC);
    if (m_edit->dateTime() == shown)
        return;
    const QSignalBlocker blocker(m_edit);
    m_edit->setDateTime(shown);
}

void DateFieldWidget::applyPending() {
    m_edit->interpretText();
}

void DateFieldWidget::setReadOnly(bool readOnly) {
    FieldWidget::setReadOnly(readOnly);
    m_edit->setReadOnly(readOnly);
}

void DateFieldWidget::applyEdit() {
    const QDateTime shown = m_edit->dateTime();
    // Written back in the file's own offset; a date without one is written as the wall-clock time shown.
    const QDateTime value = m_zone ? QDateTime(shown.date(), shown.time(), *m_zone)
                                   : QDateTime(shown.date(), shown.time(), Qt::UTC);
    apply([&](PostDocument &doc) { return doc.setDateTime(key(), value, m_dateOnly); });
}
