#include "ui/reconcilewindow.h"

#include "core/model/project.h"
#include "ui/comparisonview.h"
#include "ui/decidegroup.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace dyad::ui {

using namespace core::reconcile;
using core::Code;
using core::Coding;

/** The visible queue rows (read-only; the window owns the data and resets the model). */
class QueueModel : public QAbstractTableModel
{
public:
    enum Column { Record, Kind, State, Codes, Impact, ColumnCount };

    QueueModel(const Queue *queue, const std::vector<int> *visible, const QHash<QUuid, QString> *titles,
               const QHash<QUuid, Code> *codes, const bool *blind, QObject *parent)
        : QAbstractTableModel(parent), m_queue(queue), m_visible(visible), m_titles(titles), m_codes(codes),
          m_blind(blind)
    {
    }
    void reset()
    {
        beginResetModel();
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_visible->size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        static const char *const names[] = {
            QT_TRANSLATE_NOOP("dyad::ui::ReconcileWindow", "Record"),
            QT_TRANSLATE_NOOP("dyad::ui::ReconcileWindow", "Kind"),
            QT_TRANSLATE_NOOP("dyad::ui::ReconcileWindow", "State"),
            QT_TRANSLATE_NOOP("dyad::ui::ReconcileWindow", "Codes"),
            QT_TRANSLATE_NOOP("dyad::ui::ReconcileWindow", "Impact"),
        };
        return ReconcileWindow::tr(names[section]);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const QueueItem &item = m_queue->items[static_cast<size_t>((*m_visible)[static_cast<size_t>(index.row())])];
        switch (index.column()) {
        case Record: return m_titles->value(item.group.recordId);
        case Kind: return *m_blind ? Reconciler::blindKindLabel(m_queue->scope, item.group) : kindLabel(item.group.kind);
        case State:
            return item.decision ? QStringLiteral("%1: %2").arg(stateName(item.state), outcomeLabel(item.decision->outcome))
                                 : stateName(item.state);
        case Codes: {
            QStringList names;
            for (const QUuid &id : item.group.codeIds())
                names << m_codes->value(id).name;
            return names.join(QStringLiteral(" / "));
        }
        case Impact: return static_cast<qlonglong>(item.group.impact());
        }
        return {};
    }

private:
    const Queue *m_queue;
    const std::vector<int> *m_visible;
    const QHash<QUuid, QString> *m_titles;
    const QHash<QUuid, Code> *m_codes;
    const bool *m_blind;
};

ReconcileWindow::ReconcileWindow(core::Project &project, DecisionStore &store, const Scope &scope, bool blind,
                                 QWidget *parent)
    : QWidget(parent), m_project(project), m_reconciler(std::make_unique<Reconciler>(project, store)), m_scope(scope),
      m_blind(blind)
{
    setWindowTitle(tr("Reconciliation"));
    m_undo = new QUndoStack(this);
    m_filter.states = QueueFilter::States::Open;

    // Queue and its filters.
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"));
    for (GroupKind k : {GroupKind::ExactAgreement, GroupKind::BoundaryDifference, GroupKind::AOnly, GroupKind::BOnly,
                        GroupKind::CodeConflict, GroupKind::CodebookMismatch})
        m_kind->addItem(blind && (k == GroupKind::AOnly || k == GroupKind::BOnly) ? tr("One reviewer only") : kindLabel(k),
                        static_cast<int>(k));
    m_state = new QComboBox(this);
    m_state->addItem(tr("Open"), static_cast<int>(QueueFilter::States::Open));
    m_state->addItem(tr("Decided"), static_cast<int>(QueueFilter::States::Decided));
    m_state->addItem(tr("Escalated"), static_cast<int>(QueueFilter::States::Escalated));
    m_state->addItem(tr("All"), static_cast<int>(QueueFilter::States::All));
    m_codeFilter = new QComboBox(this);
    m_recordEdit = new QLineEdit(this);
    m_recordEdit->setPlaceholderText(tr("Record title contains…"));
    m_sortBox = new QComboBox(this);
    m_sortBox->addItem(tr("Text order"));
    m_sortBox->addItem(tr("Largest impact first"));

    m_model = new QueueModel(&m_queue, &m_visible, &m_titles, &m_codes, &m_blind, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);

    auto *filters = new QFormLayout;
    filters->addRow(tr("Kind"), m_kind);
    filters->addRow(tr("State"), m_state);
    filters->addRow(tr("Code"), m_codeFilter);
    filters->addRow(tr("Record"), m_recordEdit);
    filters->addRow(tr("Sort"), m_sortBox);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setFormat(tr("%v of %m groups decided"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_progressBar);

    // Comparison and decision panel.
    m_comparison = new ComparisonView(this);
    m_comparison->installEventFilter(this);
    m_groupInfo = new QLabel(this);
    m_groupInfo->setWordWrap(true);
    m_code = new QComboBox(this);
    m_rationale = new QLineEdit(this);
    m_rationale->setPlaceholderText(tr("Rationale (R to write, Enter to return to the queue)"));
    m_rationale->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setFocusPolicy(Qt::NoFocus); // keys go to the queue, not to the buttons
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    const QString one = blind ? tr("Accept Reviewer 1  [1]") : tr("Accept %1  [A]").arg(m_project.reviewer(scope.reviewerA)->name);
    const QString two = blind ? tr("Accept Reviewer 2  [2]") : tr("Accept %1  [B]").arg(m_project.reviewer(scope.reviewerB)->name);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(one, [this] { decide(sideOutcome(1)); }));
    buttons->addWidget(button(two, [this] { decide(sideOutcome(2)); }));
    buttons->addWidget(button(tr("Both  [Space]"), [this] { decide(Outcome::AcceptBoth); }));
    buttons->addWidget(button(tr("Neither  [N]"), [this] { decide(Outcome::AcceptNeither); }));
    buttons->addWidget(button(tr("Edited span  [E]"), [this] { decide(Outcome::EditedSpan); }));
    buttons->addWidget(button(tr("Merge codes  [M]"), [this] { decide(Outcome::CodesMerged); }));
    buttons->addWidget(button(tr("Escalate  [X]"), [this] { escalate(); }));
    auto *more = new QHBoxLayout;
    more->addWidget(new QLabel(tr("Code for edit/merge:"), this));
    more->addWidget(m_code, 1);
    more->addWidget(button(tr("Undo  [U]"), [this] { undoLast(); }));
    more->addWidget(button(tr("Accept all exact  [Ctrl+Shift+A]"), [this] { acceptAllExact(); }));
    more->addWidget(button(tr("Overlay  [O]"), [this] { toggleOverlay(); }));

    m_keys = new QLabel(tr("<small><b>Keys:</b> J/K next/previous · %1 · Space both · N neither · E edited span "
                           "(select text first) · M merge codes · X escalate · U undo · O overlay · R rationale · "
                           "Ctrl+Shift+A accept all exact agreements</small>")
                            .arg(blind ? tr("1/2 accept Reviewer 1/2") : tr("A/B accept A/B")),
                        this);
    m_keys->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_groupInfo);
    rightLayout->addWidget(m_comparison, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addLayout(more);
    rightLayout->addWidget(m_rationale);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_keys);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        setKindFilter(i == 0 ? std::nullopt : std::optional(static_cast<GroupKind>(m_kind->itemData(i).toInt())));
    });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this](int i) { setStateFilter(static_cast<QueueFilter::States>(m_state->itemData(i).toInt())); });
    connect(m_codeFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        const QUuid id = m_codeFilter->itemData(i).toUuid();
        m_filter.codeId = id.isNull() ? std::nullopt : std::optional(id);
        refilter();
    });
    connect(m_recordEdit, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_recordFilter = t.trimmed();
        refilter();
    });
    connect(m_sortBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setSort(i == 0 ? Sort::TextOrder : Sort::Impact); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_row) {
                    m_row = current.row();
                    showCurrent();
                }
            });
    reload();
}

ReconcileWindow::~ReconcileWindow()
{
    // The undo commands refer to the reconciler: clear them first.
    m_undo->clear();
}

bool ReconcileWindow::reload()
{
    const QString currentKey = currentItem() ? currentItem()->group.key : QString();
    auto queue = m_reconciler->buildQueue(m_scope);
    if (!queue) {
        setMessage(queue.error(), true);
        return false;
    }
    m_queue = std::move(queue).value();
    m_titles.clear();
    for (const core::RecordSummary &r : m_project.recordSummaries())
        m_titles.insert(r.id, r.title);
    m_codes.clear();
    for (const Code &c : m_project.allCodes())
        m_codes.insert(c.id, c);
    {
        const QSignalBlocker block(m_codeFilter);
        const QVariant chosen = m_codeFilter->currentData();
        m_codeFilter->clear();
        m_codeFilter->addItem(tr("All codes"), QUuid());
        for (const Code &c : m_project.allCodes())
            m_codeFilter->addItem(c.name, c.id);
        m_codeFilter->setCurrentIndex(std::max(0, m_codeFilter->findData(chosen)));
    }
    queueRebuilt(currentKey);
    if (m_queue.blindedRecords > 0)
        setMessage(tr("%n record(s) still in independent coding are not in the queue: they can be reconciled once "
                      "both reviewers have marked them done, the round moves to reconciliation, or the lead "
                      "unblinds it.",
                      nullptr, m_queue.blindedRecords),
                   false);
    return true;
}

void ReconcileWindow::queueRebuilt(const QString &currentKey)
{
    m_progress = m_queue.progress();
    refilter();
    // Back to the group we were on, or the first open one after it.
    if (!currentKey.isEmpty())
        for (size_t r = 0; r < m_visible.size(); ++r)
            if (m_queue.items[static_cast<size_t>(m_visible[r])].group.key == currentKey)
                setCurrentRow(static_cast<int>(r));
    updateProgress();
    emit queueChanged();
}

bool ReconcileWindow::reloadRecord(const QUuid &recordId)
{
    core::reconcile::Scope one = m_scope;
    one.recordId = recordId;
    auto part = m_reconciler->buildQueue(one);
    const auto position = std::find(m_queue.records.begin(), m_queue.records.end(), recordId);
    if (!part || position == m_queue.records.end())
        return reload(); // a record new to the queue: its place needs the whole order
    const QString currentKey = currentItem() ? currentItem()->group.key : QString();
    // Items are grouped by record in queue order: swap this record's run for the new one.
    std::vector<QueueItem> &items = m_queue.items;
    const auto first = std::find_if(items.begin(), items.end(), [&](const QueueItem &i) { return i.group.recordId == recordId; });
    auto at = first;
    if (first == items.end()) { // it had no groups: insert before the next record's
        const auto later = std::next(position);
        QSet<QUuid> after(later, m_queue.records.end());
        at = std::find_if(items.begin(), items.end(), [&](const QueueItem &i) { return after.contains(i.group.recordId); });
    } else {
        at = items.erase(first, std::find_if(first, items.end(), [&](const QueueItem &i) { return i.group.recordId != recordId; }));
    }
    items.insert(at, std::make_move_iterator(part->items.begin()), std::make_move_iterator(part->items.end()));
    std::erase_if(m_queue.stale, [&](const core::reconcile::Decision &d) { return d.recordId == recordId; });
    m_queue.stale.insert(m_queue.stale.end(), part->stale.begin(), part->stale.end());
    queueRebuilt(currentKey);
    return true;
}

void ReconcileWindow::refilter()
{
    const int oldRow = m_row;
    m_visible.clear();
    for (size_t i = 0; i < m_queue.items.size(); ++i) {
        const QueueItem &item = m_queue.items[i];
        if (!m_filter.matches(item))
            continue;
        if (!m_recordFilter.isEmpty() && !m_titles.value(item.group.recordId).contains(m_recordFilter, Qt::CaseInsensitive))
            continue;
        m_visible.push_back(static_cast<int>(i));
    }
    if (m_sort == Sort::Impact)
        std::stable_sort(m_visible.begin(), m_visible.end(), [this](int x, int y) {
            return m_queue.items[static_cast<size_t>(x)].group.impact() > m_queue.items[static_cast<size_t>(y)].group.impact();
        });
    m_model->reset();
    m_row = -1;
    setCurrentRow(m_visible.empty() ? -1 : std::clamp(oldRow, 0, static_cast<int>(m_visible.size()) - 1));
}

const QueueItem *ReconcileWindow::currentItem() const
{
    if (m_row < 0 || m_row >= static_cast<int>(m_visible.size()))
        return nullptr;
    return &m_queue.items[static_cast<size_t>(m_visible[static_cast<size_t>(m_row)])];
}

int ReconcileWindow::visibleCount() const
{
    return static_cast<int>(m_visible.size());
}

void ReconcileWindow::setCurrentRow(int row)
{
    m_row = row;
    if (row >= 0) {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    showCurrent();
}

void ReconcileWindow::showCurrent()
{
    const QueueItem *item = currentItem();
    m_code->clear();
    if (!item) {
        m_groupInfo->setText(m_visible.empty() ? tr("Nothing to reconcile with these filters.") : QString());
        return;
    }
    const Group &g = item->group;
    const bool swapped = m_blind && Reconciler::blindSwapped(m_scope, g.recordId);
    auto label = [&](Side side) {
        return m_blind ? Reconciler::blindLabel(m_scope, g.recordId, side)
                       : m_project.reviewer(side == Side::A ? m_scope.reviewerA : m_scope.reviewerB)->name;
    };
    if (g.recordId != m_shownRecord) {
        // The record changes: show both reviewers' codings on the whole record.
        const auto record = m_project.record(g.recordId);
        ComparisonView::Layer a{label(Side::A), m_project.codings({g.recordId, m_scope.reviewerA, {}, {}})};
        ComparisonView::Layer b{label(Side::B), m_project.codings({g.recordId, m_scope.reviewerB, {}, {}})};
        if (swapped)
            std::swap(a, b); // Reviewer 1 on the left
        m_comparison->setRecord(record ? record->text : QString(), a, b, m_codes);
        m_shownRecord = g.recordId;
    }
    std::vector<core::Span> extents;
    for (int i : m_visible)
        if (m_queue.items[static_cast<size_t>(i)].group.recordId == g.recordId)
            extents.push_back(m_queue.items[static_cast<size_t>(i)].group.extent);
    m_comparison->setDisagreements(extents);
    m_comparison->focusSpan(g.extent);

    for (const QUuid &id : g.codeIds())
        m_code->addItem(m_codes.value(id).name, id);
    for (const Code &c : m_codes)
        if (m_code->findData(c.id) < 0)
            m_code->addItem(c.name, c.id);

    QStringList lines;
    lines << tr("<b>%1</b> — %2 · %3 · impact %4 code points · group %5")
                 .arg(m_titles.value(g.recordId).toHtmlEscaped(),
                      m_blind ? Reconciler::blindKindLabel(m_scope, g) : kindLabel(g.kind), stateName(item->state))
                 .arg(g.impact())
                 .arg(g.key);
    for (Side side : swapped ? std::vector{Side::B, Side::A} : std::vector{Side::A, Side::B}) {
        QStringList codings;
        for (const Coding &c : g.side(side))
            codings << QStringLiteral("%1 [%2, %3)").arg(m_codes.value(c.codeId).name.toHtmlEscaped()).arg(c.span.start).arg(c.span.end);
        lines << QStringLiteral("%1: %2").arg(label(side).toHtmlEscaped(), codings.isEmpty() ? QStringLiteral("—") : codings.join(QStringLiteral(", ")));
    }
    if (item->escalation)
        lines << tr("Escalated: %1").arg(item->escalation->note.toHtmlEscaped());
    if (g.codeMissingFromOther)
        lines << tr("The other reviewer's codebook does not have this code.");
    m_groupInfo->setText(lines.join(QStringLiteral("<br>")));
}

void ReconcileWindow::updateProgress()
{
    m_progressBar->setMaximum(std::max(m_progress.groups, 1));
    m_progressBar->setValue(m_progress.decided);
    m_progressBar->setToolTip(tr("%1 of %2 records reconciled; %3 escalated; %4 stale")
                                  .arg(m_progress.recordsReconciled)
                                  .arg(m_progress.records)
                                  .arg(m_progress.escalated)
                                  .arg(m_progress.stale));
}

void ReconcileWindow::setMessage(const QString &text, bool error)
{
    m_status->setText(error ? QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(text.toHtmlEscaped())
                            : text.toHtmlEscaped());
    m_status->setProperty("error", error);
}

QString ReconcileWindow::message() const
{
    return m_status->text();
}

void ReconcileWindow::setKindFilter(std::optional<GroupKind> kind)
{
    m_filter.kinds.clear();
    if (kind) {
        m_filter.kinds.insert(*kind);
        // In blind mode one-sided groups are one choice, whichever side they are.
        if (m_blind && (*kind == GroupKind::AOnly || *kind == GroupKind::BOnly))
            m_filter.kinds = {GroupKind::AOnly, GroupKind::BOnly};
    }
    refilter();
}

void ReconcileWindow::setStateFilter(QueueFilter::States states)
{
    m_filter.states = states;
    refilter();
}

void ReconcileWindow::setSort(Sort sort)
{
    m_sort = sort;
    refilter();
}

void ReconcileWindow::next()
{
    if (m_row + 1 < static_cast<int>(m_visible.size()))
        setCurrentRow(m_row + 1);
}

void ReconcileWindow::previous()
{
    if (m_row > 0)
        setCurrentRow(m_row - 1);
}

Outcome ReconcileWindow::sideOutcome(int reviewerNumber) const
{
    const QueueItem *item = currentItem();
    const bool swapped = m_blind && item && Reconciler::blindSwapped(m_scope, item->group.recordId);
    return (reviewerNumber == 1) != swapped ? Outcome::AcceptA : Outcome::AcceptB;
}

bool ReconcileWindow::decide(Outcome outcome)
{
    const QueueItem *item = currentItem();
    if (!item) {
        setMessage(tr("Choose a group first."), true);
        return false;
    }
    if (item->state == ItemState::Decided) {
        setMessage(tr("This group is decided already; undo (U) to decide again."), true);
        return false;
    }
    DecisionInput input;
    input.outcome = outcome;
    input.rationale = m_rationale->text();
    input.codeId = m_code->currentData().toUuid();
    if (outcome == Outcome::EditedSpan) {
        const auto span = m_comparison->selectedSpan();
        if (!span) {
            setMessage(tr("Select the text of the edited span first (in the left text, or in the overlay)."), true);
            return false;
        }
        input.spans = {*span};
    }
    const int before = m_undo->count();
    const QUuid recordId = item->group.recordId;
    m_undo->push(new DecideGroup(*m_reconciler, m_scope, item->group, input, [this, recordId](const QString &e) {
        m_commandError = e;
        reloadRecord(recordId);
    }));
    if (m_undo->count() == before) { // the command failed and the stack dropped it
        setMessage(tr("Not decided: %1").arg(m_commandError), true);
        return false;
    }
    m_rationale->clear();
    setMessage(tr("%1 — %2").arg(outcomeLabel(outcome), tr("decided")), false);
    // On to the next open group.
    if (m_filter.states == QueueFilter::States::All)
        next();
    return true;
}

bool ReconcileWindow::acceptAllExact()
{
    auto *command = new DecideGroup(*m_reconciler, m_scope, [this](const QString &e) {
        m_commandError = e;
        reload();
    });
    const int before = m_undo->count();
    m_undo->push(command);
    if (m_undo->count() == before) {
        setMessage(tr("There are no open exact agreements to accept."), false);
        return false;
    }
    setMessage(tr("Accepted %1 exact agreement(s); U undoes them together.").arg(command->decisionCount()), false);
    return true;
}

bool ReconcileWindow::escalate()
{
    const QueueItem *item = currentItem();
    if (!item)
        return false;
    auto e = m_reconciler->escalate(m_scope, item->group, m_rationale->text());
    if (!e) {
        setMessage(e.error(), true);
        return false;
    }
    const QUuid recordId = item->group.recordId;
    m_rationale->clear();
    setMessage(tr("Escalated to the adjudicator."), false);
    reloadRecord(recordId);
    return true;
}

void ReconcileWindow::undoLast()
{
    if (!m_undo->canUndo()) {
        setMessage(tr("Nothing to undo."), false);
        return;
    }
    m_undo->undo();
    if (m_commandError.isEmpty())
        setMessage(tr("Undone."), false);
    else
        setMessage(tr("Could not undo: %1").arg(m_commandError), true);
}

void ReconcileWindow::toggleOverlay()
{
    m_comparison->setMode(m_comparison->mode() == ComparisonView::Mode::Overlay ? ComparisonView::Mode::SideBySide
                                                                                : ComparisonView::Mode::Overlay);
}

bool ReconcileWindow::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_A)
        return acceptAllExact(), true;
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key) {
    case Qt::Key_J: next(); return true;
    case Qt::Key_K: previous(); return true;
    case Qt::Key_A:
        if (m_blind)
            return false;
        decide(Outcome::AcceptA);
        return true;
    case Qt::Key_B:
        if (m_blind)
            return false;
        decide(Outcome::AcceptB);
        return true;
    case Qt::Key_1:
    case Qt::Key_2:
        if (!m_blind)
            return false;
        decide(sideOutcome(key == Qt::Key_1 ? 1 : 2));
        return true;
    case Qt::Key_Space: decide(Outcome::AcceptBoth); return true;
    case Qt::Key_N: decide(Outcome::AcceptNeither); return true;
    case Qt::Key_E: decide(Outcome::EditedSpan); return true;
    case Qt::Key_M: decide(Outcome::CodesMerged); return true;
    case Qt::Key_X: escalate(); return true;
    case Qt::Key_U: undoLast(); return true;
    case Qt::Key_O: toggleOverlay(); return true;
    case Qt::Key_R: m_rationale->setFocus(); return true;
    default: return false;
    }
}

bool ReconcileWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_rationale) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Escape) {
            m_view->setFocus();
            return true;
        }
        return false; // typing goes into the field
    }
    if (handleKey(key->key(), key->modifiers()))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace dyad::ui
