#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <functional>

// Turns the preview's page, as its DOM serialises it, into one HTML file that stands on its own (File >
// Export as HTML): the page's stylesheets inlined, every image, font or media file the page loads from the
// preview's own scheme listed to be copied into a folder beside the file and referred to there, and a
// Content-Security-Policy that keeps the post's script as inert in a browser as it is in the preview. Links
// (<a href>) stay as the post wrote them. Pure text work; any thread.
class StandalonePage {
public:
    struct Stylesheet {
        QUrl url;      // where the page loaded it from: its relative url()s resolve against it
        QString text;  // its content
    };
    struct Asset {
        QUrl url;          // what the page loaded
        QString fileName;  // its name in the asset folder
    };
    struct Output {
        QString html;
        QVector<Asset> assets;
    };

    struct Input {
        QString html;    // the document's outerHTML (Chromium's serialisation: attributes in "")
        QUrl baseUrl;    // the document's URL, for relative src attributes
        QString scheme;  // the preview's scheme: only its URLs are copied
        QVector<Stylesheet> stylesheets;  // replace the page's <link rel="stylesheet"> elements
        QString title;                    // the <title>; the page's own when empty
        QString assetFolder;              // the folder's name, relative to the HTML file ("post_files")
        // Whether a URL of the scheme names a file that can be copied; others are left as they are.
        std::function<bool(const QUrl &)> available;
    };

    static Output build(const Input &input);

    // The policy the exported file carries: no script, plugin, frame, form or <base>; anything else loads.
    static QString contentSecurityPolicy();
};
