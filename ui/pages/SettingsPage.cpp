#include "pages/SettingsPage.h"

#include "config/AppConfig.h"
#include "config/ConfigKeys.h"
#include "widgets/PageHeader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ge::ui {

namespace {
QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix, const QString &name)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setAccessibleName(name);
    return s;
}
} // namespace

SettingsPage::SettingsPage(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new PageHeader(tr("Settings"), tr("Accounts, services, intervals, retention, pacing and appearance."), content));

    auto *accounts = new QGroupBox(tr("Accounts"), content);
    auto *accountsLayout = new QVBoxLayout(accounts);
    if (m_context.accountsPanelFactory) {
        accountsLayout->addWidget(m_context.accountsPanelFactory(accounts));
    } else {
        auto *none = new QLabel(tr("Account management is not available in this session."), accounts);
        none->setForegroundRole(QPalette::PlaceholderText);
        accountsLayout->addWidget(none);
    }
    layout->addWidget(accounts);

    auto *services = new QGroupBox(tr("Services"), content);
    auto *sf = new QFormLayout(services);
    m_jetstream = new QPlainTextEdit(services);
    m_jetstream->setObjectName(QStringLiteral("jetstreamEndpoints"));
    m_jetstream->setAccessibleName(tr("Jetstream endpoints, one per line"));
    m_jetstream->setTabChangesFocus(true);
    m_jetstream->setMaximumHeight(90);
    m_appView = new QLineEdit(services);
    m_appView->setAccessibleName(tr("AppView URL"));
    m_plc = new QLineEdit(services);
    m_plc->setAccessibleName(tr("PLC directory URL"));
    m_pds = new QLineEdit(services);
    m_pds->setAccessibleName(tr("PDS override URL"));
    m_pds->setPlaceholderText(tr("empty: the PDS from each account's DID document"));
    sf->addRow(tr("&Jetstream endpoints:"), m_jetstream);
    sf->addRow(tr("&AppView:"), m_appView);
    sf->addRow(tr("P&LC directory:"), m_plc);
    sf->addRow(tr("&PDS override:"), m_pds);
    layout->addWidget(services);

    auto *intervals = new QGroupBox(tr("Intervals, retention and pacing"), content);
    auto *inf = new QFormLayout(intervals);
    m_healthInterval = spin(intervals, 5, 3600, tr(" s"), tr("Health check interval"));
    m_backfillInterval = spin(intervals, 1, 168, tr(" h"), tr("Backfill interval"));
    m_backupInterval = spin(intervals, 1, 168, tr(" h"), tr("Backup interval"));
    m_retention = spin(intervals, 7, 3650, tr(" days"), tr("Retention of raw events"));
    m_headroom = new QDoubleSpinBox(intervals);
    m_headroom->setRange(0, 90);
    m_headroom->setDecimals(0);
    m_headroom->setSuffix(tr(" %"));
    m_headroom->setAccessibleName(tr("Rate-limit headroom"));
    m_headroom->setToolTip(tr("Share of the hourly and daily write budget kept free for your own activity."));
    inf->addRow(tr("&Health checks every:"), m_healthInterval);
    inf->addRow(tr("&Backfill every:"), m_backfillInterval);
    inf->addRow(tr("Back&up every:"), m_backupInterval);
    inf->addRow(tr("&Keep raw events for:"), m_retention);
    inf->addRow(tr("Pacing: &leave free:"), m_headroom);
    layout->addWidget(intervals);

    auto *appearance = new QGroupBox(tr("Appearance and notifications"), content);
    auto *af = new QFormLayout(appearance);
    m_language = new QComboBox(appearance);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("themeSelector"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_tray = new QCheckBox(tr("Show &notifications in the system tray"), appearance);
    af->addRow(tr("La&nguage:"), m_language);
    af->addRow(tr("&Theme:"), m_theme);
    af->addRow(QString(), m_tray);
    layout->addWidget(appearance);

    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("&Save"), content);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    buttons->addWidget(saveButton);
    buttons->addWidget(m_message, 1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int) { Q_EMIT themeChanged(m_theme->currentData().toString()); });
    connect(m_tray, &QCheckBox::toggled, this, &SettingsPage::trayNotificationsChanged);
    load();
}

QString SettingsPage::settingsFile() const
{
    if (!m_context.settingsFile.isEmpty())
        return m_context.settingsFile;
    const QString dir = m_context.dataDir.isEmpty() ? (m_context.config ? m_context.config->dataDir : QString()) : m_context.dataDir;
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("growth-engine.ini"));
}

void SettingsPage::load()
{
    const AppConfig defaults;
    const AppConfig &c = m_context.config ? *m_context.config : defaults;
    const QSignalBlocker b1(m_theme);
    const QSignalBlocker b2(m_tray);
    m_jetstream->setPlainText(c.jetstreamEndpoints.join(QLatin1Char('\n')));
    m_appView->setText(c.appViewUrl.toString());
    m_plc->setText(c.plcUrl.toString());
    m_pds->setText(c.pdsOverride.toString());
    m_healthInterval->setValue(c.healthIntervalSeconds);
    m_backfillInterval->setValue(c.backfillIntervalHours);
    m_backupInterval->setValue(c.backupIntervalHours);
    m_retention->setValue(c.retentionDays);
    m_headroom->setValue(c.rateLimitHeadroom * 100.0);
    m_language->setCurrentIndex(std::max(0, m_language->findData(c.language)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(c.theme)));
    m_tray->setChecked(c.trayNotifications);
}

QMap<QString, QString> SettingsPage::values() const
{
    QStringList endpoints;
    for (const QString &line : m_jetstream->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            endpoints.append(line.trimmed());
    return {
        {QStringLiteral("jetstream.endpoints"), endpoints.join(QLatin1Char(','))},
        {QStringLiteral("appview.url"), m_appView->text().trimmed()},
        {QStringLiteral("plc.url"), m_plc->text().trimmed()},
        {QStringLiteral("pds.url"), m_pds->text().trimmed()},
        {QStringLiteral("health.interval_seconds"), QString::number(m_healthInterval->value())},
        {QStringLiteral("backfill.interval_hours"), QString::number(m_backfillInterval->value())},
        {QStringLiteral("backup.interval_hours"), QString::number(m_backupInterval->value())},
        {QStringLiteral("retention.days"), QString::number(m_retention->value())},
        {QStringLiteral("ratelimit.headroom"), QString::number(m_headroom->value() / 100.0)},
        {QStringLiteral("ui.language"), m_language->currentData().toString()},
        {QStringLiteral("ui.theme"), m_theme->currentData().toString()},
        {QStringLiteral("ui.tray_notifications"), m_tray->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
    };
}

void SettingsPage::setValue(const QString &key, const QString &value)
{
    if (key == QLatin1StringView("appview.url"))
        m_appView->setText(value);
    else if (key == QLatin1StringView("plc.url"))
        m_plc->setText(value);
    else if (key == QLatin1StringView("pds.url"))
        m_pds->setText(value);
    else if (key == QLatin1StringView("jetstream.endpoints"))
        m_jetstream->setPlainText(value.split(QLatin1Char(',')).join(QLatin1Char('\n')));
    else if (key == QLatin1StringView("ui.theme"))
        m_theme->setCurrentIndex(std::max(0, m_theme->findData(value)));
}

QStringList SettingsPage::save()
{
    QStringList problems;
    AppConfig probe;
    const auto vals = values();
    for (auto it = vals.cbegin(); it != vals.cend(); ++it) {
        if (it.value().isEmpty() && (it.key() == QLatin1StringView("pds.url") || it.key() == QLatin1StringView("ui.language")))
            continue;
        const ConfigKey *key = findConfigKey(it.key());
        if (!key) {
            problems.append(tr("%1: unknown setting").arg(it.key()));
            continue;
        }
        if (auto why = key->apply(probe, it.value()))
            problems.append(tr("%1: %2").arg(it.key(), *why));
    }
    const QString file = settingsFile();
    if (file.isEmpty())
        problems.append(tr("No data folder to save settings in."));
    if (!problems.isEmpty()) {
        m_message->setText(tr("Not saved: %1").arg(problems.join(QStringLiteral("; "))));
        return problems;
    }
    QSettings ini(file, QSettings::IniFormat);
    for (auto it = vals.cbegin(); it != vals.cend(); ++it) {
        QString k = it.key();
        k.replace(QLatin1Char('.'), QLatin1Char('/'));
        ini.setValue(k, it.value());
    }
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        problems.append(tr("Could not write %1").arg(file));
        m_message->setText(problems.first());
        return problems;
    }
    m_message->setText(tr("Saved to %1. Service settings apply at the next start.").arg(file));
    Q_EMIT saved();
    return {};
}

} // namespace ge::ui
