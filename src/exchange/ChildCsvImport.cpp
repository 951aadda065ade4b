#include "exchange/ChildCsvImport.h"

#include "exchange/ChildCsvColumns.h"
#include "exchange/CsvReader.h"
#include "exchange/PossibleDuplicates.h"
#include "services/Workspace.h"
#include "storage/ChildRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

namespace permanence::exchange {

using domain::Child;
using domain::ErrorCode;
using domain::fail;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ChildCsvImport", text);
}

/// How often the caller hears of progress while rows are checked.
constexpr int progressStep = 100;

/// Which column of the file holds which field; reports what is wrong with the header.
struct Header
{
    QHash<ChildColumn, qsizetype> index; ///< column → position in each record
    QSet<ChildColumn> missing;           ///< required columns the file lacks
    qsizetype width = 0;
};

Header readHeader(const QStringList& cells, std::vector<ImportProblem>& problems)
{
    Header header;
    header.width = cells.size();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString name = cells[i].trimmed();
        const auto column = columnNamed(name);
        if (!column) {
            problems.push_back({0, name, name,
                                name.isEmpty() ? tr("a column has no name in the header")
                                               : tr("not a known column (see docs/import.md)")});
        } else if (header.index.contains(*column)) {
            problems.push_back({0, name, name, tr("the column appears twice in the header")});
        } else {
            header.index.insert(*column, i);
        }
    }
    for (const auto& spec : childColumns())
        if (spec.required && !header.index.contains(spec.column)) {
            header.missing.insert(spec.column);
            problems.push_back({0, spec.name, QString(), tr("a required column is missing")});
        }
    return header;
}

bool isBlank(const QStringList& record)
{
    for (const QString& cell : record)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

/// Everything the check of the rows found, ready to be written if nothing is wrong.
struct Checked
{
    std::vector<Child> toSave; ///< new children, and existing ones that the file changes
    int created = 0;
    int updated = 0;
};

class RowChecker
{
public:
    RowChecker(const Header& header, const std::vector<Child>& existing,
               const domain::ValidationContext& context, ImportReport& report)
        : m_header(header), m_existing(existing), m_context(context), m_report(report),
          m_duplicates(existing)
    {
        for (std::size_t i = 0; i < existing.size(); ++i)
            m_byReference.insert(existing[i].reference, i);
    }

    void check(int row, const QStringList& record, Checked& out)
    {
        const auto cell = [&](ChildColumn column) {
            const qsizetype at = m_header.index.value(column, -1);
            return at >= 0 && at < record.size() ? record[at].trimmed() : QString();
        };
        if (record.size() > m_header.width) {
            const QStringList extra = record.mid(m_header.width);
            if (!isBlank(extra))
                problem(row, QString(), extra.join(QLatin1Char(',')),
                        tr("the row has %1 values but the header has %2 columns")
                            .arg(record.size())
                            .arg(m_header.width));
        }

        const QString reference = cell(ChildColumn::Reference);
        const auto existing = m_byReference.constFind(reference);
        const bool isNew = existing == m_byReference.constEnd();
        // An existing child keeps what the file does not say: id, household, profile, archive.
        Child child = isNew ? Child{} : m_existing[*existing];
        if (!reference.isEmpty()) {
            if (const int first = m_rowOfReference.value(reference, 0); first > 0)
                problem(row, columnName(ChildColumn::Reference), reference,
                        tr("the reference is also on row %1").arg(first));
            else
                m_rowOfReference.insert(reference, row);
        }

        QSet<ChildColumn> unreadable;
        for (const auto& spec : childColumns()) { // in a fixed order, so reports are stable
            if (!m_header.index.contains(spec.column))
                continue;
            const QString value = cell(spec.column);
            if (auto reason = readCell(spec.column, value, child)) {
                problem(row, spec.name, value, *reason);
                unreadable.insert(spec.column);
            }
        }
        for (const auto& p : domain::validate(child, m_context)) {
            const auto column = columnForField(p.field);
            // A cell already reported as unreadable, or a missing column, says it once.
            if (column && (unreadable.contains(*column) || m_header.missing.contains(*column)))
                continue;
            problem(row, column ? columnName(*column) : QString(),
                    column ? cell(*column) : QString(), p.message);
        }

        if (isNew) {
            for (auto& duplicate : m_duplicates.of(child))
                m_report.possibleDuplicates.push_back(
                    {row, reference, duplicate.existingReference, duplicate.reason});
            out.toSave.push_back(std::move(child));
            ++out.created;
        } else {
            if (!(child == m_existing[*existing]))
                out.toSave.push_back(std::move(child));
            ++out.updated; // an unchanged row counts as updated: the record matches the file
        }
    }

private:
    void problem(int row, const QString& column, const QString& value, const QString& reason)
    {
        m_report.problems.push_back({row, column, value, reason});
    }

    const Header& m_header;
    const std::vector<Child>& m_existing;
    const domain::ValidationContext& m_context;
    ImportReport& m_report;
    PossibleDuplicates m_duplicates;
    QHash<QString, std::size_t> m_byReference;
    QHash<QString, int> m_rowOfReference;
};

QString line(const ImportProblem& p)
{
    QString text = p.row > 0 ? tr("row %1").arg(p.row) : tr("header");
    if (!p.column.isEmpty()) {
        // One problem, one line: a value with line breaks in it is shown on one.
        text += tr(", column %1, value '%2'").arg(p.column, p.value.simplified());
    } else if (!p.value.isEmpty()) {
        text += tr(", value '%1'").arg(p.value.simplified());
    }
    return text + QStringLiteral(": ") + p.reason;
}

} // namespace

QString ImportReport::summary() const
{
    QStringList lines;
    const QString rowCount = rows == 1 ? tr("1 row") : tr("%1 rows").arg(rows);
    if (ok())
        lines << tr("%1: %2 created, %3 updated.").arg(rowCount).arg(created).arg(updated);
    else if (problems.size() == 1)
        lines << tr("%1: nothing imported, 1 problem to correct.").arg(rowCount);
    else
        lines << tr("%1: nothing imported, %2 problems to correct.")
                     .arg(rowCount)
                     .arg(problems.size());
    for (const auto& p : problems)
        lines << line(p);
    for (const auto& d : possibleDuplicates)
        lines << tr("row %1, reference %2: possibly the same child as %3 (%4)")
                     .arg(d.row)
                     .arg(d.reference, d.existingReference, d.reason);
    return lines.join(QLatin1Char('\n'));
}

domain::Result<ImportReport> importChildren(services::Workspace& workspace, const QString& path,
                                            const std::function<void(int, int)>& progress)
{
    const auto tell = [&](int done, int total) {
        if (progress)
            progress(done, total);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Could not read %1.").arg(QDir::toNativeSeparators(path)));
    const CsvTable table = readCsv(file.readAll());
    file.close();

    ImportReport report;
    if (table.invalidText || table.records.empty()) {
        report.problems.push_back({0, QString(), QString(),
                                   table.invalidText
                                       ? tr("the file is not UTF-8 text (save it as \"CSV UTF-8\")")
                                       : tr("the file is empty: it needs a header row")});
        tell(0, 0);
        return report;
    }
    if (!workspace.hasAgency())
        // Without the agency's councils the responsible council of each row cannot be checked.
        report.problems.push_back(
            {0, QString(), QString(),
             tr("the database has no agency yet: set up the agency and its councils first")});
    const Header header = readHeader(table.records.front(), report.problems);

    storage::ChildQuery everyone;
    everyone.includeArchived = true;
    everyone.sort = storage::ChildSort::Reference;
    everyone.limit = 0;
    auto existing = workspace.children(everyone);
    if (!existing)
        return fail(existing.error());
    const domain::ValidationContext context{workspace.clock().today(),
                                            workspace.hasAgency() ? &workspace.agency() : nullptr};

    const int total = static_cast<int>(table.records.size()) - 1;
    RowChecker checker(header, *existing, context, report);
    Checked checked;
    checked.toSave.reserve(static_cast<std::size_t>(total));
    for (int row = 1; row <= total; ++row) {
        // Problems name the row as a spreadsheet numbers it (the header is row 1, so the
        // first child is row 2), counting blank records too, so "row 14" is the row the user
        // sees when they open the file to correct it.
        const QStringList& record = table.records[static_cast<std::size_t>(row)];
        if (!isBlank(record)) {
            ++report.rows;
            checker.check(row + 1, record, checked);
        }
        if (row % progressStep == 0 && row < total)
            tell(row, total);
    }
    if (table.unterminatedQuote)
        report.problems.push_back({total + 1, QString(), QString(),
                                   tr("a quoted value is not closed before the end of the file")});

    if (report.ok() && !checked.toSave.empty()) {
        // One transaction for the whole file: all of it is written, or none.
        if (auto saved = storage::ChildRepository(workspace.database())
                             .saveAll(checked.toSave, workspace.actor());
            !saved)
            return fail(saved.error());
        workspace.announceChildrenChanged();
    }
    if (report.ok()) {
        report.created = checked.created;
        report.updated = checked.updated;
    }
    tell(total, total);
    return report;
}

} // namespace permanence::exchange
