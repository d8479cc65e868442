#pragma once

#include <QString>

// A file Jekyll 4.3 copies as it is (a StaticFile): one the site walk found that is not a document (a page or
// collection file without a `---` first line). Plain data.
struct SiteStaticFile {
    QString relativePath;  // to the site root, '/'-separated
    QString collection;    // the collection's label for a file in a collection's folder, else empty
};
