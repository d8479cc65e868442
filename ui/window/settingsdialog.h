#pragma once

#include <QDialog>

class AppearanceSettingsPage;
class EditorSettingsPage;
class ImagesSettingsPage;
class QAction;
class QDialogButtonBox;
class QTabWidget;
class SitesSettingsPage;

// Edit > Preferences: every setting the writer chooses (AppSettings), on pages. OK and Apply store what
// changed; Cancel stores nothing. The window follows a stored change at once through SettingsNotifier, the
// same way it follows the View menu's toggles, so the two always agree.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Edit > Preferences… (the platform's Preferences shortcut, Ctrl+, where it names none): opens the dialog
    // over `window`, window-modal, deleted when closed.
    static QAction *createAction(QWidget *window);

    // Stores what the pages show that differs from the settings.
    void apply();

    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    EditorSettingsPage *editorPage() const { return m_editor; }
    AppearanceSettingsPage *appearancePage() const { return m_appearance; }
    ImagesSettingsPage *imagesPage() const { return m_images; }
    SitesSettingsPage *sitesPage() const { return m_sites; }

private:
    QTabWidget *m_tabs;
    EditorSettingsPage *m_editor;
    AppearanceSettingsPage *m_appearance;
    ImagesSettingsPage *m_images;
    SitesSettingsPage *m_sites;
    QDialogButtonBox *m_buttons;
};
