#include "site/postsummary.h"

#include "site/sitescan.h"

PostSummary::Kind PostSummary::kindOf(SitePost::Kind kind) {
    switch (kind) {
        case SitePost::Kind::Post:
            return Kind::Post;
        case SitePost::Kind::Draft:
            return Kind::Draft;
        case SitePost::Kind::Page:
            return Kind::Page;
        case SitePost::Kind::CollectionDocument:
            return Kind::Document;
    }
    return Kind::Post;
}

PostSummary PostSummary::of(const SitePost &post) {
    PostSummary s;
    s.path = post.path;
    s.relativePath = post.relativePath;
    s.kind = kindOf(post.kind);
    s.collection = post.collection;
    s.title = post.title;
    s.date = post.date;
    s.status = SiteScan::statusOf(post);
    s.tags = post.tags;
    s.categories = post.categories;
    s.url = post.url;
    s.wordCount = post.wordCount;
    if (!post.problems.isEmpty()) {
        const Diagnostic &d = post.problems.front();
        s.problem = QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
    }
    return s;
}
