#include "widgets/KpiCard.h"

#include "StatusTypes.h"
#include "charts/Sparkline.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ge::ui {

KpiCard::KpiCard(const QString &caption, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("kpiCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(2);
    m_caption = new QLabel(caption, this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(QStringLiteral("–"), this);
    QFont f = m_value->font();
    f.setPointSizeF(f.pointSizeF() * 1.9);
    f.setBold(true);
    m_value->setFont(f);
    m_detail = new QLabel(this);
    m_detail->setTextFormat(Qt::PlainText);
    m_spark = new Sparkline(this);
    m_spark->hide();
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_spark);
    layout->addStretch(1);
    setAccessibleName(caption);
    setMinimumWidth(170);
}

void KpiCard::setValue(const QString &value)
{
    m_value->setText(value);
    setAccessibleDescription(value + QLatin1Char(' ') + m_detail->text());
}

void KpiCard::setDetail(const QString &detail, int trend)
{
    // arrows carry the direction, colour only repeats it (colour-blind safe)
    const QString arrow = trend > 0 ? QStringLiteral("\u25B2 ") : trend < 0 ? QStringLiteral("\u25BC ") : QString();
    m_detail->setText(arrow + detail);
    QPalette pal = m_detail->palette();
    if (trend > 0)
        pal.setColor(QPalette::WindowText, models::statusColor(models::HealthStatus::Up));
    else if (trend < 0)
        pal.setColor(QPalette::WindowText, models::statusColor(models::HealthStatus::Down));
    else
        pal = palette();
    m_detail->setPalette(pal);
    setAccessibleDescription(m_value->text() + QLatin1Char(' ') + m_detail->text());
}

void KpiCard::setSparkline(const QList<qint64> &values)
{
    m_spark->setValues(values);
    m_spark->setVisible(values.size() > 1);
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::detail() const
{
    return m_detail->text();
}

} // namespace ge::ui
