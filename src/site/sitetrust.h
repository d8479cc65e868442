#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

// Whether the writer trusted the site at a root to run its own code in the preview: its `_plugins/` and its
// Gemfile (through Bundler). Off unless the writer said so; a site not trusted is previewed in Jekyll's safe
// mode. Stored with QSettings (one key holding the trusted sites' keys, SiteKey::of), so the window and
// `postwright trust` share the choice once both applied AppIdentity.
class SiteTrust {
public:
    // What in a site runs only when it is trusted. The core has no tr(): callers word these themselves.
    enum class Reason {
        Plugins = 0x1,  // .rb files under the site's plugins folder(s), which Jekyll requires unless safe
        Gemfile = 0x2,  // a Gemfile at the root, which Bundler evaluates to load the site's gems
    };
    Q_DECLARE_FLAGS(ReasonFlags, Reason)

    struct Reasons {
        ReasonFlags flags;
        // The plugins folders holding .rb files, relative to the root when inside it ("_plugins"), else
        // absolute; and the number of .rb files under them.
        QStringList pluginDirs;
        int pluginFiles = 0;

        bool isEmpty() const { return !flags; }
    };

    // The QSettings key holding the trusted sites.
    static QString settingsKey();

    static bool isTrusted(const QString &root);
    // Trusts or stops trusting the site at `root`; an empty root is ignored.
    static void setTrusted(const QString &root, bool trusted);
    // The keys of the trusted sites, sorted.
    static QStringList trustedSites();

    // True when the site has code that only runs trusted (reasons() is not empty).
    static bool needsTrust(const QString &root);
    // What of the site at `root` runs only trusted. The plugins folders are the config's `plugins_dir`
    // (a folder or a list; `_plugins` by default), taken relative to the root; .rb files are counted at any
    // depth, skipping hidden files and folders as Jekyll's glob does.
    static Reasons reasons(const QString &root);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SiteTrust::ReasonFlags)
