#pragma once

#include "UiContext.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ge::ui {

// Accounts (embedded panel), service URLs, intervals, retention, pacing, language, theme and
// notifications. Values are validated with the configuration's own key descriptors and saved
// to the INI file the configuration loader reads; the theme applies at once.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(const UiContext &context, QWidget *parent = nullptr);

    QString settingsFile() const;
    // Validates every field; writes the file when all are valid. Returns the problems.
    QStringList save();
    // key -> value as shown (config key names, e.g. "appview.url").
    QMap<QString, QString> values() const;
    void setValue(const QString &key, const QString &value);

Q_SIGNALS:
    void themeChanged(const QString &theme);
    void trayNotificationsChanged(bool enabled);
    void saved();

private:
    void load();

    UiContext m_context;
    QPlainTextEdit *m_jetstream = nullptr;
    QLineEdit *m_appView = nullptr;
    QLineEdit *m_plc = nullptr;
    QLineEdit *m_pds = nullptr;
    QSpinBox *m_healthInterval = nullptr;
    QSpinBox *m_backfillInterval = nullptr;
    QSpinBox *m_backupInterval = nullptr;
    QSpinBox *m_retention = nullptr;
    QDoubleSpinBox *m_headroom = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_tray = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ge::ui
