#include "window/settingsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "window/actionicons.h"
#include "window/appearancesettingspage.h"
#include "window/editorsettingspage.h"
#include "window/imagessettingspage.h"
#include "window/sitessettingspage.h"

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_editor(new EditorSettingsPage(m_tabs))
    , m_appearance(new AppearanceSettingsPage(m_tabs))
    , m_images(new ImagesSettingsPage(m_tabs))
    , m_sites(new SitesSettingsPage(m_tabs))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    m_tabs->addTab(m_editor, tr("&Editor"));
    m_tabs->addTab(m_appearance, tr("&Appearance"));
    m_tabs->addTab(m_images, tr("&Images"));
    m_tabs->addTab(m_sites, tr("&Sites"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
}

QAction *SettingsDialog::createAction(QWidget *window) {
    auto *action = new QAction(tr("&Preferences…"), window);
    action->setObjectName(QStringLiteral("preferencesAction"));
    action->setMenuRole(QAction::PreferencesRole);
    action->setIcon(ActionIcons::icon(QStringLiteral("preferences-system")));
    action->setStatusTip(tr("Choose the editor's font, the theme, spelling, images and trusted sites"));
    const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Preferences);
    action->setShortcuts(standard.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                            : standard);
    connect(action, &QAction::triggered, window, [window] {
        auto *dialog = new SettingsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}

void SettingsDialog::apply() {
    m_editor->apply();
    m_appearance->apply();
    m_images->apply();
    m_sites->apply();
}
