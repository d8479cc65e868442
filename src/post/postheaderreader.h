#pragma once

#include "post/postheader.h"

class Post;

// What the preview's header shows for a post, read from its front matter the way common Jekyll themes read
// it: the title, the date written for reading, the tags (or the categories) and the cover image.
class PostHeaderReader {
public:
    static PostHeader read(const Post &post, const QString &fallbackTitle);
};
