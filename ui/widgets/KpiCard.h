#pragma once

#include <QFrame>

class QLabel;

namespace ge::ui {

class Sparkline;

// A figure with a caption, a secondary line (change, comparison) and an optional sparkline.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value);
    void setDetail(const QString &detail, int trend = 0); // trend: -1 down, 0 flat, +1 up
    void setSparkline(const QList<qint64> &values);
    QString value() const;
    QString detail() const;

private:
    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
    Sparkline *m_spark = nullptr;
};

} // namespace ge::ui
