#include "window/appearancesettingspage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

#include "window/appsettings.h"
#include "window/colorscheme.h"
#include "window/settingcheckbox.h"

AppearanceSettingsPage::AppearanceSettingsPage(QWidget *parent)
    : QWidget(parent), m_theme(new QComboBox(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *themeBox = new QGroupBox(tr("Theme"), this);
    auto *themeForm = new QFormLayout(themeBox);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), ColorScheme::choiceKey(ColorScheme::Choice::System));
    m_theme->addItem(tr("Light"), ColorScheme::choiceKey(ColorScheme::Choice::Light));
    m_theme->addItem(tr("Dark"), ColorScheme::choiceKey(ColorScheme::Choice::Dark));
    const QString current = ColorScheme::choiceKey(ColorScheme::choiceFromKey(AppSettings::theme()));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current)));
    themeForm->addRow(tr("&Colours:"), m_theme);
    layout->addWidget(themeBox);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *preview = new QVBoxLayout(previewBox);
    preview->addWidget(new SettingCheckBox(
        QStringLiteral("previewSiteStyle"), tr("Show posts in their site's s&tyle when its Jekyll can"),
        &AppSettings::previewSiteStyle, &AppSettings::setPreviewSiteStyle, previewBox));
    preview->addWidget(new SettingCheckBox(
        QStringLiteral("previewTypesetting"), tr("&Highlight code and typeset math"),
        &AppSettings::previewTypesetting, &AppSettings::setPreviewTypesetting, previewBox));
    preview->addWidget(new SettingCheckBox(
        QStringLiteral("syncScrolling"), tr("S&ync scrolling between the editor and the preview"),
        &AppSettings::syncScrolling, &AppSettings::setSyncScrolling, previewBox));
    layout->addWidget(previewBox);
    layout->addStretch(1);
}

void AppearanceSettingsPage::apply() {
    const QString theme = m_theme->currentData().toString();
    if (ColorScheme::choiceFromKey(AppSettings::theme()) != ColorScheme::choiceFromKey(theme))
        AppSettings::setTheme(theme);
    for (SettingCheckBox *box : findChildren<SettingCheckBox *>())
        box->apply();
}
