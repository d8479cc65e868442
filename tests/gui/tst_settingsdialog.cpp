// Edit > Preferences: the dialog shows every setting the writer chooses, OK and Apply store what changed
// (read back through AppSettings) and the running window follows at once, Cancel stores nothing, and the View
// menu's toggles and the dialog agree.

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

#include "editor/caveatmarkbinding.h"
#include "editor/focusmode.h"
#include "editor/markdowneditor.h"
#include "editor/spellcheckbinding.h"
#include "editor/typewriterscrolling.h"
#include "post/recoveryscheduler.h"
#include "preview/previewbinding.h"
#include "preview/scrollsyncbinding.h"
#include "preview/siteframebinding.h"
#include "tst_previewharness.h"
#include "window/appearancesettingspage.h"
#include "window/appsettings.h"
#include "window/colorscheme.h"
#include "window/editorsettingspage.h"
#include "window/fileactions.h"
#include "window/imagessettingspage.h"
#include "window/mainwindow.h"
#include "window/revokablesitelist.h"
#include "window/savereview.h"
#include "window/settingcheckbox.h"
#include "window/settingsdialog.h"
#include "window/sitessettingspage.h"

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

SettingCheckBox *box(SettingsDialog &dialog, const char *name) {
    return dialog.findChild<SettingCheckBox *>(QString::fromLatin1(name));
}

void press(SettingsDialog &dialog, QDialogButtonBox::StandardButton which) {
    dialog.buttons()->button(which)->click();
}

// A family the editor does not use now, to pick in the dialog.
QString otherFamily(const QFontComboBox *combo) {
    const QString current = combo->currentFont().family();
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i) != current)
            return combo->itemText(i);
    }
    return {};
}

// Everything the writer can set, as one comparable value.
QStringList snapshot() {
    const ImageSizeRules::Limits limits = AppSettings::imageLimits();
    QStringList values{AppSettings::editorFontFamily(),
                       QString::number(AppSettings::editorFontSize()),
                       AppSettings::theme(),
                       AppSettings::spellingLanguage(),
                       QString::number(AppSettings::recoveryInterval()),
                       QString::number(limits.maxWidth),
                       QString::number(limits.maxBytes),
                       AppSettings::trustedSites().join(u'|'),
                       AppSettings::remoteContentSites().join(u'|')};
    for (bool on :
         {AppSettings::checkSpelling(), AppSettings::focusMode(), AppSettings::typewriterScrolling(),
          AppSettings::markPreviewCaveats(), AppSettings::markLinkTargets(),
          AppSettings::showChangesBeforeSave(), AppSettings::previewSiteStyle(),
          AppSettings::previewTypesetting(), AppSettings::syncScrolling(), AppSettings::keepImageLocation()})
        values << (on ? QStringLiteral("on") : QStringLiteral("off"));
    const QMap<QString, QString> folders = AppSettings::imageFolders();
    for (auto it = folders.begin(); it != folders.end(); ++it)
        values << it.key() + u'=' + it.value();
    return values;
}

QListWidgetItem *itemFor(QListWidget *list, const QString &site) {
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == site)
            return list->item(i);
    }
    return nullptr;
}

}  // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_site;
    QString m_otherSite;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
        QVERIFY(m_dir.isValid());
        // A dictionary of our own, so a fixed spelling language differs from the automatic one.
        const QString dictionaries = m_dir.filePath(QStringLiteral("dicts"));
        QVERIFY(QDir().mkpath(dictionaries));
        writeFile(dictionaries + QStringLiteral("/xx_XX.aff"), "SET UTF-8\n");
        writeFile(dictionaries + QStringLiteral("/xx_XX.dic"), "1\nhello\n");
        qputenv("DICPATH", dictionaries.toLocal8Bit());
        for (const char *folder : {"site/_posts", "site/assets", "site/images", "site/_drafts", "other"})
            QVERIFY(QDir().mkpath(m_dir.filePath(QString::fromLatin1(folder))));
        m_site = QFileInfo(m_dir.filePath(QStringLiteral("site"))).canonicalFilePath();
        m_otherSite = QFileInfo(m_dir.filePath(QStringLiteral("other"))).canonicalFilePath();
    }

    void init() {
        QSettings().clear();
        ColorScheme::instance()->setChoice(ColorScheme::Choice::System);
    }

    void cleanupTestCase() {
        QSettings().clear();
        ColorScheme::instance()->setChoice(ColorScheme::Choice::System);
    }

    void preferencesActionOpensTheDialog() {
        MainWindow window;
        QAction *preferences = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->text() == MainWindow::tr("&Edit")) {
                for (QAction *action : menu->menu()->actions()) {
                    if (action->objectName() == QLatin1String("preferencesAction"))
                        preferences = action;
                }
            }
        }
        QVERIFY(preferences);
        const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Preferences);
        QCOMPARE(preferences->shortcut(),
                 standard.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : standard.first());
        QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
        preferences->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->tabs()->count(), 4);
        dialog->reject();
    }

    void dialogShowsTheCurrentValues() {
        // A family the combo shows as itself (not an alias such as "Serif" it resolves to a font).
        QFontComboBox probe;
        QString family;
        for (int i = probe.count() - 1; i >= 0 && family.isEmpty(); --i) {
            probe.setCurrentFont(QFont(probe.itemText(i)));
            if (probe.currentFont().family() == probe.itemText(i))
                family = probe.itemText(i);
        }
        QVERIFY(!family.isEmpty());
        AppSettings::setEditorFontFamily(family);
        AppSettings::setEditorFontSize(15);
        AppSettings::setTheme(QStringLiteral("dark"));
        AppSettings::setSpellingLanguage(QStringLiteral("xx_XX"));
        AppSettings::setRecoveryInterval(30);
        AppSettings::setImageLimits({1600, 3 * 1024 * 1024});
        AppSettings::setFocusMode(true);
        AppSettings::setMarkLinkTargets(false);
        AppSettings::setPreviewTypesetting(false);
        AppSettings::setKeepImageLocation(true);
        AppSettings::setSiteTrusted(m_site, true);
        AppSettings::setRemoteContentAllowed(m_otherSite, true);
        AppSettings::setImageFolder(m_site, QStringLiteral("assets"));

        SettingsDialog dialog;
        QCOMPARE(dialog.editorPage()->fontSize()->value(), 15);
        QCOMPARE(dialog.editorPage()->fontFamily()->currentFont().family(), family);
        QCOMPARE(dialog.appearancePage()->theme()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(dialog.editorPage()->spellingLanguage()->currentData().toString(), QStringLiteral("xx_XX"));
        QCOMPARE(dialog.editorPage()->recoveryInterval()->value(), 30);
        QCOMPARE(dialog.imagesPage()->maxWidth()->value(), 1600);
        QCOMPARE(dialog.imagesPage()->maxMegabytes()->value(), 3.0);
        QVERIFY(box(dialog, "focusMode")->isChecked());
        QVERIFY(!box(dialog, "typewriterScrolling")->isChecked());
        QVERIFY(!box(dialog, "markLinkTargets")->isChecked());
        QVERIFY(box(dialog, "markPreviewCaveats")->isChecked());
        QVERIFY(!box(dialog, "previewTypesetting")->isChecked());
        QVERIFY(box(dialog, "previewSiteStyle")->isChecked());
        QVERIFY(box(dialog, "keepImageLocation")->isChecked());
        QVERIFY(box(dialog, "checkSpelling")->isChecked());
        QVERIFY(!box(dialog, "showChangesBeforeSave")->isChecked());
        QVERIFY(box(dialog, "syncScrolling")->isChecked());
        QVERIFY(itemFor(dialog.sitesPage()->trustedSites()->list(), m_site));
        QVERIFY(!itemFor(dialog.sitesPage()->trustedSites()->list(), m_otherSite));
        QVERIFY(itemFor(dialog.sitesPage()->remoteContentSites()->list(), m_otherSite));
        QTableWidget *folders = dialog.imagesPage()->folders();
        QCOMPARE(folders->rowCount(), 1);
        QCOMPARE(folders->item(0, 0)->data(Qt::UserRole).toString(), m_site);
        QCOMPARE(folders->item(0, 1)->text(), QStringLiteral("assets"));
    }

    void theEditorFontIsTheChosenOneAtStart() {
        AppSettings::setEditorFontSize(19);
        MainWindow window;
        QCOMPARE(window.editor()->font().pointSize(), 19);
        QCOMPARE(window.editor()->document()->defaultFont().pointSize(), 19);
    }

    void okStoresEachValueAndTheWindowFollows() {
        MainWindow window;
        QCOMPARE(window.editor()->font().pointSize(), MarkdownEditor::defaultFont().pointSize());
        QVERIFY(window.spelling()->language() != QStringLiteral("xx_XX"));
        auto *scheduler = window.findChild<RecoveryScheduler *>();
        QVERIFY(scheduler);
        QCOMPARE(scheduler->maxInterval(), RecoveryScheduler::kDefaultMaxIntervalMs);

        SettingsDialog dialog(&window);
        const QString family = otherFamily(dialog.editorPage()->fontFamily());
        QVERIFY2(!family.isEmpty(), "only one font family is installed");
        dialog.editorPage()->fontFamily()->setCurrentFont(QFont(family));
        const QString chosenFamily = dialog.editorPage()->fontFamily()->currentFont().family();
        dialog.editorPage()->fontSize()->setValue(17);
        QComboBox *theme = dialog.appearancePage()->theme();
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QComboBox *language = dialog.editorPage()->spellingLanguage();
        QVERIFY(language->findData(QStringLiteral("xx_XX")) > 0);
        language->setCurrentIndex(language->findData(QStringLiteral("xx_XX")));
        dialog.editorPage()->recoveryInterval()->setValue(42);
        dialog.imagesPage()->maxWidth()->setValue(1200);
        dialog.imagesPage()->maxMegabytes()->setValue(1.5);
        // Every toggle turned the other way.
        const QList<QPair<const char *, QAction *>> toggles{
            {"checkSpelling", window.spelling()->action()},
            {"focusMode", window.focusMode()->action()},
            {"typewriterScrolling", window.typewriterScrolling()->action()},
            {"markPreviewCaveats", window.markCaveatsAction()},
            {"markLinkTargets", window.markLinkTargetsAction()},
            {"showChangesBeforeSave", window.fileActions()->saveReview()->beforeSaveAction()},
            {"previewSiteStyle", window.previewBinding()->siteFrame()->siteStyleAction()},
            {"previewTypesetting", window.previewBinding()->typesettingAction()},
            {"syncScrolling", window.scrollSync()->action()},
            {"keepImageLocation", nullptr}};
        QList<bool> before;
        for (const auto &[name, action] : toggles) {
            SettingCheckBox *check = box(dialog, name);
            QVERIFY2(check, name);
            if (action)
                QCOMPARE(action->isChecked(), check->isChecked());
            before << check->isChecked();
            check->setChecked(!check->isChecked());
        }

        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(AppSettings::editorFontFamily(), chosenFamily);
        QCOMPARE(AppSettings::editorFontSize(), 17);
        QCOMPARE(window.editor()->font().family(), chosenFamily);
        QCOMPARE(window.editor()->font().pointSize(), 17);
        QCOMPARE(window.editor()->document()->defaultFont().pointSize(), 17);
        QCOMPARE(AppSettings::theme(), QStringLiteral("dark"));
        QCOMPARE(ColorScheme::instance()->choice(), ColorScheme::Choice::Dark);
        QVERIFY(ColorScheme::instance()->isDark());
        QVERIFY(ColorScheme::isDarkPalette(QApplication::palette()));
        QCOMPARE(AppSettings::spellingLanguage(), QStringLiteral("xx_XX"));
        QCOMPARE(window.spelling()->language(), QStringLiteral("xx_XX"));
        QVERIFY2(window.spelling()->problem().isEmpty(), qPrintable(window.spelling()->problem()));
        QCOMPARE(AppSettings::recoveryInterval(), 42);
        QCOMPARE(scheduler->maxInterval(), 42000);
        QCOMPARE(AppSettings::imageLimits().maxWidth, 1200);
        QCOMPARE(AppSettings::imageLimits().maxBytes, qint64(1536 * 1024));
        const QList<bool (*)()> stored{&AppSettings::checkSpelling,       &AppSettings::focusMode,
                                       &AppSettings::typewriterScrolling, &AppSettings::markPreviewCaveats,
                                       &AppSettings::markLinkTargets,     &AppSettings::showChangesBeforeSave,
                                       &AppSettings::previewSiteStyle,    &AppSettings::previewTypesetting,
                                       &AppSettings::syncScrolling,       &AppSettings::keepImageLocation};
        for (int i = 0; i < toggles.size(); ++i) {
            QVERIFY2(stored[i]() == !before[i], toggles[i].first);
            if (QAction *action = toggles[i].second)
                QVERIFY2(action->isChecked() == !before[i], toggles[i].first);
        }
        // What the toggles do happened too, not only their check marks.
        QCOMPARE(window.focusMode()->isEnabled(), !before[1]);
        QCOMPARE(window.editor()->centerOnScroll(), !before[2]);

        // Back to automatic: the spell check follows the post, the site or the system again.
        SettingsDialog again(&window);
        QCOMPARE(again.editorPage()->spellingLanguage()->currentData().toString(), QStringLiteral("xx_XX"));
        again.editorPage()->spellingLanguage()->setCurrentIndex(0);
        press(again, QDialogButtonBox::Apply);
        QVERIFY(AppSettings::spellingLanguage().isEmpty());
        QVERIFY(window.spelling()->language() != QStringLiteral("xx_XX"));
    }

    void cancelStoresNothing() {
        AppSettings::setSiteTrusted(m_site, true);
        AppSettings::setRemoteContentAllowed(m_site, true);
        AppSettings::setImageFolder(m_site, QStringLiteral("assets"));
        MainWindow window;
        const QStringList stored = snapshot();
        const QFont font = window.editor()->font();

        SettingsDialog dialog(&window);
        dialog.editorPage()->fontSize()->setValue(23);
        dialog.editorPage()->fontFamily()->setCurrentFont(
            QFont(otherFamily(dialog.editorPage()->fontFamily())));
        QComboBox *theme = dialog.appearancePage()->theme();
        theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
        dialog.editorPage()->spellingLanguage()->setCurrentIndex(
            dialog.editorPage()->spellingLanguage()->findData(QStringLiteral("xx_XX")));
        dialog.editorPage()->recoveryInterval()->setValue(99);
        dialog.imagesPage()->maxWidth()->setValue(99);
        dialog.imagesPage()->maxMegabytes()->setValue(9);
        for (SettingCheckBox *check : dialog.findChildren<SettingCheckBox *>())
            check->setChecked(!check->isChecked());
        QListWidget *trusted = dialog.sitesPage()->trustedSites()->list();
        itemFor(trusted, m_site)->setSelected(true);
        dialog.sitesPage()->trustedSites()->revokeButton()->click();
        QListWidget *remote = dialog.sitesPage()->remoteContentSites()->list();
        itemFor(remote, m_site)->setSelected(true);
        dialog.sitesPage()->remoteContentSites()->revokeButton()->click();
        dialog.imagesPage()->folders()->selectRow(0);
        dialog.imagesPage()->forgetButton()->click();
        QCOMPARE(dialog.imagesPage()->folders()->rowCount(), 0);

        press(dialog, QDialogButtonBox::Cancel);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(snapshot(), stored);
        QCOMPARE(window.editor()->font(), font);
        QCOMPARE(ColorScheme::instance()->choice(), ColorScheme::Choice::System);
        QCOMPARE(window.findChild<RecoveryScheduler *>()->maxInterval(),
                 RecoveryScheduler::kDefaultMaxIntervalMs);
    }

    void okWithoutChangesStoresNothing() {
        const QStringList stored = snapshot();
        QSettings settings;
        const QStringList keys = settings.allKeys();
        SettingsDialog dialog;
        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(snapshot(), stored);
        QCOMPARE(QSettings().allKeys(), keys);
    }

    void revokingTrustAndRemoteContentRemovesTheSite() {
        AppSettings::setSiteTrusted(m_site, true);
        AppSettings::setSiteTrusted(m_otherSite, true);
        AppSettings::setRemoteContentAllowed(m_site, true);
        AppSettings::setRemoteContentAllowed(m_otherSite, true);
        SettingsDialog dialog;
        RevokableSiteList *trusted = dialog.sitesPage()->trustedSites();
        QVERIFY(!trusted->revokeButton()->isEnabled());  // nothing selected
        itemFor(trusted->list(), m_site)->setSelected(true);
        QVERIFY(trusted->revokeButton()->isEnabled());
        trusted->revokeButton()->click();
        QVERIFY(!itemFor(trusted->list(), m_site));
        QVERIFY(AppSettings::siteTrusted(m_site));  // not before OK or Apply
        RevokableSiteList *remote = dialog.sitesPage()->remoteContentSites();
        itemFor(remote->list(), m_otherSite)->setSelected(true);
        remote->revokeButton()->click();

        press(dialog, QDialogButtonBox::Apply);
        QVERIFY(!AppSettings::siteTrusted(m_site));
        QVERIFY(AppSettings::siteTrusted(m_otherSite));
        QCOMPARE(AppSettings::trustedSites(), QStringList{m_otherSite});
        QVERIFY(AppSettings::remoteContentAllowed(m_site));
        QVERIFY(!AppSettings::remoteContentAllowed(m_otherSite));
        QCOMPARE(AppSettings::remoteContentSites(), QStringList{m_site});
        // The lists show what is stored now.
        QCOMPARE(trusted->list()->count(), 1);
        QVERIFY(itemFor(trusted->list(), m_otherSite));
        QVERIFY(trusted->revoked().isEmpty());
    }

    void imageFoldersAreEditedAndForgotten() {
        AppSettings::setImageFolder(m_site, QStringLiteral("assets"));
        AppSettings::setImageFolder(m_otherSite, QString(QLatin1String("")));
        SettingsDialog dialog;
        QTableWidget *folders = dialog.imagesPage()->folders();
        QCOMPARE(folders->rowCount(), 2);
        const int siteRow = folders->item(0, 0)->data(Qt::UserRole).toString() == m_site ? 0 : 1;
        folders->item(siteRow, 1)->setText(QStringLiteral("images"));
        press(dialog, QDialogButtonBox::Apply);
        QCOMPARE(AppSettings::imageFolder(m_site), QStringLiteral("images"));
        QVERIFY(dialog.imagesPage()->problem().isEmpty());

        // A folder Jekyll does not publish is refused, and the page says why.
        const int again = folders->item(0, 0)->data(Qt::UserRole).toString() == m_site ? 0 : 1;
        folders->item(again, 1)->setText(QStringLiteral("_drafts"));
        press(dialog, QDialogButtonBox::Apply);
        QCOMPARE(AppSettings::imageFolder(m_site), QStringLiteral("images"));
        QVERIFY2(dialog.imagesPage()->problem().contains(QStringLiteral("_drafts")),
                 qPrintable(dialog.imagesPage()->problem()));

        const int otherRow = folders->item(0, 0)->data(Qt::UserRole).toString() == m_otherSite ? 0 : 1;
        folders->selectRow(otherRow);
        dialog.imagesPage()->forgetButton()->click();
        press(dialog, QDialogButtonBox::Ok);
        QVERIFY(AppSettings::imageFolder(m_otherSite).isNull());
        QCOMPARE(AppSettings::imageFolder(m_site), QStringLiteral("images"));
    }

    void viewMenuTogglesAndTheDialogAgree() {
        MainWindow window;
        QAction *focus = window.focusMode()->action();
        QVERIFY(!focus->isChecked());
        focus->trigger();
        {
            SettingsDialog dialog(&window);
            QVERIFY(box(dialog, "focusMode")->isChecked());
            box(dialog, "focusMode")->setChecked(false);
            press(dialog, QDialogButtonBox::Ok);
        }
        QVERIFY(!focus->isChecked());
        QVERIFY(!window.focusMode()->isEnabled());
        QVERIFY(!AppSettings::focusMode());

        // The theme menu follows the dialog too.
        {
            SettingsDialog dialog(&window);
            dialog.appearancePage()->theme()->setCurrentIndex(
                dialog.appearancePage()->theme()->findData(QStringLiteral("light")));
            press(dialog, QDialogButtonBox::Ok);
        }
        QCOMPARE(ColorScheme::instance()->choice(), ColorScheme::Choice::Light);
        ColorScheme::instance()->setChoice(ColorScheme::Choice::Dark);  // View > Theme > Dark
        SettingsDialog dialog(&window);
        QCOMPARE(dialog.appearancePage()->theme()->currentData().toString(), QStringLiteral("dark"));
    }
};

PREVIEW_TEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
