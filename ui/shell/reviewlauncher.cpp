#include "ui/shell/reviewlauncher.h"

#include "ui/agreement/agreementdashboard.h"
#include "ui/document.h"
#include "ui/reconcile/reconcilewindow.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recordnavigator.h"
#include "ui/shell/windowplacement.h"
#include "ui/study/decisionlogview.h"
#include "ui/study/studywindow.h"

#include "core/model/project.h"
#include "core/reconcile/decisionstore.h"

#include <QInputDialog>
#include <QSet>

namespace dyad::ui {

ReviewLauncher::ReviewLauncher(MainWindow *window, RecordNavigator *navigator)
    : QObject(window)
    , m_window(window)
    , m_navigator(navigator)
{
}

void ReviewLauncher::openAgreementDashboard()
{
    Document *document = m_window->document();
    if (!document)
        return;
    auto *dashboard = new AgreementDashboard(document, m_window);
    dashboard->setWindowTitle(tr("Agreement"));
    connect(dashboard, &AgreementDashboard::openComparison, m_window, &MainWindow::showRecord);
    showAsWindow(dashboard, QSize(1300, 800), m_window);
}

void ReviewLauncher::openReconciliation(const QUuid &roundId)
{
    Document *document = m_window->document();
    if (!document)
        return;
    core::Project &project = document->project();
    std::vector<core::Reviewer> coders;
    // For a round: the reviewers who coded it; otherwise every reviewer.
    QSet<QUuid> inRound;
    for (const core::Assignment &a : roundId.isNull() ? std::vector<core::Assignment>()
                                                      : project.assignments(roundId, std::nullopt, std::nullopt))
        inRound.insert(a.reviewerId);
    for (const core::Reviewer &r : project.reviewers())
        if (roundId.isNull() ? r.role == core::ReviewerRole::Reviewer : inRound.contains(r.id))
            coders.push_back(r);
    if (coders.size() < 2) {
        m_window->showError(tr("Reconciliation needs two reviewers who coded independently."));
        return;
    }
    auto store = core::reconcile::openDecisionStore(project);
    if (!store) {
        m_window->showError(store.error());
        return;
    }
    // With more than two coders, the team says which pair to reconcile.
    std::pair<size_t, size_t> pair{0, 1};
    if (coders.size() > 2) {
        QStringList labels;
        std::vector<std::pair<size_t, size_t>> pairs;
        for (size_t i = 0; i < coders.size(); ++i)
            for (size_t j = i + 1; j < coders.size(); ++j) {
                labels << tr("%1 and %2").arg(coders[i].name, coders[j].name);
                pairs.emplace_back(i, j);
            }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_window, tr("Reconcile Disagreements"),
                                                     tr("Reconcile the codings of:"), labels, 0, false, &ok);
        if (!ok)
            return;
        pair = pairs[static_cast<size_t>(labels.indexOf(chosen))];
    }
    core::reconcile::Scope scope;
    scope.reviewerA = coders[pair.first].id;
    scope.reviewerB = coders[pair.second].id;
    if (!roundId.isNull())
        scope.roundId = roundId;
    const auto me = project.reviewer(document->reviewerId());
    const bool blind = me && me->role == core::ReviewerRole::Adjudicator;
    auto *window = new ReconcileWindow(*document, **store, scope, blind, m_window);
    const QString pairName = tr("%1 and %2").arg(coders[pair.first].name, coders[pair.second].name);
    window->setWindowTitle(roundId.isNull() ? tr("Reconcile: %1").arg(pairName)
                                            : tr("Reconcile “%1”: %2")
                                                  .arg(project.round(roundId).value_or(core::Round{}).name, pairName));
    showAsWindow(window, QSize(1400, 850), m_window);
}

void ReviewLauncher::openStudyWindow()
{
    Document *document = m_window->document();
    if (!document)
        return;
    if (StudyWindow *open = m_window->findChild<StudyWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *study = new StudyWindow(document, m_window);
    study->setRecordListProvider([navigator = m_navigator] { return navigator->recordList(); });
    connect(study, &StudyWindow::reconcileRequested, this, &ReviewLauncher::openReconciliation);
    connect(study, &StudyWindow::showRecordRequested, m_window, &MainWindow::showRecord);
    showAsWindow(study, QSize(1200, 720), m_window);
}

void ReviewLauncher::openDecisionLog()
{
    Document *document = m_window->document();
    if (!document)
        return;
    auto *log = new DecisionLogView(document, m_window);
    connect(log, &DecisionLogView::showRecordRequested, m_window, &MainWindow::showRecord);
    showAsWindow(log, QSize(1200, 600), m_window);
}

void ReviewLauncher::closeAll()
{
    for (AgreementDashboard *w : m_window->findChildren<AgreementDashboard *>(Qt::FindDirectChildrenOnly)) {
        w->setDocument(nullptr);
        delete w;
    }
    closeReconciliations();
    qDeleteAll(m_window->findChildren<StudyWindow *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(m_window->findChildren<DecisionLogView *>(Qt::FindDirectChildrenOnly));
}

void ReviewLauncher::closeReconciliations()
{
    qDeleteAll(m_window->findChildren<ReconcileWindow *>(Qt::FindDirectChildrenOnly));
}

} // namespace dyad::ui
