#include "config/AppConfig.h"

#include <QDir>

namespace ge {

QString AppConfig::sqlitePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("growth-engine.sqlite"));
}

} // namespace ge
