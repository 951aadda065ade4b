#include "reports/ReportCharts.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace permanence::reports {
namespace {

// A palette that stays distinguishable in greyscale print (dark, mid, light alternate).
const QColor palette[] = {QColor(0x1f, 0x4e, 0x79), QColor(0xe0, 0x8a, 0x1e),
                          QColor(0x3a, 0x8f, 0x5c), QColor(0xb0, 0x3a, 0x2e),
                          QColor(0x6b, 0x4c, 0x9a), QColor(0x5f, 0x6b, 0x73)};

QColor colour(std::size_t i)
{
    return palette[i % std::size(palette)];
}

/// A round step (1, 2 or 5 × 10ⁿ) giving about five gridlines up to `max`.
double niceStep(double max)
{
    if (max <= 0)
        return 1;
    const double raw = max / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

/// The frame every chart shares: title, value gridlines, category labels, legend. Returns the
/// plot rectangle and the top of the value axis.
struct Frame
{
    QRectF plot;
    double top = 1;
};

Frame drawFrame(QPainter& p, const ChartData& data, const QSize& size)
{
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    QFont font = p.font();
    font.setPixelSize(std::max(12, size.height() / 26));
    p.setFont(font);
    const QFontMetrics fm(font);

    double max = 0;
    for (const ChartSeries& s : data.series)
        for (const auto& v : s.values)
            if (v)
                max = std::max(max, *v);
    const double step = niceStep(max);
    Frame frame;
    frame.top = std::max(step, std::ceil(max / step) * step);

    QFont titleFont = font;
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const int titleHeight = fm.height() * 2;
    p.drawText(QRectF(0, 0, size.width(), titleHeight), Qt::AlignCenter, data.title);
    p.setFont(font);

    const int legendHeight = fm.height() * 2;
    const double left = fm.horizontalAdvance(QString::number(frame.top)) + fm.height() * 2.0;
    frame.plot = QRectF(left, titleHeight, size.width() - left - fm.height(),
                        size.height() - titleHeight - legendHeight - fm.height() * 1.6);

    // Value gridlines and labels.
    p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
    for (double v = 0; v <= frame.top + step / 2; v += step) {
        const double y = frame.plot.bottom() - v / frame.top * frame.plot.height();
        p.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y));
        p.save();
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - fm.height() / 2.0, left - fm.height() * 0.5, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
        p.restore();
    }
    p.save();
    p.translate(fm.height() * 0.6, frame.plot.center().y());
    p.rotate(-90);
    p.setPen(Qt::black);
    p.drawText(
        QRectF(-frame.plot.height() / 2, -fm.height() / 2.0, frame.plot.height(), fm.height()),
        Qt::AlignCenter, data.valueAxis);
    p.restore();
    p.setPen(QPen(Qt::black, 1));
    p.drawLine(frame.plot.bottomLeft(), frame.plot.bottomRight());

    // Legend along the bottom.
    double x = frame.plot.left();
    const double legendY = size.height() - legendHeight + fm.height() * 0.5;
    for (std::size_t i = 0; i < data.series.size(); ++i) {
        p.fillRect(QRectF(x, legendY + fm.height() * 0.25, fm.height() * 0.8, fm.height() * 0.5),
                   colour(i));
        x += fm.height();
        p.drawText(QPointF(x, legendY + fm.ascent()), data.series[i].name);
        x += fm.horizontalAdvance(data.series[i].name) + fm.height() * 1.5;
    }
    return frame;
}

void drawCategories(QPainter& p, const Frame& frame, const QStringList& categories)
{
    const QFontMetrics fm(p.font());
    const double band = frame.plot.width() / std::max<qsizetype>(1, categories.size());
    p.setPen(Qt::black);
    for (qsizetype i = 0; i < categories.size(); ++i)
        p.drawText(QRectF(frame.plot.left() + i * band, frame.plot.bottom() + fm.height() * 0.3,
                          band, fm.height() * 1.2),
                   Qt::AlignHCenter | Qt::AlignTop, categories.at(i));
}

} // namespace

QImage lineChart(const ChartData& data, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const Frame frame = drawFrame(p, data, image.size());
    drawCategories(p, frame, data.categories);
    const double band = frame.plot.width() / std::max<qsizetype>(1, data.categories.size());
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        p.setPen(QPen(colour(s), 3));
        p.setBrush(colour(s));
        QPainterPath path;
        bool drawing = false;
        const auto& values = data.series[s].values;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (!values[i]) {
                drawing = false;
                continue;
            }
            const QPointF point(frame.plot.left() + (static_cast<double>(i) + 0.5) * band,
                                frame.plot.bottom() - *values[i] / frame.top * frame.plot.height());
            if (drawing)
                path.lineTo(point);
            else
                path.moveTo(point);
            drawing = true;
            p.drawEllipse(point, 4, 4);
        }
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    return image;
}

QImage barChart(const ChartData& data, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    const Frame frame = drawFrame(p, data, image.size());
    drawCategories(p, frame, data.categories);
    const double band = frame.plot.width() / std::max<qsizetype>(1, data.categories.size());
    const double barWidth =
        band * 0.8 / static_cast<double>(std::max<std::size_t>(1, data.series.size()));
    const QFontMetrics fm(p.font());
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        const auto& values = data.series[s].values;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (!values[i])
                continue;
            const double h = *values[i] / frame.top * frame.plot.height();
            const QRectF bar(frame.plot.left() + static_cast<double>(i) * band + band * 0.1 +
                                 static_cast<double>(s) * barWidth,
                             frame.plot.bottom() - h, barWidth * 0.92, h);
            p.fillRect(bar, colour(s));
            // The value over each bar, so the printed chart can be read without the table.
            p.setPen(Qt::black);
            p.drawText(
                QRectF(bar.left() - barWidth, bar.top() - fm.height(), barWidth * 3, fm.height()),
                Qt::AlignHCenter | Qt::AlignBottom, QString::number(*values[i]));
        }
    }
    return image;
}

} // namespace permanence::reports
