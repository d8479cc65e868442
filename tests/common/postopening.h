#pragma once

#include "post/postdocument.h"
#include "post/postfile.h"

#include <QString>

// Loads the post at `path` into `document`, as opening it in the window does; false when it cannot be read.
inline bool openPost(PostDocument &document, const QString &path) {
    const Result<Post> post = PostFile::load(path);
    if (!post)
        return false;
    document.reset(post.value(), path);
    return true;
}
