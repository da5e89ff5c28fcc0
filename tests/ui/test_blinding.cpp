// In the independent phase a reviewer sees only their own codings and private codes; the
// workbench drops what it shows when the reviewer changes, edits only the reviewer's own
// work, and the reconciliation screen offers only records both reviewers have finished.
#include "fixture.h"
#include "uitest.h"

#include "core/reconcile/reconciler.h"
#include "ui/agreement/agreementdashboard.h"
#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/document.h"
#include "ui/workbench/inspectordock.h"
#include "ui/shell/mainwindow.h"
#include "ui/reconcile/reconcilewindow.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace dyad;

namespace {

int auditCount(const core::Project &p, const QString &action, const QUuid &actor = {})
{
    int n = 0;
    for (const core::AuditEntry &e : p.auditLog())
        n += e.action == action && (actor.isNull() || e.actorId == actor) ? 1 : 0;
    return n;
}

QPoint pointAt(ui::RecordTextEdit *text, int utf16)
{
    QTextCursor c(text->document());
    c.setPosition(utf16);
    const QRect r = text->cursorRect(c);
    return QPoint(r.left() + 2, r.center().y());
}

/** Right-clicks at a text position; returns the context menu's actions' enabled states by text. */
QHash<QString, bool> contextMenuAt(ui::RecordTextEdit *text, int utf16)
{
    QHash<QString, bool> enabled;
    bool shown = false;
    QTimer timer; // local: it cannot fire after this function returns
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            shown = true;
            for (QAction *a : menu->actions())
                enabled.insert(a->text().remove(QLatin1Char('&')), a->isEnabled());
            menu->close();
        }
    });
    timer.start(200);
    // Through the window, as the platform delivers it: that is where a right press becomes
    // a context-menu event.
    QWidget *top = text->window();
    QTest::mouseClick(top->windowHandle(), Qt::RightButton, {}, text->viewport()->mapTo(top, pointAt(text, utf16)));
    if (!shown)
        qWarning("the right-click opened no menu");
    return enabled;
}

/** File › Switch Reviewer… through its shortcut and the dialog, choosing `name` with the keyboard. */
bool switchReviewerTo(ui::MainWindow &window, const QString &name)
{
    bool chosen = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        auto *list = dialog->findChild<QListWidget *>();
        if (!list)
            return;
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < list->count() && !list->currentItem()->text().contains(name); ++i)
            QTest::keyClick(list, Qt::Key_Down);
        chosen = list->currentItem()->text().contains(name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    timer.start(200);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_R,
                    Qt::ControlModifier | Qt::ShiftModifier);
    return chosen;
}

} // namespace

class TestBlinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void otherReviewerIsHiddenUntilBothAreDone()
    {
        test::Study s = test::makeStudyProject(QString(), true);
        // Alice grows a private inductive code while coding.
        s.project->setActor(s.alice.id);
        core::Code secret;
        secret.name = QStringLiteral("Village belonging");
        secret.shared = false;
        const QUuid secretId = s.project->createCode(secret).value().id;
        s.project->setActor({});

        ui::MainWindow window;
        auto *document = new ui::Document(std::move(s.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), s.bob.id);
        window.show();
        window.showRecord(s.englishRecord);
        ui::RecordTextEdit *text = window.recordView()->textEdit();

        // Bob sees his three codings, none of Alice's eight, and not her private code.
        QCOMPARE(text->codings().size(), size_t(3));
        for (const ui::DisplayedCoding &c : text->codings())
            QCOMPARE(c.coding.reviewerId, s.bob.id);
        QVERIFY(!window.codebookModel()->indexOf(secretId).isValid());
        QVERIFY(window.codebookModel()->indexOf(s.trust).isValid());

        // Switching to Alice shows her codings and her code.
        document->setReviewer(s.alice.id);
        QCOMPARE(text->codings().size(), size_t(8));
        QVERIFY(window.codebookModel()->indexOf(secretId).isValid());

        // Once both have marked the record done, Bob sees Alice's codings too.
        core::Project &p = document->project();
        p.setActor(s.alice.id);
        QVERIFY(p.setRecordStatus(s.pilot.id, s.englishRecord, s.alice.id, core::RecordStatus::Done));
        document->setReviewer(s.bob.id);
        QCOMPARE(text->codings().size(), size_t(3)); // Bob is not done yet
        QVERIFY(p.setRecordStatus(s.pilot.id, s.englishRecord, s.bob.id, core::RecordStatus::Done));
        QCOMPARE(text->codings().size(), size_t(11));
        const auto others = std::count_if(text->codings().begin(), text->codings().end(),
                                          [](const ui::DisplayedCoding &c) { return !c.own; });
        QCOMPARE(others, 8);
    }

    // File › Export carried everybody's work whoever sat at the window. A reviewer now exports
    // what they may see: the whole-project formats are refused while a record is blinded for
    // them, and the coded segments hold their own codings only.
    void exportsFromTheWindowHoldOnlyWhatTheReviewerMaySee()
    {
        test::Study s = test::makeStudyProject(QString(), true);
        ui::MainWindow window;
        auto *document = new ui::Document(std::move(s.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), s.bob.id);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.recordView()->textEdit()->setFocus();

        QString refusal;
        bool fileDialog = false;
        QTemporaryDir dir;
        const QString segments = dir.filePath(QStringLiteral("bob-segments.csv"));
        QTimer answer; // answers the modal dialog the export opens
        test::answerExportDialogs(answer, &refusal, &segments, &fileDialog);

        test::exportByKeys(window, 3); // REFI-QDA Project (.qdpx)…
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.contains(QStringLiteral("still blinded for you")), qPrintable(refusal));
        QVERIFY(!fileDialog); // refused before asking where to write
        QTRY_VERIFY(!QApplication::activeModalWidget());
        window.activateWindow(); // back to the text, as a click there would
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.recordView()->textEdit()->setFocus();

        test::exportByKeys(window, 2); // Coded Segments…
        QTRY_VERIFY2(QFile::exists(segments), qPrintable(QStringLiteral("file dialog answered: %1; status: %2")
                                                           .arg(fileDialog).arg(window.statusBar()->currentMessage())));
        QFile file(segments);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(QStringLiteral(",Bob,")));
        QVERIFY2(!csv.contains(QStringLiteral("Alice")), "Alice's codings were exported to Bob");
        answer.stop();
    }

    // Bob's Coded Segments came out empty once the Consensus had codings: the export's default
    // layer was the Consensus, which is blinded for him. A reviewer's export defaults to their
    // own layer.
    void aReviewersCodedSegmentsDefaultToTheirOwnLayer()
    {
        test::Study s = test::makeStudyProject(QString(), true);
        core::Project &p = *s.project;
        p.setActor(s.lead.id); // the lead may write the Consensus anywhere
        core::Coding consensus;
        consensus.recordId = s.chineseRecord;
        consensus.codeId = s.trust;
        consensus.reviewerId = p.consensusReviewer().id;
        consensus.span = { 0, 12 }; // 乡村医生与村民之间的信任
        QVERIFY(p.addCoding(consensus).ok());
        QVERIFY(p.recordsHiddenFrom(s.bob.id, { consensus.reviewerId }).contains(s.chineseRecord));

        ui::MainWindow window;
        window.setDocument(std::make_unique<ui::Document>(std::move(s.project)), s.bob.id);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.recordView()->textEdit()->setFocus();
        QString message;
        QTemporaryDir dir;
        const QString segments = dir.filePath(QStringLiteral("bob-segments.csv"));
        QTimer answer;
        test::answerExportDialogs(answer, &message, &segments);
        test::exportByKeys(window, 2); // Coded Segments…
        QTRY_VERIFY2(QFile::exists(segments), qPrintable(window.statusBar()->currentMessage() + message));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        answer.stop();
        QFile file(segments);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        // Bob's three codings of the English record: Trust [0, 74), Mutual trust [114, 131), Distance [242, 316).
        QCOMPARE(csv.count(QStringLiteral(",Bob,reviewer,")), 3);
        QVERIFY2(csv.contains(QStringLiteral(",Trust,0,74,")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral(",Distance,242,316,")));
        QVERIFY(!csv.contains(QStringLiteral("Consensus")) && !csv.contains(QStringLiteral("Alice")));
    }

    // Leak 1: "Accept all exact" as the lead wrote Consensus codings on a record Bob had not
    // finished, and Alice then saw a Consensus stripe there.
    void reconciliationOffersOnlyRecordsBothHaveFinished()
    {
        test::Study s = test::makeStudyProject(QString(), true); // Trust [0, 74) by both: an exact agreement
        auto owned = std::make_unique<ui::Document>(std::move(s.project)); // the windows below write: they hold it
        ui::Document *document = owned.get();
        core::Project &p = document->project();
        p.setActor(s.alice.id);
        QVERIFY(p.setRecordStatus(s.pilot.id, s.englishRecord, s.alice.id, core::RecordStatus::Done));
        p.setActor(s.lead.id);
        auto store = core::reconcile::openDecisionStore(p).value();
        const core::reconcile::Scope pair{s.alice.id, s.bob.id, {}, {}};
        const QUuid consensus = p.consensusReviewer().id;
        {
            ui::ReconcileWindow w(*document, *store, pair, false);
            w.show();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            w.queueView()->setFocus();
            QCOMPARE(w.visibleCount(), 0);
            QVERIFY2(w.message().contains(QStringLiteral("1 record(s) still in independent coding")),
                     qPrintable(w.message()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(p.codings({s.englishRecord, consensus, {}, {}}).empty());
        }

        // A Consensus coding an older file may already hold on the record stays hidden from
        // Alice until Bob has finished too.
        core::Coding old;
        old.recordId = s.englishRecord;
        old.codeId = s.trust;
        old.span = {0, 74};
        old.reviewerId = consensus;
        QVERIFY(p.addCoding(old).ok());
        p.setActor({});
        ui::MainWindow window;
        window.setDocument(std::move(owned), s.alice.id);
        window.show();
        window.showRecord(s.englishRecord);
        ui::RecordTextEdit *text = window.recordView()->textEdit();
        for (const ui::DisplayedCoding &c : text->codings())
            QCOMPARE(c.coding.reviewerId, s.alice.id);
        core::Project &q = document->project();
        q.setActor(s.bob.id);
        QVERIFY(q.setRecordStatus(s.pilot.id, s.englishRecord, s.bob.id, core::RecordStatus::Done));
        q.setActor(s.alice.id);
        QVERIFY(std::any_of(text->codings().begin(), text->codings().end(),
                            [&](const ui::DisplayedCoding &c) { return c.coding.reviewerId == consensus; }));
    }

    // Leak 2: after Switch Reviewer the Inspector still showed Alice's private code and Bob's
    // typing was saved, one audit row per keystroke.
    void switchingReviewerDropsTheInspectorAndEditsAreOneAuditRowPerSession()
    {
        test::Study s = test::makeStudyProject(QString(), true);
        s.project->setActor(s.alice.id);
        core::Code secret;
        secret.name = QStringLiteral("Village belonging");
        secret.shared = false;
        const QUuid secretId = s.project->createCode(secret).value().id;
        s.project->setActor({});

        ui::MainWindow window;
        auto *document = new ui::Document(std::move(s.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), s.alice.id);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        core::Project &p = document->project();

        // Alice clicks her code in the codebook, clicks into the definition and types.
        ui::CodebookView *view = window.codebookView();
        const QModelIndex index = window.codebookModel()->indexOf(secretId);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QPlainTextEdit *definition = window.inspector()->codeDefinitionEdit();
        QTRY_VERIFY(definition->isVisible());
        QTest::mouseClick(definition->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(QApplication::focusWidget(), definition);
        const int editsBefore = auditCount(p, QStringLiteral("code.edit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Feeling part of it"));
        QCOMPARE(auditCount(p, QStringLiteral("code.edit")), editsBefore); // typing is not yet an edit
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // leaving the field ends the session
        QCOMPARE(auditCount(p, QStringLiteral("code.edit")), editsBefore + 1);
        QCOMPARE(p.code(secretId)->definition, QStringLiteral("Feeling part of it"));
        QVERIFY2(document->undoStack()->undoText().startsWith(QStringLiteral("Change Code Definition")),
                 qPrintable(document->undoStack()->undoText()));

        // Alice types again, then switches to Bob without leaving the field: her text is
        // written as hers, and the Inspector no longer shows her code.
        QTest::mouseClick(definition->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" and proud"));
        QVERIFY(switchReviewerTo(window, QStringLiteral("Bob")));
        QCOMPARE(document->reviewerId(), s.bob.id);
        QCOMPARE(p.code(secretId)->definition, QStringLiteral("Feeling part of it and proud"));
        QCOMPARE(auditCount(p, QStringLiteral("code.edit"), s.alice.id), editsBefore + 2);
        QVERIFY(!definition->isVisible());
        QVERIFY(!window.inspector()->codingMemoEdit()->isVisible());

        // Bob types where the definition was: nothing of Alice's code can change.
        QTest::keyClicks(QApplication::focusWidget() ? QApplication::focusWidget() : &window, QStringLiteral("Bob"));
        window.inspector()->showCode(secretId); // even if asked, the Inspector does not show it
        QVERIFY(!definition->isVisible());
        QCOMPARE(p.code(secretId)->definition, QStringLiteral("Feeling part of it and proud"));
        QCOMPARE(auditCount(p, QStringLiteral("code.edit"), s.bob.id), 0);
    }

    // Leak 3: right-click selected Bob's innermost coding while working as Alice, "Remove
    // Coding" was enabled on it, and Bob's memo field looked editable.
    void othersCodingsAreNoTargetOfEditsAndTheirMemoLooksReadOnly()
    {
        test::Study s = test::makeStudyProject(QString(), true);
        core::Project &sp = *s.project;
        sp.setActor(s.bob.id);
        core::Coding bobOnly; // Bob alone codes [80, 100); Alice has Mutual trust [114, 165) around Bob's [114, 131)
        bobOnly.recordId = s.englishRecord;
        bobOnly.codeId = s.workforce;
        bobOnly.span = {80, 100};
        bobOnly.memo = QStringLiteral("Bob's reason");
        const QUuid bobsCoding = sp.addCoding(bobOnly).value().id;
        QVERIFY(sp.setRecordStatus(s.pilot.id, s.englishRecord, s.bob.id, core::RecordStatus::Done));
        sp.setActor(s.alice.id);
        QVERIFY(sp.setRecordStatus(s.pilot.id, s.englishRecord, s.alice.id, core::RecordStatus::Done));
        sp.setActor({});

        ui::MainWindow window;
        auto *document = new ui::Document(std::move(s.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), s.alice.id);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showRecord(s.englishRecord);
        ui::RecordTextEdit *text = window.recordView()->textEdit();
        core::Project &p = document->project();
        QCOMPARE(text->codings().size(), size_t(12)); // both layers: the record is done by both

        // Inside Bob's Mutual trust [114, 131) and Alice's [114, 165): the menu acts on Alice's.
        QHash<QString, bool> menu = contextMenuAt(text, 120);
        QVERIFY(!menu.isEmpty());
        const auto *selected = text->displayedCoding(text->selectedCoding());
        QVERIFY(selected);
        QCOMPARE(selected->coding.reviewerId, s.alice.id);
        QCOMPARE(selected->coding.span, (core::Span{114, 165}));
        QVERIFY(menu.value(QStringLiteral("Remove Coding")));

        // Only Bob's coding under the pointer: nothing is selected, and nothing can be removed.
        menu = contextMenuAt(text, 90);
        QVERIFY(!menu.isEmpty());
        QVERIFY(text->selectedCoding().isNull());
        QVERIFY(!menu.value(QStringLiteral("Remove Coding"), true));
        QVERIFY(!window.action(QStringLiteral("removeCoding"))->isEnabled());

        // A left click shows Bob's coding in the Inspector: its memo is read-only and looks it.
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, pointAt(text, 90));
        QCOMPARE(text->selectedCoding(), bobsCoding);
        QVERIFY(!window.action(QStringLiteral("removeCoding"))->isEnabled());
        QCOMPARE(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        QVERIFY(p.coding(bobsCoding).has_value());
        QPlainTextEdit *memo = window.inspector()->codingMemoEdit();
        QTRY_VERIFY(memo->isVisible());
        QVERIFY(memo->isReadOnly());
        QCOMPARE(memo->palette().color(QPalette::Base), window.inspector()->palette().color(QPalette::Window));
        QVERIFY(memo->palette().color(QPalette::Base) != window.inspector()->palette().color(QPalette::Base));
        QVERIFY(window.inspector()->codingMemoNote()->isVisible());
        QCOMPARE(window.inspector()->codingMemoNote()->text(), QStringLiteral("Only Bob can change this memo."));
        QTest::mouseClick(memo->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Alice adds"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(p.coding(bobsCoding)->memo, QStringLiteral("Bob's reason"));
        QCOMPARE(auditCount(p, QStringLiteral("coding.memo")), 0);

        // Her own coding's memo is editable, looks it, and one session is one audit row.
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, pointAt(text, 150));
        const QUuid mine = text->selectedCoding();
        QCOMPARE(p.coding(mine)->reviewerId, s.alice.id);
        QTRY_VERIFY(!memo->isReadOnly());
        QVERIFY(!window.inspector()->codingMemoNote()->isVisible());
        QCOMPARE(memo->palette().color(QPalette::Base), window.inspector()->palette().color(QPalette::Base));
        QTest::mouseClick(memo->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("both ways"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(p.coding(mine)->memo, QStringLiteral("both ways"));
        QCOMPARE(auditCount(p, QStringLiteral("coding.memo"), s.alice.id), 1);
        document->undoStack()->undo();
        QVERIFY(p.coding(mine)->memo.isEmpty());
    }

    // The agreement dashboard as a reviewer leaves out what is still blinded for them.
    void agreementDashboardLeavesOutRecordsStillBlindedForTheReviewer()
    {
        test::Study s = test::makeStudyProject(QString(), true); // both coded the English record, neither done
        for (const core::Reviewer &who : {s.alice, s.bob}) { // and the Chinese one, both done
            s.project->setActor(who.id);
            core::Coding c;
            c.recordId = s.chineseRecord;
            c.codeId = s.trust;
            c.span = {0, 4};
            QVERIFY(s.project->addCoding(c).ok());
            QVERIFY(s.project->setRecordStatus(s.pilot.id, s.chineseRecord, who.id, core::RecordStatus::Done));
        }
        ui::Document document(std::move(s.project)); // the dashboard saves snapshots: it holds the document
        auto recordsCompared = [&](const QUuid &who, int *blinded) {
            document.project().setActor(who);
            ui::AgreementDashboard dashboard(&document);
            QSignalSpy done(&dashboard, &ui::AgreementDashboard::computed);
            dashboard.compute();
            if (!done.wait(10000) || !dashboard.result())
                return std::vector<QUuid>{};
            *blinded = dashboard.result()->job.recordsBlinded;
            return dashboard.result()->job.recordIds;
        };
        int blinded = -1;
        std::vector<QUuid> ids = recordsCompared(s.lead.id, &blinded);
        QVERIFY(std::find(ids.begin(), ids.end(), s.englishRecord) != ids.end());
        QCOMPARE(blinded, 0);
        ids = recordsCompared(s.bob.id, &blinded);
        QCOMPARE(ids, std::vector<QUuid>{s.chineseRecord});
        QCOMPARE(blinded, 1);
    }
};

QTEST_MAIN(TestBlinding)
#include "test_blinding.moc"
