#pragma once

// Where tests find their data. The paths come from the environment CTest sets (tests/CMakeLists.txt).

#include <QDir>
#include <QString>
#include <QtTest>

namespace TestPaths {

// ../shared by default: the corpus and the hostile posts, which are not part of this repository.
inline QString shared() {
    return qEnvironmentVariable("POSTWRIGHT_SHARED_DIR");
}

inline QString corpusPosts() {
    return shared() + QStringLiteral("/corpus/posts");
}
inline QString adversarialFiles() {
    return shared() + QStringLiteral("/adversarial/files");
}
inline QString adversarialPreview() {
    return shared() + QStringLiteral("/adversarial/preview");
}

// The project's own small fixtures, tests/data.
inline QString data() {
    return qEnvironmentVariable("POSTWRIGHT_TEST_DATA");
}
inline QString sourceDir() {
    return qEnvironmentVariable("POSTWRIGHT_SOURCE_DIR");
}

// Fails the calling test with a clear message when the shared folder is missing, so a missing corpus
// never passes silently.
#define REQUIRE_SHARED_DIR(sub)                                                                       \
    do {                                                                                              \
        const QString dir_ = TestPaths::shared() + QStringLiteral(sub);                               \
        if (!QDir(dir_).exists())                                                                     \
            QFAIL(qPrintable(                                                                         \
                QStringLiteral("shared data not found at %1; set POSTWRIGHT_SHARED_DIR").arg(dir_))); \
    } while (false)

}  // namespace TestPaths
