#include "domain/CaseNote.h"

#include "domain/Dates.h"

#include <QCoreApplication>

namespace permanence::domain {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CaseNote", text);
}
} // namespace

QString noteKindLabel(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Fact:
        return tr("Fact");
    case NoteKind::Opinion:
        return tr("Opinion");
    case NoteKind::ThirdParty:
        return tr("Third-party information");
    }
    return {};
}

Problems validate(const CaseNote& note, QDate today)
{
    Problems problems;
    if (note.child.isValid() == note.household.isValid())
        problems.push_back({tr("Record"), QStringLiteral("note.subject"),
                            tr("A note belongs to one child or one household.")});
    if (!note.date.isValid())
        problems.push_back({tr("Date"), QStringLiteral("required"), tr("The note needs a date.")});
    else if (today.isValid() && note.date > today)
        problems.push_back({tr("Date"), QStringLiteral("date.in-future"),
                            tr("Note date %1 is in the future.").arg(formatDate(note.date))});
    if (note.text.trimmed().isEmpty())
        problems.push_back({tr("Note"), QStringLiteral("required"), tr("The note is empty.")});
    return problems;
}

} // namespace permanence::domain
