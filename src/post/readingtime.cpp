#include "post/readingtime.h"

#include "site/jekyllvalue.h"
#include "site/siteconfig.h"

int ReadingTime::minutes(int words, int wordsPerMinute) {
    if (words <= 0)
        return 0;
    const int rate = wordsPerMinute > 0 ? wordsPerMinute : kDefaultWordsPerMinute;
    return words <= rate ? 1 : words / rate;
}

int ReadingTime::wordsPerMinute(const JekyllValue &siteSettings) {
    const JekyllValue *value = siteSettings.find(QStringLiteral("words_per_minute"));
    if (!value)
        return kDefaultWordsPerMinute;
    if (value->type == JekyllValue::Type::Int || value->type == JekyllValue::Type::String) {
        bool ok = false;
        const int rate = value->text.trimmed().toInt(&ok);
        if (ok && rate > 0)
            return rate;
    }
    return kDefaultWordsPerMinute;
}

int ReadingTime::wordsPerMinuteOfSite(const QString &siteRoot) {
    if (siteRoot.isEmpty())
        return kDefaultWordsPerMinute;
    const Result<SiteConfig> config = SiteConfig::load(siteRoot);
    return config ? wordsPerMinute(config->settings()) : kDefaultWordsPerMinute;
}
