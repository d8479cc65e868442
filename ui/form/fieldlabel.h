#pragma once

#include <QSet>
#include <QString>

// Row labels: a key shown lightly humanized (`last_modified_at` -> "Last modified at") with a mnemonic
// (`&Title`) that no other label in the form already takes.
class FieldLabel {
public:
    static QString humanize(const QString &key);

    // `text` with `&` before its first ASCII letter or digit not in `used` (preferring `preferred` when
    // given), which is then added to `used`; `&` already in the text is escaped. No mnemonic when every
    // character is taken.
    static QString withMnemonic(const QString &text, QSet<QChar> &used, QChar preferred = QChar());
};
