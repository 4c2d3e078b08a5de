#pragma once

#include "config/AppConfig.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ge {

// One problem found while loading or validating the configuration.
struct ConfigProblem
{
    QString key;    // e.g. "appview.url"
    QString value;  // the offending value as given
    QString source; // "file /path", "environment GROWTH_ENGINE_APPVIEW_URL", "command line --appview"
    QString why;
    QString fix;
};

enum class ConfigKeyType { String, Int, Double, Bool, Url, UrlList, Enum };

// Descriptor of a typed key. Every key of AppConfig has exactly one descriptor; nothing else
// in the code base reads configuration by raw string.
struct ConfigKey
{
    QString name;     // dotted key in the config file: "jetstream.endpoints"
    ConfigKeyType type = ConfigKeyType::String;
    QString help;     // one line for --help and docs
    double min = 0;   // Int/Double bounds
    double max = 0;
    QStringList allowed; // Enum values; Url schemes for Url/UrlList
    // Applies a validated string value; returns the problem text ("why") on failure.
    std::function<std::optional<QString>(AppConfig &, const QString &)> apply;

    QString envName() const; // GROWTH_ENGINE_JETSTREAM_ENDPOINTS
};

const QList<ConfigKey> &configKeys();
const ConfigKey *findConfigKey(const QString &name);

} // namespace ge
