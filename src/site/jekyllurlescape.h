#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

// Jekyll's `URL.escape_path` (jekyll 4.3 url.rb), which every placeholder value of a permalink goes through.
//
// Jekyll does not escape a path segment; it hands the value to `Addressable::URI.encode`, which parses it as
// a whole URI and escapes each part with that part's characters, then turns the first `#` into `%23`. So:
//  - values made only of `[A-Za-z0-9./-]` (or empty) are returned untouched;
//  - `?` starts a query and stays literal (`c?d` -> `c?d`), `#` becomes `%23`, `%` becomes `%25`,
//    space `%20`, `[`/`]` `%5B`/`%5D`, non-ASCII is percent-encoded as UTF-8 (upper-case hex);
//  - `a:b` reads as a scheme and stays; a value that is not a valid URI makes Jekyll fail (`:ab`, `2016:x`,
//    `http:`), which is returned here as a failure with Addressable's reason.
//  - `//host` reads as an authority: Addressable's checks of the host and port apply (`//a b/c` fails,
//  `//a:0`
//    becomes `//a`), and Ruby's line anchors decide what a value with line breaks becomes.
class JekyllUrlEscape {
    Q_DECLARE_TR_FUNCTIONS(JekyllUrlEscape)

public:
    static Result<QString> escapePath(const QString &value);
};
