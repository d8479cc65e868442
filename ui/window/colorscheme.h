#pragma once

#include <QObject>
#include <QPalette>
#include <QProcessEnvironment>

class QAction;
class QActionGroup;
class QMenu;

// Light or dark, for the whole application: the writer's choice (View > Theme: System, Light, Dark), where
// "System" follows the desktop. Qt 6.4 has no colour-scheme hint, so the desktop's wish is read from the
// palette the platform gave (KDE, and GNOME with a Qt platform theme, hand over their colours) and from
// GTK_THEME's ":dark" variant. When the choice differs from what the platform gave, the Fusion style is used
// with a palette of ours; "System" gives the platform's palette back. Everything coloured by hand (the
// editor's highlighting, the bars, the diff, the preview) asks isDark() and follows changed().
class ColorScheme : public QObject {
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };

    // The one scheme of the application; created on first use, parented to the QApplication.
    static ColorScheme *instance();

    Choice choice() const { return m_choice; }
    void setChoice(Choice choice);
    bool isDark() const { return m_dark; }

    // A View submenu with the three choices, kept in step with setChoice().
    QMenu *createMenu(QWidget *parent);

    // Whether a palette reads light-on-dark (its window darker than its text).
    static bool isDarkPalette(const QPalette &palette);
    // Whether the desktop asks for dark: GTK_THEME names a ":dark" variant, or its palette is dark.
    static bool systemPrefersDark(const QPalette &platformPalette, const QProcessEnvironment &environment);
    static QPalette darkPalette();
    static QPalette lightPalette();

    static QString choiceKey(Choice choice);
    static Choice choiceFromKey(const QString &key);

Q_SIGNALS:
    // Light turned dark or back.
    void changed(bool dark);
    void choiceChanged(ColorScheme::Choice choice);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColorScheme(QObject *parent);
    void apply();

    Choice m_choice = Choice::System;
    bool m_dark = false;
    QPalette m_platformPalette;
    QString m_platformStyle;
    bool m_applying = false;
};
