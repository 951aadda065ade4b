#pragma once

#include "StringMakers.h"
#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"
#include "domain/Child.h"

namespace permanence::test {

inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

/// A four-council agency like Together4Children (codes SHROPS, STAFFS, STOKE, TELW).
domain::Agency aFourCouncilAgency();
/// A two-council agency like Peterborough & Cambridgeshire (codes PBORO, CAMBS).
domain::Agency aTwoCouncilAgency();

/// Builds a valid child (born 1 Mar 2019, STAFFS, White British, entered care 1 Jun 2021);
/// chain the `with…` calls to change it.
class ChildBuilder
{
public:
    ChildBuilder();
    ChildBuilder& reference(const QString& r)
    {
        m_c.reference = r;
        return *this;
    }
    ChildBuilder& named(const QString& forename, const QString& surname)
    {
        m_c.forename = forename;
        m_c.surname = surname;
        return *this;
    }
    ChildBuilder& bornOn(QDate dob)
    {
        m_c.dateOfBirth = dob;
        return *this;
    }
    ChildBuilder& sex(domain::Sex s)
    {
        m_c.sex = s;
        return *this;
    }
    ChildBuilder& ethnicity(const QString& code)
    {
        m_c.ethnicity = code;
        return *this;
    }
    ChildBuilder& council(const QString& code)
    {
        m_c.councilCode = code;
        return *this;
    }
    ChildBuilder& siblingGroup(const QString& g)
    {
        m_c.siblingGroup = g;
        return *this;
    }
    ChildBuilder& with(domain::Milestone m, QDate date)
    {
        m_c.journey.setDate(m, date);
        return *this;
    }
    ChildBuilder& enteredCare(QDate date) { return with(domain::Milestone::EnteredCare, date); }
    ChildBuilder& agencyDecision(QDate date)
    {
        return with(domain::Milestone::AgencyDecision, date);
    }
    ChildBuilder& placementOrder(QDate date)
    {
        return with(domain::Milestone::PlacementOrder, date);
    }
    ChildBuilder& linked(QDate date) { return with(domain::Milestone::Linked, date); }
    ChildBuilder& matchDecision(QDate date) { return with(domain::Milestone::MatchDecision, date); }
    ChildBuilder& movedIn(QDate date) { return with(domain::Milestone::MovedIn, date); }
    ChildBuilder& adoptionOrder(QDate date) { return with(domain::Milestone::AdoptionOrder, date); }
    ChildBuilder& earlyPermanence(QDate date)
    {
        m_c.journey.earlyPermanencePlaced = date;
        return *this;
    }
    ChildBuilder& adoptedByFosterCarers(QDate movedInWithThem)
    {
        m_c.journey.fosterCarerAdoption = true;
        m_c.journey.movedInWithCarers = movedInWithThem;
        return *this;
    }
    [[nodiscard]] domain::Child build() const { return m_c; }

private:
    domain::Child m_c;
};
inline ChildBuilder aChild()
{
    return ChildBuilder();
}

/// Builds a valid own-agency couple household approved on 1 Mar 2023 by hub "SHREWS".
class HouseholdBuilder
{
public:
    HouseholdBuilder();
    HouseholdBuilder& reference(const QString& r)
    {
        m_h.reference = r;
        return *this;
    }
    HouseholdBuilder& single(const QString& forename, const QString& surname);
    HouseholdBuilder& from(domain::AdopterSource s, const QString& agencyName = {})
    {
        m_h.source = s;
        m_h.sourceAgency = agencyName;
        if (s != domain::AdopterSource::OwnAgency)
            m_h.hubCode.clear();
        return *this;
    }
    HouseholdBuilder& hub(const QString& code)
    {
        m_h.hubCode = code;
        return *this;
    }
    HouseholdBuilder& journey(const domain::HouseholdJourney& j)
    {
        m_h.journey = j;
        return *this;
    }
    HouseholdBuilder& terms(const domain::ApprovalTerms& t)
    {
        m_h.terms = t;
        return *this;
    }
    [[nodiscard]] domain::AdopterHousehold build() const { return m_h; }

private:
    domain::AdopterHousehold m_h;
};
inline HouseholdBuilder aHousehold()
{
    return HouseholdBuilder();
}

} // namespace permanence::test
