#include "Builders.h"

namespace permanence::test {

using namespace permanence::domain;

Agency aFourCouncilAgency()
{
    Agency a;
    a.name = QStringLiteral("Test Four Councils Adoption Agency");
    a.councils = {{QStringLiteral("SHROPS"), QStringLiteral("Shropshire Council")},
                  {QStringLiteral("STAFFS"), QStringLiteral("Staffordshire County Council")},
                  {QStringLiteral("STOKE"), QStringLiteral("Stoke-on-Trent City Council")},
                  {QStringLiteral("TELW"), QStringLiteral("Telford & Wrekin Council")}};
    a.hubs = {{QStringLiteral("CENTRAL"), QStringLiteral("Central Permanency Hub"), true, {}},
              {QStringLiteral("STOKEHUB"),
               QStringLiteral("Stoke Locality Hub"),
               false,
               {QStringLiteral("STOKE")}},
              {QStringLiteral("UTTOX"),
               QStringLiteral("Uttoxeter Locality Hub"),
               false,
               {QStringLiteral("STAFFS")}},
              {QStringLiteral("SHREWS"),
               QStringLiteral("Shrewsbury Locality Hub"),
               false,
               {QStringLiteral("SHROPS"), QStringLiteral("TELW")}}};
    return a;
}

Agency aTwoCouncilAgency()
{
    Agency a;
    a.name = QStringLiteral("Test Two Councils Adoption Agency");
    a.councils = {{QStringLiteral("PBORO"), QStringLiteral("Peterborough City Council")},
                  {QStringLiteral("CAMBS"), QStringLiteral("Cambridgeshire County Council")}};
    a.hubs = {{QStringLiteral("HUNTS"),
               QStringLiteral("Huntingdon Hub"),
               false,
               {QStringLiteral("PBORO"), QStringLiteral("CAMBS")}}};
    return a;
}

ChildBuilder::ChildBuilder()
{
    m_c.reference = QStringLiteral("C-0001");
    m_c.forename = QStringLiteral("Ellie");
    m_c.surname = QStringLiteral("Marsh");
    m_c.dateOfBirth = QDate(2019, 3, 1);
    m_c.sex = Sex::Female;
    m_c.ethnicity = QStringLiteral("WBRI");
    m_c.councilCode = QStringLiteral("STAFFS");
    m_c.journey.enteredCare = QDate(2021, 6, 1);
}

HouseholdBuilder::HouseholdBuilder()
{
    m_h.reference = QStringLiteral("H-0001");
    m_h.applicants = {{QStringLiteral("Sam"),
                       QStringLiteral("Holloway"),
                       QDate(1985, 5, 12),
                       Sex::Male,
                       QStringLiteral("WBRI"),
                       {}},
                      {QStringLiteral("Priya"),
                       QStringLiteral("Holloway"),
                       QDate(1987, 9, 3),
                       Sex::Female,
                       QStringLiteral("AIND"),
                       {}}};
    m_h.hubCode = QStringLiteral("SHREWS");
    m_h.journey.enquiry = QDate(2022, 1, 10);
    m_h.journey.informationEvent = QDate(2022, 2, 1);
    m_h.journey.registration = QDate(2022, 2, 20);
    m_h.journey.stage1Start = QDate(2022, 3, 1);
    m_h.journey.stage1End = QDate(2022, 6, 1);
    m_h.journey.stage2Start = QDate(2022, 6, 15);
    m_h.journey.panel = QDate(2023, 2, 20);
    m_h.journey.approval = QDate(2023, 3, 1);
    m_h.terms.maxChildren = 2;
    m_h.terms.minAge = 0;
    m_h.terms.maxAge = 6;
    m_h.terms.siblings = true;
    m_h.terms.earlyPermanence = true;
}

HouseholdBuilder& HouseholdBuilder::single(const QString& forename, const QString& surname)
{
    m_h.applicants = {
        {forename, surname, QDate(1982, 1, 1), Sex::Female, QStringLiteral("WBRI"), {}}};
    m_h.relationship = Relationship::Single;
    return *this;
}

} // namespace permanence::test
