#include "ui/shell/recordnavigator.h"

#include "ui/commands/changerecordstatus.h"
#include "ui/document.h"
#include "ui/shell/docklayout.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/windowactions.h"
#include "ui/workbench/recordfiltermodel.h"
#include "ui/workbench/recordlistmodel.h"
#include "ui/workbench/recordmemodock.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include "core/model/project.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace dyad::ui {

RecordNavigator::RecordNavigator(MainWindow *window, DockLayout *docks)
    : QObject(window)
    , m_window(window)
    , m_docks(docks)
{
    const auto make = [window](auto &&...args) { return makeWindowAction(window, args...); };
    connect(make("findRecords", tr("&Find Records…"), QKeySequence::Find, QStringLiteral("picker")),
            &QAction::triggered, this, [docks] {
                docks->search()->setFocus();
                docks->search()->selectAll();
            });
    connect(make("markDone", tr("Mark Record &Done"), QKeySequence(tr("Ctrl+Return")), QStringLiteral("done")),
            &QAction::triggered, this, &RecordNavigator::markRecordDone);
    connect(make("nextUncoded", tr("Next &Uncoded Record"), QKeySequence(Qt::Key_F8), QStringLiteral("next-uncoded")),
            &QAction::triggered, this, &RecordNavigator::nextUncodedRecord);
    connect(make("nextRecord", tr("Ne&xt Record"), QKeySequence(tr("Ctrl+PgDown"))), &QAction::triggered, this,
            [this] { stepRecord(+1); });
    connect(make("previousRecord", tr("&Previous Record"), QKeySequence(tr("Ctrl+PgUp"))), &QAction::triggered,
            this, [this] { stepRecord(-1); });
    connect(make("recordMemo", tr("Edit Record M&emo"), QKeySequence(tr("Ctrl+Alt+M"))), &QAction::triggered, this,
            [docks] {
                docks->recordMemo()->show();
                docks->recordMemo()->raise();
                docks->recordMemo()->editor()->setFocus();
            });

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(docks->search(), &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &RecordNavigator::applyRecordFilters);
    for (QComboBox *combo : {docks->roundFilter(), docks->statusFilter(), docks->codedFilter()})
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordNavigator::applyRecordFilters);
    // Counts arrive after the window shows (large projects count off the GUI thread): a
    // coded/uncoded filter then applies to the real figures.
    connect(window->recordListModel(), &RecordListModel::countsChanged, this, [this] {
        if (m_docks->codedFilter()->currentIndex() > 0)
            applyRecordFilters();
    });
}

void RecordNavigator::listChanged()
{
    // (Only once the view has the document: setDocument() attaches the models first.)
    Document *document = m_window->document();
    RecordView *view = m_window->recordView();
    QTreeView *list = m_docks->recordList();
    if (document && view->document() == document && !list->currentIndex().isValid()) {
        // After an import the list is rebuilt: the record on screen stays the current row.
        const QUuid shown = view->recordId();
        RecordFilterModel *filter = m_window->recordFilterModel();
        const QModelIndex row = shown.isNull() ? filter->index(0, 0)
                                               : filter->mapFromSource(m_window->recordListModel()->indexOf(shown));
        if (row.isValid())
            list->setCurrentIndex(row);
    }
}

void RecordNavigator::documentChanged(const core::ChangeEvent &event)
{
    using Kind = core::ChangeEvent::Kind;
    if (event.kind == Kind::RoundChanged || event.kind == Kind::Reset)
        refreshRoundFilter(); // Reset: another process may have added a round
    if (event.kind == Kind::Reset) { // a reloaded record list lost its current row: the record shown
        const QModelIndex shown = m_window->recordFilterModel()->mapFromSource(
            m_window->recordListModel()->indexOf(m_window->recordView()->recordId()));
        QTreeView *list = m_docks->recordList();
        if (shown.isValid() && list->currentIndex() != shown) {
            const QSignalBlocker blocker(list->selectionModel());
            list->setCurrentIndex(shown);
        }
    }
}

void RecordNavigator::refreshRoundFilter()
{
    QComboBox *rounds = m_docks->roundFilter();
    const QUuid selected = rounds->currentData().toUuid();
    const QSignalBlocker blocker(rounds);
    rounds->clear();
    rounds->addItem(tr("All records"));
    if (Document *document = m_window->document())
        for (const core::Round &r : document->project().rounds())
            rounds->addItem(r.name, r.id);
    const int i = rounds->findData(selected);
    rounds->setCurrentIndex(i >= 0 ? i : 0);
}

void RecordNavigator::applyRecordFilters()
{
    if (!m_window->document())
        return;
    RecordView *view = m_window->recordView();
    RecordFilterModel *filter = m_window->recordFilterModel();
    QTreeView *list = m_docks->recordList();
    const QString search = m_docks->search()->text();
    const QUuid current = view->recordId();
    filter->setRound(m_docks->roundFilter()->currentData().toUuid());
    const QVariant status = m_docks->statusFilter()->currentData();
    filter->setStatus(status.isValid() ? std::optional(static_cast<core::RecordStatus>(status.toInt()))
                                       : std::nullopt);
    filter->setCoded(static_cast<RecordFilterModel::Coded>(m_docks->codedFilter()->currentData().toInt()));
    QString error;
    if (!filter->setSearch(search, &error))
        m_window->statusBar()->showMessage(error, 5000);
    view->setSearchText(search);
    m_window->updateActions(); // Code All Hits needs a search
    const QModelIndex proxy = filter->mapFromSource(m_window->recordListModel()->indexOf(current));
    if (proxy.isValid()) {
        const QSignalBlocker blocker(list->selectionModel());
        list->setCurrentIndex(proxy);
        list->scrollTo(proxy);
    }
    m_window->updateStatusBar();
}

void RecordNavigator::showRecord(const QUuid &recordId)
{
    const QModelIndex proxy =
        m_window->recordFilterModel()->mapFromSource(m_window->recordListModel()->indexOf(recordId));
    if (proxy.isValid()) {
        m_docks->recordList()->setCurrentIndex(proxy);
        m_docks->recordList()->scrollTo(proxy);
    } else {
        m_window->recordView()->setRecord(recordId); // filtered out of the list, but still shown
    }
}

void RecordNavigator::stepRecord(int direction)
{
    RecordFilterModel *filter = m_window->recordFilterModel();
    const int rows = filter->rowCount();
    if (rows == 0)
        return;
    QTreeView *list = m_docks->recordList();
    const int next = std::clamp(list->currentIndex().row() + direction, 0, rows - 1);
    list->setCurrentIndex(filter->index(next, 0));
}

void RecordNavigator::nextUncodedRecord()
{
    RecordFilterModel *filter = m_window->recordFilterModel();
    const RecordListModel *records = m_window->recordListModel();
    QTreeView *list = m_docks->recordList();
    const int rows = filter->rowCount();
    const int start = list->currentIndex().row();
    for (int i = 1; i <= rows; ++i) {
        const int row = (start + i + rows) % rows;
        const int source = filter->mapToSource(filter->index(row, 0)).row();
        if (records->codingCount(source) == 0 && records->status(source) != core::RecordStatus::Done) {
            list->setCurrentIndex(filter->index(row, 0));
            list->scrollTo(filter->index(row, 0));
            m_window->recordView()->textEdit()->setFocus();
            return;
        }
    }
    m_window->statusBar()->showMessage(tr("Every record in the list is coded or done."), 5000);
}

void RecordNavigator::markRecordDone()
{
    Document *document = m_window->document();
    const QUuid record = m_window->recordView()->recordId();
    if (!document || record.isNull())
        return;
    const auto round = document->project().activeRoundFor(record, document->reviewerId());
    if (!round) {
        m_window->statusBar()->showMessage(tr("This record is not assigned to you in an open round."), 5000);
        return;
    }
    document->push(new ChangeRecordStatus(document, *round, record, core::RecordStatus::Done));
    m_window->statusBar()->showMessage(tr("Marked done. F8 goes to the next uncoded record."), 4000);
}

AssignRecordsDialog::RecordList RecordNavigator::recordList() const
{
    const RecordFilterModel *filter = m_window->recordFilterModel();
    AssignRecordsDialog::RecordList list;
    for (const QModelIndex &index : m_docks->recordList()->selectionModel()->selectedRows())
        list.selected.push_back(index.data(RecordListModel::RecordIdRole).toUuid());
    for (int row = 0; row < filter->rowCount(); ++row)
        list.filtered.push_back(filter->index(row, 0).data(RecordListModel::RecordIdRole).toUuid());
    QStringList words;
    const QString search = m_docks->search()->text().trimmed();
    if (!search.isEmpty())
        words << tr("search “%1”").arg(search);
    for (const QComboBox *box : {m_docks->roundFilter(), m_docks->statusFilter(), m_docks->codedFilter()})
        if (box && box->currentIndex() > 0)
            words << box->currentText();
    list.filterDescription = words.isEmpty() ? tr("no filter") : words.join(QStringLiteral(", "));
    return list;
}

} // namespace dyad::ui
