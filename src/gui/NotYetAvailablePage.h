#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class NotYetAvailablePage;
}

namespace permanence::gui {

/// Stands in for an area that a later version adds: it says what the area will do and that it
/// is not available yet, with no sample data and no controls that do nothing.
class NotYetAvailablePage : public QWidget
{
    Q_OBJECT

public:
    NotYetAvailablePage(const QString& title, const QString& purpose, QWidget* parent = nullptr);
    ~NotYetAvailablePage() override;

private:
    std::unique_ptr<Ui::NotYetAvailablePage> m_ui;
};

} // namespace permanence::gui
