#pragma once

#include "domain/SupportCase.h"
#include "presentation/PostBoxRegisterModel.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class SupportPage;
}
class QAbstractItemModel;
class QTableView;

namespace permanence::services {
class Workspace;
}
namespace permanence::presentation {
class SupportCaseEditor;
class SupportCaseListModel;
class UserPrompts;
} // namespace permanence::presentation

namespace permanence::gui {

class RecordCellDelegate;

/// The permanency support teams' area: the support cases (filtered by hub, worker and whether
/// open; "My caseload" is the acting worker's open cases) with the chosen case's record — the
/// family and children, assessments and plan, support fund applications with the fund's
/// limits, post box — and the post box register, where most post is keyed as "item received
/// from X on date".
class SupportPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupportPage(QWidget* parent = nullptr);
    ~SupportPage() override;

    /// Not owned; nullptr empties the page.
    void setWorkspace(services::Workspace* workspace);
    /// Not owned; nullptr uses real dialogs.
    void setPrompts(presentation::UserPrompts* prompts);

    [[nodiscard]] presentation::SupportCaseListModel* cases() const { return m_cases; }
    [[nodiscard]] presentation::SupportCaseEditor* editor() const { return m_editor; }
    [[nodiscard]] presentation::PostBoxRegisterModel* postBoxRegister() const { return m_register; }

    /// Opens a case (asking first about unsaved changes); false if the user keeps editing.
    bool openCase(domain::SupportCaseId id);
    void startNewCase();
    /// Validates and saves the case; shows every problem and returns false if refused.
    bool saveCase();
    [[nodiscard]] bool isModified() const;
    /// Logs an item on the register's chosen agreement from the register's fields, saved at once.
    bool logRegisterItem();
    /// Passes on every waiting item of the register's chosen agreement, dated by its field.
    bool passOnRegisterItems();
    void showRegister();

private:
    /// The register's chosen agreement, if one is chosen and its case has no unsaved draft
    /// here; otherwise says why (`noneChosen` when nothing is chosen) and returns nullptr.
    [[nodiscard]] const presentation::PostBoxRegisterModel::Entry*
    registerEntry(const QString& noneChosen);
    void setUpTable(QTableView* table, QAbstractItemModel* model);
    void fillChoices();
    void load(const domain::SupportCase& supportCase);
    void readDetails();
    void showState();
    void showProblems(const QString& text);
    void onCaseChosen();
    void applyFilters();
    [[nodiscard]] bool settleUnsaved();
    [[nodiscard]] domain::SupportCase newCase() const;

    std::unique_ptr<Ui::SupportPage> m_ui;
    presentation::SupportCaseListModel* m_cases;
    presentation::SupportCaseEditor* m_editor;
    presentation::PostBoxRegisterModel* m_register;
    RecordCellDelegate* m_delegate;
    QPointer<services::Workspace> m_workspace;
    std::unique_ptr<presentation::UserPrompts> m_ownPrompts;
    presentation::UserPrompts* m_prompts;
    bool m_showing = false; ///< load() is filling the fields: their signals are not edits
};

} // namespace permanence::gui
