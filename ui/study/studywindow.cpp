#include "ui/study/studywindow.h"

#include "core/model/project.h"
#include "ui/document.h"
#include "ui/study/decisionlogview.h"
#include "ui/study/progressdelegate.h"
#include "ui/study/progressmodel.h"
#include "ui/study/reviewerprogressmodel.h"
#include "ui/study/roundlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dyad::ui {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QString phaseHelp(const core::Round &round)
{
    switch (round.phase) {
    case core::RoundPhase::Independent:
        return round.unblinded
            ? StudyWindow::tr("Independent coding, blinding lifted by the lead: everyone sees everyone's codings on "
                              "this round's records.")
            : StudyWindow::tr("Independent coding: each reviewer sees only their own codings on a record until both "
                              "have marked it done.");
    case core::RoundPhase::Reconciliation:
        return StudyWindow::tr("Reconciliation: the reviewers see each other's codings; disagreements are decided "
                               "into the Consensus layer, each decision logged.");
    case core::RoundPhase::Closed:
        return StudyWindow::tr("Closed: new codings are no longer filed under this round. Its figures and decisions "
                               "stay for the report.");
    }
    return {};
}

} // namespace

StudyWindow::StudyWindow(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_rounds(new RoundListModel(this))
    , m_progress(new ProgressModel(this))
    , m_reviewerProgress(new ReviewerProgressModel(m_progress, this))
    , m_recordFilter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("StudyWindow"));
    setWindowTitle(tr("Study: %1").arg(document->displayName()));

    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("StudyWho"));
    m_who->setWordWrap(true);

    m_newRound = new QPushButton(tr("&New Round…"), this);
    m_assign = new QPushButton(tr("&Assign Records…"), this);
    m_toReconciliation = new QPushButton(tr("Start &Reconciliation…"), this);
    m_close = new QPushButton(tr("&Close Round…"), this);
    m_unblind = new QPushButton(tr("&Unblind…"), this);
    m_reconcile = new QPushButton(tr("&Open Reconciliation"), this);
    m_decisionLog = new QPushButton(tr("Decision &Log"), this);
    m_newRound->setObjectName(QStringLiteral("NewRound"));
    m_assign->setObjectName(QStringLiteral("AssignRecords"));
    m_toReconciliation->setObjectName(QStringLiteral("StartReconciliation"));
    m_close->setObjectName(QStringLiteral("CloseRound"));
    m_unblind->setObjectName(QStringLiteral("Unblind"));
    m_reconcile->setObjectName(QStringLiteral("OpenReconciliation"));
    m_decisionLog->setObjectName(QStringLiteral("DecisionLog"));
    m_newRound->setToolTip(tr("Create a round (pilot, main, …) and assign records to it"));
    m_assign->setToolTip(tr("Give records of the project to reviewers in the selected round"));
    m_toReconciliation->setToolTip(tr("End independent coding: the reviewers see each other's work and reconcile"));
    m_close->setToolTip(tr("End the round once its disagreements are decided"));
    m_unblind->setToolTip(tr("Lift blinding while the round is still in independent coding"));
    m_reconcile->setToolTip(tr("Reconcile the disagreements of the selected round"));
    m_decisionLog->setToolTip(tr("Who decided what, when and why, in the selected round"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_newRound, m_assign, m_toReconciliation, m_close, m_unblind, m_reconcile, m_decisionLog}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    m_roundView = makeTable(this);
    m_roundView->setObjectName(QStringLiteral("RoundList"));
    m_roundView->setModel(m_rounds);
    m_roundView->setItemDelegateForColumn(RoundListModel::ProgressColumn, new ProgressDelegate(m_roundView));
    m_roundView->horizontalHeader()->setSectionResizeMode(RoundListModel::NameColumn, QHeaderView::ResizeToContents);
    m_roundView->horizontalHeader()->setSectionResizeMode(RoundListModel::PhaseColumn, QHeaderView::ResizeToContents);
    m_roundView->horizontalHeader()->resizeSection(RoundListModel::ProgressColumn, 180);
    m_roundView->horizontalHeader()->setStretchLastSection(true);
    m_phaseHelp = new QLabel(this);
    m_phaseHelp->setWordWrap(true);
    m_phaseHelp->setForegroundRole(QPalette::PlaceholderText);

    m_reviewerView = makeTable(this);
    m_reviewerView->setObjectName(QStringLiteral("ReviewerProgress"));
    m_reviewerView->setModel(m_reviewerProgress);
    m_reviewerView->setItemDelegateForColumn(ReviewerProgressModel::ProgressColumn,
                                             new ProgressDelegate(m_reviewerView));
    m_reviewerView->horizontalHeader()->setStretchLastSection(true);
    m_reviewerView->setMaximumHeight(140);

    m_recordFilter->setSourceModel(m_progress);
    m_recordFilter->setFilterKeyColumn(0);
    m_recordFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_recordFilter->setSortRole(Qt::DisplayRole);
    m_recordSearch = new QLineEdit(this);
    m_recordSearch->setObjectName(QStringLiteral("StudyRecordFilter"));
    m_recordSearch->setPlaceholderText(tr("Filter records by title"));
    m_recordSearch->setClearButtonEnabled(true);
    connect(m_recordSearch, &QLineEdit::textChanged, m_recordFilter, &QSortFilterProxyModel::setFilterFixedString);
    m_recordView = makeTable(this);
    m_recordView->setObjectName(QStringLiteral("RecordProgress"));
    m_recordView->setModel(m_recordFilter);
    m_recordView->setSortingEnabled(true);
    m_recordView->sortByColumn(-1, Qt::AscendingOrder); // import order until a header is clicked
    m_recordView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_recordView->horizontalHeader()->setDefaultSectionSize(110);
    m_recordView->setToolTip(tr("Double-click or press Enter to show the record in the workbench"));
    connect(m_recordView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit showRecordRequested(index.data(ProgressModel::RecordIdRole).toUuid());
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("StudyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *roundsLabel = new QLabel(tr("Round&s"), left);
    roundsLabel->setBuddy(m_roundView);
    leftLayout->addWidget(roundsLabel);
    leftLayout->addWidget(m_roundView, 1);
    leftLayout->addWidget(m_phaseHelp);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *reviewersLabel = new QLabel(tr("Progress per re&viewer"), right);
    reviewersLabel->setBuddy(m_reviewerView);
    rightLayout->addWidget(reviewersLabel);
    rightLayout->addWidget(m_reviewerView);
    auto *recordsLabel = new QLabel(tr("Progress per recor&d"), right);
    recordsLabel->setBuddy(m_recordView);
    auto *recordsHeader = new QHBoxLayout;
    recordsHeader->addWidget(recordsLabel);
    recordsHeader->addStretch(1);
    recordsHeader->addWidget(m_recordSearch);
    rightLayout->addLayout(recordsHeader);
    rightLayout->addWidget(m_recordView, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_newRound, &QPushButton::clicked, this, &StudyWindow::newRound);
    connect(m_assign, &QPushButton::clicked, this, &StudyWindow::assignRecords);
    connect(m_toReconciliation, &QPushButton::clicked, this,
            [this] { moveToPhase(core::RoundPhase::Reconciliation); });
    connect(m_close, &QPushButton::clicked, this, [this] { moveToPhase(core::RoundPhase::Closed); });
    connect(m_unblind, &QPushButton::clicked, this, &StudyWindow::unblind);
    connect(m_reconcile, &QPushButton::clicked, this, [this] {
        if (!currentRound().isNull())
            emit reconcileRequested(currentRound());
    });
    connect(m_decisionLog, &QPushButton::clicked, this, &StudyWindow::openDecisionLog);

    m_rounds->setDocument(document);
    m_progress->setDocument(document);
    connect(m_roundView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StudyWindow::roundSelected);
    // Phase, blinding and counts change under the selection; keep the buttons in step.
    connect(m_rounds, &QAbstractItemModel::dataChanged, this, &StudyWindow::updateActions);
    connect(m_rounds, &QAbstractItemModel::modelReset, this, &StudyWindow::selectDefaultRound);
    connect(document, &Document::reviewerChanged, this, &StudyWindow::updateActions);
    selectDefaultRound();
    m_roundView->setFocus();
    updateActions();
}

QUuid StudyWindow::currentRound() const
{
    return m_rounds->roundId(m_roundView->currentIndex().row());
}

void StudyWindow::selectDefaultRound()
{
    if (!currentRound().isNull() || m_rounds->rowCount() == 0) {
        roundSelected();
        return;
    }
    // The latest round that is not closed, else the latest.
    int row = m_rounds->rowCount() - 1;
    for (int r = m_rounds->rowCount() - 1; r >= 0; --r) {
        if (m_document->project().round(m_rounds->roundId(r)).value_or(core::Round{}).phase
            != core::RoundPhase::Closed) {
            row = r;
            break;
        }
    }
    m_roundView->setCurrentIndex(m_rounds->index(row, 0));
}

void StudyWindow::setCurrentRound(const QUuid &roundId)
{
    const int row = m_rounds->rowOf(roundId);
    if (row >= 0)
        m_roundView->setCurrentIndex(m_rounds->index(row, 0));
}

QString StudyWindow::message() const
{
    return m_message->text();
}

void StudyWindow::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(200, 30, 30));
    m_message->setPalette(p);
}

void StudyWindow::roundSelected()
{
    m_progress->setRound(currentRound());
    // Fixed widths: measuring the contents of a round of 18,000 records would stall the window.
    m_recordView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    updateActions();
}

void StudyWindow::updateActions()
{
    const auto me = m_document->reviewer();
    const bool lead = me && me->role == core::ReviewerRole::Lead;
    if (!me)
        m_who->setText(tr("Choose who you are (File ▸ Switch Reviewer) to run the study."));
    else if (lead)
        m_who->setText(tr("You are %1, the lead: you create rounds, assign records and move rounds through their "
                          "phases.").arg(me->name));
    else
        m_who->setText(tr("You are %1. Only the lead can create rounds, assign records or change a round's phase; "
                          "here you follow the progress.").arg(me->name));
    const auto round = m_document->project().round(currentRound());
    const bool independent = round && round->phase == core::RoundPhase::Independent;
    m_newRound->setEnabled(lead);
    m_assign->setEnabled(lead && round && round->phase != core::RoundPhase::Closed);
    m_toReconciliation->setEnabled(lead && independent);
    m_close->setEnabled(lead && round && round->phase == core::RoundPhase::Reconciliation);
    m_unblind->setEnabled(lead && independent && !round->unblinded);
    m_reconcile->setEnabled(round && (round->phase != core::RoundPhase::Independent || round->unblinded));
    m_reconcile->setToolTip(m_reconcile->isEnabled()
                                ? tr("Reconcile the disagreements of the selected round")
                                : tr("Records are still blinded: move the round to reconciliation first"));
    m_decisionLog->setEnabled(round.has_value());
    m_phaseHelp->setText(round ? phaseHelp(*round) : tr("No round yet: start with New Round (a pilot of about 10 % "
                                                        "of the records, then the rest)."));
}

void StudyWindow::newRound()
{
    const auto rounds = m_document->project().rounds();
    const QString suggestion = rounds.empty()        ? tr("Pilot")
                               : rounds.size() == 1 ? tr("Main")
                                                    : tr("Round %1").arg(rounds.size() + 1);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("NewRoundDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Round"));
    dialog->setLabelText(tr("Name of the round (e.g. Pilot, Main):"));
    dialog->setTextValue(suggestion);
    dialog->setOkButtonText(tr("Create"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        auto created = m_document->project().createRound(name);
        if (!created) {
            setMessage(created.error(), true);
            return;
        }
        setMessage(tr("Created round “%1”. Now assign records to it.").arg(created->name));
        // The round exists only to hold assignments: go straight on to choosing them, once the
        // round list (which recounts after the change event) shows it.
        QTimer::singleShot(0, this, [this, id = created->id] {
            setCurrentRound(id);
            assignRecordsTo(id);
        });
    });
    dialog->open();
}

void StudyWindow::assignRecords()
{
    assignRecordsTo(currentRound());
}

void StudyWindow::assignRecordsTo(const QUuid &round)
{
    if (round.isNull())
        return;
    AssignRecordsDialog::RecordList list = m_recordList ? m_recordList() : AssignRecordsDialog::RecordList{};
    auto *dialog = new AssignRecordsDialog(m_document, round, std::move(list), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, round] {
        const std::vector<QUuid> records = dialog->recordIds();
        const std::vector<QUuid> reviewers = dialog->reviewerIds();
        const core::RecordSelection how = dialog->selection();
        const core::Status st = core::assignRecords(m_document->project(), round, records, reviewers, how);
        if (!st) {
            setMessage(st.error(), true);
            return;
        }
        const QString name = m_document->project().round(round).value_or(core::Round{}).name;
        setMessage(how.seed ? tr("Assigned a random sample of %1 record(s) (seed %2) to %3 reviewer(s) in “%4”.")
                                  .arg(records.size())
                                  .arg(*how.seed)
                                  .arg(reviewers.size())
                                  .arg(name)
                            : tr("Assigned %1 record(s) to %2 reviewer(s) in “%3”.")
                                  .arg(records.size())
                                  .arg(reviewers.size())
                                  .arg(name));
    });
    dialog->open();
}

QStringList StudyWindow::coderNames(const QUuid &roundId) const
{
    QStringList names;
    for (const QUuid &id : core::roundProgress(m_document->project(), roundId).reviewers)
        names << m_document->project().reviewer(id).value_or(core::Reviewer{}).name;
    return names;
}

QString StudyWindow::unfinishedByReviewer(const QUuid &roundId) const
{
    const core::RoundProgress p = core::roundProgress(m_document->project(), roundId);
    QStringList parts;
    for (const QUuid &id : p.reviewers) {
        const auto counts = p.forReviewer(id);
        const qsizetype open = counts.toDo + counts.inProgress;
        if (open > 0)
            parts << tr("%1 has %n record(s) not marked done", nullptr, int(open))
                         .arg(m_document->project().reviewer(id).value_or(core::Reviewer{}).name);
    }
    return QLocale().createSeparatedList(parts);
}

QString StudyWindow::phaseChangeText(const QUuid &roundId, core::RoundPhase phase) const
{
    const auto round = m_document->project().round(roundId);
    if (!round)
        return {};
    const core::RoundProgress p = core::roundProgress(m_document->project(), roundId);
    const QString coders = QLocale().createSeparatedList(coderNames(roundId));
    const int records = static_cast<int>(p.records.size());
    QStringList points;
    if (phase == core::RoundPhase::Reconciliation) {
        points << tr("%1 will see each other's codings on all %n record(s) of this round, and the Consensus coding "
                     "of them.", nullptr, records)
                      .arg(coders);
        const QString open = unfinishedByReviewer(roundId);
        if (!open.isEmpty())
            points << tr("That includes work not finished yet: %1.").arg(open);
        points << tr("Private inductive codes become visible to everyone, unless another round is still in "
                     "independent coding.");
        points << tr("The round's disagreements can then be reconciled into the Consensus layer; every decision is "
                     "logged with who took it and why.");
        points << tr("What the reviewers have seen cannot be hidden again: the round will not be blind any more.");
    } else if (phase == core::RoundPhase::Closed) {
        points << tr("New codings on its %n record(s) are no longer filed under this round.", nullptr, records);
        points << tr("Its agreement figures and decision log stay as they are, for the report.");
        const QString open = unfinishedByReviewer(roundId);
        if (!open.isEmpty())
            points << tr("Not everything is marked done: %1.").arg(open);
    }
    points << tr("The change is written to the audit log under your name.");
    QString text = QStringLiteral("<p>");
    text += phase == core::RoundPhase::Reconciliation
        ? tr("Move “%1” from independent coding to <b>reconciliation</b>?").arg(round->name.toHtmlEscaped())
        : tr("<b>Close</b> the round “%1”?").arg(round->name.toHtmlEscaped());
    text += QStringLiteral("</p><ul>");
    for (const QString &point : points)
        text += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
    text += QStringLiteral("</ul>");
    return text;
}

QString StudyWindow::unblindText(const QUuid &roundId) const
{
    const auto round = m_document->project().round(roundId);
    if (!round)
        return {};
    const core::RoundProgress p = core::roundProgress(m_document->project(), roundId);
    const QString coders = QLocale().createSeparatedList(coderNames(roundId));
    QStringList points;
    points << tr("%1 will at once see each other's codings, private codes and the Consensus coding on all %n "
                 "record(s) of this round.", nullptr, static_cast<int>(p.records.size()))
                  .arg(coders);
    const QString open = unfinishedByReviewer(roundId);
    if (!open.isEmpty())
        points << tr("That includes work not finished yet: %1. From then on their coding is no longer independent, "
                     "so agreement measured on those records is not agreement between blind coders.")
                      .arg(open);
    points << tr("The round stays in independent coding; reviewers can keep coding.");
    points << tr("Blinding cannot be restored. The unblinding is written to the audit log under your name.");
    QString text = tr("<p>Lift blinding for “%1” now?</p><ul>").arg(round->name.toHtmlEscaped());
    for (const QString &point : points)
        text += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
    return text + QStringLiteral("</ul>");
}

void StudyWindow::confirm(const QString &title, const QString &text, const QString &confirmLabel,
                          const std::function<void()> &onConfirm)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("StudyConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    QPushButton *yes = box->addButton(confirmLabel, QMessageBox::AcceptRole);
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    // Nothing irreversible on a stray Enter: Cancel is the default.
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    connect(box, &QMessageBox::buttonClicked, this, [yes, onConfirm](QAbstractButton *clicked) {
        if (clicked == yes)
            onConfirm();
    });
    box->open();
}

void StudyWindow::moveToPhase(core::RoundPhase phase)
{
    const QUuid roundId = currentRound();
    if (roundId.isNull())
        return;
    const bool toReconciliation = phase == core::RoundPhase::Reconciliation;
    confirm(toReconciliation ? tr("Start Reconciliation") : tr("Close Round"), phaseChangeText(roundId, phase),
            toReconciliation ? tr("&Move to Reconciliation") : tr("Close the &Round"), [this, roundId, phase] {
                const core::Status st = m_document->project().setRoundPhase(roundId, phase);
                const QString name = m_document->project().round(roundId).value_or(core::Round{}).name;
                if (!st)
                    setMessage(st.error(), true);
                else
                    setMessage(tr("“%1” is now in the %2 phase.").arg(name, RoundListModel::phaseText(phase)));
                updateActions();
            });
}

void StudyWindow::unblind()
{
    const QUuid roundId = currentRound();
    if (roundId.isNull())
        return;
    confirm(tr("Unblind Round"), unblindText(roundId), tr("&Lift Blinding"), [this, roundId] {
        const core::Status st = m_document->project().unblindRound(roundId);
        const QString name = m_document->project().round(roundId).value_or(core::Round{}).name;
        if (!st)
            setMessage(st.error(), true);
        else
            setMessage(tr("Blinding lifted for “%1”.").arg(name));
        updateActions();
    });
}

void StudyWindow::openDecisionLog()
{
    auto *log = new DecisionLogView(m_document, this);
    log->setWindowFlag(Qt::Window);
    log->setAttribute(Qt::WA_DeleteOnClose);
    log->setRound(currentRound());
    connect(log, &DecisionLogView::showRecordRequested, this, &StudyWindow::showRecordRequested);
    log->resize(1200, 600);
    log->show();
}

} // namespace dyad::ui
