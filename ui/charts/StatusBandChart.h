#pragma once

#include <QWidget>

namespace ge::models {
class StatusHistoryModel;
}

namespace ge::ui {

// Status history as one coloured band per dependency over the model's time window: green Up,
// amber Degraded, red Down (hatched, so it does not rely on colour), grey Unknown / no data,
// with a legend of symbols and words. Hover shows the dependency, status and time span.
// Painted with QPainter from a StatusHistoryModel; repaints when the model's history changes.
class StatusBandChart : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBandChart(models::StatusHistoryModel *model, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // The text shown for a widget position (empty outside the bands); used by the tooltip.
    QString textAt(const QPoint &pos) const;
    // Widget rectangle of a dependency's band (tests).
    QRect bandRect(int row) const;
    QImage render() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {240, 80}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int labelWidth() const;
    void paintOn(QPainter &painter) const;

    models::StatusHistoryModel *m_model;
    QString m_title;
};

} // namespace ge::ui
