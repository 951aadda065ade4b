#pragma once

#include "domain/AnnualReportInputs.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ReportInputsDialog;
}

QT_BEGIN_NAMESPACE
class QStandardItemModel;
QT_END_NAMESPACE

namespace permanence::services {
class Workspace;
}

namespace permanence::gui {

/// What a manager enters for one year's annual report: the words of each section, the
/// councils' children in care totals, the budget lines and the cover. Saving checks everything
/// first and shows every problem; nothing is saved until all are put right.
class ReportInputsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportInputsDialog(services::Workspace& workspace, domain::ReportingYear year,
                       QWidget* parent = nullptr);
    ~ReportInputsDialog() override;

    /// What the dialog holds now.
    [[nodiscard]] domain::AnnualReportInputs inputs() const;
    /// Validates and saves; on problems shows them and returns false.
    bool save();

    [[nodiscard]] QStandardItemModel* careModel() const { return m_care; }
    [[nodiscard]] QStandardItemModel* financeModel() const { return m_finance; }
    void setNarrative(const QString& sectionKey, const QString& text);
    void addFinanceLine(const QString& table, const QString& line, double budget, double outturn);

private:
    void load(const domain::AnnualReportInputs& inputs);
    void keepCurrentText();
    void showSection(int row);

    std::unique_ptr<Ui::ReportInputsDialog> m_ui;
    services::Workspace& m_ws;
    domain::ReportingYear m_year;
    QStandardItemModel* m_care;
    QStandardItemModel* m_finance;
    QMap<QString, QString> m_narrative;
    int m_section = -1;
};

} // namespace permanence::gui
