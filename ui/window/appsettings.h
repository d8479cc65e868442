#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>

#include "site/imagesizerules.h"

// Every setting the application keeps, typed, in one place (QSettings underneath). The core never reads
// these.
class AppSettings {
public:
    static constexpr int kMaxRecentFiles = 10;

    static QStringList recentFiles();
    // Puts `path` first in the recent files (dropping duplicates and files beyond the limit).
    static void addRecentFile(const QString &path);
    // The sites posts were opened from, newest first (File > Recent Sites).
    static QStringList recentSites();
    static void addRecentSite(const QString &siteRoot);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray mainSplitterState();
    static void setMainSplitterState(const QByteArray &state);
    static QByteArray sideSplitterState();
    static void setSideSplitterState(const QByteArray &state);
    // Where the window's panels (dock widgets) and toolbars are (QMainWindow::saveState()).
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);

    // Whether the preview may load remote images, media, stylesheets and fonts for posts of the site at
    // `siteRoot` (off unless the writer allowed it). Keyed by the canonical site root, so two spellings of
    // one folder share the choice; an empty root is never allowed.
    static bool remoteContentAllowed(const QString &siteRoot);
    static void setRemoteContentAllowed(const QString &siteRoot, bool allowed);
    // Whether the editor marks what the preview shows unlike Jekyll (View > Mark What the Preview Shows
    // Unlike Jekyll); on unless the writer turned it off.
    static bool markPreviewCaveats();
    static void setMarkPreviewCaveats(bool mark);
    // Whether the editor marks links and images that lead nowhere in the site, and images without alt text
    // (View > Mark Broken Links and Images); on unless the writer turned it off.
    static bool markLinkTargets();
    static void setMarkLinkTargets(bool mark);
    // Whether the preview shows a post in its site's own layout and stylesheets when the site's Jekyll can
    // render them (View > Site Style); on unless the writer turned it off.
    static bool previewSiteStyle();
    static void setPreviewSiteStyle(bool on);
    // Whether a save first shows what it changes in the file and asks (View > Show Changes Before Saving);
    // off unless the writer turned it on.
    // "system", "light" or "dark" (View > Theme; ColorScheme reads it).
    static QString theme();
    static void setTheme(const QString &theme);
    static bool showChangesBeforeSave();
    static void setShowChangesBeforeSave(bool on);
    // Whether the writer trusted the site at `siteRoot` to run its own code (its _plugins/, its Gemfile) in
    // the preview. Kept by SiteTrust in postcore, which `postwright trust` writes too; forwarded here so
    // every setting the window reads stays findable in one place.
    static bool siteTrusted(const QString &siteRoot);
    static void setSiteTrusted(const QString &siteRoot, bool trusted);
    // The key a site's choices are stored under: its canonical path (or its clean absolute path while it does
    // not exist). SiteKey::of, which SiteTrust uses too.
    static QString siteKey(const QString &siteRoot);

    // The folder, relative to the site root ('/'-separated, "" for the root), where new images of the site at
    // `siteRoot` go (Edit > Image Folder...); null when the writer chose none, so ImagePlacement learns it
    // from the site's posts. Keyed like remoteContentAllowed.
    static QString imageFolder(const QString &siteRoot);
    static void setImageFolder(const QString &siteRoot, const QString &folder);
    // The width (pixels, as shown) and file size (bytes) over which a new image is offered a downscale;
    // ImageSizeRules::Limits' defaults (2,400 px, 2 MiB) unless the writer changed them.
    static ImageSizeRules::Limits imageLimits();
    static void setImageLimits(const ImageSizeRules::Limits &limits);
    // Whether photos copied into a site keep their location (GPS) metadata; off, so it is removed, unless
    // the writer chose to keep it.
    static bool keepImageLocation();
    static void setKeepImageLocation(bool keep);
    // Whether the editor underlines misspelled words (View > Check Spelling); on unless the writer turned
    // it off.
    static bool checkSpelling();
    static void setCheckSpelling(bool on);
    // Whether the editor dims everything but the paragraph holding the cursor (View > Focus Mode); off
    // unless the writer turned it on.
    static bool focusMode();
    static void setFocusMode(bool on);
    // Whether the editor keeps the cursor's line at the middle of its height (View > Typewriter
    // Scrolling); off unless the writer turned it on.
    static bool typewriterScrolling();
    static void setTypewriterScrolling(bool on);
    // Whether the preview follows the editor's cursor and scrolling, and a click in it moves the cursor
    // (View > Sync Scrolling); on unless the writer turned it off.
    static bool syncScrolling();
    static void setSyncScrolling(bool on);
    // Whether the preview highlights code and typesets math (View > Highlight Code and Math); on unless the
    // writer turned it off.
    static bool previewTypesetting();
    static void setPreviewTypesetting(bool on);
    // The font the editor writes in: a family (empty for the system's fixed font) and a size in points (0 for
    // the editor's default size). Edit > Preferences; MarkdownEditor follows a change at once.
    static QString editorFontFamily();
    static void setEditorFontFamily(const QString &family);
    static int editorFontSize();
    static void setEditorFontSize(int points);
    // The language the spell check uses whatever the post says ("de_DE"); empty (the default) for the
    // automatic choice: the post's `lang`, the site's, else the system's (SpellingLanguage::choose).
    static QString spellingLanguage();
    static void setSpellingLanguage(const QString &language);
    // At least how often (seconds) a recovery copy of unsaved edits is written while typing goes on;
    // RecoveryScheduler's 10 s unless the writer changed it. Never below kMinRecoveryInterval.
    static constexpr int kMinRecoveryInterval = 2;
    static int recoveryInterval();
    static void setRecoveryInterval(int seconds);
    // The sites (their keys) trusted to run their code, the sites allowed remote content, and the image
    // folders chosen per site (site key → folder): what Edit > Preferences lists and can revoke.
    static QStringList trustedSites();
    static QStringList remoteContentSites();
    static QMap<QString, QString> imageFolders();

    // What a SettingsNotifier::changed() names: one per setting the writer chooses (the window's geometry
    // and the recent lists are not announced).
    enum class Key {
        RemoteContent,
        MarkPreviewCaveats,
        MarkLinkTargets,
        PreviewSiteStyle,
        Theme,
        ShowChangesBeforeSave,
        SiteTrust,
        ImageFolder,
        ImageLimits,
        KeepImageLocation,
        CheckSpelling,
        FocusMode,
        TypewriterScrolling,
        SyncScrolling,
        PreviewTypesetting,
        EditorFont,
        SpellingLanguage,
        RecoveryInterval,
    };
};
