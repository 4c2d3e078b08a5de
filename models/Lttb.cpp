#include "Lttb.h"

#include <cmath>

namespace ge::models {

QList<QPointF> lttb(const QList<QPointF> &points, qsizetype threshold)
{
    const qsizetype n = points.size();
    if (threshold < 3 || n <= threshold)
        return points;

    QList<QPointF> out;
    out.reserve(threshold);
    out.append(points.first());
    const double every = double(n - 2) / double(threshold - 2);
    qsizetype a = 0;
    for (qsizetype i = 0; i < threshold - 2; ++i) {
        // average of the next bucket
        qsizetype avgStart = qsizetype(std::floor(double(i + 1) * every)) + 1;
        qsizetype avgEnd = std::min<qsizetype>(qsizetype(std::floor(double(i + 2) * every)) + 1, n);
        if (avgStart >= avgEnd)
            avgStart = avgEnd - 1;
        double avgX = 0, avgY = 0;
        for (qsizetype j = avgStart; j < avgEnd; ++j) {
            avgX += points.at(j).x();
            avgY += points.at(j).y();
        }
        const double len = double(avgEnd - avgStart);
        avgX /= len;
        avgY /= len;

        // this bucket
        const qsizetype start = qsizetype(std::floor(double(i) * every)) + 1;
        const qsizetype end = std::min<qsizetype>(qsizetype(std::floor(double(i + 1) * every)) + 1, n - 1);
        const QPointF pa = points.at(a);
        double maxArea = -1;
        qsizetype chosen = start;
        for (qsizetype j = start; j < end; ++j) {
            const QPointF &p = points.at(j);
            const double area = std::abs((pa.x() - avgX) * (p.y() - pa.y()) - (pa.x() - p.x()) * (avgY - pa.y()));
            if (area > maxArea) {
                maxArea = area;
                chosen = j;
            }
        }
        out.append(points.at(chosen));
        a = chosen;
    }
    out.append(points.last());
    return out;
}

} // namespace ge::models
