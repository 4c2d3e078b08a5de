#pragma once

#include <QPalette>
#include <QString>

namespace ge::ui {

enum class ThemeMode { System, Light, Dark };
ThemeMode themeModeFromString(const QString &text); // "system" | "light" | "dark"
QString toString(ThemeMode mode);

QPalette lightPalette();
QPalette darkPalette();
// True when the platform's own palette is dark (window darker than its text).
bool systemPrefersDark();
// Applies a Fusion style with the light or dark palette; System follows the platform.
void applyTheme(ThemeMode mode);

} // namespace ge::ui
