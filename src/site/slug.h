#pragma once

#include <QString>

// Turns a post title into the slug of its file name (`2018-09-21-<slug>.md`).
//
// Rules, in order:
//  - Latin letters are lower-cased and transliterated to ASCII: NFKD decomposition with the combining marks
//  of
//    Latin letters dropped (é -> e, Ü -> u, ﬁ -> fi), plus the letters that do not decompose:
//    ß -> ss, æ -> ae, ø -> o, œ -> oe, ł -> l, đ -> d, ð -> d, þ -> th, ı -> i.
//  - Letters of other scripts are kept as they are (lower-cased, recomposed to NFC), with their marks: this
//  is
//    what Jekyll's own `slugify` does in its default mode, so `日本語の記事` gives `日本語の記事` and
//    `Привет, мир` gives `привет-мир`. Jekyll builds such posts and the URLs work.
//  - Every run of anything else (spaces, punctuation, symbols, `_`) becomes one `-`; no leading or trailing
//  `-`.
//  - A slug is at most kMaxBytes of UTF-8 (file names are limited to 255 bytes and the date prefix needs
//  room);
//    a longer one is cut at the last `-` that keeps at least half of it, else at a character boundary.
//  - A title with nothing usable left (empty, only punctuation or emoji) gives `untitled`, so a file name can
//    always be made.
class Slug {
public:
    static constexpr int kMaxBytes = 100;

    static QString fromTitle(const QString &title);
};
