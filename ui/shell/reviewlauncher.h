#pragma once

#include <QObject>
#include <QUuid>

namespace dyad::ui {

class MainWindow;
class RecordNavigator;

/**
 * The Review menu's windows: the agreement dashboard, reconciliation of a pair of reviewers
 * (choosing the pair and holding its decision store while the window is open), the Study
 * window and the decision log. They work on the open project and close with it.
 */
class ReviewLauncher : public QObject
{
    Q_OBJECT

public:
    ReviewLauncher(MainWindow *window, RecordNavigator *navigator);

    void openAgreementDashboard();
    /** Reconciles a pair of reviewers; with a round, that round's reviewers and records. */
    void openReconciliation(const QUuid &roundId = QUuid());
    /** Opens (or raises) the Study window: rounds, assignments, progress, phases. */
    void openStudyWindow();
    void openDecisionLog();
    /** Closes the windows that work on the open project (before it is replaced). */
    void closeAll();
    /** Closes the reconciliation windows, which listen to the project (before it goes). */
    void closeReconciliations();

private:
    MainWindow *m_window;
    RecordNavigator *m_navigator;
};

} // namespace dyad::ui
