#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class CohortDialog;
}

namespace permanence::presentation {
class CohortModel;
}

namespace permanence::gui {

/// The children behind a dashboard figure; Enter, a double click or "Open child" opens one.
class CohortDialog : public QDialog
{
    Q_OBJECT

public:
    /// Takes ownership of `model`.
    CohortDialog(const QString& heading, presentation::CohortModel* model,
                 QWidget* parent = nullptr);
    ~CohortDialog() override;

    [[nodiscard]] presentation::CohortModel* model() const { return m_model; }

Q_SIGNALS:
    void childChosen(qint64 childId);

private:
    void openCurrent();

    std::unique_ptr<Ui::CohortDialog> m_ui;
    presentation::CohortModel* m_model;
};

} // namespace permanence::gui
