#include "config/ConfigLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

namespace ge {

namespace {

QString trc(const char *text)
{
    return QCoreApplication::translate("ConfigLoader", text);
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString closestKey(const QString &name)
{
    QString best;
    int bestDistance = 4;
    for (const ConfigKey &k : configKeys()) {
        const int d = editDistance(name, k.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = k.name;
        }
    }
    return best;
}

QString fixFor(const ConfigKey &key)
{
    switch (key.type) {
    case ConfigKeyType::Int:
    case ConfigKeyType::Double:
        return QCoreApplication::translate("ConfigLoader", "Set %1 to a number between %2 and %3.")
            .arg(key.name)
            .arg(key.min)
            .arg(key.max);
    case ConfigKeyType::Bool:
        return QCoreApplication::translate("ConfigLoader", "Set %1 to true or false.").arg(key.name);
    case ConfigKeyType::Url:
    case ConfigKeyType::UrlList:
        return QCoreApplication::translate("ConfigLoader", "Set %1 to an absolute %2 URL.")
            .arg(key.name, key.allowed.value(0));
    case ConfigKeyType::Enum:
        return QCoreApplication::translate("ConfigLoader", "Set %1 to one of: %2.")
            .arg(key.name, key.allowed.join(u", "));
    case ConfigKeyType::String:
        break;
    }
    return QCoreApplication::translate("ConfigLoader", "See `growth-engine validate-config --keys`.");
}

struct Layer
{
    QMap<QString, QString> values;
    QMap<QString, QString> sources; // key -> where it came from
};

void applyLayer(AppConfig &config, const Layer &layer, QList<ConfigProblem> &problems)
{
    for (auto it = layer.values.cbegin(); it != layer.values.cend(); ++it) {
        const QString source = layer.sources.value(it.key());
        const ConfigKey *key = findConfigKey(it.key());
        if (!key) {
            const QString guess = closestKey(it.key());
            problems.append({it.key(), it.value(), source, trc(QT_TRANSLATE_NOOP("ConfigLoader", "unknown key")),
                             guess.isEmpty() ? trc(QT_TRANSLATE_NOOP("ConfigLoader", "Remove it; `growth-engine validate-config --keys` lists valid keys."))
                                             : QCoreApplication::translate("ConfigLoader", "Did you mean %1?").arg(guess)});
            continue;
        }
        if (auto why = key->apply(config, it.value()))
            problems.append({key->name, it.value(), source, *why, fixFor(*key)});
    }
}

QString jsonScalarToString(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 12);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null: return QString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts.append(e.toString());
        return parts.join(QLatin1Char(','));
    }
    default: return QString();
    }
}

void flattenJson(const QJsonObject &obj, const QString &prefix, Layer &layer, const QString &source)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject()) {
            flattenJson(it.value().toObject(), name, layer, source);
        } else {
            layer.values.insert(name, jsonScalarToString(it.value()));
            layer.sources.insert(name, source);
        }
    }
}

Layer readFileLayer(const QString &path, QList<ConfigProblem> &problems)
{
    Layer layer;
    const QString source = trc(QT_TRANSLATE_NOOP("ConfigLoader", "file %1")).arg(path);
    if (path.endsWith(u".ini", Qt::CaseInsensitive) || path.endsWith(u".conf", Qt::CaseInsensitive)) {
        QSettings ini(path, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError) {
            problems.append({QStringLiteral("--config"), path, source, trc(QT_TRANSLATE_NOOP("ConfigLoader", "the INI file cannot be parsed")),
                             trc(QT_TRANSLATE_NOOP("ConfigLoader", "Check the file's [section] and key=value syntax."))});
            return layer;
        }
        for (const QString &k : ini.allKeys()) {
            QString name = k;
            name.replace(QLatin1Char('/'), QLatin1Char('.'));
            const QVariant v = ini.value(k);
            layer.values.insert(name, v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char(','))
                                                                           : v.toString());
            layer.sources.insert(name, source);
        }
        return layer;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append({QStringLiteral("--config"), path, source, file.errorString(),
                         trc(QT_TRANSLATE_NOOP("ConfigLoader", "Check that the file exists and is readable."))});
        return layer;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problems.append({QStringLiteral("--config"), path, source,
                         QCoreApplication::translate("ConfigLoader", "invalid JSON at offset %1: %2")
                             .arg(error.offset)
                             .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                          : trc(QT_TRANSLATE_NOOP("ConfigLoader", "the top level must be an object"))),
                         trc(QT_TRANSLATE_NOOP("ConfigLoader", "Fix the JSON syntax, or use an .ini file."))});
        return layer;
    }
    flattenJson(doc.object(), QString(), layer, source);
    return layer;
}

} // namespace

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

LoadedConfig loadConfig(const ConfigSources &sources)
{
    LoadedConfig result;
    AppConfig &config = result.config;

    // Data directory first: it is where the default config file lives.
    QString dataDir = sources.dataDir;
    if (dataDir.isEmpty())
        dataDir = sources.environment.value(QStringLiteral("GROWTH_ENGINE_DATA_DIR"));
    if (dataDir.isEmpty())
        dataDir = defaultDataDir();
    config.dataDir = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(config.dataDir) || !QFileInfo(config.dataDir).isWritable()) {
        result.problems.append({QStringLiteral("data.dir"), config.dataDir, trc(QT_TRANSLATE_NOOP("ConfigLoader", "data directory")),
                                trc(QT_TRANSLATE_NOOP("ConfigLoader", "the data directory cannot be created or is not writable")),
                                trc(QT_TRANSLATE_NOOP("ConfigLoader", "Pass --data-dir with a writable folder, or fix its permissions."))});
    }

    // Config file.
    QString file = sources.configFile;
    if (file.isEmpty()) {
        for (const QString &candidate : {QStringLiteral("config.json"), QStringLiteral("growth-engine.ini")}) {
            const QString path = QDir(config.dataDir).filePath(candidate);
            if (QFileInfo::exists(path)) {
                file = path;
                break;
            }
        }
    } else if (!QFileInfo::exists(file)) {
        result.problems.append({QStringLiteral("--config"), file, trc(QT_TRANSLATE_NOOP("ConfigLoader", "command line")), trc(QT_TRANSLATE_NOOP("ConfigLoader", "the file does not exist")),
                                trc(QT_TRANSLATE_NOOP("ConfigLoader", "Pass the path of an existing .json or .ini file."))});
        file.clear();
    }
    if (!file.isEmpty()) {
        result.configFile = QFileInfo(file).absoluteFilePath();
        applyLayer(config, readFileLayer(file, result.problems), result.problems);
    }

    // Environment.
    Layer env;
    for (const ConfigKey &key : configKeys()) {
        const QString name = key.envName();
        if (sources.environment.contains(name)) {
            env.values.insert(key.name, sources.environment.value(name));
            env.sources.insert(key.name, QCoreApplication::translate("ConfigLoader", "environment %1").arg(name));
        }
    }
    applyLayer(config, env, result.problems);

    // Command line.
    Layer cli;
    for (auto it = sources.overrides.cbegin(); it != sources.overrides.cend(); ++it) {
        cli.values.insert(it.key(), it.value());
        cli.sources.insert(it.key(), trc(QT_TRANSLATE_NOOP("ConfigLoader", "command line")));
    }
    applyLayer(config, cli, result.problems);
    return result;
}

QString formatProblems(const QList<ConfigProblem> &problems)
{
    QString out = QCoreApplication::translate("ConfigLoader", "The configuration has %n problem(s):", nullptr,
                                              int(problems.size()));
    out += QLatin1Char('\n');
    for (const ConfigProblem &p : problems) {
        out += QStringLiteral("  - ") + p.key + QStringLiteral(" = \"") + p.value + QStringLiteral("\"");
        if (!p.source.isEmpty())
            out += QStringLiteral(" (") + p.source + QLatin1Char(')');
        out += QLatin1Char('\n') + QStringLiteral("      ") + trc(QT_TRANSLATE_NOOP("ConfigLoader", "why:")) + QLatin1Char(' ') + p.why;
        out += QLatin1Char('\n') + QStringLiteral("      ") + trc(QT_TRANSLATE_NOOP("ConfigLoader", "fix:")) + QLatin1Char(' ') + p.fix
               + QLatin1Char('\n');
    }
    return out;
}

} // namespace ge
