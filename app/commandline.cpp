#include "commandline.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include "post/postfile.h"
#include "post/postlinter.h"
#include "render/blockrenderer.h"
#include "site/newpost.h"

namespace {

const char kHelp[] =
    "Usage:\n"
    "  postwright [FILE | SITE_DIR]              open the editor (a post, or a site's newest post)\n"
    "  postwright render FILE                    print the body's preview HTML\n"
    "  postwright check PATH...                  lint posts (files or folders); exit 1 on errors, 2 if "
    "unreadable\n"
    "  postwright get FILE KEY                   print a field (a list: one item a line); exit 1 if absent\n"
    "  postwright set FILE KEY VALUE             set a field to a text value (writes only when it changes)\n"
    "  postwright set FILE KEY --list V1 V2...   set a field to a list\n"
    "  postwright unset FILE KEY                 remove a field\n"
    "  postwright new SITE --title T [--date YYYY-MM-DD] [--draft]\n"
    "                                            create SITE/_posts/DATE-slug.md (or SITE/_drafts/slug.md)\n"
    "  postwright --version | --help\n"
    "\n"
    "KEY may be a dotted path into nested maps (header.image).\n";

const QStringList kVerbs = {QStringLiteral("render"),    QStringLiteral("check"), QStringLiteral("get"),
                            QStringLiteral("set"),       QStringLiteral("unset"), QStringLiteral("new"),
                            QStringLiteral("--version"), QStringLiteral("-v"),    QStringLiteral("--help"),
                            QStringLiteral("-h"),        QStringLiteral("help")};

// The value's own text, with the indentation of a block value removed.
QByteArray sourceText(const Post &post, const FieldEntry &entry) {
    QByteArray text = post.text().mid(entry.valueBegin, entry.valueEnd - entry.valueBegin);
    text.replace("\r\n", "\n");
    if (entry.layout != FieldEntry::Layout::Block || entry.childIndent <= 0)
        return text;
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        int strip = 0;
        while (i > 0 && strip < entry.childIndent && strip < line.size() && line.at(strip) == ' ')
            ++strip;
        out += line.mid(strip) + (i + 1 < lines.size() ? "\n" : "");
    }
    return out;
}

}  // namespace

bool CommandLine::isCommand(const QStringList &args) {
    return !args.isEmpty() && kVerbs.contains(args.front());
}

int CommandLine::run(const QStringList &args) {
    if (args.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString verb = args.front();
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        print(QByteArray("postwright ") + POSTWRIGHT_VERSION + "\n");
        return 0;
    }
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        print(kHelp);
        return 0;
    }
    if (verb == QLatin1String("render"))
        return render(rest);
    if (verb == QLatin1String("check"))
        return check(rest);
    if (verb == QLatin1String("get"))
        return get(rest);
    if (verb == QLatin1String("set"))
        return set(rest);
    if (verb == QLatin1String("unset"))
        return unset(rest);
    if (verb == QLatin1String("new"))
        return create(rest);
    return usage(QStringLiteral("unknown command '%1'").arg(verb));
}

int CommandLine::render(const QStringList &args) {
    if (args.size() != 1)
        return usage(QStringLiteral("render takes one FILE"));
    const Result<Post> post = PostFile::load(args.front());
    if (!post) {
        printError(post.error());
        return 2;
    }
    print(BlockRenderer::joined(BlockRenderer::render(post->bodyWithLf())));
    return 0;
}

int CommandLine::check(const QStringList &args) {
    if (args.isEmpty())
        return usage(QStringLiteral("check takes one or more PATHs"));
    bool unreadable = false;
    bool errors = false;
    const auto checkFile = [&](const QString &path) {
        const Result<QByteArray> bytes = PostFile::readBytes(path);
        if (!bytes) {
            printError(bytes.error());
            unreadable = true;
            return;
        }
        for (const Diagnostic &d : PostLinter::check(bytes.value())) {
            print(d.format(path).toUtf8() + "\n");
            errors = errors || d.isError();
        }
    };
    for (const QString &path : args) {
        const QFileInfo info(path);
        if (!info.exists()) {
            printError(QStringLiteral("%1: no such file or folder").arg(path));
            unreadable = true;
        } else if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (PostLinter::isPostFileName(file))
                    files << file;
            }
            files.sort();
            for (const QString &file : files)
                checkFile(file);
        } else {
            checkFile(path);
        }
    }
    return unreadable ? 2 : errors ? 1 : 0;
}

int CommandLine::get(const QStringList &args) {
    if (args.size() != 2)
        return usage(QStringLiteral("get takes FILE KEY"));
    const Result<Post> post = PostFile::load(args[0]);
    if (!post) {
        printError(post.error());
        return 2;
    }
    for (const Diagnostic &d : post->frontMatter().diagnostics()) {
        if (d.isError())
            printError(d.format(args[0]));
    }
    const FieldEntry *entry = post->field(args[1]);
    if (!entry) {
        printError(QStringLiteral("%1: no field '%2'").arg(args[0], args[1]));
        return 1;
    }
    switch (entry->kind) {
        case FieldEntry::Kind::Scalar:
            print(entry->scalar.toUtf8() + "\n");
            break;
        case FieldEntry::Kind::Null:
            print("\n");
            break;
        case FieldEntry::Kind::Sequence:
            if (entry->allScalarItems) {
                for (const QString &item : entry->items)
                    print(item.toUtf8() + "\n");
                break;
            }
            print(sourceText(post.value(), *entry) + "\n");
            break;
        default:
            print(sourceText(post.value(), *entry) + "\n");
    }
    return 0;
}

int CommandLine::set(const QStringList &args) {
    const bool list = args.size() >= 3 && args[2] == QLatin1String("--list");
    if (args.size() < 3 || (!list && args.size() != 3))
        return usage(QStringLiteral("set takes FILE KEY VALUE, or FILE KEY --list VALUES..."));
    const QString &path = args[0];
    Result<Post> post = PostFile::load(path);
    if (!post) {
        printError(post.error());
        return 2;
    }
    const Status edited = list ? post->setList(args[1], args.mid(3)) : post->setScalar(args[1], args[2]);
    if (!edited) {
        printError(QStringLiteral("%1: cannot set '%2': %3").arg(path, args[1], edited.error()));
        return 1;
    }
    if (const Status saved = PostFile::writeIfChanged(path, post->text()); !saved) {
        printError(saved.error());
        return 1;
    }
    return 0;
}

int CommandLine::unset(const QStringList &args) {
    if (args.size() != 2)
        return usage(QStringLiteral("unset takes FILE KEY"));
    Result<Post> post = PostFile::load(args[0]);
    if (!post) {
        printError(post.error());
        return 2;
    }
    if (const Status removed = post->remove(args[1]); !removed) {
        printError(QStringLiteral("%1: cannot remove '%2': %3").arg(args[0], args[1], removed.error()));
        return 1;
    }
    if (const Status saved = PostFile::writeBytes(args[0], post->text()); !saved) {
        printError(saved.error());
        return 1;
    }
    return 0;
}

int CommandLine::create(const QStringList &args) {
    QString site;
    NewPost::Options options;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--title") && i + 1 < args.size()) {
            options.title = args[++i];
        } else if (a == QLatin1String("--date") && i + 1 < args.size()) {
            const QString text = args[++i];
            options.date = QDate::fromString(text, Qt::ISODate);
            if (!options.date->isValid())
                return usage(QStringLiteral("new: --date takes YYYY-MM-DD, not '%1'").arg(text));
        } else if (a == QLatin1String("--draft")) {
            options.draft = true;
        } else if (site.isEmpty() && !a.startsWith(QLatin1String("--"))) {
            site = a;
        } else {
            return usage(QStringLiteral("new: unexpected '%1'").arg(a));
        }
    }
    if (site.isEmpty() || options.title.trimmed().isEmpty())
        return usage(QStringLiteral("new takes SITE --title TITLE"));
    if (!QFileInfo(site).isDir()) {
        printError(QStringLiteral("%1: no such folder").arg(site));
        return 2;
    }
    const Result<QString> path = NewPost::create(site, options);
    if (!path) {
        printError(path.error());
        return 1;
    }
    print(path.value().toUtf8() + "\n");
    return 0;
}

int CommandLine::usage(const QString &problem) {
    printError(QStringLiteral("postwright: %1").arg(problem));
    std::fputs(kHelp, m_err);
    return 2;
}

void CommandLine::print(const QByteArray &text) {
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), m_out);
}

void CommandLine::printError(const QString &text) {
    const QByteArray bytes = text.toUtf8() + "\n";
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_err);
}
