#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace permanence::gui {

/// A date that may not have happened yet: a tick box ("Reached") beside a date field that reads
/// "Not reached" while the box is clear. A plain QDateEdit cannot hold "no date", and a journey
/// is mostly dates not reached yet. Ticking the box starts from today, the usual case.
///
/// The household form's own widget; the Children area may grow an equivalent one, to be merged.
class NotReachedDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit NotReachedDateEdit(QWidget* parent = nullptr);

    /// Null when not reached.
    [[nodiscard]] QDate date() const;
    /// A null date clears the box. Emits dateChanged when the value changes.
    void setDate(QDate date);

    /// The words shown while there is no date ("Not reached", "Not withdrawn", "Not recorded").
    void setEmptyText(const QString& text);
    /// The tick box's text (default "Reached"); the form label names the date itself.
    void setCheckText(const QString& text);
    /// Used for "today" when the box is ticked, so tests do not depend on the real date.
    void setToday(QDate today) { m_today = today; }

    /// The name the form's label gives the date ("Stage 1 start"), for assistive technology.
    void setFieldName(const QString& name);

    [[nodiscard]] QCheckBox* checkBox() const { return m_check; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_edit; }

Q_SIGNALS:
    /// The date changed, by the user or by setDate(); null when it is no longer reached.
    void dateChanged(QDate date);

private:
    void onToggled(bool reached);
    void onEdited(QDate date);
    void display(QDate date);

    QCheckBox* m_check;
    QDateEdit* m_edit;
    QDate m_date;
    QDate m_today;
};

} // namespace permanence::gui
