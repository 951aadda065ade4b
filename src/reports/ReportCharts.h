#pragma once

#include <QImage>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace permanence::reports {

/// One line or one group of bars: a name for the legend and a value per category (nullopt where
/// there is nothing to show — a year with no adoptions has no A10, and the line breaks there).
struct ChartSeries
{
    QString name;
    std::vector<std::optional<double>> values;
};

/// The data of a chart printed in a report: categories along the bottom (years, councils), one
/// series per line or bar colour.
struct ChartData
{
    QString title;
    QString valueAxis; ///< "Days", "Children"
    QStringList categories;
    std::vector<ChartSeries> series;
};

/// Charts drawn with QPainter into an image, so the report needs neither widgets nor a display
/// (the on-screen dashboard uses Qt Charts). Sizes are in pixels at 150 dpi print resolution.
[[nodiscard]] QImage lineChart(const ChartData& data, int width = 1100, int height = 460);
[[nodiscard]] QImage barChart(const ChartData& data, int width = 1100, int height = 460);

} // namespace permanence::reports
