#pragma once

#include <QWidget>

class QComboBox;

// Edit > Preferences > Appearance: the theme (system, light, dark; ColorScheme applies it) and how the
// preview shows a post (the site's own style, code and math, scroll sync).
class AppearanceSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit AppearanceSettingsPage(QWidget *parent);

    // Stores what differs from the settings.
    void apply();

    QComboBox *theme() const { return m_theme; }

private:
    QComboBox *m_theme;
};
