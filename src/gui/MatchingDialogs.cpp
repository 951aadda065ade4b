#include "gui/MatchingDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace permanence::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MatchingDialogs", text);
}

/// A dialog with the question on top, a form, and OK / Cancel; `okText` names the step.
class StepDialog : public QDialog
{
public:
    StepDialog(QWidget* parent, const QString& title, const QString& question,
               const QString& okText)
        : QDialog(parent), m_form(new QFormLayout)
    {
        setWindowTitle(title);
        auto* layout = new QVBoxLayout(this);
        auto* label = new QLabel(question, this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
        layout->addLayout(m_form);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }

    QDateEdit* addDate(const QString& label, QDate today)
    {
        auto* edit = new QDateEdit(today, this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setMaximumDate(today);
        add(label, edit);
        return edit;
    }

    void add(const QString& label, QWidget* field)
    {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        m_form->addRow(l, field);
    }

private:
    QFormLayout* m_form;
};

} // namespace

std::optional<LinkAnswer> askLink(QWidget* parent, const QString& question,
                                  const QString& familyFinder, QDate today)
{
    StepDialog dialog(parent, tr("Link"), question, tr("Link"));
    QDateEdit* date = dialog.addDate(tr("&Date of the link:"), today);
    auto* finder = new QLineEdit(familyFinder, &dialog);
    dialog.add(tr("&Family finder:"), finder);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return LinkAnswer{date->date(), finder->text()};
}

std::optional<QDate> askStepDate(QWidget* parent, const QString& title, const QString& question,
                                 QDate today)
{
    StepDialog dialog(parent, title, question, tr("Record"));
    QDateEdit* date = dialog.addDate(tr("&Date:"), today);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

std::optional<IntroductionsAnswer> askIntroductions(QWidget* parent, const QString& question,
                                                    QDate today)
{
    StepDialog dialog(parent, tr("Introductions"), question, tr("Record"));
    QDateEdit* start = dialog.addDate(tr("&Started:"), today);
    auto* ended = new QCheckBox(tr("Introductions have &ended"), &dialog);
    dialog.add(QString(), ended);
    QDateEdit* end = dialog.addDate(tr("E&nded:"), today);
    end->setEnabled(false);
    QObject::connect(ended, &QCheckBox::toggled, end, &QWidget::setEnabled);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return IntroductionsAnswer{start->date(), ended->isChecked() ? end->date() : QDate()};
}

std::optional<domain::InterAgencyFee> askInterAgencyFee(QWidget* parent, const QString& question,
                                                        const domain::Agency& agency,
                                                        const QString& defaultCouncil)
{
    StepDialog dialog(parent, tr("Inter-agency fee"), question, tr("Record"));
    auto* amount = new QDoubleSpinBox(&dialog);
    amount->setPrefix(QStringLiteral("£"));
    amount->setDecimals(2);
    amount->setRange(0, 1000000);
    amount->setSingleStep(100);
    dialog.add(tr("&Fee agreed:"), amount);
    auto* council = new QComboBox(&dialog);
    for (const auto& c : agency.councils)
        council->addItem(c.name, c.code);
    council->setCurrentIndex(std::max(0, council->findData(defaultCouncil)));
    dialog.add(tr("&Paying council:"), council);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return domain::InterAgencyFee{qRound64(amount->value() * 100),
                                  council->currentData().toString()};
}

std::optional<EndLinkAnswer> askEndLink(QWidget* parent, const QString& question, QDate today)
{
    StepDialog dialog(parent, tr("End link"), question, tr("End link"));
    QDateEdit* date = dialog.addDate(tr("&Date the link ended:"), today);
    auto* reason = new QLineEdit(&dialog);
    dialog.add(tr("&Reason:"), reason);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return EndLinkAnswer{date->date(), reason->text()};
}

std::optional<domain::Disruption> askDisruption(QWidget* parent, const QString& question,
                                                QDate today)
{
    StepDialog dialog(parent, tr("Disruption"), question, tr("Record disruption"));
    QDateEdit* date = dialog.addDate(tr("&Date the placement ended:"), today);
    auto* reason = new QLineEdit(&dialog);
    dialog.add(tr("&Reason:"), reason);
    auto* meeting = new QCheckBox(tr("A disruption &meeting was held"), &dialog);
    dialog.add(QString(), meeting);
    auto* learning = new QPlainTextEdit(&dialog);
    learning->setTabChangesFocus(true);
    dialog.add(tr("&Learning:"), learning);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return domain::Disruption{date->date(), reason->text(), meeting->isChecked(),
                              learning->toPlainText()};
}

} // namespace permanence::gui
