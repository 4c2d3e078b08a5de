#pragma once

#include <QTranslator>

namespace ge::translations {

// lupdate (Qt 6.4) does not understand C++17 nested namespace definitions (`namespace ge::ui {`):
// it files the strings of ge::ui::ReportsPage under the context "ReportsPage", while tr() asks
// for "ge::ui::ReportsPage" at run time. This translator retries such lookups with the class
// name alone, so every catalogue entry is found whichever way its context was written.
class NamespaceFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace ge::translations
