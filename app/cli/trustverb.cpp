#include "trustverb.h"

#include <QFileInfo>

#include "clioutput.h"
#include "site/sitekey.h"
#include "site/siteroot.h"
#include "site/sitetrust.h"

namespace {

// The reasons SiteTrust found, in English (the window words them with tr()).
QStringList describe(const SiteTrust::Reasons &reasons) {
    QStringList lines;
    if (reasons.flags & SiteTrust::Reason::Plugins) {
        QStringList dirs;
        for (const QString &dir : reasons.pluginDirs)
            dirs.append(dir + QLatin1Char('/'));
        lines.append(QStringLiteral("it has plugins in %1 (%2 %3): Jekyll loads them")
                         .arg(dirs.join(QLatin1String(", ")))
                         .arg(reasons.pluginFiles)
                         .arg(reasons.pluginFiles == 1 ? QLatin1String("file") : QLatin1String("files")));
    }
    if (reasons.flags & SiteTrust::Reason::Gemfile)
        lines.append(QStringLiteral("it has a Gemfile: Bundler runs it to load the site's gems"));
    return lines;
}

QByteArray bulleted(const QStringList &lines) {
    QByteArray text;
    for (const QString &line : lines)
        text += "  - " + line.toUtf8() + "\n";
    return text;
}

// The site root `path` is in, or empty after saying why there is none.
QString siteOf(const QString &path, CliOutput &io) {
    const QFileInfo info(path);
    if (!info.exists()) {
        io.printError(QStringLiteral("%1: no such folder").arg(path));
        return {};
    }
    if (!info.isDir()) {
        io.printError(QStringLiteral("%1: not a folder").arg(path));
        return {};
    }
    const QString root = SiteRoot::find(path);
    if (root.isEmpty())
        io.printError(
            QStringLiteral("%1: not in a Jekyll site (no _config.yml or _posts/ here or above)").arg(path));
    return root;
}

int trust(const QString &path, CliOutput &io) {
    const QString root = siteOf(path, io);
    if (root.isEmpty())
        return 2;
    const bool already = SiteTrust::isTrusted(root);
    SiteTrust::setTrusted(root, true);
    const QByteArray site = SiteKey::of(root).toUtf8();
    QByteArray text = already ? "Already trusted: " + site + "\n" : "Trusted: " + site + "\n";
    text += "When Postwright previews its posts, the site's own code runs (Jekyll without safe mode):\n";
    const QStringList reasons = describe(SiteTrust::reasons(root));
    text +=
        reasons.isEmpty()
            ? bulleted({QStringLiteral("it has no plugins and no Gemfile now; any it gains later will run")})
            : bulleted(reasons);
    text += "Stop with: postwright trust --revoke " + site + "\n";
    io.print(text);
    return 0;
}

int revoke(const QString &path, CliOutput &io) {
    // A trusted site whose folder is gone can still be revoked, so --list can be cleaned up.
    const QString listed = SiteKey::of(path);
    QString root;
    if (QFileInfo(path).exists() || !SiteTrust::trustedSites().contains(listed)) {
        root = siteOf(path, io);
        if (root.isEmpty())
            return 2;
    } else {
        root = listed;
    }
    const QByteArray site = SiteKey::of(root).toUtf8();
    if (!SiteTrust::isTrusted(root)) {
        io.print("Not trusted: " + site + " (nothing changed)\n");
        return 0;
    }
    SiteTrust::setTrusted(root, false);
    io.print("No longer trusted: " + site +
             "\nPostwright previews it in Jekyll's safe mode: no _plugins/, no Gemfile.\n");
    return 0;
}

}  // namespace

int TrustVerb::run(const QStringList &args, CliOutput &io) {
    if (args == QStringList{QStringLiteral("--list")}) {
        QByteArray text;
        for (const QString &site : SiteTrust::trustedSites())
            text += site.toUtf8() + "\n";
        io.print(text);
        return 0;
    }
    if (args.size() == 2 && args.front() == QLatin1String("--revoke") &&
        !args.at(1).startsWith(QLatin1String("--")))
        return revoke(args.at(1), io);
    if (args.size() == 1 && !args.front().startsWith(QLatin1String("--")))
        return trust(args.front(), io);
    if (!args.isEmpty() && args.front().startsWith(QLatin1String("--")) &&
        args.front() != QLatin1String("--list") && args.front() != QLatin1String("--revoke"))
        return io.usage(QStringLiteral("trust: unknown option '%1'").arg(args.front()));
    return io.usage(QStringLiteral("trust takes SITE, --revoke SITE or --list"));
}
