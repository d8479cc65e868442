#pragma once

#include <QString>
#include <QStringList>

// What a theme shows above a post's body (its title, date, tags, cover), taken from the front matter. The
// preview shows the values as text, never as markup.
struct PostHeader {
    QString title;
    QString date;  // already formatted for display
    QStringList tags;
    QString cover;  // as written in the front matter: "/assets/c.jpg", "assets/c.jpg", "cover.jpg", a URL

    friend bool operator==(const PostHeader &a, const PostHeader &b) {
        return a.title == b.title && a.date == b.date && a.tags == b.tags && a.cover == b.cover;
    }
    friend bool operator!=(const PostHeader &a, const PostHeader &b) { return !(a == b); }
};
