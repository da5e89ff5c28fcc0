#pragma once

#include "core/reconcile/reconciler.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoStack;

namespace dyad::core {
class Project;
struct ChangeEvent;
}

namespace dyad::ui {

class ComparisonView;
class Document;
class QueueModel;

/**
 * The reconciliation screen: the queue of groups of two reviewers (filter by type, code,
 * record and state; sort by text order or impact), the comparison of the current record,
 * a rationale field, span editing, code merge, escalation and a progress bar. Driven from
 * the keyboard; the keys are shown on screen:
 *
 *   J / K  next / previous group        A / B  accept A / B (1 / 2 when blind)
 *   Space  accept both                  N      accept neither
 *   E      edited span (the selection, with the chosen code)
 *   M      merge codes (consensus uses the chosen code)
 *   X      escalate (the rationale is the note)    U  undo
 *   O      overlay / side by side       R      write a rationale (Enter returns)
 *   Ctrl+Shift+A  accept all exact agreements
 */
class ReconcileWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Sort { TextOrder, Impact };

    /** Writes Consensus codings and decisions into @p document's project, so it holds the document. */
    ReconcileWindow(Document &document, core::reconcile::DecisionStore &store, const core::reconcile::Scope &scope,
                    bool blind, QWidget *parent = nullptr);
    ~ReconcileWindow() override;

    /** Rebuilds the queue from the project, keeping the current group when it still exists. */
    bool reload();
    /**
     * Rebuilds only one record's groups (after a decision on it), keeping the rest of the
     * queue: deciding stays instant on a project with 100,000 groups.
     */
    bool reloadRecord(const QUuid &recordId);

    const core::reconcile::QueueItem *currentItem() const;
    int visibleCount() const;
    const core::reconcile::Progress &progress() const { return m_progress; }
    /** The whole queue, before filters and sorting. */
    const core::reconcile::Queue &queue() const { return m_queue; }
    QString message() const;
    bool isBlind() const { return m_blind; }

    void setKindFilter(std::optional<core::reconcile::GroupKind> kind);
    void setStateFilter(core::reconcile::QueueFilter::States states);
    void setSort(Sort sort);

    QTableView *queueView() const { return m_view; }
    ComparisonView *comparison() const { return m_comparison; }
    QLineEdit *rationaleEdit() const { return m_rationale; }
    QComboBox *codeChooser() const { return m_code; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QUndoStack *undoStack() const { return m_undo; }
    QLabel *keyHelp() const { return m_keys; }
    /** The header above the comparison: record, kind, state (and the decision once decided). */
    QLabel *groupInfo() const { return m_groupInfo; }
    /** The two codes' definitions side by side (shown for code conflicts and mismatches). */
    QWidget *definitions() const { return m_definitions; }
    QSplitter *splitter() const { return m_splitter; }

public slots:
    void next();
    void previous();
    bool decide(core::reconcile::Outcome outcome);
    bool acceptAllExact();
    bool escalate();
    void undoLast();
    void toggleOverlay();

signals:
    /** After every change of the queue (decision, undo, reload). */
    void queueChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /** Notes what a change (here, in the workbench or in another process) touched. */
    void projectChanged(const core::ChangeEvent &event);
    /**
     * Rebuilds what the noted changes touched and says so when the group on screen was
     * decided or changed elsewhere. Returns whether that group is still the same, open or not.
     */
    bool followChanges();
    /** After m_queue changed: progress, filters, the current group again, signals. */
    void queueRebuilt(const QString &currentKey);
    void refilter();
    void showCurrent();
    void setCurrentRow(int row);
    void updateProgress();
    void setMessage(const QString &text, bool error);
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);
    core::reconcile::Outcome sideOutcome(int reviewerNumber) const;
    /** Why `outcome` does not apply to the current group, or empty when it does. */
    QString refusal(core::reconcile::Outcome outcome) const;
    void updateButtons();
    void showDefinitions(const core::reconcile::Group &group);
    QString sideLabel(const core::reconcile::Group &group, core::reconcile::Side side) const;

    Document *m_document;
    core::Project &m_project;
    std::unique_ptr<core::reconcile::Reconciler> m_reconciler;
    core::reconcile::Scope m_scope;
    bool m_blind;
    core::reconcile::Queue m_queue;
    core::reconcile::Progress m_progress;
    core::reconcile::QueueFilter m_filter;
    QString m_recordFilter;
    Sort m_sort = Sort::TextOrder;
    QHash<QUuid, QString> m_titles;
    QHash<QUuid, core::Code> m_codes;
    std::vector<int> m_visible;     ///< indices into m_queue.items, filtered and sorted
    int m_row = -1;
    QString m_commandError;         ///< from the last redo/undo of a DecideGroup
    QUuid m_shownRecord;
    QString m_shownKey;             ///< the group on screen; a new one clears old messages
    QSet<QUuid> m_changedRecords;   ///< records changed elsewhere, not yet rebuilt
    bool m_changedAll = false;      ///< a change that may touch every record (codes, another process)
    bool m_followScheduled = false;
    bool m_ownWrite = false;        ///< this window's decisions rebuild their record themselves

    QueueModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ComparisonView *m_comparison = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_codeFilter = nullptr;
    QLineEdit *m_recordEdit = nullptr;
    QComboBox *m_sortBox = nullptr;
    QComboBox *m_code = nullptr;
    QLineEdit *m_rationale = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_groupInfo = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_keys = nullptr;
    QUndoStack *m_undo = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_definitions = nullptr;
    QLabel *m_leftDefinition = nullptr;
    QLabel *m_rightDefinition = nullptr;
    QPushButton *m_acceptOne = nullptr;   ///< left reviewer (A, or Reviewer 1 when blind)
    QPushButton *m_acceptTwo = nullptr;
    QPushButton *m_acceptBoth = nullptr;
    QPushButton *m_acceptNeither = nullptr;
    QPushButton *m_editSpan = nullptr;
    QPushButton *m_mergeCodes = nullptr;
    QPushButton *m_escalate = nullptr;
};

} // namespace dyad::ui
