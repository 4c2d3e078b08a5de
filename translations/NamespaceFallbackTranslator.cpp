#include "NamespaceFallbackTranslator.h"

#include <cstring>

namespace ge::translations {

QString NamespaceFallbackTranslator::translate(const char *context, const char *sourceText,
                                               const char *disambiguation, int n) const
{
    QString result = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!result.isNull() || !context)
        return result;
    const char *last = nullptr;
    for (const char *p = std::strstr(context, "::"); p; p = std::strstr(p + 2, "::"))
        last = p + 2;
    if (last && *last)
        result = QTranslator::translate(last, sourceText, disambiguation, n);
    return result;
}

} // namespace ge::translations
