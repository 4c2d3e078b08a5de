#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace ge::ui {

ThemeMode themeModeFromString(const QString &text)
{
    if (text.compare(u"dark"_s, Qt::CaseInsensitive) == 0)
        return ThemeMode::Dark;
    if (text.compare(u"light"_s, Qt::CaseInsensitive) == 0)
        return ThemeMode::Light;
    return ThemeMode::System;
}

QString toString(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Dark: return u"dark"_s;
    case ThemeMode::Light: return u"light"_s;
    case ThemeMode::System: break;
    }
    return u"system"_s;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF5, 0xF6, 0xF8));
    p.setColor(QPalette::WindowText, QColor(0x1D, 0x23, 0x2B));
    p.setColor(QPalette::Base, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::AlternateBase, QColor(0xF0, 0xF2, 0xF5));
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::ToolTipText, QColor(0x1D, 0x23, 0x2B));
    p.setColor(QPalette::PlaceholderText, QColor(0x5F, 0x68, 0x73));
    p.setColor(QPalette::Text, QColor(0x1D, 0x23, 0x2B));
    p.setColor(QPalette::Button, QColor(0xEC, 0xEE, 0xF1));
    p.setColor(QPalette::ButtonText, QColor(0x1D, 0x23, 0x2B));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0xC4, 0xC9, 0xD0));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x66, 0xCC));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0x5C, 0xB8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9A, 0xA0, 0xA8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9A, 0xA0, 0xA8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9A, 0xA0, 0xA8));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1E, 0x21, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1C));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x27, 0x2D));
    p.setColor(QPalette::ToolTipBase, QColor(0x2B, 0x30, 0x37));
    p.setColor(QPalette::ToolTipText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA3, 0xAE));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Button, QColor(0x2B, 0x30, 0x37));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3A, 0x40, 0x48));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x38, 0x40));
    p.setColor(QPalette::Mid, QColor(0x40, 0x46, 0x4F));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, QColor(0x0A, 0x0B, 0x0D));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x8B, 0xFD));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xFF));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6B, 0x72, 0x7B));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6B, 0x72, 0x7B));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6B, 0x72, 0x7B));
    return p;
}

bool systemPrefersDark()
{
    QStyle *platformStyle = QStyleFactory::create(QApplication::style() ? QApplication::style()->name() : u"fusion"_s);
    const QPalette sys = platformStyle ? platformStyle->standardPalette() : QPalette();
    delete platformStyle;
    return sys.color(QPalette::Window).lightness() < sys.color(QPalette::WindowText).lightness();
}

void applyTheme(ThemeMode mode)
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    const bool dark = mode == ThemeMode::Dark || (mode == ThemeMode::System && systemPrefersDark());
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

} // namespace ge::ui
