#pragma once

#include "ui/study/assignrecordsdialog.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dyad::ui {

class Document;
class ProgressModel;
class ReviewerProgressModel;
class RoundListModel;

/**
 * The Study window: the rounds of a blinded study (pilot, main, …) with their phase and
 * progress, who has done what per reviewer and per record, and the lead's actions: create a
 * round, assign records, move the round to reconciliation, close it, lift blinding (each
 * confirmed with what it reveals to whom), open reconciliation and the decision log.
 *
 * Writes only through core's Project (which refuses anyone but the lead) and follows the
 * Document's change events, so progress moves while the reviewers work.
 */
class StudyWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StudyWindow(Document *document, QWidget *parent = nullptr);

    /** Where "selected in the record list" and "matching the record filter" come from. */
    void setRecordListProvider(std::function<AssignRecordsDialog::RecordList()> provider)
    {
        m_recordList = std::move(provider);
    }

    QUuid currentRound() const;
    void setCurrentRound(const QUuid &roundId);

    QTableView *roundView() const { return m_roundView; }
    QTableView *reviewerView() const { return m_reviewerView; }
    QTableView *recordView() const { return m_recordView; }
    ProgressModel *progressModel() const { return m_progress; }
    RoundListModel *roundModel() const { return m_rounds; }
    /** The last message (an error from core, or what was done). */
    QString message() const;

    /** The consequences of moving @p roundId to @p phase, as the confirmation shows them. */
    QString phaseChangeText(const QUuid &roundId, core::RoundPhase phase) const;
    QString unblindText(const QUuid &roundId) const;

signals:
    void reconcileRequested(const QUuid &roundId);
    void showRecordRequested(const QUuid &recordId);

private:
    void newRound();
    void assignRecords();
    void assignRecordsTo(const QUuid &roundId);
    void moveToPhase(core::RoundPhase phase);
    void unblind();
    void openDecisionLog();
    void updateActions();
    void roundSelected();
    void selectDefaultRound();
    void setMessage(const QString &text, bool error = false);
    /** Asks (window-modal, Cancel the default) and runs @p onConfirm only on the confirm button. */
    void confirm(const QString &title, const QString &text, const QString &confirmLabel,
                 const std::function<void()> &onConfirm);
    /** Per reviewer of the round, the records not yet marked done ("Alice 2, Bob 3"). */
    QString unfinishedByReviewer(const QUuid &roundId) const;
    QStringList coderNames(const QUuid &roundId) const;

    Document *m_document;
    std::function<AssignRecordsDialog::RecordList()> m_recordList;
    RoundListModel *m_rounds;
    ProgressModel *m_progress;
    ReviewerProgressModel *m_reviewerProgress;
    QSortFilterProxyModel *m_recordFilter;

    QLabel *m_who;
    QLabel *m_phaseHelp;
    QLabel *m_message;
    QTableView *m_roundView;
    QTableView *m_reviewerView;
    QTableView *m_recordView;
    QLineEdit *m_recordSearch;
    QPushButton *m_newRound;
    QPushButton *m_assign;
    QPushButton *m_toReconciliation;
    QPushButton *m_close;
    QPushButton *m_unblind;
    QPushButton *m_reconcile;
    QPushButton *m_decisionLog;
};

} // namespace dyad::ui
