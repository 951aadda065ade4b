#include "presentation/DisplaySettings.h"

#include <QSettings>

namespace permanence::presentation {

namespace {
// The keys predate this class (the pages read them directly); keep them so saved values stay.
const QString longWaitKey = QStringLiteral("children/longWaitDays");
const QString stage1Key = QStringLiteral("adopters/stage1TargetDays");
const QString stage2Key = QStringLiteral("adopters/stage2TargetDays");

int readDays(const QSettings& settings, const QString& key, int fallback)
{
    bool ok = false;
    const int days = settings.value(key, fallback).toInt(&ok);
    if (!ok || days < DisplaySettings::minimumDays || days > DisplaySettings::maximumDays)
        return fallback;
    return days;
}
} // namespace

DisplaySettings DisplaySettings::load()
{
    const QSettings settings;
    DisplaySettings s;
    s.longWaitDays = readDays(settings, longWaitKey, s.longWaitDays);
    s.stageTargets.stage1Days = readDays(settings, stage1Key, s.stageTargets.stage1Days);
    s.stageTargets.stage2Days = readDays(settings, stage2Key, s.stageTargets.stage2Days);
    return s;
}

void DisplaySettings::save() const
{
    QSettings settings;
    settings.setValue(longWaitKey, longWaitDays);
    settings.setValue(stage1Key, stageTargets.stage1Days);
    settings.setValue(stage2Key, stageTargets.stage2Days);
}

} // namespace permanence::presentation
