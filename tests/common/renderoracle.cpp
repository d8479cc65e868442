#include "renderoracle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
const QString kPrefix = QStringLiteral("render_oracle: ");
}

RenderOracle RenderOracle::run(const QString &site) {
    RenderOracle result;
    const QString script =
        qEnvironmentVariable("POSTWRIGHT_SOURCE_DIR") + QStringLiteral("/tests/jekyll/render_oracle.rb");
    QProcess ruby;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    ruby.setProcessEnvironment(env);
    ruby.start(QStringLiteral("ruby"), {script, site});
    if (!ruby.waitForFinished(300000) || ruby.exitStatus() != QProcess::NormalExit || ruby.exitCode() != 0) {
        result.error = QStringLiteral("%1 failed on %2 (exit %3): %4")
                           .arg(script, site)
                           .arg(ruby.exitCode())
                           .arg(QString::fromUtf8(ruby.readAllStandardError()));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(ruby.readAllStandardOutput(), &parseError);
    if (!json.isObject()) {
        result.error = QStringLiteral("%1 printed no JSON object for %2: %3")
                           .arg(script, site, parseError.errorString());
        return result;
    }
    QMap<QString, QString> reasons;
    const QStringList lines = QString::fromUtf8(ruby.readAllStandardError()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(kPrefix))
            continue;
        const QString message = line.mid(kPrefix.size());
        const int colon = message.indexOf(QStringLiteral(": "));
        const QString path = colon < 0 ? QString() : message.left(colon);
        if (json.object().contains(path))
            reasons.insert(path, message.mid(colon + 2));
        else
            result.notes.append(message);
    }
    const QJsonObject posts = json.object();
    for (auto it = posts.begin(); it != posts.end(); ++it) {
        if (it.value().isString())
            result.rendered.insert(it.key(), it.value().toString().toUtf8());
        else
            result.failed.insert(it.key(), reasons.value(it.key(), QStringLiteral("no reason printed")));
    }
    return result;
}
