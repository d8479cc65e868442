#pragma once

#include <QString>
#include <QStringList>

// What the preview shows above the body, taken from the front matter. Values are shown as text, never as
// markup.
struct PreviewHeader {
    QString title;
    QString date;  // already formatted for display
    QStringList tags;
    QString cover;  // as written in the front matter: "/assets/c.jpg", "assets/c.jpg", "cover.jpg", a URL

    friend bool operator==(const PreviewHeader &a, const PreviewHeader &b) {
        return a.title == b.title && a.date == b.date && a.tags == b.tags && a.cover == b.cover;
    }
    friend bool operator!=(const PreviewHeader &a, const PreviewHeader &b) { return !(a == b); }
};
