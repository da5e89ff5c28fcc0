// The study from the GUI: a lead walks a pilot round from creation through assignment (a
// random sample with a seed), live progress, the phase change to reconciliation, reconciling
// and the decision log, all by keys sent to whatever has focus. A reviewer only follows the
// progress. Record memos in the workbench: one undo step per editing session.
#include "fixture.h"
#include "core/open/open.h"
#include "uitest.h"

#include "core/model/study.h"
#include "core/reconcile/reconciler.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/reconcile/reconcilewindow.h"
#include "ui/workbench/recordmemodock.h"
#include "ui/study/assignrecordsdialog.h"
#include "ui/study/decisionlogview.h"
#include "ui/study/progressmodel.h"
#include "ui/study/roundlistmodel.h"
#include "ui/study/studywindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

using namespace dyad;

namespace {

/** Gives a window the activation back, as the window manager does when a dialog closes. */
#define activate(window)                                                                                \
    do {                                                                                                \
        (window)->activateWindow();                                                                    \
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(window));                   \
    } while (false)

template<typename T>
T *activeWindowOfType()
{
    return qobject_cast<T *>(QApplication::activeWindow());
}

/** Twelve short field notes written for this test; none is coded yet. */
struct Project
{
    std::unique_ptr<core::Project> project;
    core::Reviewer alice, bob, lena;
    core::Code trust, cost;
    std::vector<QUuid> records;
};

Project makeProject(const QString &path)
{
    Project p;
    p.project = core::createProject(path, QStringLiteral("Clinic visits")).value();
    p.alice = p.project->addReviewer(QStringLiteral("Alice")).value();
    p.bob = p.project->addReviewer(QStringLiteral("Bob")).value();
    p.lena = p.project->addReviewer(QStringLiteral("Lena"), core::ReviewerRole::Lead).value();
    p.project->setActor(p.lena.id);
    core::Code c;
    c.name = QStringLiteral("Trust");
    p.trust = p.project->createCode(c).value();
    c.name = QStringLiteral("Cost");
    p.cost = p.project->createCode(c).value();
    const QStringList places = {QStringLiteral("Kisumu"),  QStringLiteral("Bondo"),   QStringLiteral("Siaya"),
                                QStringLiteral("Homa Bay"), QStringLiteral("Migori"), QStringLiteral("Rongo"),
                                QStringLiteral("Awendo"),  QStringLiteral("Oyugis"),  QStringLiteral("Kendu Bay"),
                                QStringLiteral("Ahero"),   QStringLiteral("Maseno"),  QStringLiteral("Usenge")};
    std::vector<core::Record> rs;
    for (const QString &place : places) {
        core::Record r;
        r.title = QStringLiteral("Field note from %1").arg(place);
        r.text = QStringLiteral("Mothers in %1 trusted the nurse who came on foot. The bus fare to the clinic was "
                                "more than a day's wage.")
                     .arg(place);
        rs.push_back(r);
    }
    p.records = p.project->addRecords(rs).value();
    p.project->setActor({});
    return p;
}

/** Clicks the current row of the record list (the record stays; the list takes the focus). */
void clickCurrentRecord(ui::MainWindow &window)
{
    QTreeView *list = window.recordListView();
    const QRect row = list->visualRect(list->currentIndex());
    QVERIFY(row.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, row.center());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
}

QStringList cellTexts(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

} // namespace

class TestStudy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "Alice and Bob"
    }

    void leadRunsAPilotFromCreationToTheDecisionLog()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(QStringLiteral("clinic.dyad"));
        Project p = makeProject(projectPath);
        std::vector<QUuid> allRecords = p.records;
        ui::MainWindow window;
        auto *document = new ui::Document(std::move(p.project));
        core::Project &project = document->project();
        window.setDocument(std::unique_ptr<ui::Document>(document), p.lena.id);
        window.resize(1300, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Review ▸ Study (Ctrl+Alt+S) opens the Study window.
        pressKey(Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        ui::StudyWindow *study = nullptr;
        QTRY_VERIFY((study = activeWindowOfType<ui::StudyWindow>()) != nullptr);
        QVERIFY(test::child<QLabel>(study, "StudyWho")->text().contains(QStringLiteral("the lead")));
        QCOMPARE(study->roundModel()->rowCount(), 0);

        // New Round (Alt+N): name it, Enter.
        pressKey(Qt::Key_N, Qt::AltModifier);
        QInputDialog *name = nullptr;
        QTRY_VERIFY((name = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && name->isAncestorOf(QApplication::focusWidget()));
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("Pilot"));
        pressKey(Qt::Key_Return);
        QTRY_COMPARE(study->roundModel()->rowCount(), 1);
        const core::Round pilot = project.rounds().front();
        QCOMPARE(pilot.name, QStringLiteral("Pilot"));
        QCOMPARE(study->currentRound(), pilot.id);

        // The assignment dialog follows: a random sample of 4 with seed 2024 for Alice and Bob.
        ui::AssignRecordsDialog *assign = nullptr;
        QTRY_VERIFY((assign = qobject_cast<ui::AssignRecordsDialog *>(QApplication::activeModalWidget())) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && assign->isAncestorOf(QApplication::focusWidget()));
        pressKey(Qt::Key_M, Qt::AltModifier); // "A random sa&mple of"
        pressKey(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("SampleSize"));
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("4"));
        pressKey(Qt::Key_E, Qt::AltModifier); // "S&eed:"
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("SampleSeed"));
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("2024"));
        QVERIFY(test::child<QLabel>(assign, "AssignSummary")->text().contains(QStringLiteral("seed 2024")));
        pressKey(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        activate(study);

        const std::vector<QUuid> sample = core::randomSample(allRecords, 4, 2024);
        const auto assigned = project.assignments(pilot.id, std::nullopt, std::nullopt);
        QCOMPARE(assigned.size(), size_t(8));
        for (const core::Assignment &a : assigned) {
            QVERIFY(a.reviewerId == p.alice.id || a.reviewerId == p.bob.id);
            QVERIFY(std::find(sample.begin(), sample.end(), a.recordId) != sample.end());
        }
        bool seedAudited = false;
        for (const core::AuditEntry &e : project.auditLog())
            seedAudited |= e.action == QLatin1String("round.select") && e.actorId == p.lena.id
                && e.details.value(QStringLiteral("seed")).toString() == QLatin1String("2024");
        QVERIFY(seedAudited);
        QVERIFY(study->message().contains(QStringLiteral("seed 2024")));


        // Progress: nothing done; a row per sampled record and a column per reviewer.
        const QModelIndex progressCell = study->roundModel()->index(0, 2);
        QTRY_COMPARE(progressCell.data().toString(), QStringLiteral("0 / 8 done"));
        ui::ProgressModel *progress = study->progressModel();
        QCOMPARE(progress->rowCount(), 4);
        QCOMPARE(progress->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Alice"));
        QCOMPARE(progress->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Bob"));
        QCOMPARE(cellTexts(progress, 1), QStringList(4, QStringLiteral("to do")));

        // Alice and Bob code the first sampled record in their own windows; the Study window
        // follows their work as it happens.
        const QUuid first = sample.front();
        auto work = [&](const core::Reviewer &who, const core::Code &code, core::Offset end, bool done) {
            project.setActor(who.id);
            core::Coding c;
            c.recordId = first;
            c.codeId = code.id;
            c.span = {0, end};
            QVERIFY(project.addCoding(c).ok());
            if (done)
                QVERIFY(project.setRecordStatus(pilot.id, first, who.id, core::RecordStatus::Done).ok());
            project.setActor(p.lena.id);
        };
        work(p.alice, p.trust, 55, true);
        work(p.bob, p.trust, 40, false);
        const int firstRow = static_cast<int>(std::find(progress->progress().records.begin(),
                                                        progress->progress().records.end(), first)
                                              - progress->progress().records.begin());
        QTRY_COMPARE(progress->index(firstRow, 1).data().toString(), QStringLiteral("done"));
        QCOMPARE(progress->index(firstRow, 2).data().toString(), QStringLiteral("in progress"));
        QTRY_COMPARE(progressCell.data().toString(), QStringLiteral("1 / 8 done"));
        QCOMPARE(study->reviewerView()->model()->index(0, 4).data().toString(), QStringLiteral("1 / 4"));
        QCOMPARE(study->reviewerView()->model()->index(1, 2).data().toString(), QStringLiteral("1")); // in progress

        // Start Reconciliation (Alt+R) says what it reveals; Enter means Cancel.
        QVERIFY(!test::child<QPushButton>(study, "OpenReconciliation")->isEnabled());
        pressKey(Qt::Key_R, Qt::AltModifier);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && confirm->isAncestorOf(QApplication::focusWidget()));
        QVERIFY2(confirm->text().contains(QStringLiteral("Alice and Bob will see each other")),
                 qPrintable(confirm->text()));
        QVERIFY(confirm->text().contains(QStringLiteral("all 4 record(s)")));
        QVERIFY(confirm->text().contains(QStringLiteral("Alice has 3 record(s) not marked done")));
        QVERIFY(confirm->text().contains(QStringLiteral("Bob has 4 record(s) not marked done")));
        pressKey(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(project.round(pilot.id)->phase, core::RoundPhase::Independent);
        activate(study);

        pressKey(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY((confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && confirm->isAncestorOf(QApplication::focusWidget()));
        pressKey(Qt::Key_M, Qt::AltModifier); // "&Move to Reconciliation"
        QTRY_COMPARE(project.round(pilot.id)->phase, core::RoundPhase::Reconciliation);
        QVERIFY(study->message().contains(QStringLiteral("reconciliation")));
        QTRY_VERIFY(test::child<QPushButton>(study, "OpenReconciliation")->isEnabled());
        QVERIFY(!test::child<QPushButton>(study, "StartReconciliation")->isEnabled());

        // Open Reconciliation (Alt+O): the pilot's pair and records only.
        activate(study);
        pressKey(Qt::Key_O, Qt::AltModifier);
        ui::ReconcileWindow *reconcile = nullptr;
        QTRY_VERIFY((reconcile = activeWindowOfType<ui::ReconcileWindow>()) != nullptr);
        QVERIFY(reconcile->windowTitle().contains(QStringLiteral("Pilot")));
        QCOMPARE(reconcile->queue().records.size(), size_t(4));
        for (const QUuid &record : reconcile->queue().records)
            QVERIFY(std::find(sample.begin(), sample.end(), record) != sample.end());
        QCOMPARE(reconcile->visibleCount(), 1); // boundary difference: Trust [0,55) against [0,40)
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(reconcile->queueView()));
        pressKey(Qt::Key_R); // rationale
        typeText(QStringLiteral("the whole first sentence is about trust"));
        pressKey(Qt::Key_Return);
        pressKey(Qt::Key_A); // accept Alice's span
        QTRY_COMPARE(reconcile->progress().decided, 1);
        reconcile->close();

        // Decision log (Alt+L in the Study window): names, not ids; filter; export.
        activate(study);
        pressKey(Qt::Key_L, Qt::AltModifier);
        ui::DecisionLogView *log = nullptr;
        QTRY_VERIFY((log = activeWindowOfType<ui::DecisionLogView>()) != nullptr);
        QCOMPARE(log->shownCount(), 1);
        QTableView *table = log->view();
        const QString recordTitle = project.record(first)->title;
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Lena"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Pilot"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), recordTitle);
        QCOMPARE(table->model()->index(0, 4).data().toString(), QStringLiteral("Alice / Bob"));
        QCOMPARE(table->model()->index(0, 6).data().toString(), QStringLiteral("Accept Alice"));
        QCOMPARE(table->model()->index(0, 7).data().toString(), QStringLiteral("Trust → Trust"));
        QCOMPARE(table->model()->index(0, 8).data().toString(),
                 QStringLiteral("the whole first sentence is about trust"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(log->filterEdit()));
        typeText(QStringLiteral("Cost"));
        QCOMPARE(log->shownCount(), 0);
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("whole sentence"));
        QCOMPARE(log->shownCount(), 1);

        pressKey(Qt::Key_E, Qt::AltModifier); // "&Export CSV…"
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && save->isAncestorOf(QApplication::focusWidget()));
        const QString csvPath = dir.filePath(QStringLiteral("pilot-decisions.csv"));
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(csvPath);
        pressKey(Qt::Key_Return);
        QTRY_VERIFY(QFile::exists(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csv.readAll();
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF")); // a byte-order mark, like every CSV file Dyad writes
        const std::vector<QStringList> rows = test::parseCsv(QString::fromUtf8(csvBytes));
        QCOMPARE(rows.size(), size_t(2));
        const QStringList &header = rows[0];
        QCOMPARE(rows[1].value(header.indexOf(QStringLiteral("record_title"))), recordTitle);
        QCOMPARE(rows[1].value(header.indexOf(QStringLiteral("decided_by"))), QStringLiteral("Lena"));
        QCOMPARE(rows[1].value(header.indexOf(QStringLiteral("round"))), QStringLiteral("Pilot"));
        QCOMPARE(rows[1].value(header.indexOf(QStringLiteral("outcome"))), QStringLiteral("a"));
        QCOMPARE(rows[1].value(header.indexOf(QStringLiteral("rationale"))),
                 QStringLiteral("the whole first sentence is about trust"));
        log->close();

        // Close the round (Alt+C, then "Close the &Round").
        activate(study);
        pressKey(Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY((confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && confirm->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(confirm->text().contains(QStringLiteral("no longer filed under this round")));
        pressKey(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(project.round(pilot.id)->phase, core::RoundPhase::Closed);
        QTRY_VERIFY(study->roundModel()->index(0, 1).data().toString().contains(QStringLiteral("closed")));

        // Another process (dyad-cli) on the same file draws the same records from the seed.
        for (const QStringList &args :
             {QStringList{QStringLiteral("--create"), QStringLiteral("Replay")},
              QStringList{QStringLiteral("--assign"), QStringLiteral("Replay"), QStringLiteral("--sample"),
                          QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("2024"),
                          QStringLiteral("--reviewers"), QStringLiteral("Alice,Bob")}}) {
            QProcess cli;
            cli.start(QStringLiteral(DYAD_CLI_PATH), QStringList{QStringLiteral("rounds"), projectPath} + args
                                                         + QStringList{QStringLiteral("--as"), QStringLiteral("Lena")});
            QVERIFY(cli.waitForFinished(30000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        }
        // Read back through a connection of its own (the file as any third program sees it).
        auto reader = core::openProject(projectPath, true);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error()));
        const auto replay = (*reader)->rounds().back();
        QCOMPARE(replay.name, QStringLiteral("Replay"));
        QSet<QUuid> replayed, piloted;
        for (const core::Assignment &a : (*reader)->assignments(replay.id, std::nullopt, std::nullopt))
            replayed.insert(a.recordId);
        for (const core::Assignment &a : (*reader)->assignments(pilot.id, std::nullopt, std::nullopt))
            piloted.insert(a.recordId);
        QCOMPARE(replayed, piloted);
    }

    void theMainRoundGetsTheRestAndUnblindingSaysWhatItReveals()
    {
        QTemporaryDir dir;
        Project p = makeProject(dir.filePath(QStringLiteral("clinic.dyad")));
        p.project->setActor(p.lena.id);
        const core::Round pilot = p.project->createRound(QStringLiteral("Pilot")).value();
        const std::vector<QUuid> piloted(p.records.begin(), p.records.begin() + 4);
        QVERIFY(p.project->assign(pilot.id, piloted, {p.alice.id, p.bob.id}).ok());
        p.project->setActor({});
        ui::MainWindow window;
        auto *document = new ui::Document(std::move(p.project));
        core::Project &project = document->project();
        window.setDocument(std::unique_ptr<ui::Document>(document), p.lena.id);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        pressKey(Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        ui::StudyWindow *study = nullptr;
        QTRY_VERIFY((study = activeWindowOfType<ui::StudyWindow>()) != nullptr);
        pressKey(Qt::Key_N, Qt::AltModifier);
        QInputDialog *name = nullptr;
        QTRY_VERIFY((name = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && name->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(name->textValue(), QStringLiteral("Main")); // the second round is suggested as Main
        pressKey(Qt::Key_Return);

        // The defaults after a pilot: all records, leaving out the pilot's four.
        ui::AssignRecordsDialog *assign = nullptr;
        QTRY_VERIFY((assign = qobject_cast<ui::AssignRecordsDialog *>(QApplication::activeModalWidget())) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && assign->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(test::child<QAbstractButton>(assign, "SkipAssigned")->isChecked());
        QVERIFY(test::child<QAbstractButton>(assign, "AssignAll")->isChecked());
        QVERIFY(test::child<QLabel>(assign, "AssignSummary")->text().contains(QStringLiteral("each code 8 record(s)")));
        pressKey(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        activate(study);
        const core::Round main = project.rounds().back();
        QCOMPARE(main.name, QStringLiteral("Main"));
        QCOMPARE(study->currentRound(), main.id);
        QSet<QUuid> mainRecords;
        for (const core::Assignment &a : project.assignments(main.id, std::nullopt, std::nullopt))
            mainRecords.insert(a.recordId);
        QCOMPARE(mainRecords.size(), 8);
        for (const QUuid &id : piloted)
            QVERIFY(!mainRecords.contains(id));

        // Unblind (Alt+U) says who sees what, and lifts blinding only once confirmed.
        QVERIFY(!test::child<QPushButton>(study, "OpenReconciliation")->isEnabled());
        pressKey(Qt::Key_U, Qt::AltModifier);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr);
        QTRY_VERIFY(QApplication::focusWidget() && confirm->isAncestorOf(QApplication::focusWidget()));
        QVERIFY2(confirm->text().contains(QStringLiteral("Alice and Bob will at once see each other's codings, private "
                                                         "codes and the Consensus coding on all 8 record(s)")),
                 qPrintable(confirm->text()));
        QVERIFY(confirm->text().contains(QStringLiteral("Blinding cannot be restored")));
        pressKey(Qt::Key_L, Qt::AltModifier); // "&Lift Blinding"
        QTRY_VERIFY(project.round(main.id)->unblinded);
        QCOMPARE(project.round(main.id)->phase, core::RoundPhase::Independent);
        QTRY_COMPARE(study->roundModel()->index(1, 1).data().toString(),
                     QStringLiteral("independent coding, unblinded"));
        QTRY_VERIFY(test::child<QPushButton>(study, "OpenReconciliation")->isEnabled());
        QVERIFY(!test::child<QPushButton>(study, "Unblind")->isEnabled());
        bool audited = false;
        for (const core::AuditEntry &e : project.auditLog())
            audited |= e.action == QLatin1String("round.unblind") && e.entityId == main.id && e.actorId == p.lena.id;
        QVERIFY(audited);
    }

    void aReviewerFollowsProgressButCannotRunTheStudy()
    {
        QTemporaryDir dir;
        Project p = makeProject(dir.filePath(QStringLiteral("clinic.dyad")));
        p.project->setActor(p.lena.id);
        const core::Round pilot = p.project->createRound(QStringLiteral("Pilot")).value();
        QVERIFY(p.project->assign(pilot.id, {p.records[0], p.records[1]}, {p.alice.id, p.bob.id}).ok());
        ui::MainWindow window;
        auto *document = new ui::Document(std::move(p.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), p.alice.id);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        pressKey(Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        ui::StudyWindow *study = nullptr;
        QTRY_VERIFY((study = activeWindowOfType<ui::StudyWindow>()) != nullptr);
        QVERIFY(test::child<QLabel>(study, "StudyWho")->text().contains(QStringLiteral("Only the lead")));
        QCOMPARE(study->currentRound(), pilot.id);
        QCOMPARE(study->progressModel()->rowCount(), 2);
        for (const char *name : {"NewRound", "AssignRecords", "StartReconciliation", "CloseRound", "Unblind"})
            QVERIFY2(!test::child<QPushButton>(study, name)->isEnabled(), name);
        pressKey(Qt::Key_N, Qt::AltModifier);
        pressKey(Qt::Key_R, Qt::AltModifier);
        QTest::qWait(50);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(document->project().rounds().size(), size_t(1));
        QCOMPARE(document->project().round(pilot.id)->phase, core::RoundPhase::Independent);
    }

    void recordMemoIsOneUndoStepPerEditingSession()
    {
        QTemporaryDir dir;
        Project p = makeProject(dir.filePath(QStringLiteral("clinic.dyad")));
        ui::MainWindow window;
        auto *document = new ui::Document(std::move(p.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), p.alice.id);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showRecord(p.records[2]);
        core::Project &project = document->project();

        // Record ▸ Edit Record Memo (Ctrl+Alt+M) puts the cursor in the memo.
        pressKey(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        auto *memo = test::child<QPlainTextEdit>(&window, "RecordMemoEdit");
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        typeText(QStringLiteral("Ask Lena"));
        clickCurrentRecord(window); // leaving the field ends the editing session
        pressKey(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        pressKey(Qt::Key_End, Qt::ControlModifier);
        typeText(QStringLiteral(" about scope"));
        QCOMPARE(project.recordMemo(p.records[2]), QStringLiteral("Ask Lena about scope"));
        QCOMPARE(document->undoStack()->count(), 2);

        // Undo from the workbench (not the memo field's own undo) takes back one session.
        clickCurrentRecord(window);
        pressKey(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(project.recordMemo(p.records[2]), QStringLiteral("Ask Lena"));
        QCOMPARE(memo->toPlainText(), QStringLiteral("Ask Lena"));
        pressKey(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(memo->toPlainText(), QString());

        // Bob has his own memo; the record's memo is on disk for Alice after a redo.
        const QKeySequence redo = window.action(QStringLiteral("redo"))->shortcut(); // Ctrl+Shift+Z or Ctrl+Y
        QTest::keySequence(QApplication::focusWidget(), redo);
        QCOMPARE(project.recordMemo(p.records[2]), QStringLiteral("Ask Lena"));
        document->setReviewer(p.bob.id);
        QCOMPARE(memo->toPlainText(), QString());
        document->setReviewer(p.alice.id);
        QCOMPARE(memo->toPlainText(), QStringLiteral("Ask Lena"));
    }
};

QTEST_MAIN(TestStudy)
#include "test_study.moc"
