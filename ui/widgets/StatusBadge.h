#pragma once

#include "StatusTypes.h"

#include <QWidget>

namespace ge::ui {

// Status light that never relies on colour alone: a coloured dot, a shape symbol and a word.
class StatusBadge : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBadge(QWidget *parent = nullptr);
    void setStatus(models::HealthStatus status, const QString &label, const QString &detail = {});
    models::HealthStatus status() const { return m_status; }
    QString text() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    models::HealthStatus m_status = models::HealthStatus::Unknown;
    QString m_label;
};

} // namespace ge::ui
