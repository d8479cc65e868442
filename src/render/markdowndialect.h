#pragma once

#include <QByteArray>
#include <QString>

#include <array>

class JekyllValue;

// Which Markdown a site's posts are written in, as its `_config.yml` tells Jekyll: kramdown (Jekyll's
// default, GFM input) or CommonMark/GFM (`markdown: CommonMarkGhPages` or `CommonMark`, the jekyll-commonmark
// plugins). The renderer parses both with cmark-gfm; the kramdown dialect adds what kramdown prints
// differently (its typography; code with the markup of Jekyll's Rouge; bare URLs stay text, as kramdown does
// not link them). Plain data, cheap to copy.
class MarkdownDialect {
public:
    enum class Kind { Kramdown, CommonMark };
    // kramdown's smart quotes, in the order of its `smart_quotes` option.
    enum Quote { LeftSingle, RightSingle, LeftDouble, RightDouble, QuoteCount };
    // kramdown's typographic symbols, named as in its `typographic_symbols` option.
    enum Symbol { Hellip, Mdash, Ndash, Laquo, Raquo, LaquoSpace, RaquoSpace, SymbolCount };

    // kramdown with Jekyll's defaults: what Jekyll uses when a site says nothing (and for a post with no
    // site).
    MarkdownDialect();
    static MarkdownDialect kramdown() { return MarkdownDialect(); }
    static MarkdownDialect commonMark();
    // From the whole `_config.yml` as Jekyll holds it (SiteConfig::settings()): `markdown:` and the
    // `kramdown:` options `smart_quotes`, `typographic_symbols` and `gfm_quirks: no_auto_typographic`. A
    // processor Jekyll does not know falls back to kramdown.
    static MarkdownDialect fromSiteSettings(const JekyllValue &settings);
    // The dialect of the site at `siteRoot` (its `_config.yml`); kramdown's defaults when there is no site or
    // its configuration cannot be read (Jekyll would not build it at all).
    static MarkdownDialect forSite(const QString &siteRoot);

    Kind kind() const { return m_kind; }
    bool isKramdown() const { return m_kind == Kind::Kramdown; }
    // Whether `--`, `...`, `<<` and `>>` become symbols (kramdown's `gfm_quirks: no_auto_typographic` says
    // no).
    bool typographicSymbols() const { return m_symbolsOn; }
    // The UTF-8 text each smart quote / symbol prints as.
    const QByteArray &quote(Quote which) const { return m_quotes.at(which); }
    const QByteArray &symbol(Symbol which) const { return m_symbols.at(which); }
    // kramdown's `auto_ids` (headings get ids made from their text), `auto_id_prefix` and `toc_levels` (the
    // heading levels a `{:toc}` lists, bit n for level n).
    bool autoIds() const { return m_autoIds; }
    const QByteArray &autoIdPrefix() const { return m_autoIdPrefix; }
    bool listsLevelInToc(int level) const { return level >= 1 && level <= 6 && (m_tocLevels >> level) & 1; }

    bool operator==(const MarkdownDialect &other) const;
    bool operator!=(const MarkdownDialect &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Kramdown;
    bool m_symbolsOn = true;
    bool m_autoIds = true;
    QByteArray m_autoIdPrefix;
    int m_tocLevels = 0x7E;  // 1..6
    std::array<QByteArray, QuoteCount> m_quotes;
    std::array<QByteArray, SymbolCount> m_symbols;
};
