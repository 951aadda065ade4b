#pragma once

#include "exchange/ChildCsvImport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportReportDialog;
}

namespace permanence::gui {

/// What an import did: how many children were created and updated, or, when the file was
/// refused, every problem (row, column, value, reason) so the spreadsheet can be fixed in one
/// pass; and any rows that look like children already recorded under another reference.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QString& fileName, const exchange::ImportReport& report,
                       QWidget* parent = nullptr);
    ~ImportReportDialog() override;

private:
    std::unique_ptr<Ui::ImportReportDialog> m_ui;
};

} // namespace permanence::gui
