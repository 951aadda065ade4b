#pragma once

#include "domain/Agency.h"
#include "domain/Placement.h"

#include <QDate>
#include <QString>
#include <optional>

class QWidget;

// Small dialogs of the Matching page, one per workflow step. Each only collects what the user
// types; the checks are the domain's (services::Placements), whose messages the page shows.
namespace permanence::gui {

struct LinkAnswer
{
    QDate date;
    QString familyFinder;
};
/// "Link Tom and Amy with H-0012 – Amir & Sarah Khan": the date and the family finder.
[[nodiscard]] std::optional<LinkAnswer> askLink(QWidget* parent, const QString& question,
                                                const QString& familyFinder, QDate today);

/// One date for a step ("Match decision"), at most today.
[[nodiscard]] std::optional<QDate> askStepDate(QWidget* parent, const QString& title,
                                               const QString& question, QDate today);

struct IntroductionsAnswer
{
    QDate start;
    QDate end; ///< null while introductions continue
};
[[nodiscard]] std::optional<IntroductionsAnswer>
askIntroductions(QWidget* parent, const QString& question, QDate today);

[[nodiscard]] std::optional<domain::InterAgencyFee>
askInterAgencyFee(QWidget* parent, const QString& question, const domain::Agency& agency,
                  const QString& defaultCouncil);

struct EndLinkAnswer
{
    QDate date;
    QString reason;
};
[[nodiscard]] std::optional<EndLinkAnswer> askEndLink(QWidget* parent, const QString& question,
                                                      QDate today);

[[nodiscard]] std::optional<domain::Disruption> askDisruption(QWidget* parent,
                                                              const QString& question, QDate today);

} // namespace permanence::gui
