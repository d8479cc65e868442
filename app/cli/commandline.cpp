#include "commandline.h"

#include <functional>
#include <map>

#include "checkverb.h"
#include "clioutput.h"
#include "commitverb.h"
#include "draftverbs.h"
#include "fieldverbs.h"
#include "newverb.h"
#include "renderverb.h"
#include "siteverbs.h"
#include "trustverb.h"

namespace {

const char kHelp[] =
    "Usage:\n"
    "  postwright [FILE | SITE_DIR]              open the editor (a post, or a site's newest post)\n"
    "  postwright render [--builtin-liquid] FILE  print the body's preview HTML; its Liquid is run by the\n"
    "                                            site's own Jekyll when it can (safe mode unless trusted),\n"
    "                                            or by the preview's own Liquid\n"
    "  postwright check PATH...                  lint posts (files or folders); exit 1 on errors, 2 if "
    "unreadable\n"
    "  postwright check --spelling [--lang LANG] PATH...\n"
    "                                            misspelled words, one warning each (FILE:LINE:COLUMN);\n"
    "                                            LANG: a post's `lang`, else the site's, else the system's\n"
    "  postwright get FILE KEY                   print a field (a list: one item a line); exit 1 if absent\n"
    "  postwright set FILE KEY VALUE             set a field to a text value (writes only when it changes)\n"
    "  postwright set FILE KEY --list V1 V2...   set a field to a list\n"
    "  postwright unset FILE KEY                 remove a field\n"
    "  postwright new SITE --title T [--date YYYY-MM-DD] [--draft]\n"
    "                                            create SITE/_posts/DATE-slug.md (or SITE/_drafts/slug.md)\n"
    "  postwright publish DRAFT [--date YYYY-MM-DD]\n"
    "                                            move _drafts/slug.md to _posts/DATE-slug.md (today by "
    "default)\n"
    "  postwright unpublish POST                 move _posts/DATE-slug.md back to _drafts/slug.md\n"
    "  postwright commit POST [--message M] [--push]\n"
    "                                            git-commit the post, the new or changed files it links\n"
    "                                            (images) and its old path after a publish or rename, and\n"
    "                                            nothing else; \"Publish: TITLE\" or \"Update: TITLE\" by\n"
    "                                            default; --push pushes to the upstream (never forced)\n"
    "  postwright list SITE [--json] [--filter EXPR]\n"
    "                                            posts and drafts as Jekyll reads them, newest first;\n"
    "                                            EXPR: words, tag:, category:, status:, year:, kind:\n"
    "                                            (kind:page, kind:LABEL list pages, a collection)\n"
    "  postwright tags SITE [--json]             tags and categories of the published posts, with counts\n"
    "  postwright tags SITE --rename OLD NEW [--category] [--dry-run]\n"
    "                                            rename or merge a tag (a category) in every post\n"
    "  postwright trust SITE                     let the preview run the site's own code (its _plugins/,\n"
    "                                            its Gemfile through Bundler); says what that will run\n"
    "  postwright trust --revoke SITE            preview the site in Jekyll's safe mode again (the default)\n"
    "  postwright trust --list                   the trusted sites, one a line\n"
    "  postwright --version | --help\n"
    "\n"
    "KEY may be a dotted path into nested maps (header.image).\n";

using Verb = std::function<int(const QStringList &, CliOutput &)>;

const std::map<QString, Verb> &verbs() {
    static const std::map<QString, Verb> table = {
        {QStringLiteral("render"), &RenderVerb::run},
        {QStringLiteral("check"), &CheckVerb::run},
        {QStringLiteral("get"), &FieldVerbs::get},
        {QStringLiteral("set"), &FieldVerbs::set},
        {QStringLiteral("unset"), &FieldVerbs::unset},
        {QStringLiteral("new"), &NewVerb::run},
        {QStringLiteral("publish"), &DraftVerbs::publish},
        {QStringLiteral("unpublish"), &DraftVerbs::unpublish},
        {QStringLiteral("commit"), &CommitVerb::run},
        {QStringLiteral("list"), &SiteVerbs::list},
        {QStringLiteral("tags"), &SiteVerbs::tags},
        {QStringLiteral("trust"), &TrustVerb::run},
    };
    return table;
}

bool isVersion(const QString &arg) {
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

bool isHelp(const QString &arg) {
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

}  // namespace

bool CommandLine::isCommand(const QStringList &args) {
    if (args.isEmpty())
        return false;
    const QString &first = args.front();
    return isVersion(first) || isHelp(first) || verbs().count(first) > 0;
}

const char *CommandLine::help() {
    return kHelp;
}

int CommandLine::run(const QStringList &args) {
    CliOutput io(m_out, m_err);
    if (args.isEmpty())
        return io.usage(QStringLiteral("no command given"));
    const QString &verb = args.front();
    if (isVersion(verb)) {
        io.print(QByteArray("postwright ") + POSTWRIGHT_VERSION + "\n");
        return 0;
    }
    if (isHelp(verb)) {
        io.print(kHelp);
        return 0;
    }
    const auto found = verbs().find(verb);
    if (found == verbs().end())
        return io.usage(QStringLiteral("unknown command '%1'").arg(verb));
    return found->second(args.mid(1), io);
}
