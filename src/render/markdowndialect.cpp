#include "render/markdowndialect.h"

#include "site/jekyllvalue.h"
#include "site/siteconfig.h"

#include <QStringList>

namespace {

QByteArray utf8(char32_t codePoint) {
    return QString::fromUcs4(&codePoint, 1).toUtf8();
}

// The entity names a `smart_quotes` option may reasonably use (kramdown knows all of HTML's; these are the
// quotation marks among them). Code points are accepted too, as kramdown accepts them.
std::optional<char32_t> quoteEntity(const QString &name) {
    static const QVector<QPair<QString, char32_t>> names = {
        {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("ldquo"), 0x201C},  {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("sbquo"), 0x201A},  {QStringLiteral("bdquo"), 0x201E},
        {QStringLiteral("lsaquo"), 0x2039}, {QStringLiteral("rsaquo"), 0x203A},
        {QStringLiteral("laquo"), 0xAB},    {QStringLiteral("raquo"), 0xBB},
        {QStringLiteral("apos"), 0x27},     {QStringLiteral("quot"), 0x22},
        {QStringLiteral("prime"), 0x2032},  {QStringLiteral("Prime"), 0x2033},
        {QStringLiteral("nbsp"), 0xA0},
    };
    for (const auto &entry : names) {
        if (entry.first == name)
            return entry.second;
    }
    bool ok = false;
    const uint number = name.toUInt(&ok);
    if (ok && number > 0 && number <= 0x10FFFF)
        return char32_t(number);
    return std::nullopt;
}

const QString kSymbolNames[MarkdownDialect::SymbolCount] = {
    QStringLiteral("hellip"),      QStringLiteral("mdash"), QStringLiteral("ndash"),
    QStringLiteral("laquo"),       QStringLiteral("raquo"), QStringLiteral("laquo_space"),
    QStringLiteral("raquo_space"),
};

QStringList stringItems(const JekyllValue &value) {
    QStringList items;
    if (value.isList()) {
        for (const JekyllValue &item : value.items)
            items.append(item.toRubyString().trimmed());
    } else if (!value.isNull()) {
        for (const QString &part : value.toRubyString().split(QLatin1Char(',')))
            items.append(part.trimmed());
    }
    return items;
}

// kramdown's reading of `toc_levels`: a range `2..4`, a list `2,3` or `[2, 3]`; levels outside 1..6 are
// dropped. An unreadable value leaves the default.
std::optional<int> tocLevelBits(const JekyllValue &value) {
    QStringList items;
    const QString text = value.isList() ? QString() : value.toRubyString().trimmed();
    if (!value.isList() && text.contains(QLatin1String(".."))) {
        const QStringList ends = text.split(QStringLiteral(".."));
        bool firstOk = false;
        bool lastOk = false;
        const int first = ends.value(0).trimmed().toInt(&firstOk);
        const int last = ends.value(1).trimmed().toInt(&lastOk);
        if (!firstOk || !lastOk)
            return std::nullopt;
        for (int level = first; level <= last; ++level)
            items.append(QString::number(level));
    } else {
        items = stringItems(value);
    }
    int bits = 0;
    for (const QString &item : items) {
        bool ok = false;
        const int level = item.toInt(&ok);
        if (!ok)
            return std::nullopt;
        if (level >= 1 && level <= 6)
            bits |= 1 << level;
    }
    return bits;
}

}  // namespace

MarkdownDialect::MarkdownDialect() {
    m_quotes = {utf8(0x2018), utf8(0x2019), utf8(0x201C), utf8(0x201D)};
    // kramdown's HTML converter with Jekyll's `entity_output: as_char`: the characters, not entities.
    m_symbols = {
        utf8(0x2026),           utf8(0x2014), utf8(0x2013), utf8(0xAB), utf8(0xBB), utf8(0xAB) + utf8(0xA0),
        utf8(0xA0) + utf8(0xBB)};
}

MarkdownDialect MarkdownDialect::commonMark() {
    MarkdownDialect dialect;
    dialect.m_kind = Kind::CommonMark;
    return dialect;
}

MarkdownDialect MarkdownDialect::fromSiteSettings(const JekyllValue &settings) {
    MarkdownDialect dialect;
    const JekyllValue *processor = settings.isMap() ? settings.find(QStringLiteral("markdown")) : nullptr;
    if (processor && !processor->isNull() &&
        processor->toRubyString().compare(QLatin1String("kramdown"), Qt::CaseInsensitive) != 0) {
        // Jekyll takes any other name as a converter class a plugin provides; the known ones are CommonMark.
        if (processor->toRubyString().startsWith(QLatin1String("CommonMark"), Qt::CaseInsensitive))
            return commonMark();
    }
    const JekyllValue *options = settings.isMap() ? settings.find(QStringLiteral("kramdown")) : nullptr;
    if (!options || !options->isMap())
        return dialect;
    if (const JekyllValue *quotes = options->find(QStringLiteral("smart_quotes"))) {
        const QStringList names = stringItems(*quotes);
        if (names.size() == QuoteCount) {
            for (int i = 0; i < QuoteCount; ++i) {
                if (const std::optional<char32_t> codePoint = quoteEntity(names.at(i)))
                    dialect.m_quotes[i] = utf8(*codePoint);
            }
        }
    }
    if (const JekyllValue *symbols = options->find(QStringLiteral("typographic_symbols"));
        symbols && symbols->isMap()) {
        for (int i = 0; i < SymbolCount; ++i) {
            if (const JekyllValue *text = symbols->find(kSymbolNames[i]))
                dialect.m_symbols[i] = text->toRubyString().toUtf8();
        }
    }
    if (const JekyllValue *autoIds = options->find(QStringLiteral("auto_ids")); autoIds && !autoIds->isNull())
        dialect.m_autoIds = autoIds->toRubyString() != QLatin1String("false");
    if (const JekyllValue *prefix = options->find(QStringLiteral("auto_id_prefix"));
        prefix && !prefix->isNull())
        dialect.m_autoIdPrefix = prefix->toRubyString().toUtf8();
    if (const JekyllValue *levels = options->find(QStringLiteral("toc_levels"));
        levels && !levels->isNull()) {
        if (const std::optional<int> bits = tocLevelBits(*levels))
            dialect.m_tocLevels = *bits;
    }
    if (const JekyllValue *quirks = options->find(QStringLiteral("gfm_quirks")))
        dialect.m_symbolsOn = !stringItems(*quirks).contains(QStringLiteral("no_auto_typographic"));
    return dialect;
}

MarkdownDialect MarkdownDialect::forSite(const QString &siteRoot) {
    if (siteRoot.isEmpty())
        return MarkdownDialect();
    const Result<SiteConfig> config = SiteConfig::load(siteRoot);
    return config ? fromSiteSettings(config->settings()) : MarkdownDialect();
}

bool MarkdownDialect::operator==(const MarkdownDialect &other) const {
    return m_kind == other.m_kind && m_symbolsOn == other.m_symbolsOn && m_quotes == other.m_quotes &&
           m_symbols == other.m_symbols && m_autoIds == other.m_autoIds &&
           m_autoIdPrefix == other.m_autoIdPrefix && m_tocLevels == other.m_tocLevels;
}
