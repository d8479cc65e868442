#include "site/siteconfig.h"

#include "common/diagnostic.h"
#include "site/psychyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

#include <string>

struct SiteConfig::Data {
    YAML::Node root;
    JekyllValue settings;  // the same file as Psych reads it
};

namespace {

QString toQString(const std::string &s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString scalarOrEmpty(const YAML::Node &node) {
    return node && node.IsScalar() ? toQString(node.Scalar()) : QString();
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
        return Result<SiteConfig>::failure(tr("Could not read %1: %2").arg(file, in.errorString()));
    return fromText(in.readAll(), file);
}

Result<SiteConfig> SiteConfig::fromText(const QByteArray &yaml, const QString &fileName) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(yaml);  // only to validate: yaml-cpp reads the bytes
    if (decoder.hasError())
        return Result<SiteConfig>::failure(tr("Could not read %1: it is not valid UTF-8 text").arg(fileName));

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
        diagnostic.message = tr("the configuration must be a mapping of settings (key: value)");
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
