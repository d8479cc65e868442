#include "render/liquidcontext.h"

namespace {

QString setting(const JekyllValue &site, const char *key) {
    const JekyllValue *value = site.isMap() ? site.find(QLatin1String(key)) : nullptr;
    return value && !value->isNull() ? value->toRubyString() : QString();
}

// Addressable::URI#absolute?: the URL has a scheme.
bool hasScheme(const QString &url) {
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == QLatin1Char(':'))
            return i > 0;
        const bool schemeChar =
            (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (i > 0 && ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') ||
                       c == QLatin1Char('-') || c == QLatin1Char('.')));
        if (!schemeChar)
            return false;
    }
    return false;
}

QString ensureLeadingSlash(const QString &input) {
    return input.isEmpty() || input.startsWith(QLatin1Char('/')) ? input : QLatin1Char('/') + input;
}

}  // namespace

LiquidContext::LiquidContext() {
    auto data = std::make_shared<Data>();
    data->links = std::make_shared<const LiquidLinks>();
    m_data = std::move(data);
}

LiquidContext::LiquidContext(const JekyllValue &site, const JekyllValue &page,
                             std::shared_ptr<const LiquidLinks> links, Urls urls) {
    auto data = std::make_shared<Data>();
    data->hasSite = true;
    data->site = site;
    data->page = page;
    data->links = links ? std::move(links) : std::make_shared<const LiquidLinks>();
    data->urls = urls;
    m_data = std::move(data);
}

QString LiquidContext::baseurl() const {
    if (urls() == Urls::SiteRoot)
        return QString();
    QString base = setting(site(), "baseurl");
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);  // Jekyll's sanitized_baseurl: chomp("/")
    return base;
}

QString LiquidContext::siteUrl() const {
    return urls() == Urls::SiteRoot ? QString() : setting(site(), "url");
}

QString LiquidContext::relativeUrl(const QString &input) const {
    if (hasScheme(input))
        return input;
    return ensureLeadingSlash(baseurl()) + ensureLeadingSlash(input);
}

QString LiquidContext::absoluteUrl(const QString &input) const {
    if (hasScheme(input))
        return input;
    const QString url = siteUrl();
    return url.isEmpty() ? relativeUrl(input) : url + relativeUrl(input);
}

bool LiquidContext::operator==(const LiquidContext &other) const {
    if (m_data == other.m_data)
        return true;
    return hasSite() == other.hasSite() && urls() == other.urls() && m_data->links == other.m_data->links &&
           site().type == other.site().type && page().type == other.page().type &&
           site().toFlowYaml() == other.site().toFlowYaml() &&
           page().toFlowYaml() == other.page().toFlowYaml();
}
