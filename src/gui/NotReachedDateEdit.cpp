#include "gui/NotReachedDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace permanence::gui {

namespace {
/// The date edit shows its special text at its minimum, so the minimum stands for "no date";
/// no journey date is this old.
const QDate noDate{1900, 1, 1};
} // namespace

NotReachedDateEdit::NotReachedDateEdit(QWidget* parent)
    : QWidget(parent), m_check(new QCheckBox(tr("Reached"), this)), m_edit(new QDateEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_edit->setMinimumDate(noDate);
    m_edit->setMaximumDate(QDate(2100, 12, 31));
    m_edit->setSpecialValueText(tr("Not reached"));
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, &NotReachedDateEdit::onToggled);
    connect(m_edit, &QDateEdit::dateChanged, this, &NotReachedDateEdit::onEdited);
    display(QDate());
}

QDate NotReachedDateEdit::date() const
{
    return m_date;
}

void NotReachedDateEdit::setDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    display(date);
    Q_EMIT dateChanged(m_date);
}

void NotReachedDateEdit::setEmptyText(const QString& text)
{
    m_edit->setSpecialValueText(text);
}

void NotReachedDateEdit::setCheckText(const QString& text)
{
    m_check->setText(text);
}

void NotReachedDateEdit::setFieldName(const QString& name)
{
    // Screen readers announce the tick box and the date field separately; both need the name.
    setAccessibleName(name);
    m_check->setAccessibleName(tr("%1 reached").arg(name));
    m_edit->setAccessibleName(name);
}

void NotReachedDateEdit::onToggled(bool reached)
{
    if (reached == m_date.isValid())
        return;
    setDate(reached ? (m_today.isValid() ? m_today : QDate::currentDate()) : QDate());
}

void NotReachedDateEdit::onEdited(QDate date)
{
    if (!m_check->isChecked() || date == noDate)
        return;
    setDate(date);
}

void NotReachedDateEdit::display(QDate date)
{
    const QSignalBlocker checkBlocker(m_check);
    const QSignalBlocker editBlocker(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : noDate);
}

} // namespace permanence::gui
