#pragma once

#include "domain/Child.h"

#include <QHash>
#include <QWidget>
#include <memory>

namespace Ui {
class ChildJourneyTab;
}

namespace permanence::presentation {
class ChildEditor;
}

namespace permanence::gui {

class NotReachedDateEdit;

/// The Journey tab: a date per milestone (each "not reached" until it is), the authority to
/// place, early permanence, foster-carer adoption, and the endings (plan changed, family finding
/// stopped), with the timeline of the milestones reached drawn above them.
class ChildJourneyTab : public QWidget
{
    Q_OBJECT

public:
    explicit ChildJourneyTab(QWidget* parent = nullptr);
    ~ChildJourneyTab() override;

    /// Binds to `editor` (not owned) and shows its draft.
    void setEditor(presentation::ChildEditor* editor);
    void refresh();
    [[nodiscard]] QWidget* fieldWidget(const QString& field) const { return m_fields.value(field); }
    [[nodiscard]] NotReachedDateEdit* milestoneEdit(domain::Milestone milestone) const;

private:
    void bindDates();
    void bindDetails();

    std::unique_ptr<Ui::ChildJourneyTab> m_ui;
    presentation::ChildEditor* m_editor = nullptr;
    QHash<QString, QWidget*> m_fields;
};

} // namespace permanence::gui
