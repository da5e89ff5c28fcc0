// Row versions on the team server: two sessions changing one coding or one memo end in one
// outcome, decided by the server in the UPDATE itself, so neither plain SQL nor two clients
// writing at the same moment can both win or slip past the check.

#include "teamserver.h"

#include "core/model/project.h"
#include "core/pg/pgconnection.h"
#include "core/pg/teamproject.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace dyad::core;
using namespace dyad::core::pg;
using dyad::test::TeamServer;

namespace {

/** Bob signed in twice (his laptop and the lab's PC), and the lead. */
struct TwoWindows
{
    QString db, bobUrl;
    std::unique_ptr<Project> lead, laptop, lab;
    QUuid record;
    Code fees;
    Coding coding;

    void build(const TeamServer &server)
    {
        db = server.newDatabase();
        auto owner = createTeamProject(server.url(db), QStringLiteral("Sites")).value();
        ASSERT_TRUE(addTeamMember(server.url(db), QStringLiteral("Lena"), db + QStringLiteral("_lena"),
                                  TeamRole::Lead).ok());
        ASSERT_TRUE(addTeamMember(server.url(db), QStringLiteral("Bob"), db + QStringLiteral("_bob"),
                                  TeamRole::Reviewer).ok());
        Record r;
        r.title = QStringLiteral("Fees at rural clinics");
        r.text = QStringLiteral("Nurses explained the fees and the waiting times.");
        record = owner->addRecords({r}).value().front();
        Code c;
        c.name = QStringLiteral("Fees");
        fees = owner->createCode(c).value();
        bobUrl = server.url(db, db + QStringLiteral("_bob"));
        lead = openTeamProject(server.url(db, db + QStringLiteral("_lena"))).value();
        laptop = openTeamProject(bobUrl).value();
        lab = openTeamProject(bobUrl).value();
        Coding k;
        k.recordId = record;
        k.codeId = fees.id;
        k.span = {21, 25}; // "fees"
        coding = laptop->addCoding(k).value();
    }
};

} // namespace

TEST(TeamRowVersions, SecondSessionEditingACodingMemoIsRefusedWithWhoAndWhen)
{
    REQUIRE_TEAM_SERVER(server, "of two sessions changing one coding's memo from the same version, the second is "
                                "refused with a message and the first memo stays");
    TwoWindows w;
    w.build(*server);
    const qint64 seen = w.lab->coding(w.coding.id)->version;
    ASSERT_EQ(seen, 1);
    ASSERT_TRUE(w.laptop->updateCodingMemo(w.coding.id, QStringLiteral("fees deter mothers"), seen).ok());
    const Status late = w.lab->updateCodingMemo(w.coding.id, QStringLiteral("fees are fair"), seen);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.errorKind(), ErrorKind::Conflict);
    EXPECT_TRUE(late.error().startsWith(QStringLiteral("You changed the memo of the coding \"Fees\" on \"Fees at "
                                                       "rural clinics\" in another window or program at ")))
        << late.error().toStdString();
    EXPECT_TRUE(late.error().endsWith(QStringLiteral("Your text was not saved."))) << late.error().toStdString();
    EXPECT_EQ(w.lead->coding(w.coding.id)->memo, QStringLiteral("fees deter mothers"));
    EXPECT_EQ(w.lead->coding(w.coding.id)->version, 2);
}

TEST(TeamRowVersions, PlainSqlCannotSlipPastTheVersion)
{
    REQUIRE_TEAM_SERVER(server, "a change made with plain SQL still raises the coding's version, so a session "
                                "that read the old version is refused");
    TwoWindows w;
    w.build(*server);
    const qint64 seen = w.lab->coding(w.coding.id)->version;
    auto psql = PgConnection::connect(w.bobUrl);
    ASSERT_TRUE(psql.ok()) << psql.error().toStdString();
    // Even a statement that sets the version back does not lower it: the server counts.
    auto r = (*psql)->run("UPDATE codings SET memo = 'typed in psql', version = 1");
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(w.lead->coding(w.coding.id)->version, seen + 1);
    const Status late = w.lab->updateCodingMemo(w.coding.id, QStringLiteral("from the window"), seen);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.errorKind(), ErrorKind::Conflict);
    EXPECT_EQ(w.lead->coding(w.coding.id)->memo, QStringLiteral("typed in psql"));
}

TEST(TeamRowVersions, TwoWritersAtTheSameMomentOneWins)
{
    REQUIRE_TEAM_SERVER(server, "two sessions writing one coding from the same version at the same moment: the "
                                "server lets exactly one through");
    TwoWindows w;
    w.build(*server);
    const qint64 seen = w.coding.version;
    Status second;
    std::thread lab;
    // The laptop's write holds the row (its transaction is open) while the lab PC writes the
    // same version from another thread; the lab's UPDATE waits for the row, then finds its
    // version gone.
    const Status first = w.laptop->transact([&]() -> Status {
        if (auto st = w.laptop->updateCodingSpan(w.coding.id, {12, 25}, seen); !st)
            return st;
        lab = std::thread([&] { second = w.lab->updateCodingSpan(w.coding.id, {21, 38}, seen); });
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        return {};
    });
    lab.join();
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.errorKind(), ErrorKind::Conflict) << second.error().toStdString();
    EXPECT_EQ(w.lead->coding(w.coding.id)->span, (Span{12, 25}));
    EXPECT_EQ(w.lead->coding(w.coding.id)->version, seen + 1);
}

TEST(TeamRowVersions, SecondSessionWritingARecordMemoIsRefused)
{
    REQUIRE_TEAM_SERVER(server, "of two sessions writing one record memo from the same version, the second is "
                                "refused and the first memo stays");
    TwoWindows w;
    w.build(*server);
    const RecordMemo none = w.lab->recordMemoWithVersion(w.record);
    EXPECT_EQ(none.version, 0);
    auto first = w.laptop->setRecordMemo(w.record, QStringLiteral("Ask Lena about scope."), none.version);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    auto late = w.lab->setRecordMemo(w.record, QStringLiteral("Out of scope."), none.version);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.errorKind(), ErrorKind::Conflict);
    EXPECT_TRUE(late.error().startsWith(QStringLiteral("You changed your memo on \"Fees at rural clinics\" in "
                                                       "another window or program at ")))
        << late.error().toStdString();
    auto update = w.laptop->setRecordMemo(w.record, QStringLiteral("Asked Lena: in scope."), *first);
    ASSERT_TRUE(update.ok()) << update.error().toStdString();
    EXPECT_EQ(*update, 2);
    auto stale = w.lab->setRecordMemo(w.record, QStringLiteral("Out of scope."), *first);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.errorKind(), ErrorKind::Conflict);
    EXPECT_EQ(w.lead->recordMemoOf(w.record, w.laptop->actor()), QStringLiteral("Asked Lena: in scope."));
}

TEST(TeamRowVersions, CliWriteOnAStaleVersionIsRefused)
{
    REQUIRE_TEAM_SERVER(server, "dyad-cli memo --if-version, run as its own process, is refused when another "
                                "session changed the memo after the version it names");
    TwoWindows w;
    w.build(*server);
    ASSERT_TRUE(w.laptop->setRecordMemo(w.record, QStringLiteral("first"), 0).ok());
    ASSERT_TRUE(w.laptop->setRecordMemo(w.record, QStringLiteral("second"), 1).ok());
    QProcess p;
    p.start(QStringLiteral(DYAD_CLI_PATH),
            {QStringLiteral("memo"), w.bobUrl, QStringLiteral("1"), QStringLiteral("--as"), QStringLiteral("Bob"),
             QStringLiteral("--set"), QStringLiteral("from a script"), QStringLiteral("--if-version"),
             QStringLiteral("1")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("You changed your memo on \"Fees at rural clinics\""))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Your text was:\nfrom a script"))) << err.toStdString();
    EXPECT_EQ(w.lead->recordMemoOf(w.record, w.laptop->actor()), QStringLiteral("second"));
}

TEST(TeamRowVersions, AVersionOneServerIsUpgradedByItsOwner)
{
    REQUIRE_TEAM_SERVER(server, "a team project made before row versions (server schema 1) is upgraded when its "
                                "owner opens it, and a reviewer opening it first is told to ask the owner");
    TwoWindows w;
    w.build(*server);
    w.lead.reset();
    w.laptop.reset();
    w.lab.reset();
    // Back to schema 1 as it was released: no version columns, no trigger.
    auto admin = PgConnection::connect(server->url(w.db));
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE((*admin)->run("DROP POLICY meta_own_copy ON meta; "
                              "DROP TRIGGER codings_version ON codings; DROP TRIGGER record_memos_version ON "
                              "record_memos; DROP FUNCTION dyad_next_version(); ALTER TABLE codings DROP COLUMN "
                              "version; ALTER TABLE record_memos DROP COLUMN version; UPDATE dyad_server SET "
                              "schema_version = 1")
                    .ok());
    auto early = openTeamProject(w.bobUrl);
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().startsWith(QStringLiteral("Cannot open the team project: it needs a one-time upgrade "
                                                        "from server schema 1 to 3, which only the database's owner "
                                                        "may make.")))
        << early.error().toStdString();

    auto owner = openTeamProject(server->url(w.db));
    ASSERT_TRUE(owner.ok()) << owner.error().toStdString();
    EXPECT_EQ((*admin)->run("SELECT schema_version FROM dyad_server").text(0, 0), QStringLiteral("3"));
    EXPECT_EQ((*owner)->coding(w.coding.id)->version, 1);
    auto bob = openTeamProject(w.bobUrl);
    ASSERT_TRUE(bob.ok()) << bob.error().toStdString();
    ASSERT_TRUE((*bob)->updateCodingMemo(w.coding.id, QStringLiteral("after the upgrade"), 1).ok());
    EXPECT_FALSE((*bob)->updateCodingMemo(w.coding.id, QStringLiteral("stale"), 1).ok());
}
