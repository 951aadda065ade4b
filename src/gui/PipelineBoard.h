#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QWidget>
#include <memory>

class QLabel;
class QListView;

namespace Ui {
class PipelineBoard;
}

namespace permanence::presentation {
class PipelineModel;
}

namespace permanence::gui {

/// The adopter pipeline as a board: one column per stage, a card per household saying how
/// long it has been in the stage and, for stage 1 and 2, how it stands against the target (in
/// words, with a colour that repeats them). Cards cannot be dragged: a household moves when a
/// date is entered in its form. Double-click or Enter on a card opens the household.
class PipelineBoard : public QWidget
{
    Q_OBJECT

public:
    /// `model` is not owned and must outlive the board.
    explicit PipelineBoard(presentation::PipelineModel* model, QWidget* parent = nullptr);
    ~PipelineBoard() override;

    /// The list of cards of a board column (see PipelineModel::boardStages()).
    [[nodiscard]] QListView* columnView(int column) const;
    [[nodiscard]] QLabel* columnHeading(int column) const;

Q_SIGNALS:
    void householdActivated(domain::HouseholdId id);

private:
    void build();
    void refresh();

    struct Column
    {
        QLabel* heading;
        QListView* cards;
        QLabel* more;
    };
    std::unique_ptr<Ui::PipelineBoard> m_ui;
    presentation::PipelineModel* m_model;
    QList<Column> m_columns;
};

} // namespace permanence::gui
