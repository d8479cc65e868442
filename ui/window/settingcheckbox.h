#pragma once

#include <QCheckBox>

// A check box in Edit > Preferences showing one on/off AppSettings value; apply() stores it when it differs
// from the stored one, so the toggles the window keeps (View menu) follow through SettingsNotifier.
class SettingCheckBox : public QCheckBox {
    Q_OBJECT

public:
    using Getter = bool (*)();
    using Setter = void (*)(bool);

    // `name` is the object name tests and style sheets find it by.
    SettingCheckBox(const QString &name, const QString &text, Getter get, Setter set, QWidget *parent);

    void apply();

private:
    Getter m_get;
    Setter m_set;
};
