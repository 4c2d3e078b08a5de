#pragma once

#include <QList>
#include <QPointF>

namespace ge::models {

// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the first and last
// point and, from each bucket, the point that spans the largest triangle with its
// neighbours, so peaks and troughs survive. Input must be sorted by x. Returns the input
// unchanged when it already has no more than `threshold` points (or threshold < 3).
QList<QPointF> lttb(const QList<QPointF> &points, qsizetype threshold);

} // namespace ge::models
