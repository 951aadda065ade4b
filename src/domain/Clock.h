#pragma once

#include <QDate>

namespace permanence::domain {

/// "Today" is injected so that rules such as "no milestone in the future" are testable.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDate today() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDate today() const override { return QDate::currentDate(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate today) : m_today(today) {}
    [[nodiscard]] QDate today() const override { return m_today; }
    void setToday(QDate today) { m_today = today; }

private:
    QDate m_today;
};

} // namespace permanence::domain
