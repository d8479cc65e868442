#include "window/editorsettingspage.h"

#include <QComboBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

#include "editor/markdowneditor.h"
#include "spelling/spellinglanguage.h"
#include "window/appsettings.h"
#include "window/settingcheckbox.h"

namespace {

constexpr int kMinFontSize = 6;
constexpr int kMaxFontSize = 72;
constexpr int kMaxRecoveryInterval = 3600;

}  // namespace

EditorSettingsPage::EditorSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_family(new QFontComboBox(this))
    , m_size(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_recovery(new QSpinBox(this)) {
    auto *layout = new QVBoxLayout(this);

    auto *fontBox = new QGroupBox(tr("Font"), this);
    auto *fontForm = new QFormLayout(fontBox);
    m_family->setObjectName(QStringLiteral("editorFontFamily"));
    m_size->setObjectName(QStringLiteral("editorFontSize"));
    m_size->setRange(kMinFontSize, kMaxFontSize);
    m_size->setSuffix(tr(" pt"));
    fontForm->addRow(tr("&Family:"), m_family);
    fontForm->addRow(tr("Si&ze:"), m_size);
    showFont();
    layout->addWidget(fontBox);

    auto *spellingBox = new QGroupBox(tr("Spelling"), this);
    auto *spellingForm = new QFormLayout(spellingBox);
    spellingForm->addRow(new SettingCheckBox(QStringLiteral("checkSpelling"), tr("&Check spelling as I type"),
                                             &AppSettings::checkSpelling, &AppSettings::setCheckSpelling,
                                             spellingBox));
    m_language->setObjectName(QStringLiteral("spellingLanguage"));
    m_language->addItem(tr("Automatic (the post's, the site's or the system's language)"), QString());
    QStringList languages = SpellingLanguage::installed(SpellingLanguage::systemFolders());
    const QString chosen = AppSettings::spellingLanguage();
    for (const QString &language : std::as_const(languages))
        m_language->addItem(language, language);
    if (!chosen.isEmpty() && !languages.contains(chosen))
        m_language->addItem(tr("%1 (not installed)").arg(chosen), chosen);
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosen)));
    spellingForm->addRow(tr("&Language:"), m_language);
    layout->addWidget(spellingBox);

    auto *writingBox = new QGroupBox(tr("Writing"), this);
    auto *writing = new QVBoxLayout(writingBox);
    writing->addWidget(new SettingCheckBox(QStringLiteral("focusMode"),
                                           tr("F&ocus mode: dim everything but the paragraph I write"),
                                           &AppSettings::focusMode, &AppSettings::setFocusMode, writingBox));
    writing->addWidget(new SettingCheckBox(
        QStringLiteral("typewriterScrolling"), tr("&Typewriter scrolling: keep my line at the middle"),
        &AppSettings::typewriterScrolling, &AppSettings::setTypewriterScrolling, writingBox));
    writing->addWidget(new SettingCheckBox(
        QStringLiteral("markPreviewCaveats"), tr("&Mark what the preview shows unlike Jekyll"),
        &AppSettings::markPreviewCaveats, &AppSettings::setMarkPreviewCaveats, writingBox));
    writing->addWidget(new SettingCheckBox(QStringLiteral("markLinkTargets"),
                                           tr("Mark &broken links and images"), &AppSettings::markLinkTargets,
                                           &AppSettings::setMarkLinkTargets, writingBox));
    layout->addWidget(writingBox);

    auto *savingBox = new QGroupBox(tr("Saving"), this);
    auto *saving = new QFormLayout(savingBox);
    saving->addRow(new SettingCheckBox(QStringLiteral("showChangesBeforeSave"),
                                       tr("Show c&hanges before saving"), &AppSettings::showChangesBeforeSave,
                                       &AppSettings::setShowChangesBeforeSave, savingBox));
    m_recovery->setObjectName(QStringLiteral("recoveryInterval"));
    m_recovery->setRange(AppSettings::kMinRecoveryInterval, kMaxRecoveryInterval);
    m_recovery->setSuffix(tr(" s"));
    m_recovery->setValue(AppSettings::recoveryInterval());
    m_recovery->setToolTip(
        tr("While you type, a copy of unsaved edits is kept at least this often, for after a crash"));
    saving->addRow(tr("&Recovery copy every:"), m_recovery);
    layout->addWidget(savingBox);
    layout->addStretch(1);
}

void EditorSettingsPage::showFont() {
    const QFont font = MarkdownEditor::chosenFont();
    m_family->setCurrentFont(font);
    m_shownFamily = m_family->currentFont().family();
    m_size->setValue(font.pointSize());
}

void EditorSettingsPage::apply() {
    const QFont stored = MarkdownEditor::chosenFont();
    if (m_family->currentFont().family() != m_shownFamily)
        AppSettings::setEditorFontFamily(m_family->currentFont().family());
    if (m_size->value() != stored.pointSize())
        AppSettings::setEditorFontSize(m_size->value());
    showFont();
    const QString language = m_language->currentData().toString();
    if (language != AppSettings::spellingLanguage())
        AppSettings::setSpellingLanguage(language);
    if (m_recovery->value() != AppSettings::recoveryInterval())
        AppSettings::setRecoveryInterval(m_recovery->value());
    for (SettingCheckBox *box : findChildren<SettingCheckBox *>())
        box->apply();
}
