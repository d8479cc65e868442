#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "common/result.h"

class Hunspell;

// One Hunspell dictionary (a .aff and a .dic), spoken to in QString. Hunspell wants words in the
// dictionary's own encoding (its .aff's SET: UTF-8 for Debian's, but ISO8859-x or KOI8-R for older ones); the
// conversion happens here, and a word the encoding cannot hold is not in the dictionary. Not thread-safe:
// one thread at a time.
class HunspellDictionary {
    Q_DECLARE_TR_FUNCTIONS(HunspellDictionary)

public:
    ~HunspellDictionary();

    // Opens `basePath`.aff and `basePath`.dic; fails naming the file that is missing or unreadable.
    static Result<std::shared_ptr<HunspellDictionary>> open(const QString &basePath);

    QString basePath() const { return m_basePath; }
    // The .aff's SET, e.g. "UTF-8".
    QString encoding() const { return m_encoding; }

    bool isCorrect(const QString &word) const;
    // Hunspell's suggestions, best first, at most `max`.
    QStringList suggestions(const QString &word, int max) const;

private:
    HunspellDictionary() = default;
    std::optional<QByteArray> encode(const QString &word) const;
    QString decode(const std::string &bytes) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_basePath;
    QString m_encoding;
    bool m_utf8 = true;
};
