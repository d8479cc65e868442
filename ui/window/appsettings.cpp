#include "appsettings.h"

#include <QSettings>

#include <algorithm>

#include "post/recoveryscheduler.h"

#include "site/sitekey.h"
#include "site/sitetrust.h"
#include "window/settingsnotifier.h"

namespace {

void notify(AppSettings::Key key) {
    emit SettingsNotifier::instance()->changed(key);
}

const QString kRecentFiles = QStringLiteral("recentFiles");
const QString kRecentSites = QStringLiteral("recentSites");

// `item` first in the list kept under `key`, without duplicates, at most kMaxRecentFiles long.
void putFirst(const QString &key, const QString &item) {
    QStringList items = QSettings().value(key).toStringList();
    items.removeAll(item);
    items.prepend(item);
    while (items.size() > AppSettings::kMaxRecentFiles)
        items.removeLast();
    QSettings().setValue(key, items);
}
const QString kGeometry = QStringLiteral("window/geometry");
const QString kMainSplitter = QStringLiteral("window/mainSplitter");
const QString kSideSplitter = QStringLiteral("window/sideSplitter");
const QString kWindowState = QStringLiteral("window/state");
// A list, not one key per site: QSettings reads '/' in a key as a group separator.
const QString kRemoteContentSites = QStringLiteral("preview/remoteContentSites");
const QString kMarkPreviewCaveats = QStringLiteral("editor/markPreviewCaveats");
const QString kMarkLinkTargets = QStringLiteral("editor/markLinkTargets");
const QString kPreviewSiteStyle = QStringLiteral("preview/siteStyle");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kShowChangesBeforeSave = QStringLiteral("editor/showChangesBeforeSave");
// A map from site key to folder, in one value: QSettings reads '/' in a key as a group separator.
const QString kImageFolders = QStringLiteral("images/siteFolders");
const QString kImageMaxWidth = QStringLiteral("images/maxWidth");
const QString kImageMaxBytes = QStringLiteral("images/maxBytes");
const QString kKeepImageLocation = QStringLiteral("images/keepLocation");

}  // namespace

QStringList AppSettings::recentFiles() {
    return QSettings().value(kRecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString &path) {
    putFirst(kRecentFiles, path);
}

QStringList AppSettings::recentSites() {
    return QSettings().value(kRecentSites).toStringList();
}

void AppSettings::addRecentSite(const QString &siteRoot) {
    if (!siteRoot.isEmpty())
        putFirst(kRecentSites, siteRoot);
}

QByteArray AppSettings::windowGeometry() {
    return QSettings().value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry) {
    QSettings().setValue(kGeometry, geometry);
}

QByteArray AppSettings::mainSplitterState() {
    return QSettings().value(kMainSplitter).toByteArray();
}

void AppSettings::setMainSplitterState(const QByteArray &state) {
    QSettings().setValue(kMainSplitter, state);
}

QByteArray AppSettings::sideSplitterState() {
    return QSettings().value(kSideSplitter).toByteArray();
}

void AppSettings::setSideSplitterState(const QByteArray &state) {
    QSettings().setValue(kSideSplitter, state);
}

QByteArray AppSettings::windowState() {
    return QSettings().value(kWindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state) {
    QSettings().setValue(kWindowState, state);
}

QString AppSettings::siteKey(const QString &siteRoot) {
    return SiteKey::of(siteRoot);
}

bool AppSettings::siteTrusted(const QString &siteRoot) {
    return SiteTrust::isTrusted(siteRoot);
}

void AppSettings::setSiteTrusted(const QString &siteRoot, bool trusted) {
    SiteTrust::setTrusted(siteRoot, trusted);
    notify(AppSettings::Key::SiteTrust);
}

bool AppSettings::remoteContentAllowed(const QString &siteRoot) {
    const QString key = siteKey(siteRoot);
    return !key.isEmpty() && QSettings().value(kRemoteContentSites).toStringList().contains(key);
}

void AppSettings::setRemoteContentAllowed(const QString &siteRoot, bool allowed) {
    const QString key = siteKey(siteRoot);
    if (key.isEmpty())
        return;
    QStringList sites = QSettings().value(kRemoteContentSites).toStringList();
    sites.removeAll(key);
    if (allowed)
        sites.append(key);
    QSettings().setValue(kRemoteContentSites, sites);
    notify(AppSettings::Key::RemoteContent);
}

bool AppSettings::markPreviewCaveats() {
    return QSettings().value(kMarkPreviewCaveats, true).toBool();
}

void AppSettings::setMarkPreviewCaveats(bool mark) {
    QSettings().setValue(kMarkPreviewCaveats, mark);
    notify(AppSettings::Key::MarkPreviewCaveats);
}

bool AppSettings::markLinkTargets() {
    return QSettings().value(kMarkLinkTargets, true).toBool();
}

void AppSettings::setMarkLinkTargets(bool mark) {
    QSettings().setValue(kMarkLinkTargets, mark);
    notify(AppSettings::Key::MarkLinkTargets);
}

bool AppSettings::previewSiteStyle() {
    return QSettings().value(kPreviewSiteStyle, true).toBool();
}

void AppSettings::setPreviewSiteStyle(bool on) {
    QSettings().setValue(kPreviewSiteStyle, on);
    notify(AppSettings::Key::PreviewSiteStyle);
}

QString AppSettings::theme() {
    return QSettings().value(kTheme, QStringLiteral("system")).toString();
}

void AppSettings::setTheme(const QString &theme) {
    QSettings().setValue(kTheme, theme);
    notify(AppSettings::Key::Theme);
}

bool AppSettings::showChangesBeforeSave() {
    return QSettings().value(kShowChangesBeforeSave, false).toBool();
}

void AppSettings::setShowChangesBeforeSave(bool on) {
    QSettings().setValue(kShowChangesBeforeSave, on);
    notify(AppSettings::Key::ShowChangesBeforeSave);
}

QString AppSettings::imageFolder(const QString &siteRoot) {
    const QString key = siteKey(siteRoot);
    const QVariantMap folders = QSettings().value(kImageFolders).toMap();
    return key.isEmpty() || !folders.contains(key) ? QString() : folders.value(key).toString();
}

void AppSettings::setImageFolder(const QString &siteRoot, const QString &folder) {
    const QString key = siteKey(siteRoot);
    if (key.isEmpty())
        return;
    QVariantMap folders = QSettings().value(kImageFolders).toMap();
    if (folder.isNull())
        folders.remove(key);
    else
        folders.insert(key, folder);
    QSettings().setValue(kImageFolders, folders);
    notify(AppSettings::Key::ImageFolder);
}

ImageSizeRules::Limits AppSettings::imageLimits() {
    const ImageSizeRules::Limits defaults;
    QSettings settings;
    return {settings.value(kImageMaxWidth, defaults.maxWidth).toInt(),
            settings.value(kImageMaxBytes, defaults.maxBytes).toLongLong()};
}

void AppSettings::setImageLimits(const ImageSizeRules::Limits &limits) {
    QSettings settings;
    settings.setValue(kImageMaxWidth, limits.maxWidth);
    settings.setValue(kImageMaxBytes, limits.maxBytes);
    notify(AppSettings::Key::ImageLimits);
}

bool AppSettings::keepImageLocation() {
    return QSettings().value(kKeepImageLocation, false).toBool();
}

void AppSettings::setKeepImageLocation(bool keep) {
    QSettings().setValue(kKeepImageLocation, keep);
    notify(AppSettings::Key::KeepImageLocation);
}

bool AppSettings::checkSpelling() {
    return QSettings().value(QStringLiteral("editor/checkSpelling"), true).toBool();
}

void AppSettings::setCheckSpelling(bool on) {
    QSettings().setValue(QStringLiteral("editor/checkSpelling"), on);
    notify(AppSettings::Key::CheckSpelling);
}

namespace {
const QString kFocusMode = QStringLiteral("editor/focusMode");
const QString kTypewriterScrolling = QStringLiteral("editor/typewriterScrolling");
}  // namespace

bool AppSettings::focusMode() {
    return QSettings().value(kFocusMode, false).toBool();
}

void AppSettings::setFocusMode(bool on) {
    QSettings().setValue(kFocusMode, on);
    notify(AppSettings::Key::FocusMode);
}

bool AppSettings::typewriterScrolling() {
    return QSettings().value(kTypewriterScrolling, false).toBool();
}

void AppSettings::setTypewriterScrolling(bool on) {
    QSettings().setValue(kTypewriterScrolling, on);
    notify(AppSettings::Key::TypewriterScrolling);
}

bool AppSettings::syncScrolling() {
    return QSettings().value(QStringLiteral("preview/syncScrolling"), true).toBool();
}

void AppSettings::setSyncScrolling(bool on) {
    QSettings().setValue(QStringLiteral("preview/syncScrolling"), on);
    notify(AppSettings::Key::SyncScrolling);
}

bool AppSettings::previewTypesetting() {
    return QSettings().value(QStringLiteral("preview/typesetting"), true).toBool();
}

void AppSettings::setPreviewTypesetting(bool on) {
    QSettings().setValue(QStringLiteral("preview/typesetting"), on);
    notify(AppSettings::Key::PreviewTypesetting);
}

namespace {
const QString kEditorFontFamily = QStringLiteral("editor/fontFamily");
const QString kEditorFontSize = QStringLiteral("editor/fontSize");
const QString kSpellingLanguage = QStringLiteral("editor/spellingLanguage");
const QString kRecoveryInterval = QStringLiteral("recovery/intervalSeconds");
}  // namespace

QString AppSettings::editorFontFamily() {
    return QSettings().value(kEditorFontFamily).toString();
}

void AppSettings::setEditorFontFamily(const QString &family) {
    QSettings().setValue(kEditorFontFamily, family);
    notify(Key::EditorFont);
}

int AppSettings::editorFontSize() {
    return std::max(0, QSettings().value(kEditorFontSize, 0).toInt());
}

void AppSettings::setEditorFontSize(int points) {
    QSettings().setValue(kEditorFontSize, std::max(0, points));
    notify(Key::EditorFont);
}

QString AppSettings::spellingLanguage() {
    return QSettings().value(kSpellingLanguage).toString();
}

void AppSettings::setSpellingLanguage(const QString &language) {
    QSettings().setValue(kSpellingLanguage, language);
    notify(Key::SpellingLanguage);
}

int AppSettings::recoveryInterval() {
    const int seconds =
        QSettings().value(kRecoveryInterval, RecoveryScheduler::kDefaultMaxIntervalMs / 1000).toInt();
    return std::max(kMinRecoveryInterval, seconds);
}

void AppSettings::setRecoveryInterval(int seconds) {
    QSettings().setValue(kRecoveryInterval, std::max(kMinRecoveryInterval, seconds));
    notify(Key::RecoveryInterval);
}

QStringList AppSettings::trustedSites() {
    return SiteTrust::trustedSites();
}

QStringList AppSettings::remoteContentSites() {
    QStringList sites = QSettings().value(kRemoteContentSites).toStringList();
    sites.removeAll(QString());
    sites.removeDuplicates();
    sites.sort();
    return sites;
}

QMap<QString, QString> AppSettings::imageFolders() {
    QMap<QString, QString> folders;
    const QVariantMap stored = QSettings().value(kImageFolders).toMap();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        folders.insert(it.key(), it.value().toString());
    return folders;
}
