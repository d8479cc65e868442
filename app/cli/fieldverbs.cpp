#include "fieldverbs.h"

#include "clioutput.h"
#include "post/postfile.h"

namespace {

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

int FieldVerbs::get(const QStringList &args, CliOutput &io) {
    if (args.size() != 2)
        return io.usage(QStringLiteral("get takes FILE KEY"));
    const Result<Post> post = PostFile::load(args[0]);
    if (!post) {
        io.printError(post.error());
        return 2;
    }
    for (const Diagnostic &d : post->frontMatter().diagnostics()) {
        if (d.isError())
            io.printError(d.format(args[0]));
    }
    const FieldEntry *entry = post->field(args[1]);
    if (!entry) {
        io.printError(QStringLiteral("%1: no field '%2'").arg(args[0], args[1]));
        return 1;
    }
    switch (entry->kind) {
        case FieldEntry::Kind::Scalar:
            io.print(entry->scalar.toUtf8() + "\n");
            break;
        case FieldEntry::Kind::Null:
            io.print("\n");
            break;
        case FieldEntry::Kind::Sequence:
            if (entry->allScalarItems) {
                for (const QString &item : entry->items)
                    io.print(item.toUtf8() + "\n");
                break;
            }
            io.print(sourceText(post.value(), *entry) + "\n");
            break;
        default:
            io.print(sourceText(post.value(), *entry) + "\n");
    }
    return 0;
}

int FieldVerbs::set(const QStringList &args, CliOutput &io) {
    const bool list = args.size() >= 3 && args[2] == QLatin1String("--list");
    if (args.size() < 3 || (!list && args.size() != 3))
        return io.usage(QStringLiteral("set takes FILE KEY VALUE, or FILE KEY --list VALUES..."));
    const QString &path = args[0];
    Result<Post> post = PostFile::load(path);
    if (!post) {
        io.printError(post.error());
        return 2;
    }
    const Status edited = list ? post->setList(args[1], args.mid(3)) : post->setScalar(args[1], args[2]);
    if (!edited) {
        io.printError(QStringLiteral("%1: cannot set '%2': %3").arg(path, args[1], edited.error()));
        return 1;
    }
    if (const Status saved = PostFile::writeIfChanged(path, post->text()); !saved) {
        io.printError(saved.error());
        return 1;
    }
    return 0;
}

int FieldVerbs::unset(const QStringList &args, CliOutput &io) {
    if (args.size() != 2)
        return io.usage(QStringLiteral("unset takes FILE KEY"));
    Result<Post> post = PostFile::load(args[0]);
    if (!post) {
        io.printError(post.error());
        return 2;
    }
    if (const Status removed = post->remove(args[1]); !removed) {
        io.printError(QStringLiteral("%1: cannot remove '%2': %3").arg(args[0], args[1], removed.error()));
        return 1;
    }
    if (const Status saved = PostFile::writeBytes(args[0], post->text()); !saved) {
        io.printError(saved.error());
        return 1;
    }
    return 0;
}
