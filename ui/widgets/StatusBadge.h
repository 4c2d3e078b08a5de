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
    // word: what the badge says after the symbol; the status's own word when empty.
    void setStatus(models::HealthStatus status, const QString &label, const QString &detail = {},
                   const QString &word = {});
    models::HealthStatus status() const { return m_status; }
    QString text() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    models::HealthStatus m_status = models::HealthStatus::Unknown;
    QString m_label;
    QString m_word;
};

} // namespace ge::ui
