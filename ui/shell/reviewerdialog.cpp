#include "ui/shell/reviewerdialog.h"

#include "ui/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyad::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString roleText(core::ReviewerRole role)
{
    switch (role) {
    case core::ReviewerRole::Reviewer:
        return ReviewerDialog::tr("reviewer");
    case core::ReviewerRole::Adjudicator:
        return ReviewerDialog::tr("adjudicator");
    case core::ReviewerRole::Lead:
        return ReviewerDialog::tr("lead");
    case core::ReviewerRole::Consensus:
        return ReviewerDialog::tr("consensus");
    }
    return {};
}

} // namespace

ReviewerDialog::ReviewerDialog(Document *document, const QUuid &preselect, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_newName(new QLineEdit(this))
    , m_newRole(new QComboBox(this))
{
    setWindowTitle(tr("Who Are You?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the reviewer you code as in <b>%1</b>. While a round is in its independent "
                                "phase you will only see your own codings.")
                                 .arg(document->displayName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list);

    auto *addRow = new QHBoxLayout;
    m_newName->setPlaceholderText(tr("New reviewer's name"));
    m_newRole->addItem(roleText(core::ReviewerRole::Reviewer), static_cast<int>(core::ReviewerRole::Reviewer));
    m_newRole->addItem(roleText(core::ReviewerRole::Adjudicator), static_cast<int>(core::ReviewerRole::Adjudicator));
    m_newRole->addItem(roleText(core::ReviewerRole::Lead), static_cast<int>(core::ReviewerRole::Lead));
    auto *add = new QPushButton(tr("&Add"), this);
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newRole);
    addRow->addWidget(add);
    layout->addLayout(addRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewerDialog::reject);
    connect(add, &QPushButton::clicked, this, &ReviewerDialog::addReviewer);
    connect(m_newName, &QLineEdit::returnPressed, this, &ReviewerDialog::addReviewer);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ReviewerDialog::accept);
    refresh(preselect);
    resize(440, 360);
}

void ReviewerDialog::refresh(const QUuid &select)
{
    m_list->clear();
    for (const core::Reviewer &r : m_document->project().reviewers()) {
        if (r.role == core::ReviewerRole::Consensus)
            continue; // the consensus layer is written by reconciliation, not by a person
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(r.name, roleText(r.role)), m_list);
        item->setData(kIdRole, r.id);
        if (r.id == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_list->count() == 0)
        m_newName->setFocus();
}

void ReviewerDialog::addReviewer()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty())
        return;
    // Adding a person is not an edit to undo: it is recorded in the audit log by core.
    auto added = m_document->project().addReviewer(
        name, static_cast<core::ReviewerRole>(m_newRole->currentData().toInt()));
    if (!added) {
        QMessageBox::warning(this, tr("Add Reviewer"), added.error());
        return;
    }
    m_newName->clear();
    refresh(added->id);
}

void ReviewerDialog::accept()
{
    if (QListWidgetItem *item = m_list->currentItem()) {
        m_chosen = item->data(kIdRole).toUuid();
        QDialog::accept();
    }
}

} // namespace dyad::ui
