// The reconciliation screen driven from the keyboard, the comparison view's highlights, and
// the one code-point <-> UTF-16 conversion. Runs offscreen (QT_QPA_PLATFORM=offscreen).

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/reconciler.h"
#include "ui/document.h"
#include "ui/reconcile/comparisonview.h"
#include "ui/reconcile/reconcilewindow.h"
#include "ui/workbench/textoffsets.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QRegularExpression>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QUndoStack>

using namespace dyad::core;
using namespace dyad::core::reconcile;
using namespace dyad::ui;

class ReconcileUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> document; // the window writes, so it holds the document
    Project *project = nullptr;
    DecisionStore *store = nullptr; // the project's
    Reviewer alice, bob, lena;
    Code trust, cost, access;
    QUuid record;
    Scope scope;

    Coding code(const Reviewer &who, const Code &c, Offset s, Offset e)
    {
        project->setActor(who.id);
        Coding coding;
        coding.recordId = record;
        coding.codeId = c.id;
        coding.span = {s, e};
        auto added = project->addCoding(coding);
        project->setActor(lena.id);
        return added.ok() ? added.value() : Coding{};
    }

    /** The consensus layer as "Code[start,end)" strings, sorted. */
    QStringList consensus()
    {
        QStringList out;
        for (const Coding &c : project->codings({record, project->consensusReviewer().id, {}, {}}))
            out << QStringLiteral("%1[%2,%3)").arg(project->code(c.codeId)->name).arg(c.span.start).arg(c.span.end);
        out.sort();
        return out;
    }

    void press(ReconcileWindow &w, int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(w.queueView(), static_cast<Qt::Key>(key), mods);
    }

private slots:
    void init()
    {
        document = std::make_unique<Document>(createInMemoryProject().value());
        project = &document->project();
        store = openDecisionStore(*project).value();
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        lena = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        project->setActor(lena.id);
        for (auto [name, out] : {std::pair{QStringLiteral("Trust"), &trust}, std::pair{QStringLiteral("Cost"), &cost},
                                 std::pair{QStringLiteral("Access"), &access}}) {
            Code c;
            c.name = name;
            c.definition = QStringLiteral("What %1 means here.").arg(name);
            *out = project->createCode(c).value();
        }
        Record r;
        r.title = QStringLiteral("Trust and fees");
        // A supplementary-plane character and CJK before the coded text: spans are code points.
        r.text = QStringLiteral("\U00020000社区 health workers build trust; user fees deter care; clinics are far away. More text follows here.");
        record = project->addRecords({r}).value().front();
        scope = Scope{alice.id, bob.id, {}, {}};
        code(alice, trust, 4, 34);  // "health workers build trust" .. boundary with Bob's
        code(bob, trust, 11, 34);
        code(alice, cost, 36, 51);  // exact
        code(bob, cost, 36, 51);
        code(alice, access, 58, 77); // conflict with Bob's Cost
        code(bob, cost, 58, 70);
    }

    void offsetsConvertSupplementaryPlaneAndCjk()
    {
        const QString text = QStringLiteral("a\U00020000b\U0001F600社c");
        const TextOffsets o(text);
        QCOMPARE(o.codePointLength(), 6);
        QCOMPARE(o.toUtf16(0), 0);
        QCOMPARE(o.toUtf16(1), 1);
        QCOMPARE(o.toUtf16(2), 3);  // after the surrogate pair
        QCOMPARE(o.toUtf16(4), 6);  // 社
        QCOMPARE(o.toUtf16(6), 8);  // the end
        QCOMPARE(o.toCodePoint(3), 2);
        QCOMPARE(o.toCodePoint(2), 1); // inside the pair: its character
        QCOMPARE(o.toCodePoint(8), 6);
        for (Offset cp = 0; cp <= 6; ++cp)
            QCOMPARE(o.toCodePoint(o.toUtf16(cp)), cp);
    }

    void comparisonHighlightsOverlayColours()
    {
        ComparisonView view;
        ComparisonView::Layer a{QStringLiteral("Alice"), project->codings({record, alice.id, {}, {}})};
        ComparisonView::Layer b{QStringLiteral("Bob"), project->codings({record, bob.id, {}, {}})};
        QHash<QUuid, Code> codes;
        for (const Code &c : project->allCodes())
            codes.insert(c.id, c);
        view.setRecord(project->record(record)->text, a, b, codes);
        const QList<QTextLayout::FormatRange> ranges = view.overlayEditor()->document()->begin().layout()->formats();
        // Alice only [4,11), both [11,34), both [36,51), both with different codes (Alice's
        // Access, Bob's Cost) [58,70), Alice only [70,77): in UTF-16 +1.
        QCOMPARE(ranges.size(), 5);
        QCOMPARE(ranges[0].start, 5);
        QCOMPARE(ranges[0].length, 7);
        QCOMPARE(ranges[0].format.background().color(), ComparisonView::leftOnlyColor());
        QCOMPARE(ranges[1].format.background().color(), ComparisonView::bothColor());
        QCOMPARE(ranges[2].format.background().color(), ComparisonView::bothColor());
        QCOMPARE(ranges[3].start, 59);
        QCOMPARE(ranges[3].length, 12);
        QCOMPARE(ranges[3].format.background().color(), ComparisonView::conflictColor()); // not agreement
        QVERIFY(ComparisonView::conflictColor() != ComparisonView::bothColor());
        QCOMPARE(ranges[4].format.background().color(), ComparisonView::leftOnlyColor());
        // Side by side: each text carries its own reviewer's codings only.
        QCOMPARE(view.leftEditor()->document()->begin().layout()->formats().size(), 3);
        QCOMPARE(view.rightEditor()->document()->begin().layout()->formats().size(), 3);

        view.setDisagreements({{4, 34}, {58, 77}});
        QVERIFY(view.nextDisagreement());
        QVERIFY(view.nextDisagreement());
        QVERIFY(!view.nextDisagreement());
        QCOMPARE(view.currentDisagreement(), 1);
        QVERIFY(view.previousDisagreement());
        view.selectSpan({11, 34});
        QCOMPARE(view.selectedSpan().value(), (Span{11, 34}));
        QCOMPARE(view.leftEditor()->textCursor().selectedText(), QStringLiteral("workers build trust; user f").left(23));
    }

    void queueIsDrivenByTheKeyboard()
    {
        ReconcileWindow w(*document, *store, scope, false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.queueView()->setFocus();
        QCOMPARE(w.visibleCount(), 3);
        QCOMPARE(w.currentItem()->group.kind, GroupKind::BoundaryDifference);
        QVERIFY(w.keyHelp()->text().contains(QStringLiteral("J/K")));

        press(w, Qt::Key_J);
        QCOMPARE(w.currentItem()->group.kind, GroupKind::ExactAgreement);
        press(w, Qt::Key_K);
        QCOMPARE(w.currentItem()->group.kind, GroupKind::BoundaryDifference);

        // R writes a rationale; Enter returns to the queue; A accepts Alice's span.
        press(w, Qt::Key_R);
        QVERIFY(w.rationaleEdit()->hasFocus());
        QTest::keyClicks(w.rationaleEdit(), QStringLiteral("the definition includes the actors"));
        QTest::keyClick(w.rationaleEdit(), Qt::Key_Return);
        QVERIFY(w.queueView()->hasFocus());
        press(w, Qt::Key_A);
        QCOMPARE(consensus(), QStringList{QStringLiteral("Trust[4,34)")});
        QCOMPARE(w.visibleCount(), 2); // the open queue lost the decided group
        QCOMPARE(w.progressBar()->value(), 1);
        QCOMPARE(w.progressBar()->maximum(), 3);
        const auto log = store->decisions({});
        QCOMPARE(log.size(), size_t(1));
        QCOMPARE(log[0].rationale, QStringLiteral("the definition includes the actors"));

        // Space accepts both on the exact agreement (one consensus coding).
        QCOMPARE(w.currentItem()->group.kind, GroupKind::ExactAgreement);
        press(w, Qt::Key_Space);
        QCOMPARE(consensus(), (QStringList{QStringLiteral("Cost[36,51)"), QStringLiteral("Trust[4,34)")}));

        // The conflict: N, then U undoes it; E with a selection and a chosen code edits.
        QCOMPARE(w.currentItem()->group.kind, GroupKind::CodeConflict);
        press(w, Qt::Key_N);
        QCOMPARE(w.progress().decided, 3);
        QCOMPARE(w.visibleCount(), 0);
        press(w, Qt::Key_U);
        QCOMPARE(w.progress().decided, 2);
        QCOMPARE(w.currentItem()->group.kind, GroupKind::CodeConflict);
        press(w, Qt::Key_E); // nothing selected: refused with a message
        QVERIFY(w.message().contains(QStringLiteral("Select")));
        w.comparison()->selectSpan({58, 64});
        w.codeChooser()->setCurrentIndex(w.codeChooser()->findData(access.id));
        press(w, Qt::Key_E);
        QCOMPARE(consensus(), (QStringList{QStringLiteral("Access[58,64)"), QStringLiteral("Cost[36,51)"),
                                           QStringLiteral("Trust[4,34)")}));
        QCOMPARE(w.progress().recordsReconciled, 1);

        // Undo twice: the edit, then the exact agreement.
        press(w, Qt::Key_U);
        press(w, Qt::Key_U);
        QCOMPARE(consensus(), QStringList{QStringLiteral("Trust[4,34)")});
        QCOMPARE(w.undoStack()->count(), 3); // the undone N was replaced by E
        QCOMPARE(w.undoStack()->index(), 1);
    }

    void opensWithTheQueueFocusedAndLettersDecide()
    {
        ReconcileWindow w(*document, *store, scope, false);
        w.resize(1400, 850);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.queueView()));
        auto *kind = w.findChild<QComboBox *>(QStringLiteral("KindFilter"));
        QVERIFY(kind);
        const int kindBefore = kind->currentIndex();
        QCOMPARE(w.currentItem()->group.kind, GroupKind::BoundaryDifference);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
        QCOMPARE(consensus(), QStringList{QStringLiteral("Trust[4,34)")});
        QCOMPARE(kind->currentIndex(), kindBefore); // the letter decided; it did not pick a filter

        // Space accepts both, and the queue still has exactly its one current row selected.
        QCOMPARE(w.currentItem()->group.kind, GroupKind::ExactAgreement);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(consensus(), (QStringList{QStringLiteral("Cost[36,51)"), QStringLiteral("Trust[4,34)")}));
        const QModelIndexList selected = w.queueView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().row(), w.queueView()->currentIndex().row());

        // With the focus in a filter list, N still decides; Enter returns to the queue.
        kind->setFocus();
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(kind));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
        QVERIFY2(w.progress().decided == 3, qPrintable(w.message()));
        QCOMPARE(kind->currentIndex(), kindBefore);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.queueView()));
    }

    void oneSidedGroupsOfferOnlyWhatMakesSense()
    {
        code(alice, access, 80, 90); // Alice only
        ReconcileWindow w(*document, *store, scope, false);
        w.resize(1400, 850);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        while (w.currentItem() && w.currentItem()->group.kind != GroupKind::AOnly)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QVERIFY(w.currentItem());
        QAbstractButton *acceptBob = nullptr, *acceptAlice = nullptr, *both = nullptr;
        for (QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
            if (b->text() == QStringLiteral("Accept Bob  [B]"))
                acceptBob = b;
            else if (b->text() == QStringLiteral("Accept Alice  [A]"))
                acceptAlice = b;
            else if (b->text() == QStringLiteral("Both  [Space]"))
                both = b;
        }
        QVERIFY(acceptBob && acceptAlice && both);
        QVERIFY(!acceptBob->isEnabled());
        QVERIFY(!both->isEnabled());
        QVERIFY(acceptAlice->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B); // refused, with the reason in red
        QCOMPARE(w.progress().decided, 0);
        QVERIFY(w.message().contains(QStringLiteral("Bob did not code this text")));
        QVERIFY(w.message().contains(QStringLiteral("#b00020")));
        // The refusal belongs to that group: the next one starts without it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K);
        QCOMPARE(w.message(), QString());
        QVERIFY(acceptBob->isEnabled()); // the conflict before it has codings on both sides
    }

    void headerSaysWhatADecidedGroupBecame()
    {
        ReconcileWindow w(*document, *store, scope, false);
        w.resize(1400, 850);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString open = w.groupInfo()->text();
        QVERIFY2(!open.contains(QRegularExpression(QStringLiteral("[0-9a-f]{12,}"))), qPrintable(open)); // no hex key
        QVERIFY(!open.contains(QStringLiteral("code points")));
        QVERIFY2(open.contains(QStringLiteral("7 characters coded differently")), qPrintable(open)); // [4,11)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("actors are part of the definition"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
        w.setStateFilter(QueueFilter::States::All);
        while (w.currentItem()->state != ItemState::Decided)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_K);
        const QString decided = w.groupInfo()->text();
        QVERIFY2(decided.contains(QStringLiteral("<b>Decided:</b> accepted Alice by Lena")), qPrintable(decided));
        QVERIFY(decided.contains(QStringLiteral("Consensus: Trust [4, 34)")));
        QVERIFY(decided.contains(QStringLiteral("Rationale: actors are part of the definition")));
        QCOMPARE(w.queueView()->model()->index(0, 2).data().toString(), QStringLiteral("decided: Accept A"));
    }

    void queuePaneShowsKindAndStateInFull()
    {
        ReconcileWindow w(*document, *store, scope, false);
        w.resize(1400, 850);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView *view = w.queueView();
        QHeaderView *header = view->horizontalHeader();
        QTRY_VERIFY(view->width() >= 420);
        const int stateRight = header->sectionViewportPosition(2) + header->sectionSize(2);
        QVERIFY2(stateRight <= view->viewport()->width(),
                 qPrintable(QStringLiteral("State ends at %1 of %2").arg(stateRight).arg(view->viewport()->width())));
        const QFontMetrics fm(view->font());
        QVERIFY(header->sectionSize(1) >= fm.horizontalAdvance(QStringLiteral("Boundary difference")));
    }

    void codeConflictShowsBothDefinitionsSideBySide()
    {
        ReconcileWindow w(*document, *store, scope, false);
        w.resize(1400, 850);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(!w.definitions()->isVisible()); // a boundary difference: one code, nothing to compare
        while (w.currentItem()->group.kind != GroupKind::CodeConflict)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QVERIFY(w.definitions()->isVisible());
        const QList<QLabel *> sides = w.definitions()->findChildren<QLabel *>();
        QCOMPARE(sides.size(), 2);
        QVERIFY(sides[0]->text().contains(QStringLiteral("Alice's code")));
        QVERIFY(sides[0]->text().contains(QStringLiteral("What Access means here.")));
        QVERIFY(sides[1]->text().contains(QStringLiteral("Bob's code")));
        QVERIFY(sides[1]->text().contains(QStringLiteral("What Cost means here.")));
        QVERIFY(sides[0]->geometry().right() < sides[1]->geometry().left()); // side by side
    }

    void bulkAcceptIsOneKeyAndOneUndo()
    {
        code(alice, trust, 70, 77);
        code(bob, trust, 70, 77);
        ReconcileWindow w(*document, *store, scope, false);
        w.queueView()->setFocus();
        press(w, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(consensus(), (QStringList{QStringLiteral("Cost[36,51)"), QStringLiteral("Trust[70,77)")}));
        QCOMPARE(w.progress().decided, 2);
        press(w, Qt::Key_U);
        QVERIFY(consensus().isEmpty());
    }

    void blindModeHidesNamesAndUsesNumbers()
    {
        ReconcileWindow w(*document, *store, scope, true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.queueView()->setFocus();
        // Nothing on screen names Alice or Bob.
        for (const QLabel *label : w.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral("Alice")) && !label->text().contains(QStringLiteral("Bob")),
                     qPrintable(label->text()));
        for (const QAbstractButton *b : w.findChildren<QAbstractButton *>())
            QVERIFY(!b->text().contains(QStringLiteral("Alice")) && !b->text().contains(QStringLiteral("Bob")));
        QVERIFY(w.keyHelp()->text().contains(QStringLiteral("1/2")));

        // A does nothing in blind mode; 1 accepts whoever is Reviewer 1 on this record.
        press(w, Qt::Key_A);
        QVERIFY(consensus().isEmpty());
        const bool swapped = Reconciler::blindSwapped(scope, record);
        press(w, Qt::Key_1);
        QCOMPARE(consensus(), QStringList{swapped ? QStringLiteral("Trust[11,34)") : QStringLiteral("Trust[4,34)")});
        const auto log = store->decisions({});
        QCOMPARE(log.size(), size_t(1));
        QCOMPARE(log[0].outcome, swapped ? Outcome::AcceptB : Outcome::AcceptA);
    }

    void aDecisionRebuildsItsRecordAndTheQueueMatchesAFullReload()
    {
        // Three records; a decision on the middle one rebuilds only its groups, in place.
        const QUuid first = record;
        QUuid middle, last;
        for (auto [title, out] : {std::pair{QStringLiteral("Clinic distance"), &middle},
                                  std::pair{QStringLiteral("Peer support"), &last}}) {
            Record r;
            r.title = title;
            r.text = QStringLiteral("Peer workers visit homes; distance to clinics limits follow-up care.");
            *out = project->addRecords({r}).value().front();
        }
        record = middle;
        code(alice, trust, 0, 12);
        code(bob, trust, 0, 12);
        code(alice, access, 25, 50);
        code(bob, cost, 25, 50);
        record = last;
        code(alice, cost, 13, 23);
        record = first;

        auto snapshot = [](const ReconcileWindow &w) {
            QStringList rows;
            for (const QueueItem &i : w.queue().items)
                rows << QStringLiteral("%1 %2").arg(i.group.key, stateName(i.state));
            return rows;
        };
        ReconcileWindow w(*document, *store, scope, false);
        w.queueView()->setFocus();
        w.setSort(ReconcileWindow::Sort::TextOrder);
        while (w.currentItem() && w.currentItem()->group.recordId != middle)
            press(w, Qt::Key_J);
        QVERIFY(w.currentItem());
        const int before = w.progress().decided;
        press(w, Qt::Key_Space); // accept both
        QCOMPARE(w.progress().decided, before + 1);
        const QStringList incremental = snapshot(w);
        QVERIFY(incremental.filter(QStringLiteral(" decided")).size() == 1);
        QVERIFY(w.reload());
        QCOMPARE(incremental, snapshot(w)); // same groups, order and states as a full rebuild
        // The groups of the other records are still there, before and after the middle one.
        QCOMPARE(w.queue().items.front().group.recordId, first);
        QCOMPARE(w.queue().items.back().group.recordId, last);
    }

    void escalationAndItsFilter()
    {
        ReconcileWindow w(*document, *store, scope, false);
        w.queueView()->setFocus();
        press(w, Qt::Key_X); // no note: refused
        QCOMPARE(w.progress().escalated, 0);
        w.rationaleEdit()->setText(QStringLiteral("ask Ada"));
        press(w, Qt::Key_X);
        QCOMPARE(w.progress().escalated, 1);
        w.setStateFilter(QueueFilter::States::Escalated);
        QCOMPARE(w.visibleCount(), 1);
        QCOMPARE(w.currentItem()->escalation->note, QStringLiteral("ask Ada"));
        w.setStateFilter(QueueFilter::States::All);
        w.setSort(ReconcileWindow::Sort::Impact);
        QCOMPARE(w.currentItem()->group.kind, GroupKind::CodeConflict); // 19 + 12 code points
    }
};

QTEST_MAIN(ReconcileUiTest)
#include "test_reconcile_ui.moc"
