#pragma once

#include "presentation/UserPrompts.h"

#include <QPointer>
#include <QWidget>

namespace permanence::gui {

/// UserPrompts answered by real dialogs, parented to a window so they stay on top of it.
class WidgetPrompts final : public presentation::UserPrompts
{
public:
    explicit WidgetPrompts(QWidget* parent) : m_parent(parent) {}

    [[nodiscard]] QString chooseDatabaseToOpen(const QString& startDirectory) override;
    [[nodiscard]] QString chooseNewDatabasePath(const QString& startDirectory) override;
    void showError(const QString& title, const QString& message) override;
    [[nodiscard]] UnsavedChanges askUnsavedChanges(const QString& record) override;
    [[nodiscard]] bool confirm(const QString& title, const QString& question,
                               const QString& action) override;
    [[nodiscard]] QString chooseChildrenToImport(const QString& startDirectory) override;
    [[nodiscard]] QString chooseFileToSave(const QString& title, const QString& suggestedPath,
                                           const QString& filter) override;
    [[nodiscard]] DuplicateAnswer
    askAboutLikelyDuplicates(const QString& record,
                             const std::vector<domain::LikelyDuplicate>& found) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace permanence::gui
