#pragma once

#include <QWidget>

class QComboBox;
class QFontComboBox;
class QSpinBox;

// Edit > Preferences > Editor: the editor's font and size, spell checking and its language, the writing
// modes and marks (the View menu's toggles), and saving (show changes first, the recovery-copy interval).
class EditorSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit EditorSettingsPage(QWidget *parent);

    // Stores what differs from the settings.
    void apply();

    QFontComboBox *fontFamily() const { return m_family; }
    QSpinBox *fontSize() const { return m_size; }
    QComboBox *spellingLanguage() const { return m_language; }
    QSpinBox *recoveryInterval() const { return m_recovery; }

private:
    void showFont();

    QFontComboBox *m_family;
    QSpinBox *m_size;
    QComboBox *m_language;
    QSpinBox *m_recovery;
    QString m_shownFamily;  // the family the combo showed for the stored font
};
