// postwright-postgen: writes the benchmark's posts.
//   postwright-postgen DIR                          post-10k.md, post-100k.md, post-1m.md in DIR
//   postwright-postgen --size BYTES [--seed N] FILE one post of at least BYTES bytes

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

#include "postgenerator.h"

namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: postwright-postgen [--seed N] DIR\n"
                 "       postwright-postgen [--seed N] --size BYTES FILE\n");
    return 2;
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    std::uint64_t seed = PostGenerator::kDefaultSeed;
    qsizetype size = -1;
    QString target;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        bool ok = true;
        if (arg == QLatin1String("--seed") && !args.isEmpty())
            seed = args.takeFirst().toULongLong(&ok);
        else if (arg == QLatin1String("--size") && !args.isEmpty())
            size = args.takeFirst().toLongLong(&ok);
        else if (arg.startsWith(QLatin1Char('-')) || !target.isEmpty())
            return usage();
        else
            target = arg;
        if (!ok)
            return usage();
    }
    if (target.isEmpty() || size == 0 || size < -1)
        return usage();

    if (size > 0) {
        if (const Status status = PostGenerator::writePost(target, size, seed); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error()));
            return 1;
        }
        std::printf("%s\n", qPrintable(target));
        return 0;
    }
    const Result<QStringList> written = PostGenerator::writeStandardSet(target, seed);
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    for (const QString &path : written.value())
        std::printf("%s\n", qPrintable(path));
    return 0;
}
