#pragma once

#include <QString>
#include <QVector>

#include "frontmatter/fieldentry.h"

class Post;

// The front matter a site's posts usually carry, learned from the posts themselves: which keys most posts
// have, the kind of value each usually holds (a tag list, a yes/no, a date, text) and the value most of them
// share (`layout: post`, `navigation: True`). A new post starts with those fields, and Add Field suggests the
// site's keys with their usual kind. Plain value type; building it reads nothing from disk.
class SiteShape {
public:
    struct Key {
        QString name;
        int posts = 0;  // how many of the posts looked at have it
        FieldEntry::Kind kind = FieldEntry::Kind::Null;
        ScalarType scalarType = ScalarType::Null;  // for scalars: the type most of them have
        // The value as written in the file (`post`, `True`, `'post'`, `[a, b]`) when more than half of the
        // posts having the key write exactly that; else empty.
        QByteArray commonValue;
    };

    // Learns from `posts` (invalid or TOML front matter is skipped). Keys come in the order the posts
    // usually write them.
    static SiteShape learn(const QVector<Post> &posts);

    int postsLearnedFrom() const { return m_posts; }
    // Every key seen, most used first.
    const QVector<Key> &keys() const { return m_keys; }
    const Key *key(const QString &name) const;

    // The fields a new post starts with: keys more than half of the posts carry, in their usual order,
    // except those every post sets for itself (title, date, permalink, slug). Each as YAML for
    // Post::setYaml: the common value, else an empty value of the usual kind (`[]` for a list, nothing for
    // text).
    QVector<QPair<QString, QString>> newPostFields() const;

private:
    int m_posts = 0;
    QVector<Key> m_keys;
    QVector<QString> m_order;  // keys in their usual order
};
