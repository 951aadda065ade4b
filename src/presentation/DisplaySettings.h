#pragma once

#include "presentation/ChildListModel.h"
#include "presentation/PipelineModel.h"

namespace permanence::presentation {

/// The thresholds a user can change in Edit > Settings, kept in QSettings for this user on this
/// machine: when a child's wait is shown as long, and the national stage targets the adopter
/// board colours against. (Agency-wide figures such as the A10/A2 targets live in the database.)
struct DisplaySettings
{
    static constexpr int defaultLongWaitDays = ChildListModel::defaultLongWaitDays;
    static constexpr int minimumDays = 1;
    static constexpr int maximumDays = 3650;

    int longWaitDays = defaultLongWaitDays;
    StageTargets stageTargets; ///< 60 and 121 days unless changed

    /// Reads the saved values; a missing or out-of-range value falls back to its default.
    [[nodiscard]] static DisplaySettings load();
    void save() const;

    friend bool operator==(const DisplaySettings& a, const DisplaySettings& b)
    {
        return a.longWaitDays == b.longWaitDays &&
               a.stageTargets.stage1Days == b.stageTargets.stage1Days &&
               a.stageTargets.stage2Days == b.stageTargets.stage2Days;
    }
};

} // namespace permanence::presentation
