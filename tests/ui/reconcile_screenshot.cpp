// Renders the reconciliation screen on a project for the user guide:
//   dyad_reconcile_screenshot PROJECT REVIEWER_A REVIEWER_B OUT.png [--overlay] [--blind]
// (QT_QPA_PLATFORM=offscreen works; no display needed.)

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/reconciler.h"
#include "ui/reconcile/comparisonview.h"
#include "ui/document.h"
#include "ui/reconcile/reconcilewindow.h"

#include <QApplication>
#include <QTableView>

#include <cstdio>

using namespace dyad::core;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fputs("usage: dyad_reconcile_screenshot PROJECT REVIEWER_A REVIEWER_B OUT.png [--overlay] [--blind]\n", stderr);
        return 2;
    }
    auto opened = openProject(args[1]);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    dyad::ui::Document document(std::move(opened).value()); // the window writes, so it holds the document
    Project &project = document.project();
    auto store = reconcile::openDecisionStore(project);
    const auto a = project.reviewerByName(args[2]);
    const auto b = project.reviewerByName(args[3]);
    if (!store || !a || !b)
        return 1;
    for (const Reviewer &r : project.reviewers())
        if (r.role == ReviewerRole::Lead)
            project.setActor(r.id);
    dyad::ui::ReconcileWindow window(document, **store, {a->id, b->id, {}, {}}, args.contains(QStringLiteral("--blind")));
    window.resize(1500, 900);
    if (args.contains(QStringLiteral("--overlay")))
        window.toggleOverlay();
    window.show();
    window.next();
    window.next();
    app.processEvents();
    return window.grab().save(args[4]) ? 0 : 1;
}
