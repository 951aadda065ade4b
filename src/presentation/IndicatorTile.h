#pragma once

#include "metrics/MeasureSettings.h"
#include "metrics/Timeliness.h"

#include <QString>

namespace permanence::presentation {

/// How a figure stands against its target, for the tile's colour. Lower is better for every
/// day count, so "Above" the target is worse.
enum class Standing
{
    NoFigure,
    WithinTarget,
    AboveTarget,
    NoTarget,
};

/// The words of one dashboard tile (A10 or A2, for a year or three years), in the order a
/// manager reads them: which figure, the number, how it compares, and how many children are
/// behind it.
struct IndicatorTile
{
    QString heading;    ///< "A10 · 2023-24" or "A10 · 3 years 2021-24"
    QString value;      ///< "489 days" or "No children adopted"
    QString comparison; ///< "63 days above the target (426)"
    QString england;    ///< "England average 475", or that there is none for the period
    QString basis;      ///< "384 children · 12 left out"
    Standing standing = Standing::NoFigure;

    /// All five lines, for a button's text and an accessible description.
    [[nodiscard]] QString text() const;
};

[[nodiscard]] IndicatorTile indicatorTile(const metrics::Indicator& indicator,
                                          const metrics::MeasureSettings& settings);

} // namespace permanence::presentation
