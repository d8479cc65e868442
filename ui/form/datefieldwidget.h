#pragma once

#include "form/fieldwidget.h"

#include <QTimeZone>

class QDateTimeEdit;
class QLabel;

// A date or date-time: a QDateTimeEdit (a QDateEdit when the file writes the date alone) with a calendar
// popup. The value is shown as written, in its own offset, and saved through setDateTime, which keeps the
// written shape (`2018-09-21 10:00:00`, `2010-08-05T10:17:25-04:00`) and the offset.
class DateFieldWidget : public FieldWidget {
    Q_OBJECT

public:
    DateFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent = nullptr);

    QWidget *editor() const override;
    void showEntry(const FieldEntry &entry) override;
    void applyPending() override;
    void setReadOnly(bool readOnly) override;

    QDateTimeEdit *dateTimeEdit() const { return m_edit; }

private:
    void applyEdit();

    QDateTimeEdit *m_edit = nullptr;
    QLabel *m_offset = nullptr;
    bool m_dateOnly = false;
    std::optional<QTimeZone> m_zone;  // the offset the file writes, if any
};
