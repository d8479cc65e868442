#pragma once

#include <QCoreApplication>
#include <QString>

struct JekyllValue;

// How long a post takes to read, the way Jekyll themes print it (jasper2's post cards, Minimal Mistakes):
// `site.words_per_minute | default: 200`; up to that many words is "1 min read", more is the words divided
// by it, rounded down. Pure functions; any thread.
class ReadingTime {
    Q_DECLARE_TR_FUNCTIONS(ReadingTime)

public:
    static constexpr int kDefaultWordsPerMinute = 200;

    // Whole minutes for `words` at `wordsPerMinute` (taken as the default when not positive); 0 for no words.
    static int minutes(int words, int wordsPerMinute);
    // `words_per_minute` of a site's settings (SiteConfig::settings()) when it is a positive whole number
    // (or a string of one); the default otherwise.
    static int wordsPerMinute(const JekyllValue &siteSettings);
    // The same read from the `_config.yml` of the site at `siteRoot` (the default without a site or when the
    // file cannot be read).
    static int wordsPerMinuteOfSite(const QString &siteRoot);
};
