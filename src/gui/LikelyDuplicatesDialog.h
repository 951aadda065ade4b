#pragma once

#include "presentation/UserPrompts.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LikelyDuplicatesDialog;
}

namespace permanence::gui {

/// "Is this one of them?": the existing records that may already hold a record about to be
/// created, with Open (the selected one), Create new, and Keep editing (the default, so Enter
/// never creates a duplicate by accident).
class LikelyDuplicatesDialog final : public QDialog
{
    Q_OBJECT

public:
    LikelyDuplicatesDialog(const QString& record, std::vector<domain::LikelyDuplicate> found,
                           QWidget* parent = nullptr);
    ~LikelyDuplicatesDialog() override;

    [[nodiscard]] presentation::UserPrompts::DuplicateAnswer answer() const { return m_answer; }

private:
    void openSelected();

    std::unique_ptr<Ui::LikelyDuplicatesDialog> m_ui;
    presentation::UserPrompts::DuplicateAnswer m_answer;
};

} // namespace permanence::gui
