// File › Open Team Project…: a reviewer types a server location, the window opens the team
// project as the reviewer who signed in, Open Recent offers the location again, and a change
// made on the server by another process (psql) appears in the open window.
#include "uitest.h"

#include "core/model/project.h"
#include "core/pg/pgconnection.h"
#include "core/pg/teamproject.h"
#include "ui/codebook/codebookmodel.h"
#include "ui/commands/addremovecodings.h"
#include "core/reconcile/decisionstore.h"
#include "ui/document.h"
#include "ui/reconcile/reconcilewindow.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/unsentchanges.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QLabel>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace dyad;

namespace {

struct Cluster
{
    QString dir, bindir;
};

std::optional<Cluster> cluster()
{
    QFile state(QStringLiteral(DYAD_TEST_PG_STATE));
    if (!state.open(QIODevice::ReadOnly))
        return std::nullopt;
    Cluster c;
    for (const QByteArray &line : state.readAll().split('\n')) {
        if (line.startsWith("DYAD_PG_DIR="))
            c.dir = QString::fromUtf8(line.mid(12));
        else if (line.startsWith("DYAD_PG_BINDIR="))
            c.bindir = QString::fromUtf8(line.mid(15));
    }
    if (c.dir.isEmpty())
        return std::nullopt;
    return c;
}

QString url(const Cluster &c, const QString &db, const QString &role)
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(db, c.dir, role);
}

/** A cluster of the test's own (it is stopped and started under an open window); stops with the guard. */
struct OwnCluster
{
    QTemporaryDir dir;
    QString state = dir.filePath(QStringLiteral("own.env"));
    QString script = QStringLiteral(DYAD_SOURCE_DIR "/tools/pgcluster.sh");
    QString socketDir;

    bool start()
    {
        if (QProcess::execute(script, {QStringLiteral("start"), state}) != 0)
            return false;
        QFile f(state);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("DYAD_PG_DIR="))
                socketDir = QString::fromUtf8(line.mid(12));
        return !socketDir.isEmpty();
    }
    bool pause() { return QProcess::execute(script, {QStringLiteral("pause"), state}) == 0; }
    bool resume() { return QProcess::execute(script, {QStringLiteral("resume"), state}) == 0; }
    ~OwnCluster() { QProcess::execute(script, {QStringLiteral("stop"), state}); }
    QString location(const QString &role) const { return url({socketDir, {}}, QStringLiteral("dyad"), role); }
};

/** What a second process, dyad-cli, reads from the server: "code start:end quote" per coding. */
QStringList codingsByCli(const QString &location)
{
    QProcess cli;
    cli.start(QStringLiteral(DYAD_CLI_PATH), {QStringLiteral("codings"), location, QStringLiteral("--json")});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        return {QStringLiteral("dyad-cli failed: ") + QString::fromUtf8(cli.readAllStandardError())};
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(cli.readAllStandardOutput()).array()) {
        const QJsonObject o = v.toObject();
        out << QStringLiteral("%1 %2:%3 %4")
                   .arg(o.value(QStringLiteral("code")).toString())
                   .arg(o.value(QStringLiteral("start")).toInteger())
                   .arg(o.value(QStringLiteral("end")).toInteger())
                   .arg(o.value(QStringLiteral("quote")).toString());
    }
    out.sort();
    return out;
}

} // namespace

class TestTeamOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // changes kept in a file go to a test folder
        test::isolateSettings();
        core::pg::registerTeamProjects(); // as the dyad program does at its start
    }

    void openTeamProjectByKeysAndFollowTheServer()
    {
        const auto c = cluster();
        if (!c)
            QSKIP("no PostgreSQL test cluster (ctest starts it with tools/pgcluster.sh): would have opened a team "
                  "project through File > Open Team Project... and watched a change from psql arrive");
        const QString db = QStringLiteral("ui%1").arg(QCoreApplication::applicationPid());
        {
            auto admin = core::pg::PgConnection::connect(url(*c, QStringLiteral("dyad"), QStringLiteral("dyad_admin")));
            QVERIFY(admin.ok());
            QVERIFY((*admin)->run("CREATE DATABASE " + db.toUtf8()).ok());
        }
        const QString owner = url(*c, db, QStringLiteral("dyad_admin"));
        auto project = core::pg::createTeamProject(owner, QStringLiteral("Rural clinics review"));
        QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error()));
        core::Record r;
        r.title = QStringLiteral("Trust in rural clinics");
        r.text = QStringLiteral("Community health workers build trust in rural clinics.");
        QVERIFY((*project)->addRecords({r}).ok());
        const QString role = db + QStringLiteral("_alice");
        QVERIFY(core::pg::addTeamMember(owner, QStringLiteral("Alice"), role, core::pg::TeamRole::Reviewer).ok());
        const QString location = url(*c, db, role);

        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool typed = false;
        test::whenShown(&window, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            if (!dialog || !edit)
                return false;
            QTest::keyClicks(edit, location);
            QTest::keyClick(edit, Qt::Key_Return);
            typed = true;
            return true;
        });
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_O,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(typed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.document() != nullptr, 10000);
        ui::Document *doc = window.document();
        // Signed in as Alice: the window works as Alice without asking who she is.
        QCOMPARE(doc->reviewerId(), doc->project().reviewerByName(QStringLiteral("Alice"))->id);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("Rural clinics review")), qPrintable(window.windowTitle()));

        // Open Recent offers the location itself.
        QMenu *file = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->text().remove(QLatin1Char('&')) == QStringLiteral("File"))
                file = a->menu();
        QVERIFY(file);
        QMenu *recent = nullptr;
        for (QAction *a : file->actions())
            if (a->menu() && a->text().remove(QLatin1Char('&')) == QStringLiteral("Open Recent"))
                recent = a->menu();
        QVERIFY(recent);
        QVERIFY(!recent->actions().isEmpty());
        QCOMPARE(recent->actions().first()->text(), location);

        // The lead adds a shared code with psql, a separate process: it appears in Alice's codebook.
        QProcess psql;
        psql.start(c->bindir + QStringLiteral("/psql"),
                   {owner, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                    QStringLiteral("INSERT INTO codes (id, name, created) VALUES "
                                   "('6f1d1c7e-0c5a-4c6e-9a55-2f8d3b1c0a11', 'Hope', '2026-12-06T10:00:00.000Z')")});
        QVERIFY(psql.waitForFinished(30000));
        QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
        const QUuid hope = QUuid::fromString(QStringLiteral("6f1d1c7e-0c5a-4c6e-9a55-2f8d3b1c0a11"));
        QTRY_VERIFY_WITH_TIMEOUT(window.codebookModel()->indexOf(hope).isValid(), 5000);
    }

    void theWindowSaysWhenTheServerIsGoneAndWhenItIsBack()
    {
        if (!cluster())
            QSKIP("no PostgreSQL test cluster: would have stopped a server under an open window and checked the "
                  "status bar says it is offline");
        // A cluster of its own: this test stops its server.
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("offline.env"));
        const QString script = QStringLiteral(DYAD_SOURCE_DIR "/tools/pgcluster.sh");
        QCOMPARE(QProcess::execute(script, {QStringLiteral("start"), state}), 0);
        auto stop = qScopeGuard([&] { QProcess::execute(script, {QStringLiteral("stop"), state}); });
        QString socketDir;
        {
            QFile f(state);
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QByteArray &line : f.readAll().split('\n'))
                if (line.startsWith("DYAD_PG_DIR="))
                    socketDir = QString::fromUtf8(line.mid(12));
        }
        const QString location = url({socketDir, {}}, QStringLiteral("dyad"), QStringLiteral("dyad_admin"));
        auto created = core::pg::createTeamProject(location, QStringLiteral("Offline check"));
        QVERIFY(created.ok());
        core::Record r;
        r.text = QStringLiteral("Patients valued continuity of care.");
        QVERIFY((*created)->addRecords({r}).ok());
        created->reset();

        ui::MainWindow window;
        QVERIFY(window.openProject(location, QStringLiteral("Consensus")) || window.document());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *note = window.findChild<QLabel *>(QStringLiteral("TeamOffline"));
        QVERIFY(note);
        QVERIFY(!note->isVisible());

        QCOMPARE(QProcess::execute(script, {QStringLiteral("pause"), state}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 5000);
        QVERIFY(note->text().contains(QStringLiteral("Offline")));
        QVERIFY(note->text().contains(QStringLiteral("not saved")));

        // Back: the next change connects again, and the note goes.
        QCOMPARE(QProcess::execute(script, {QStringLiteral("resume"), state}), 0);
        QVERIFY(window.document()->project().setTitle(QStringLiteral("Offline check, again")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), 5000);
    }

    void changesMadeOfflineAreSentInOrderAndARefusedOneIsReported()
    {
        const auto c = cluster();
        if (!c)
            QSKIP("no PostgreSQL test cluster: would have queued four changes while the connection was cut, let "
                  "the server refuse one, and checked the others reached it in order");
        OwnCluster server;
        QVERIFY(server.start());
        const QString owner = server.location(QStringLiteral("dyad_admin"));
        QUuid record, trust, cost;
        {
            auto project = core::pg::createTeamProject(owner, QStringLiteral("Order check"));
            QVERIFY(project.ok());
            core::Record r;
            r.title = QStringLiteral("Trust in rural clinics");
            r.text = QStringLiteral("Community health workers build trust in rural clinics.");
            record = (*project)->addRecords({r}).value().front();
            core::Code code;
            code.name = QStringLiteral("Trust");
            trust = (*project)->createCode(code).value().id;
            code.name = QStringLiteral("Cost");
            cost = (*project)->createCode(code).value().id;
        }
        QVERIFY(core::pg::addTeamMember(owner, QStringLiteral("Alice"), QStringLiteral("alice"),
                                        core::pg::TeamRole::Reviewer)
                    .ok());
        auto opened = core::pg::openTeamProject(server.location(QStringLiteral("alice")));
        QVERIFY(opened.ok());
        const QUuid alice = (*opened)->actor();
        ui::Document doc(std::move(opened).value());
        doc.setReviewer(alice);
        // What a window shows before the cut: the codebook and the record.
        QCOMPARE(doc.project().codes(alice).size(), size_t(2));
        QVERIFY(doc.project().record(record));
        QStringList errors;
        connect(&doc, &ui::Document::error, this, [&](const QString &m) { errors << m; });
        QStringList refused;
        connect(&doc, &ui::Document::unsavedChangesRefused, this, [&](const QStringList &r) { refused << r; });

        QVERIFY(server.pause());
        QVERIFY(doc.project().isOffline());

        auto coding = [&](const QUuid &code, qint64 start, qint64 end) {
            core::Coding k;
            k.recordId = record;
            k.codeId = code;
            k.span = {start, end};
            return k;
        };
        auto *first = new ui::AddCodings(&doc, {coding(trust, 0, 9)}); // "Community"
        const core::Coding community = first->codings().front();
        doc.push(first);
        doc.push(new ui::AddCodings(&doc, {coding(cost, 10, 16)}));  // "health": Cost is gone by now
        doc.push(new ui::AddCodings(&doc, {coding(trust, 31, 36)})); // "trust"
        doc.push(new ui::RemoveCodings(&doc, {community}));          // only works after the first
        const QStringList waiting = doc.unsavedChanges();
        QCOMPARE(waiting.size(), qsizetype(4));
        QCOMPARE(waiting.at(0), QStringLiteral("Code 'Trust' on “Trust in rural clinics”, 'Community' [0,9)"));
        QCOMPARE(waiting.at(1), QStringLiteral("Code 'Cost' on “Trust in rural clinics”, 'health' [10,16)"));
        QCOMPARE(waiting.at(3), QStringLiteral("Remove code 'Trust' from “Trust in rural clinics”, 'Community' [0,9)"));
        QVERIFY(errors.isEmpty());

        // The server is back, and the lead deletes Cost before this client connects again.
        QVERIFY(server.resume());
        QProcess psql;
        psql.start(c->bindir + QStringLiteral("/psql"), {owner, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                         QStringLiteral("-qAtc"),
                                                         QStringLiteral("DELETE FROM codes WHERE name = 'Cost'")});
        QVERIFY(psql.waitForFinished(30000));
        QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());

        // Back by itself: three go through in order, the refused one is named with the reason.
        QTRY_VERIFY_WITH_TIMEOUT(!doc.isOffline() && doc.unsavedChanges().isEmpty(), 20000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(refused.size(), qsizetype(1));
        QVERIFY2(refused.front().startsWith(QStringLiteral("Code 'Cost' on “Trust in rural clinics”, 'health' [10,16) — ")),
                 qPrintable(refused.front()));
        qInfo("refused: %s", qPrintable(refused.front()));
        QCOMPARE(doc.undoStack()->count(), 3);
        QCOMPARE(codingsByCli(owner), QStringList{QStringLiteral("Trust 31:36 trust")});
    }

    void theReconciliationQueueFollowsTheServersNotices()
    {
        const auto c = cluster();
        if (!c)
            QSKIP("no PostgreSQL test cluster: would have opened the reconciliation window on a team project and "
                  "checked that a coding dyad-cli adds on the server joins its queue");
        const QString db = QStringLiteral("rec%1").arg(QCoreApplication::applicationPid());
        {
            auto admin = core::pg::PgConnection::connect(url(*c, QStringLiteral("dyad"), QStringLiteral("dyad_admin")));
            QVERIFY(admin.ok());
            QVERIFY((*admin)->run("CREATE DATABASE " + db.toUtf8()).ok());
        }
        const QString owner = url(*c, db, QStringLiteral("dyad_admin"));
        auto created = core::pg::createTeamProject(owner, QStringLiteral("Reconcile on a server"));
        QVERIFY(created.ok());
        ui::Document document(std::move(created).value());
        core::Project &project = document.project();
        const core::Reviewer alice = project.addReviewer(QStringLiteral("Alice")).value();
        const core::Reviewer bob = project.addReviewer(QStringLiteral("Bob")).value();
        const core::Reviewer lena = project.addReviewer(QStringLiteral("Lena"), core::ReviewerRole::Lead).value();
        QHash<QString, QUuid> codes;
        for (const QString &name : {QStringLiteral("Trust"), QStringLiteral("Cost"), QStringLiteral("Training")}) {
            core::Code code;
            code.name = name;
            codes.insert(name, project.createCode(code).value().id);
        }
        core::Record r;
        r.title = QStringLiteral("Trust and fees");
        r.text = QStringLiteral("Community health workers build trust; user fees deter care. Staff asked for training.");
        const QUuid record = project.addRecords({r}).value().front();
        auto code = [&](const core::Reviewer &who, const QString &name, qint64 start, qint64 end) {
            project.setActor(who.id);
            core::Coding k;
            k.recordId = record;
            k.codeId = codes.value(name);
            k.span = {start, end};
            QVERIFY(project.addCoding(k).ok());
        };
        code(alice, QStringLiteral("Trust"), 10, 36); // "health workers build trust"
        code(bob, QStringLiteral("Trust"), 17, 36);   // "workers build trust": boundary difference
        code(alice, QStringLiteral("Cost"), 38, 58);  // "user fees deter care": exact agreement
        code(bob, QStringLiteral("Cost"), 38, 58);
        project.setActor(lena.id);
        auto store = core::reconcile::openDecisionStore(project);
        QVERIFY(store.ok());
        ui::ReconcileWindow window(document, **store, core::reconcile::Scope{alice.id, bob.id, {}, {}}, false);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.visibleCount(), 2);

        // Bob codes "training" from another process: the server's notice reaches the queue.
        QProcess cli;
        cli.start(QStringLiteral(DYAD_CLI_PATH), {QStringLiteral("code"), owner, record.toString(QUuid::WithoutBraces),
                                                  QStringLiteral("Training"), QStringLiteral("--quote"),
                                                  QStringLiteral("training"), QStringLiteral("--as"),
                                                  QStringLiteral("Bob")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QTRY_COMPARE_WITH_TIMEOUT(window.visibleCount(), 3, 5000);
    }

    void theWindowConnectsAgainByItselfAndShowsWhatOthersDidMeanwhile()
    {
        const auto c = cluster();
        if (!c)
            QSKIP("no PostgreSQL test cluster: would have stopped and started a server under an open window and "
                  "checked that it connects again with no user action and shows a code added meanwhile");
        OwnCluster server;
        QVERIFY(server.start());
        const QString location = server.location(QStringLiteral("dyad_admin"));
        QVERIFY(core::pg::createTeamProject(location, QStringLiteral("Reconnect check")).ok());

        ui::MainWindow window;
        QVERIFY(window.openProject(location, QStringLiteral("Consensus")) || window.document());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *note = window.findChild<QLabel *>(QStringLiteral("TeamOffline"));
        QVERIFY(note);

        QVERIFY(server.pause());
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 5000);
        QVERIFY(window.document()->isOffline());
        // The window tries again on its own, and stays responsive while the server is down.
        QTest::qWait(1500);
        QVERIFY(note->isVisible());

        QVERIFY(server.resume());
        // Another process adds a code while this window is still disconnected.
        QProcess psql;
        psql.start(c->bindir + QStringLiteral("/psql"), {location, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                            QStringLiteral("-c"),
                                            QStringLiteral("INSERT INTO codes (id, name, created) VALUES "
                                                           "('7a2e2d8f-1d6b-4d7f-8b66-3f9e4c2d1b22', 'Hope', "
                                                           "'2026-12-06T10:00:00.000Z')")});
        QVERIFY(psql.waitForFinished(30000));
        QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());

        // No key pressed, no change made: the window is back within the backoff (1, 2, 5, 10 s).
        QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), 20000);
        QVERIFY(!window.document()->isOffline());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Reconnected to the team server"));
        const QUuid hope = QUuid::fromString(QStringLiteral("7a2e2d8f-1d6b-4d7f-8b66-3f9e4c2d1b22"));
        QTRY_VERIFY_WITH_TIMEOUT(window.codebookModel()->indexOf(hope).isValid(), 5000);
    }

    void aCodingMadeOfflineWaitsAndIsSentWhenTheServerIsBack()
    {
        if (!cluster())
            QSKIP("no PostgreSQL test cluster: would have applied a coding by keys while the server was away, "
                  "checked the window lists it as not saved, and read it from the server with dyad-cli after");
        OwnCluster server;
        QVERIFY(server.start());
        const QString owner = server.location(QStringLiteral("dyad_admin"));
        QUuid recordId;
        {
            auto project = core::pg::createTeamProject(owner, QStringLiteral("Queue check"));
            QVERIFY(project.ok());
            core::Record r;
            r.title = QStringLiteral("Trust in rural clinics");
            r.text = QStringLiteral("Community health workers build trust in rural clinics.");
            recordId = (*project)->addRecords({r}).value().front();
            core::Code trust;
            trust.name = QStringLiteral("Trust");
            QVERIFY((*project)->createCode(trust).ok());
        }
        QVERIFY(core::pg::addTeamMember(owner, QStringLiteral("Alice"), QStringLiteral("alice"),
                                        core::pg::TeamRole::Reviewer)
                    .ok());

        auto window = std::make_unique<ui::MainWindow>();
        QFile::remove(ui::unsent::filePath(server.location(QStringLiteral("alice")))); // left by a failed run
        QVERIFY(window->openProject(server.location(QStringLiteral("alice"))));
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showRecord(recordId);
        ui::RecordTextEdit *text = window->recordView()->textEdit();
        text->setFocus();
        QApplication::setActiveWindow(window.get());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(text));
        auto *note = window->findChild<QLabel *>(QStringLiteral("TeamOffline"));
        QVERIFY(note);
        auto codeByKeys = [&](int start, int length) {
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus, Qt::Key_Home, Qt::ControlModifier);
            for (int i = 0; i < start; ++i)
                QTest::keyClick(focus, Qt::Key_Right);
            for (int i = 0; i < length; ++i)
                QTest::keyClick(focus, Qt::Key_Right, Qt::ShiftModifier);
            QTest::keyClick(focus, Qt::Key_1); // quick key 1: Trust
        };

        QVERIFY(server.pause());
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 5000);
        codeByKeys(0, 9); // "Community"
        QCOMPARE(window->document()->unsavedChanges().size(), qsizetype(1));
        QVERIFY2(note->text().contains(QStringLiteral("1 change(s) not saved")), qPrintable(note->text()));

        // A click on the note lists the change in words.
        QString listed;
        test::whenShown(window.get(), [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QStringLiteral("UnsavedChanges"))
                return false;
            listed = box->informativeText();
            QTest::keyClick(box, Qt::Key_Escape);
            return true;
        });
        QTest::mouseClick(note, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 5000);
        QVERIFY2(listed.contains(QStringLiteral("Code 'Trust' on")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("'Community' [0,9)")), qPrintable(listed));

        // Closing asks; "Keep Waiting" keeps the window and the change.
        bool asked = false;
        test::whenShown(window.get(), [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QStringLiteral("CloseWithUnsavedChanges"))
                return false;
            asked = true;
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("KeepWaiting")), Qt::LeftButton);
            return true;
        });
        window->close();
        QVERIFY(asked);
        QVERIFY(window->isVisible());
        QCOMPARE(window->document()->unsavedChanges().size(), qsizetype(1));

        // The server is back: the coding is sent with no user action and a second process reads
        // it; a code the lead added before the window was back shows too.
        QVERIFY(server.resume());
        QProcess psql;
        psql.start(cluster()->bindir + QStringLiteral("/psql"),
                   {owner, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                    QStringLiteral("INSERT INTO codes (id, name, created) VALUES "
                                   "('8b3f3e9a-2e7c-4e8a-9c77-4a0f5d3e2c33', 'Hope', '2026-12-06T10:00:00.000Z')")});
        QVERIFY(psql.waitForFinished(30000));
        QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), 20000);
        QVERIFY(window->document()->unsavedChanges().isEmpty());
        QCOMPARE(codingsByCli(owner), QStringList{QStringLiteral("Trust 0:9 Community")});
        QTRY_VERIFY_WITH_TIMEOUT(
            window->codebookModel()->indexOf(QUuid::fromString(QStringLiteral("8b3f3e9a-2e7c-4e8a-9c77-4a0f5d3e2c33")))
                .isValid(),
            5000);
        // Sent, it is an ordinary step of the history: Ctrl+Z takes it back on the server.
        QCOMPARE(window->document()->undoStack()->count(), 1);

        // Away again: a coding made now is kept in a file on closing; the next session offers
        // it and sends it.
        const QString aliceAt = server.location(QStringLiteral("alice"));
        QVERIFY(server.pause());
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 5000);
        QApplication::setActiveWindow(window.get());
        text->setFocus();
        codeByKeys(10, 6); // "health"
        QCOMPARE(window->document()->unsavedChanges().size(), qsizetype(1));
        auto answerClose = [&](const char *button) {
            asked = false;
            test::whenShown(window.get(), [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != QStringLiteral("CloseWithUnsavedChanges"))
                    return false;
                asked = true;
                QTest::mouseClick(box->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
                return true;
            });
        };
        answerClose("KeepInFile");
        window->close();
        QVERIFY(asked);
        QVERIFY(!window->isVisible());
        window.reset();
        QVERIFY(QFile::exists(ui::unsent::filePath(aliceAt)));
        QVERIFY(server.resume());
        QCOMPARE(codingsByCli(owner), QStringList{QStringLiteral("Trust 0:9 Community")});

        window = std::make_unique<ui::MainWindow>();
        QString offered;
        test::whenShown(window.get(), [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QStringLiteral("KeptChanges"))
                return false;
            offered = box->informativeText();
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("SendNow")), Qt::LeftButton);
            return true;
        });
        QVERIFY(window->openProject(aliceAt));
        QVERIFY2(offered.contains(QStringLiteral("'health' [10,16)")), qPrintable(offered));
        QCOMPARE(codingsByCli(owner),
                 (QStringList{QStringLiteral("Trust 0:9 Community"), QStringLiteral("Trust 10:16 health")}));
        QVERIFY(!QFile::exists(ui::unsent::filePath(aliceAt)));

        // Away once more: a coding discarded on closing never reaches the server.
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showRecord(recordId);
        text = window->recordView()->textEdit();
        note = window->findChild<QLabel *>(QStringLiteral("TeamOffline"));
        text->setFocus();
        QApplication::setActiveWindow(window.get());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(text));
        QVERIFY(server.pause());
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 5000);
        codeByKeys(17, 7); // "workers"
        QCOMPARE(window->document()->unsavedChanges().size(), qsizetype(1));
        answerClose("DiscardChanges");
        window->close();
        QVERIFY(asked);
        QVERIFY(!window->isVisible());
        window.reset();
        QVERIFY(!QFile::exists(ui::unsent::filePath(aliceAt)));
        QVERIFY(server.resume());
        QCOMPARE(codingsByCli(owner),
                 (QStringList{QStringLiteral("Trust 0:9 Community"), QStringLiteral("Trust 10:16 health")}));
    }
};

QTEST_MAIN(TestTeamOpen)
#include "test_teamopen.moc"
