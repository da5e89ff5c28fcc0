#include "ui/reconcile/reconcilewindow.h"

#include "ui/document.h"

#include "core/model/project.h"
#include "ui/reconcile/comparisonview.h"
#include "ui/commands/decidegroup.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace dyad::ui {

using namespace core::reconcile;
using core::Code;
using core::Coding;

namespace {

QString stateText(ItemState state)
{
    switch (state) {
    case ItemState::Open: return ReconcileWindow::tr("open");
    case ItemState::Decided: return ReconcileWindow::tr("decided");
    case ItemState::Escalated: return ReconcileWindow::tr("escalated");
    }
    return {};
}

} // namespace

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
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::ToolTipRole && section == Impact)
            return ReconcileWindow::tr("Characters coded differently by the two reviewers");
        if (role != Qt::DisplayRole)
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
            return item.decision ? QStringLiteral("%1: %2").arg(stateText(item.state), outcomeLabel(item.decision->outcome))
                                 : stateText(item.state);
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

ReconcileWindow::ReconcileWindow(Document &document, DecisionStore &store, const Scope &scope, bool blind,
                                 QWidget *parent)
    : QWidget(parent), m_document(&document), m_project(document.project()), m_reconciler(std::make_unique<Reconciler>(m_project, store)),
      m_scope(scope), m_blind(blind)
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
    m_view->setObjectName(QStringLiteral("ReconcileQueue"));
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Kind and state are read at a glance: they keep their full width; titles give way.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QueueModel::Record, QHeaderView::Stretch);
    for (int c : {QueueModel::Kind, QueueModel::State, QueueModel::Impact})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QueueModel::Codes, QHeaderView::Interactive);
    header->resizeSection(QueueModel::Codes, 130);
    m_view->setMinimumWidth(360);
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
    m_groupInfo->setObjectName(QStringLiteral("GroupInfo"));
    m_groupInfo->setWordWrap(true);
    m_definitions = new QWidget(this);
    m_definitions->setObjectName(QStringLiteral("CodeDefinitions"));
    auto *definitionsLayout = new QHBoxLayout(m_definitions);
    definitionsLayout->setContentsMargins(0, 0, 0, 0);
    m_leftDefinition = new QLabel(m_definitions);
    m_rightDefinition = new QLabel(m_definitions);
    for (QLabel *l : {m_leftDefinition, m_rightDefinition}) {
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        l->setFrameShape(QFrame::StyledPanel);
        l->setMargin(4);
        definitionsLayout->addWidget(l, 1);
    }
    m_definitions->hide();
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
    // Two rows of four, so the window fits a 1024-px screen.
    auto *buttons = new QGridLayout;
    m_acceptOne = button(one, [this] { decide(sideOutcome(1)); });
    m_acceptTwo = button(two, [this] { decide(sideOutcome(2)); });
    m_acceptBoth = button(tr("Both  [Space]"), [this] { decide(Outcome::AcceptBoth); });
    m_acceptNeither = button(tr("Neither  [N]"), [this] { decide(Outcome::AcceptNeither); });
    m_editSpan = button(tr("Edited span  [E]"), [this] { decide(Outcome::EditedSpan); });
    m_mergeCodes = button(tr("Merge codes  [M]"), [this] { decide(Outcome::CodesMerged); });
    m_escalate = button(tr("Escalate  [X]"), [this] { escalate(); });
    int cell = 0;
    for (QPushButton *b : {m_acceptOne, m_acceptTwo, m_acceptBoth, m_acceptNeither, m_editSpan, m_mergeCodes, m_escalate,
                           button(tr("Undo  [U]"), [this] { undoLast(); })}) {
        buttons->addWidget(b, cell / 4, cell % 4);
        ++cell;
    }
    auto *more = new QHBoxLayout;
    more->addWidget(new QLabel(tr("Code for edit/merge:"), this));
    more->addWidget(m_code, 1);
    more->addWidget(button(tr("Accept all exact  [Ctrl+Shift+A]"), [this] { acceptAllExact(); }));
    more->addWidget(button(tr("Overlay  [O]"), [this] { toggleOverlay(); }));
    // Long code names must not widen the window.
    for (QComboBox *combo : {m_code, m_codeFilter, m_kind, m_state, m_sortBox}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }

    m_keys = new QLabel(tr("<small><b>Keys:</b> J/K next/previous · %1 · Space both · N neither · E edited span "
                           "(select text first) · M merge codes · X escalate · U undo · O overlay · R rationale · "
                           "Ctrl+Shift+A accept all exact agreements</small>")
                            .arg(blind ? tr("1/2 accept Reviewer 1/2") : tr("A/B accept A/B")),
                        this);
    m_keys->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_groupInfo);
    rightLayout->addWidget(m_definitions);
    rightLayout->addWidget(m_comparison, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addLayout(more);
    rightLayout->addWidget(m_rationale);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_keys);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_splitter);

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
    // The decision keys work while a filter list has the focus too (they never change the
    // filter); Enter or Escape in a filter goes back to the queue.
    for (QWidget *filter : std::initializer_list<QWidget *>{m_kind, m_state, m_codeFilter, m_sortBox, m_recordEdit})
        filter->installEventFilter(this);
    m_kind->setObjectName(QStringLiteral("KindFilter"));
    m_state->setObjectName(QStringLiteral("StateFilter"));
    m_codeFilter->setObjectName(QStringLiteral("CodeFilter"));
    m_sortBox->setObjectName(QStringLiteral("SortOrder"));
    m_recordEdit->setObjectName(QStringLiteral("RecordFilter"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_row) {
                    m_row = current.row();
                    showCurrent();
                }
            });
    // Follow what the workbench and other processes (dyad-cli, a colleague's window, a team
    // server's notices) write, through the document's change events like every other view:
    // the queue never offers a group on a stale snapshot.
    connect(&document, &Document::changed, this, &ReconcileWindow::projectChanged);
    reload();
    // The window opens ready for J/K and A/B/N: the queue has the focus, not the first filter.
    m_view->setFocus(Qt::OtherFocusReason);
}

void ReconcileWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!focusWidget() || qobject_cast<QComboBox *>(focusWidget()))
        m_view->setFocus(Qt::OtherFocusReason);
    // The queue gets two fifths of the window: kinds and states are readable in full.
    const int total = m_splitter->width();
    if (total > 0 && m_splitter->sizes().value(0) < 460)
        m_splitter->setSizes({std::max(460, total * 2 / 5), total - std::max(460, total * 2 / 5)});
}

ReconcileWindow::~ReconcileWindow()
{
    // The undo commands refer to the reconciler: clear them first.
    m_undo->clear();
}

void ReconcileWindow::projectChanged(const core::ChangeEvent &event)
{
    if (m_ownWrite)
        return;
    using Kind = core::ChangeEvent::Kind;
    switch (event.kind) {
    case Kind::CodingAdded:
    case Kind::CodingChanged:
    case Kind::CodingRemoved:
        if (event.recordId.isNull())
            m_changedAll = true;
        else
            m_changedRecords.insert(event.recordId);
        break;
    case Kind::RecordChanged: // a new text version moved the codings
        m_changedRecords.insert(event.id);
        break;
    case Kind::ReviewerAdded:
        return;
    case Kind::RecordsAdded:
    case Kind::CodeAdded:
    case Kind::CodeChanged:
    case Kind::CodeRemoved:
    case Kind::AssignmentChanged:
    case Kind::RoundChanged:
    case Kind::Reset: // another process: "something changed", so everything is looked at again
        m_changedAll = true;
        break;
    }
    // Not from inside core's notification: once, after the writer's transaction has returned.
    if (!m_followScheduled) {
        m_followScheduled = true;
        QTimer::singleShot(0, this, [this] { followChanges(); });
    }
}

bool ReconcileWindow::followChanges()
{
    m_followScheduled = false;
    if (!m_changedAll && m_changedRecords.isEmpty())
        return true;
    const QueueItem *before = currentItem();
    const QString key = before ? before->group.key : QString();
    const ItemState state = before ? before->state : ItemState::Open;
    const QString title = before ? m_titles.value(before->group.recordId) : QString();
    if (m_changedAll || m_changedRecords.contains(m_shownRecord))
        m_shownRecord = QUuid(); // the comparison shows the codings as they are now
    const bool all = std::exchange(m_changedAll, false);
    const QSet<QUuid> records = std::exchange(m_changedRecords, {});
    if (all) {
        reload();
    } else {
        for (const QUuid &id : records)
            reloadRecord(id);
    }
    if (key.isEmpty())
        return true;
    const auto now = std::find_if(m_queue.items.cbegin(), m_queue.items.cend(),
                                  [&](const QueueItem &i) { return i.group.key == key; });
    if (now == m_queue.items.cend()) {
        setMessage(tr("The group you were on (%1) was changed elsewhere: its codings are no longer the same. "
                      "Showing the queue as it is now.")
                       .arg(title),
                   true);
        return false;
    }
    if (now->state != state) {
        QString what;
        if (now->decision) {
            const auto decider = m_project.reviewer(now->decision->decidedBy);
            // The side by its label on screen ("Reviewer 1" when blind), not "Accept A".
            const Outcome o = now->decision->outcome;
            const QString outcome = o == Outcome::AcceptA || o == Outcome::AcceptB
                ? tr("accepted %1").arg(sideLabel(now->group, o == Outcome::AcceptA ? Side::A : Side::B))
                : outcomeLabel(o);
            what = tr("decided elsewhere (%1 by %2)").arg(outcome, decider ? decider->name : tr("unknown"));
        } else if (now->state == ItemState::Escalated) {
            what = tr("escalated elsewhere");
        } else {
            what = tr("reopened elsewhere (its decision was undone)");
        }
        setMessage(tr("The group you were on (%1) was %2. Nothing was decided here.").arg(title, what), true);
        return false;
    }
    return true;
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
        // Not with the selection model's signals blocked: the view repaints from them (the
        // previous row stayed painted as selected). m_row is set, so the current-row
        // handler does not show the group a second time.
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    showCurrent();
}

QString ReconcileWindow::sideLabel(const Group &g, Side side) const
{
    if (m_blind)
        return Reconciler::blindLabel(m_scope, g.recordId, side);
    const auto reviewer = m_project.reviewer(side == Side::A ? m_scope.reviewerA : m_scope.reviewerB);
    return reviewer ? reviewer->name : QString();
}

void ReconcileWindow::showCurrent()
{
    const QueueItem *item = currentItem();
    m_code->clear();
    const QString key = item ? item->group.key : QString();
    if (key != m_shownKey) {
        // A message about the previous group (a refusal in red) does not belong to this one.
        m_shownKey = key;
        setMessage(QString(), false);
    }
    updateButtons();
    if (!item) {
        m_groupInfo->setText(m_visible.empty() ? tr("Nothing to reconcile with these filters.") : QString());
        m_definitions->hide();
        return;
    }
    const Group &g = item->group;
    const bool swapped = m_blind && Reconciler::blindSwapped(m_scope, g.recordId);
    auto label = [&](Side side) { return sideLabel(g, side); };
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
    const int differing = static_cast<int>(g.impact());
    lines << tr("<b>%1</b> — %2 · %3 · %4")
                 .arg(m_titles.value(g.recordId).toHtmlEscaped(),
                      m_blind ? Reconciler::blindKindLabel(m_scope, g) : kindLabel(g.kind), stateText(item->state),
                      differing == 0 ? tr("same codes on the same text")
                      : differing == 1 ? tr("1 character coded differently")
                                       : tr("%1 characters coded differently").arg(differing));
    for (Side side : swapped ? std::vector{Side::B, Side::A} : std::vector{Side::A, Side::B}) {
        QStringList codings;
        for (const Coding &c : g.side(side))
            codings << QStringLiteral("%1 [%2, %3)").arg(m_codes.value(c.codeId).name.toHtmlEscaped()).arg(c.span.start).arg(c.span.end);
        lines << QStringLiteral("%1: %2").arg(label(side).toHtmlEscaped(), codings.isEmpty() ? QStringLiteral("—") : codings.join(QStringLiteral(", ")));
    }
    if (const auto &d = item->decision) {
        QString outcome;
        switch (d->outcome) {
        case Outcome::AcceptA: outcome = tr("accepted %1").arg(label(Side::A).toHtmlEscaped()); break;
        case Outcome::AcceptB: outcome = tr("accepted %1").arg(label(Side::B).toHtmlEscaped()); break;
        case Outcome::AcceptBoth: outcome = tr("accepted both"); break;
        case Outcome::AcceptNeither: outcome = tr("accepted neither"); break;
        case Outcome::EditedSpan: outcome = tr("edited span"); break;
        case Outcome::CodesMerged: outcome = tr("codes merged"); break;
        }
        QStringList consensus;
        for (const core::reconcile::ConsensusCoding &c : d->after)
            consensus << QStringLiteral("%1 [%2, %3)").arg(c.codeName.toHtmlEscaped()).arg(c.span.start).arg(c.span.end);
        const auto decider = m_project.reviewer(d->decidedBy);
        lines << tr("<b>Decided:</b> %1 by %2, %3").arg(outcome, decider ? decider->name.toHtmlEscaped() : tr("unknown"),
                                                        QLocale().toString(d->decidedAt.toLocalTime(), QLocale::ShortFormat));
        lines << tr("Consensus: %1").arg(consensus.isEmpty() ? tr("nothing") : consensus.join(QStringLiteral(", ")));
        lines << tr("Rationale: %1").arg(d->rationale.isEmpty() ? tr("<i>none given</i>") : d->rationale.toHtmlEscaped());
    }
    if (item->escalation)
        lines << tr("Escalated: %1").arg(item->escalation->note.toHtmlEscaped());
    if (g.codeMissingFromOther)
        lines << tr("The other reviewer's codebook does not have this code.");
    m_groupInfo->setText(lines.join(QStringLiteral("<br>")));
    showDefinitions(g);
}

void ReconcileWindow::showDefinitions(const Group &g)
{
    if (g.kind != GroupKind::CodeConflict && g.kind != GroupKind::CodebookMismatch) {
        m_definitions->hide();
        return;
    }
    const bool swapped = m_blind && Reconciler::blindSwapped(m_scope, g.recordId);
    auto describe = [&](Side side) {
        QStringList parts;
        std::vector<QUuid> shown;
        for (const Coding &c : g.side(side)) {
            if (std::find(shown.begin(), shown.end(), c.codeId) != shown.end())
                continue;
            shown.push_back(c.codeId);
            const Code code = m_codes.value(c.codeId);
            QString html = QStringLiteral("<b>%1</b>").arg(code.name.toHtmlEscaped());
            html += QStringLiteral("<br>") + (code.definition.isEmpty() ? tr("<i>No definition.</i>")
                                                                         : code.definition.toHtmlEscaped());
            if (!code.useWhen.isEmpty())
                html += QStringLiteral("<br>") + tr("<i>Use when:</i> %1").arg(code.useWhen.toHtmlEscaped());
            if (!code.doNotUseWhen.isEmpty())
                html += QStringLiteral("<br>") + tr("<i>Do not use when:</i> %1").arg(code.doNotUseWhen.toHtmlEscaped());
            parts << html;
        }
        return tr("%1's code").arg(sideLabel(g, side).toHtmlEscaped()) + QStringLiteral(":<br>")
            + (parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("<br><br>")));
    };
    m_leftDefinition->setText(describe(swapped ? Side::B : Side::A));
    m_rightDefinition->setText(describe(swapped ? Side::A : Side::B));
    m_definitions->show();
}

QString ReconcileWindow::refusal(Outcome outcome) const
{
    const QueueItem *item = currentItem();
    if (!item)
        return tr("Choose a group first.");
    if (item->state == ItemState::Decided)
        return tr("This group is decided already; undo (U) to decide again.");
    const Group &g = item->group;
    const bool oneSided = g.kind == GroupKind::AOnly || g.kind == GroupKind::BOnly;
    if ((outcome == Outcome::AcceptA && g.a.empty()) || (outcome == Outcome::AcceptB && g.b.empty()))
        return tr("%1 did not code this text: accept the other reviewer, or Neither (N).")
            .arg(sideLabel(g, outcome == Outcome::AcceptA ? Side::A : Side::B));
    if (outcome == Outcome::AcceptBoth && oneSided)
        return tr("Only one reviewer coded this text: accept that reviewer, or Neither (N).");
    if (outcome == Outcome::CodesMerged && g.kind != GroupKind::CodeConflict && g.kind != GroupKind::CodebookMismatch)
        return tr("Merging codes is for groups where the reviewers used different codes.");
    return {};
}

void ReconcileWindow::updateButtons()
{
    const QueueItem *item = currentItem();
    const bool open = item && item->state != ItemState::Decided;
    m_acceptOne->setEnabled(open && refusal(sideOutcome(1)).isEmpty());
    m_acceptTwo->setEnabled(open && refusal(sideOutcome(2)).isEmpty());
    m_acceptBoth->setEnabled(open && refusal(Outcome::AcceptBoth).isEmpty());
    m_acceptNeither->setEnabled(open);
    m_editSpan->setEnabled(open);
    m_mergeCodes->setEnabled(open && refusal(Outcome::CodesMerged).isEmpty());
    m_escalate->setEnabled(open && item->state != ItemState::Escalated);
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
    // Never decide on a stale snapshot: look at the file once more first.
    m_document->checkExternalChanges();
    if (!followChanges())
        return false;
    const QueueItem *item = currentItem();
    if (const QString why = refusal(outcome); !why.isEmpty()) {
        setMessage(why, true);
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
    const QScopedValueRollback own(m_ownWrite, true);
    m_undo->push(new DecideGroup(*m_reconciler, m_scope, item->group, input, [this, recordId](const QString &e) {
        m_commandError = e;
        reloadRecord(recordId);
    }));
    if (m_undo->count() == before) { // the command failed and the stack dropped it
        setMessage(tr("Not decided: %1").arg(m_commandError), true);
        return false;
    }
    m_rationale->clear();
    // On to the next open group (with the open filter the decided one has left the list).
    if (m_filter.states == QueueFilter::States::All)
        next();
    setMessage(tr("Previous group decided: %1.").arg(outcomeLabel(outcome)), false);
    return true;
}

bool ReconcileWindow::acceptAllExact()
{
    auto *command = new DecideGroup(*m_reconciler, m_scope, [this](const QString &e) {
        m_commandError = e;
        reload();
    });
    m_document->checkExternalChanges();
    followChanges();
    const int before = m_undo->count();
    const QScopedValueRollback own(m_ownWrite, true);
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
    m_document->checkExternalChanges();
    if (!followChanges())
        return false;
    const QueueItem *item = currentItem();
    if (!item)
        return false;
    const QScopedValueRollback own(m_ownWrite, true);
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
    {
        const QScopedValueRollback own(m_ownWrite, true);
        m_undo->undo();
    }
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
    const bool backToQueue = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Escape;
    if (watched == m_rationale || watched == m_recordEdit) {
        if (backToQueue) {
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false; // typing goes into the field
    }
    if (qobject_cast<QComboBox *>(watched)) {
        if (backToQueue) {
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_F4:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            return false; // the list's own keys
        default:
            break;
        }
    }
    if (handleKey(key->key(), key->modifiers()))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace dyad::ui
