#pragma once

#include <QString>

// Jekyll's `Utils.slugify` (jekyll 4.3 utils.rb), which builds the `:title`, `:slug`, `:name` and
// `:slugified_categories` parts of a URL. Every run of characters a mode does not keep becomes one `-`, one
// `-` is dropped at the start and end of each line, and the result is lower-cased unless `cased`.
//  - Raw: drops only ASCII white space.
//  - Default: keeps letters, marks and decimal digits of any script.
//  - Pretty: Default plus `._~!$&'()+,;=@` (`:title` uses it, cased).
//  - Ascii: keeps only `A-Za-z0-9`.
// Jekyll's `latin` mode (I18n transliteration) is not reproduced: no URL placeholder uses it.
class JekyllSlugify {
public:
    enum class Mode { Raw, Default, Pretty, Ascii };

    static QString slugify(const QString &text, Mode mode = Mode::Default, bool cased = false);
};
