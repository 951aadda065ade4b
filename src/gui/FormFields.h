#pragma once

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QString>
#include <QVariant>

namespace permanence::gui {

// Showing a record in a form without echoing the change back as an edit, and without moving
// the cursor of a field the user is typing in (the draft is re-shown after every keystroke).

inline void showText(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setText(text);
}

inline void showText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
}

inline void showData(QComboBox* combo, const QVariant& data)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace permanence::gui
