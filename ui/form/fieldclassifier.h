#pragma once

#include "site/siteshape.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include "frontmatter/fieldentry.h"

// The kinds of row the front-matter form shows; each has its own editing widget.
enum class FormFieldKind { Text, MultiLineText, DateTime, YesNo, Number, List, Image, Yaml };

// Decides which row shows a front-matter value, from the value as written and, for dates and images, from
// the key's name (`date`, `cover`...). Pure functions: the form and its tests share them.
class FieldClassifier {
public:
    // `chosen` is the kind the writer picked when adding the field; it wins while the value still fits it
    // (an image path added empty has no file extension yet).
    static FormFieldKind classify(const FieldEntry &entry,
                                  std::optional<FormFieldKind> chosen = std::nullopt);

    // The row for a key the site's posts use, from the kind of value they usually hold.
    static FormFieldKind usualKind(const SiteShape::Key &key);

    static bool isDateKey(const QString &key);
    static bool isImageKey(const QString &key);
    static bool isImagePath(const QString &value);
    // Remote images are never fetched: `https://...`, `//cdn...`, `data:` and Liquid-templated paths.
    static bool isRemoteOrTemplated(const QString &value);

    // The kind's name as the "Add field" menu shows it.
    static QString displayName(FormFieldKind kind);
};
