#pragma once

#include <QString>

class QCoreApplication;

namespace ge::app {

// Installs the product's translator (:/i18n/growth-engine_<lang>.qm) and Qt's own, for
// `language` ("en", "de") or, when empty, the system's UI languages. Returns the language used.
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace ge::app
