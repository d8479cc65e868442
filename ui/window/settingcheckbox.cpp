#include "window/settingcheckbox.h"

SettingCheckBox::SettingCheckBox(const QString &name, const QString &text, Getter get, Setter set,
                                 QWidget *parent)
    : QCheckBox(text, parent), m_get(get), m_set(set) {
    setObjectName(name);
    setChecked(m_get());
}

void SettingCheckBox::apply() {
    if (isChecked() != m_get())
        m_set(isChecked());
}
