#include "Translations.h"

#include "NamespaceFallbackTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ge::app {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // lupdate 6.4 files strings of classes in nested namespaces under the bare class name; this
    // translator also looks there when tr() asks for "ge::ui::Page".
    auto *own = new translations::NamespaceFallbackTranslator(&app);
    QString used = QStringLiteral("en");
    if (own->load(locale, QStringLiteral("growth-engine"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        used = own->language();
    } else {
        delete own;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return used;
}

} // namespace ge::app
