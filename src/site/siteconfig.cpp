#include "site/siteconfig.h"

#include "common/diagnostic.h"
#include "site/psychyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

struct SiteConfig::Data {
    YAML::Node root;
    JekyllValue settings;  // the same file as Psych reads it
};

namespace {

const char *const kStringTag = "tag:yaml.org,2002:str";

QString toQString(const std::string &s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A scalar the file wrote quoted (or tagged !!str) must stay a string when written back, even if its text
// would read as a number, a bool or a date unquoted.
bool isExplicitString(const YAML::Node &node) {
    return node.Tag() == "!" || node.Tag() == kStringTag;
}

void emitFlow(YAML::Emitter &out, const YAML::Node &node) {
    const std::string &tag = node.Tag();
    if (!tag.empty() && tag != "?" && tag != "!" && tag != kStringTag)
        out << YAML::VerbatimTag(tag);
    switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out << YAML::Null;
            break;
        case YAML::NodeType::Scalar:
            if (isExplicitString(node))
                out << YAML::SingleQuoted;  // the emitter falls back to double quotes when single ones cannot
                                            // work
            out << node.Scalar();
            break;
        case YAML::NodeType::Sequence:
            out << YAML::Flow << YAML::BeginSeq;
            for (const YAML::Node &item : node)
                emitFlow(out, item);
            out << YAML::EndSeq;
            break;
        case YAML::NodeType::Map:
            out << YAML::Flow << YAML::BeginMap;
            for (const auto &entry : node) {
                out << YAML::Key;
                emitFlow(out, entry.first);
                out << YAML::Value;
                emitFlow(out, entry.second);
            }
            out << YAML::EndMap;
            break;
    }
}

QString flowText(const YAML::Node &node) {
    YAML::Emitter out;
    out.SetNullFormat(YAML::LowerNull);
    emitFlow(out, node);
    return toQString(out.c_str());
}

// Jekyll's sanitize_path: no leading or trailing slash.
QString sanitizedPath(QString path) {
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString scalarOrEmpty(const YAML::Node &node) {
    return node && node.IsScalar() ? toQString(node.Scalar()) : QString();
}

struct Scope {
    QString path;  // sanitized
    bool hasType = false;
};

bool appliesToPost(const YAML::Node &scope, const QString &relativePath) {
    if (!scope || scope.IsNull())
        return true;
    if (!scope.IsMap())
        return false;
    const YAML::Node type = scope["type"];
    if (type && !type.IsNull()) {
        const QString t = scalarOrEmpty(type);
        if (t != QLatin1String("posts") && t != QLatin1String("post"))
            return false;
    }
    const QString path = sanitizedPath(scalarOrEmpty(scope["path"]));
    if (path.isEmpty())
        return true;
    // The scope path must be the post's path or one of its folders (Jekyll ascends the post's path).
    return relativePath == path || relativePath.startsWith(path + QLatin1Char('/'));
}

// Jekyll's has_precedence?: a longer path wins, then a typed scope, then the later one.
bool hasPrecedence(const Scope &newScope, const Scope &oldScope) {
    if (newScope.path.size() != oldScope.path.size())
        return newScope.path.size() > oldScope.path.size();
    return newScope.hasType || !oldScope.hasType;
}

// Jekyll's Utils.deep_merge_hashes(master, other): other's keys win, maps merge recursively.
YAML::Node deepMerged(const YAML::Node &master, const YAML::Node &other) {
    if (!master.IsMap() || !other.IsMap())
        return YAML::Clone(other);
    YAML::Node merged = YAML::Clone(master);
    for (const auto &entry : other) {
        const std::string key = entry.first.Scalar();
        const YAML::Node existing = merged[key];
        merged[key] =
            existing && existing.IsMap() ? deepMerged(existing, entry.second) : YAML::Clone(entry.second);
    }
    return merged;
}

}  // namespace

SiteConfig::SiteConfig() : m_data(std::make_shared<Data>()) {}

Result<SiteConfig> SiteConfig::load(const QString &root) {
    const QDir dir(root);
    QString file;
    for (const char *name : {"_config.yml", "_config.yaml"}) {
        const QString candidate = dir.filePath(QLatin1String(name));
        if (QFileInfo(candidate).isFile()) {
            file = candidate;
            break;
        }
    }
    if (file.isEmpty())
        return SiteConfig();

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Result<SiteConfig>::failure(
            QStringLiteral("Could not read %1: %2").arg(file, in.errorString()));
    return fromText(in.readAll(), file);
}

Result<SiteConfig> SiteConfig::fromText(const QByteArray &yaml, const QString &fileName) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(yaml);  // only to validate: yaml-cpp reads the bytes
    if (decoder.hasError())
        return Result<SiteConfig>::failure(
            QStringLiteral("Could not read %1: it is not valid UTF-8 text").arg(fileName));

    auto data = std::make_shared<Data>();
    try {
        data->root = YAML::Load(std::string(yaml.constData(), static_cast<size_t>(yaml.size())));
    } catch (const YAML::Exception &e) {
        Diagnostic diagnostic;
        diagnostic.line = e.mark.is_null() ? 0 : e.mark.line + 1;
        diagnostic.column = e.mark.is_null() ? 0 : e.mark.column + 1;
        diagnostic.message = toQString(e.msg);
        return Result<SiteConfig>::failure(diagnostic.format(fileName));
    }
    if (data->root.IsDefined() && !data->root.IsNull() && !data->root.IsMap()) {
        Diagnostic diagnostic;
        diagnostic.line = data->root.Mark().line + 1;
        diagnostic.column = data->root.Mark().column + 1;
        diagnostic.message = QStringLiteral("the configuration must be a mapping of settings (key: value)");
        return Result<SiteConfig>::failure(diagnostic.format(fileName));
    }

    data->settings = PsychYaml::load(yaml).value;
    SiteConfig config;
    config.m_data = std::move(data);
    config.m_path = fileName;
    return config;
}

const JekyllValue &SiteConfig::settings() const {
    return m_data->settings;
}

QString SiteConfig::title() const {
    if (!m_data->root.IsMap())
        return {};
    const YAML::Node &root = m_data->root;
    return scalarOrEmpty(root["title"]);
}

QVector<QPair<QString, QString>> SiteConfig::postDefaults(const QString &relativePath) const {
    const YAML::Node &root = m_data->root;
    if (!root.IsMap())
        return {};
    const YAML::Node sets = root["defaults"];
    if (!sets || !sets.IsSequence())
        return {};

    const QString postPath = relativePath.isEmpty() ? QStringLiteral("_posts/new-post.md")
                                                    : sanitizedPath(QDir::fromNativeSeparators(relativePath));

    // Jekyll walks the matching entries in file order, remembering the scope that last had precedence: an
    // entry with precedence over it is merged on top, any other entry only fills keys that are still unset.
    // Keys keep the order in which they first appear.
    QVector<std::string> order;
    QVector<YAML::Node> values;
    std::optional<Scope> winningScope;
    for (const YAML::Node &set : sets) {
        if (!set.IsMap())
            continue;
        const YAML::Node setValues = set["values"];
        if (!setValues || !setValues.IsMap() || !appliesToPost(set["scope"], postPath))
            continue;
        Scope scope;
        if (const YAML::Node s = set["scope"]; s && s.IsMap()) {
            scope.path = sanitizedPath(scalarOrEmpty(s["path"]));
            scope.hasType = s["type"] && !s["type"].IsNull();
        }
        const bool wins = !winningScope || hasPrecedence(scope, *winningScope);
        if (wins)
            winningScope = scope;
        for (const auto &entry : setValues) {
            if (!entry.first.IsScalar())
                continue;
            const std::string key = entry.first.Scalar();
            const auto index = order.indexOf(key);
            if (index < 0) {
                order.append(key);
                values.append(YAML::Clone(entry.second));
            } else {
                values[index] =
                    wins ? deepMerged(values[index], entry.second) : deepMerged(entry.second, values[index]);
            }
        }
    }

    QVector<QPair<QString, QString>> result;
    result.reserve(order.size());
    for (int i = 0; i < order.size(); ++i)
        result.append({toQString(order[i]), flowText(values[i])});
    return result;
}
