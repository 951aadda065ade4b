#include "presentation/IndicatorTile.h"

#include "presentation/CountText.h"

#include <QCoreApplication>
#include <cmath>

namespace permanence::presentation {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("IndicatorTile", text);
}

QString number(double v)
{
    return std::floor(v) == v ? QString::number(static_cast<qint64>(v))
                              : QString::number(v, 'f', 1);
}

} // namespace

QString IndicatorTile::text() const
{
    return QStringList{heading, value, comparison, england, basis}.join(QLatin1Char('\n'));
}

IndicatorTile indicatorTile(const metrics::Indicator& i, const metrics::MeasureSettings& settings)
{
    IndicatorTile tile;
    const QString label = metrics::measureLabel(i.measure);
    tile.heading = i.period.kind == metrics::PeriodKind::Year
                       ? tr("%1 · %2").arg(label, i.period.label())
                       : tr("%1 · 3 years %2").arg(label, i.period.label());
    const auto target = settings.target(i.measure, i.period);
    const auto england = settings.englandAverage(i.measure, i.period);
    tile.england = england ? tr("England average %1").arg(number(*england))
                           : tr("No England average for %1").arg(i.period.label());
    if (!i.value) {
        tile.value = tr("No children adopted");
        tile.comparison = target ? tr("Target %1").arg(number(*target)) : tr("No target");
        tile.standing = Standing::NoFigure;
    } else {
        tile.value = dayCountText(static_cast<int>(*i.value));
        if (target) {
            const qint64 difference = *i.value - static_cast<qint64>(std::llround(*target));
            const metrics::Against a = metrics::compare(*i.value, *target);
            tile.comparison =
                (a == metrics::Against::Above ? tr("%1 above the target (%2)")
                                                    .arg(dayCountText(static_cast<int>(difference)))
                 : a == metrics::Against::Below
                     ? tr("%1 within the target (%2)")
                           .arg(dayCountText(static_cast<int>(-difference)))
                     : tr("exactly the target (%2)"))
                    .arg(number(*target));
            tile.standing =
                a == metrics::Against::Above ? Standing::AboveTarget : Standing::WithinTarget;
        } else {
            tile.comparison = tr("No target");
            tile.standing = Standing::NoTarget;
        }
    }
    tile.basis = i.excluded.empty() ? tr("%1 counted").arg(childCountText(i.n))
                                    : tr("%1 counted · %2 left out")
                                          .arg(childCountText(i.n))
                                          .arg(static_cast<int>(i.excluded.size()));
    return tile;
}

} // namespace permanence::presentation
