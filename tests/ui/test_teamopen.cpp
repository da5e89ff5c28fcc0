// File › Open Team Project…: a reviewer types a server location, the window opens the team
// project as the reviewer who signed in, Open Recent offers the location again, and a change
// made on the server by another process (psql) appears in the open window.
#include "uitest.h"

#include "core/model/project.h"
#include "core/pg/pgconnection.h"
#include "core/pg/teamproject.h"
#include "ui/codebook/codebookmodel.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QLabel>
#include <QScopeGuard>
#include <QTemporaryDir>

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

} // namespace

class TestTeamOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
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
};

QTEST_MAIN(TestTeamOpen)
#include "test_teamopen.moc"
