// The reconciliation screen open while another process (the built dyad-cli) decides groups
// and adds codings in the same project file: the queue follows, the group on screen is kept
// when it still exists, and a group decided elsewhere is said so, never decided twice.
#include "uitest.h"

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/decisionstore.h"
#include "core/reconcile/reconciler.h"
#include "ui/document.h"
#include "ui/reconcile/reconcilewindow.h"

#include <QApplication>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dyad::core;
using namespace dyad::core::reconcile;
using namespace dyad::ui;

class TestReconcileExternal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_document; // the window writes, so it holds the document
    Project *m_project = nullptr;
    DecisionStore *m_store = nullptr; // the project's
    std::unique_ptr<ReconcileWindow> m_window;
    QUuid m_record;
    Reviewer m_alice, m_bob, m_lena;

    static QString cli()
    {
#ifdef DYAD_CLI_PATH
        return QStringLiteral(DYAD_CLI_PATH);
#else
        return QString();
#endif
    }

    static void run(const QStringList &args)
    {
        QProcess p;
        p.start(cli(), args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    QString record() const { return m_record.toString(QUuid::WithoutBraces); }

    /** The consensus layer as "Code[start,end)", sorted: what the file holds now. */
    QStringList consensus()
    {
        QStringList out;
        for (const Coding &c : m_project->codings({m_record, m_project->consensusReviewer().id, {}, {}}))
            out << QStringLiteral("%1[%2,%3)").arg(m_project->code(c.codeId)->name).arg(c.span.start).arg(c.span.end);
        out.sort();
        return out;
    }

    QString currentKey() const
    {
        const QueueItem *item = m_window->currentItem();
        return item ? item->group.key : QString();
    }

    void press(Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key);
    }

private slots:
    void initTestCase()
    {
        dyad::test::isolateSettings();
        if (cli().isEmpty())
            QSKIP("dyad-cli was not built, so no second process can decide in the open project");
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("reconcile-%1.dyad").arg(QUuid::createUuid().toString(QUuid::Id128)));
        auto created = createProject(m_path);
        QVERIFY2(created.ok(), created ? "" : qPrintable(created.error()));
        m_document = std::make_unique<Document>(std::move(created).value());
        m_project = &m_document->project();
        m_alice = m_project->addReviewer(QStringLiteral("Alice")).value();
        m_bob = m_project->addReviewer(QStringLiteral("Bob")).value();
        m_lena = m_project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        m_project->setActor(m_lena.id);
        QHash<QString, QUuid> codes;
        for (const QString &name : {QStringLiteral("Trust"), QStringLiteral("Cost"), QStringLiteral("Access"),
                                    QStringLiteral("Training")}) {
            Code c;
            c.name = name;
            codes.insert(name, m_project->createCode(c).value().id);
        }
        Record r;
        r.title = QStringLiteral("Trust and fees");
        r.text = QStringLiteral("Community health workers build trust; user fees deter care; clinics are far away. "
                                "Staff asked for training.");
        m_record = m_project->addRecords({r}).value().front();
        auto code = [&](const Reviewer &who, const QString &name, Offset s, Offset e) {
            m_project->setActor(who.id);
            Coding c;
            c.recordId = m_record;
            c.codeId = codes.value(name);
            c.span = {s, e};
            QVERIFY(m_project->addCoding(c).ok());
        };
        code(m_alice, QStringLiteral("Trust"), 10, 36); // "health workers build trust"
        code(m_bob, QStringLiteral("Trust"), 17, 36);   // "workers build trust": boundary difference
        code(m_alice, QStringLiteral("Cost"), 38, 58);  // "user fees deter care": exact agreement
        code(m_bob, QStringLiteral("Cost"), 38, 58);
        code(m_alice, QStringLiteral("Access"), 60, 80); // "clinics are far away" against Bob's Cost
        code(m_bob, QStringLiteral("Cost"), 60, 75);     // "clinics are far": code conflict
        m_project->setActor(m_lena.id);
        m_store = openDecisionStore(*m_project).value();
        m_window = std::make_unique<ReconcileWindow>(*m_document, *m_store, Scope{m_alice.id, m_bob.id, {}, {}}, false);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->queueView()));
        QCOMPARE(m_window->visibleCount(), 3);
        QCOMPARE(m_window->currentItem()->group.kind, GroupKind::BoundaryDifference);
    }

    void cleanup()
    {
        m_window.reset();
        m_store = nullptr;
        m_document.reset();
        m_project = nullptr;
    }

    void groupDecidedByAnotherProcessIsSaidNotSkippedSilently()
    {
        const QString key = currentKey();
        run({QStringLiteral("reconcile"), QStringLiteral("decide"), m_path, key, QStringLiteral("--reviewers"),
             QStringLiteral("Alice,Bob"), QStringLiteral("--outcome"), QStringLiteral("b"), QStringLiteral("--as"),
             QStringLiteral("Lena")});
        // Nothing pressed: the window notices by itself, within its one-second look at the file.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->message().contains(QStringLiteral("decided elsewhere")), 5000);
        QVERIFY2(m_window->message().contains(QStringLiteral("(accepted Bob by Lena)")), qPrintable(m_window->message()));
        QCOMPARE(m_window->progress().decided, 1);
        QCOMPARE(m_window->visibleCount(), 2); // the open queue: exact agreement and conflict left
        QVERIFY(currentKey() != key);
        QCOMPARE(m_window->currentItem()->group.kind, GroupKind::ExactAgreement);
        QCOMPARE(consensus(), QStringList{QStringLiteral("Trust[17,36)")});

        // The window decides on after the other process: A on the exact agreement now shown.
        press(Qt::Key_A);
        QCOMPARE(consensus(), (QStringList{QStringLiteral("Cost[38,58)"), QStringLiteral("Trust[17,36)")}));
        QCOMPARE(m_window->progress().decided, 2);
    }

    void keyPressedBeforeTheWindowLookedDoesNotDecideAStaleGroup()
    {
        const QString key = currentKey();
        run({QStringLiteral("reconcile"), QStringLiteral("decide"), m_path, key, QStringLiteral("--reviewers"),
             QStringLiteral("Alice,Bob"), QStringLiteral("--outcome"), QStringLiteral("b"), QStringLiteral("--as"),
             QStringLiteral("Lena")});
        // At once, before any timer ran: A would accept Alice's [10,36) on a group already decided.
        press(Qt::Key_A);
        QVERIFY2(m_window->message().contains(QStringLiteral("decided elsewhere")), qPrintable(m_window->message()));
        QCOMPARE(consensus(), QStringList{QStringLiteral("Trust[17,36)")});
        QCOMPARE(m_window->progress().decided, 1);
        QCOMPARE(m_window->currentItem()->group.kind, GroupKind::ExactAgreement);
    }

    void codingsAddedElsewhereRebuildTheQueueAndKeepTheGroupOnScreen()
    {
        // Bob's conflict group is on screen (two rows down).
        press(Qt::Key_J);
        press(Qt::Key_J);
        QCOMPARE(m_window->currentItem()->group.kind, GroupKind::CodeConflict);
        const QString conflict = currentKey();

        // Alice codes a sentence nobody had coded: one more group, the selection stays.
        run({QStringLiteral("code"), m_path, record(), QStringLiteral("Training"), QStringLiteral("82:106"),
             QStringLiteral("--as"), QStringLiteral("Alice")});
        QTRY_COMPARE_WITH_TIMEOUT(m_window->visibleCount(), 4, 5000);
        QCOMPARE(currentKey(), conflict);
        QCOMPARE(m_window->queueView()->currentIndex().row(), 2);
        QVERIFY(m_window->message().isEmpty());
        press(Qt::Key_J);
        const QueueItem *added = m_window->currentItem();
        QCOMPARE(added->group.kind, GroupKind::AOnly);
        QCOMPARE(added->group.extent.start, Offset(82));
        QCOMPARE(added->group.extent.end, Offset(106));

        // Bob changes the boundary group (a second Trust over Alice's words): the group it was
        // is gone, and the window says so on that row instead of deciding the old one.
        press(Qt::Key_K);
        press(Qt::Key_K);
        press(Qt::Key_K);
        QCOMPARE(m_window->currentItem()->group.kind, GroupKind::BoundaryDifference);
        const QString boundary = currentKey();
        run({QStringLiteral("code"), m_path, record(), QStringLiteral("Trust"), QStringLiteral("10:36"),
             QStringLiteral("--as"), QStringLiteral("Bob")});
        press(Qt::Key_A);
        QVERIFY2(m_window->message().contains(QStringLiteral("changed elsewhere")), qPrintable(m_window->message()));
        QVERIFY(currentKey() != boundary);
        QVERIFY(consensus().isEmpty());
    }

    void workbenchCodingInTheSameProcessShowsAtOnce()
    {
        // The workbench writes through the same project (no other process): the event suffices.
        Coding c;
        c.recordId = m_record;
        c.codeId = m_window->currentItem()->group.codeIds().front();
        c.span = {82, 87}; // "Staff"
        m_project->setActor(m_bob.id);
        QVERIFY(m_project->addCoding(c).ok());
        m_project->setActor(m_lena.id);
        QTRY_COMPARE(m_window->visibleCount(), 4);
        QCOMPARE(m_window->currentItem()->group.kind, GroupKind::BoundaryDifference);
    }
};

QTEST_MAIN(TestReconcileExternal)
#include "test_reconcile_external.moc"
