#include "fieldclassifier.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "frontmatter/dateshape.h"

namespace {

bool isScalarText(const FieldEntry &entry) {
    return entry.kind == FieldEntry::Kind::Scalar && entry.scalarType == ScalarType::String;
}

bool fits(const FieldEntry &entry, FormFieldKind kind) {
    const bool emptyOrText = entry.kind == FieldEntry::Kind::Null || isScalarText(entry);
    switch (kind) {
        case FormFieldKind::Text:
        case FormFieldKind::Image:
            return emptyOrText && !entry.scalar.contains(QLatin1Char('\n'));
        case FormFieldKind::Yaml:
            return true;
        default:
            return false;  // the other kinds are written with a typed value that classifies by itself
    }
}

}  // namespace

FormFieldKind FieldClassifier::classify(const FieldEntry &entry, std::optional<FormFieldKind> chosen) {
    if (!entry.editable)
        return FormFieldKind::Yaml;
    if (chosen && fits(entry, *chosen))
        return *chosen;
    switch (entry.kind) {
        case FieldEntry::Kind::Null:
            return FormFieldKind::Text;
        case FieldEntry::Kind::Sequence:
            return entry.allScalarItems ? FormFieldKind::List : FormFieldKind::Yaml;
        case FieldEntry::Kind::Scalar:
            break;
        default:
            return FormFieldKind::Yaml;
    }
    if (entry.scalarStyle == ScalarStyle::Literal || entry.scalarStyle == ScalarStyle::Folded ||
        entry.scalar.contains(QLatin1Char('\n')))
        return FormFieldKind::MultiLineText;
    switch (entry.scalarType) {
        case ScalarType::Bool:
            return FormFieldKind::YesNo;
        case ScalarType::Integer:
        case ScalarType::Float:
            return FormFieldKind::Number;
        case ScalarType::Timestamp:
            if (DateShape::of(entry.scalar))
                return FormFieldKind::DateTime;
            break;
        default:
            break;
    }
    if (isDateKey(entry.key) && DateShape::of(entry.scalar))
        return FormFieldKind::DateTime;
    if (entry.scalarType == ScalarType::String && (isImageKey(entry.key) || isImagePath(entry.scalar)))
        return FormFieldKind::Image;
    return FormFieldKind::Text;
}

bool FieldClassifier::isDateKey(const QString &key) {
    const QString k = key.toLower();
    static const QStringList names = {QStringLiteral("modified"), QStringLiteral("updated"),
                                      QStringLiteral("lastmod"),  QStringLiteral("published"),
                                      QStringLiteral("created"),  QStringLiteral("expires")};
    return k.contains(QLatin1String("date")) || names.contains(k) || k.endsWith(QLatin1String("_at")) ||
           k.endsWith(QLatin1String("-at"));
}

bool FieldClassifier::isImageKey(const QString &key) {
    const QString k = key.toLower();
    return k == QLatin1String("cover") || k == QLatin1String("image") || k.endsWith(QLatin1String("-img")) ||
           k.endsWith(QLatin1String("_img")) || k.endsWith(QLatin1String("_image")) ||
           k.endsWith(QLatin1String("-image"));
}

bool FieldClassifier::isImagePath(const QString &value) {
    static const QRegularExpression re(QStringLiteral("\\.(png|jpe?g|gif|webp|svg)([?#].*)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return !value.contains(QLatin1Char('\n')) && re.match(value.trimmed()).hasMatch();
}

bool FieldClassifier::isRemoteOrTemplated(const QString &value) {
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    const QString v = value.trimmed();
    return v.startsWith(QLatin1String("//")) || scheme.match(v).hasMatch() ||
           v.contains(QLatin1String("{{")) || v.contains(QLatin1String("{%"));
}

QString FieldClassifier::displayName(FormFieldKind kind) {
    switch (kind) {
        case FormFieldKind::Text:
        case FormFieldKind::MultiLineText:
            return QCoreApplication::translate("FieldClassifier", "Text");
        case FormFieldKind::DateTime:
            return QCoreApplication::translate("FieldClassifier", "Date");
        case FormFieldKind::YesNo:
            return QCoreApplication::translate("FieldClassifier", "Yes/no");
        case FormFieldKind::Number:
            return QCoreApplication::translate("FieldClassifier", "Number");
        case FormFieldKind::List:
            return QCoreApplication::translate("FieldClassifier", "List");
        case FormFieldKind::Image:
            return QCoreApplication::translate("FieldClassifier", "Image");
        case FormFieldKind::Yaml:
            return QCoreApplication::translate("FieldClassifier", "YAML");
    }
    return {};
}

FormFieldKind FieldClassifier::usualKind(const SiteShape::Key &key) {
    switch (key.kind) {
        case FieldEntry::Kind::Sequence:
            return FormFieldKind::List;
        case FieldEntry::Kind::Map:
        case FieldEntry::Kind::Alias:
        case FieldEntry::Kind::Other:
            return FormFieldKind::Yaml;
        case FieldEntry::Kind::Null:
        case FieldEntry::Kind::Scalar:
            break;
    }
    switch (key.scalarType) {
        case ScalarType::Bool:
            return FormFieldKind::YesNo;
        case ScalarType::Integer:
        case ScalarType::Float:
            return FormFieldKind::Number;
        case ScalarType::Timestamp:
            return FormFieldKind::DateTime;
        case ScalarType::Null:
        case ScalarType::String:
            break;
    }
    if (isDateKey(key.name))
        return FormFieldKind::DateTime;
    return isImageKey(key.name) ? FormFieldKind::Image : FormFieldKind::Text;
}
