// Every dyad-cli command that takes a viewer (--as) applies it through core's blinded reads
// or refuses it, and no command prints a record still blinded for one of a pair. The built
// dyad-cli runs as a second process on a project file this test writes.

#include "clirun.h"

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/decisionstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using dyad::test::cli;
using dyad::test::CliRun;

namespace {

struct CliBlindingTest : ::testing::Test
{
    QTemporaryDir dir;
    QString path;
    QUuid alice, bob, lena, r1, r2;

    // Alice has finished both records; Bob only the first. So the second record is still
    // blinded: Bob may not see what Alice did there, and nobody may reconcile it.
    const QString title1 = QStringLiteral("Trust in village health workers");
    const QString title2 = QStringLiteral("Distance and cost of rural care");
    const QString text1 = QStringLiteral("Village health workers build trust with mothers.");
    const QString text2 = QStringLiteral("Households far from clinics delay care because transport is costly.");

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("study.dyad"));
        auto created = createProject(path, QStringLiteral("Blinding study"));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        Project &p = **created;
        alice = p.addReviewer(QStringLiteral("Alice")).value().id;
        bob = p.addReviewer(QStringLiteral("Bob")).value().id;
        lena = p.addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value().id;
        p.setActor(lena);
        Code trust, cost;
        trust.name = QStringLiteral("Trust");
        cost.name = QStringLiteral("Cost barrier");
        const QUuid trustId = p.createCode(trust).value().id;
        const QUuid costId = p.createCode(cost).value().id;
        std::vector<Record> rs(2);
        rs[0].title = title1;
        rs[0].text = text1;
        rs[1].title = title2;
        rs[1].text = text2;
        const auto ids = p.addRecords(rs).value();
        r1 = ids[0];
        r2 = ids[1];
        const Round pilot = p.createRound(QStringLiteral("Pilot")).value();
        ASSERT_TRUE(p.assign(pilot.id, ids, {alice, bob}).ok());

        p.setActor(alice);
        Code village;
        village.name = QStringLiteral("Village belonging");
        village.shared = false; // Alice's inductive code, private while blinded
        const QUuid villageId = p.createCode(village).value().id;
        auto code = [&](const QUuid &record, const QUuid &codeId, Offset s, Offset e) {
            Coding c;
            c.recordId = record;
            c.codeId = codeId;
            c.span = {s, e};
            auto added = p.addCoding(c);
            ASSERT_TRUE(added.ok()) << added.error().toStdString();
        };
        code(r1, trustId, 0, 22);        // "Village health workers"
        code(r1, villageId, 40, 47);     // "mothers"
        code(r2, costId, 47, 66);        // "transport is costly"
        code(r2, trustId, 0, 10);        // "Households" (Alice only codes Trust here)
        ASSERT_TRUE(p.setRecordStatus(pilot.id, r1, alice, RecordStatus::Done).ok());
        ASSERT_TRUE(p.setRecordStatus(pilot.id, r2, alice, RecordStatus::Done).ok());
        p.setActor(bob);
        code(r1, trustId, 0, 22);
        ASSERT_TRUE(p.setRecordStatus(pilot.id, r1, bob, RecordStatus::Done).ok());
    }

    std::vector<Coding> consensusOn(const QUuid &record)
    {
        auto p = openProject(path, true);
        EXPECT_TRUE(p.ok());
        return (*p)->codings({record, (*p)->consensusReviewer().id, {}, {}});
    }
};

TEST_F(CliBlindingTest, AgreementAsAReviewerLeavesOutRecordsStillBlindedForThem)
{
    const QStringList base{QStringLiteral("agreement"), path, QStringLiteral("--reviewers"), QStringLiteral("Alice,Bob"),
                           QStringLiteral("--round"), QStringLiteral("Pilot"), QStringLiteral("--records"),
                           QStringLiteral("assigned"), QStringLiteral("--unit"), QStringLiteral("record")};
    const CliRun lead = cli(base + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(lead.exitCode, 0) << lead.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(lead.outText().toUtf8()).object().value(QStringLiteral("records")).toInt(), 2);
    EXPECT_TRUE(lead.outText().contains(QStringLiteral("Cost barrier")))
        << "the lead sees the code Alice used on record 2";

    // Bob asks: "assigned" must not tell him what Alice applied to the record he has not finished.
    const CliRun asBob = cli(base + QStringList{QStringLiteral("--as"), QStringLiteral("Bob"), QStringLiteral("--json")});
    ASSERT_EQ(asBob.exitCode, 0) << asBob.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(asBob.outText().toUtf8()).object().value(QStringLiteral("records")).toInt(), 1);
    EXPECT_FALSE(asBob.outText().contains(QStringLiteral("Cost barrier"))) << asBob.outText().toStdString();
    EXPECT_TRUE(asBob.err.contains(QStringLiteral("Left out 1 record(s) still blinded for Bob"))) << asBob.err.toStdString();

    const CliRun table = cli(base + QStringList{QStringLiteral("--as"), QStringLiteral("Bob")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_FALSE(table.outText().contains(QStringLiteral("Cost barrier"))) << table.outText().toStdString();

    const CliRun snapshots = cli({QStringLiteral("agreement"), path, QStringLiteral("--snapshots"), QStringLiteral("--as"),
                               QStringLiteral("Bob")});
    EXPECT_NE(snapshots.exitCode, 0);
    EXPECT_TRUE(snapshots.err.contains(QStringLiteral("still blinded"))) << snapshots.err.toStdString();
}

TEST_F(CliBlindingTest, CodesAsAReviewerShowsTheirCodebookAndWhatTheyMaySee)
{
    const CliRun lead = cli({QStringLiteral("codes"), path});
    ASSERT_EQ(lead.exitCode, 0) << lead.err.toStdString();
    EXPECT_TRUE(lead.outText().contains(QStringLiteral("Village belonging")));
    EXPECT_TRUE(lead.outText().contains(QStringLiteral("Trust  (3)"))) << lead.outText().toStdString();

    const CliRun asBob = cli({QStringLiteral("codes"), path, QStringLiteral("--as"), QStringLiteral("Bob")});
    ASSERT_EQ(asBob.exitCode, 0) << asBob.err.toStdString();
    EXPECT_FALSE(asBob.outText().contains(QStringLiteral("Village belonging"))) << asBob.outText().toStdString();
    // Bob sees his own Trust coding and Alice's on record 1 (both done), not hers on record 2.
    EXPECT_TRUE(asBob.outText().contains(QStringLiteral("Trust  (2)"))) << asBob.outText().toStdString();
    EXPECT_TRUE(asBob.outText().contains(QStringLiteral("Cost barrier  (0)"))) << asBob.outText().toStdString();

    const CliRun asAlice = cli({QStringLiteral("codes"), path, QStringLiteral("--as"), QStringLiteral("Alice")});
    EXPECT_TRUE(asAlice.outText().contains(QStringLiteral("Village belonging  (1)  [private]")))
        << asAlice.outText().toStdString();
}

TEST_F(CliBlindingTest, ExportSegmentsAsAReviewerHoldsOnlyWhatTheyMaySee)
{
    const QString all = dir.filePath(QStringLiteral("all.csv"));
    const QString bobs = dir.filePath(QStringLiteral("bob.csv"));
    CliRun r = cli({QStringLiteral("export"), QStringLiteral("segments"), path, all, QStringLiteral("--layer"),
                 QStringLiteral("all")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("export"), QStringLiteral("segments"), path, bobs, QStringLiteral("--layer"),
             QStringLiteral("all"), QStringLiteral("--as"), QStringLiteral("Bob")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto read = [](const QString &file) {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    const QString everything = read(all), bobsView = read(bobs);
    EXPECT_TRUE(everything.contains(QStringLiteral("transport is costly")));
    EXPECT_FALSE(bobsView.contains(QStringLiteral("transport is costly"))) << bobsView.toStdString();
    EXPECT_FALSE(bobsView.contains(QStringLiteral("Households"))) << bobsView.toStdString();
    // Record 1 is done by both: Bob sees Alice's codings there (three rows of record 1 in all).
    EXPECT_EQ(bobsView.count(QStringLiteral("Village health workers")), 2) << bobsView.toStdString();
    EXPECT_EQ(everything.count(QStringLiteral("Village health workers")), 2);
}

TEST_F(CliBlindingTest, CommandsThatCannotBlindRefuseAViewer)
{
    const QString out = dir.filePath(QStringLiteral("x.qdpx"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("audit"), path, QStringLiteral("--as"), QStringLiteral("Bob")},
          QStringList{QStringLiteral("report"), QStringLiteral("frequencies"), path, QStringLiteral("--layer"),
                      QStringLiteral("Alice"), QStringLiteral("--as"), QStringLiteral("Bob")},
          QStringList{QStringLiteral("report"), QStringLiteral("agreement"), path, QStringLiteral("--as=Bob")},
          QStringList{QStringLiteral("export"), QStringLiteral("qdpx"), path, out, QStringLiteral("--as"),
                      QStringLiteral("Bob")}}) {
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("cannot act --as a reviewer"))) << r.err.toStdString();
        EXPECT_FALSE(r.outText().contains(QStringLiteral("Cost barrier"))) << r.outText().toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));

    // search has nothing blinded to apply --as to, and says so instead of searching for "--as Bob".
    const CliRun search = cli({QStringLiteral("search"), path, QStringLiteral("clinics"), QStringLiteral("--as"),
                               QStringLiteral("Bob")});
    EXPECT_EQ(search.exitCode, 1);
    EXPECT_TRUE(search.err.contains(QStringLiteral("takes no --as"))) << search.err.toStdString();
    const CliRun plain = cli({QStringLiteral("search"), path, QStringLiteral("clinics")});
    EXPECT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.outText().contains(title2)) << plain.outText().toStdString();
}

TEST_F(CliBlindingTest, ReconcileQueueAndStatusNeverShowARecordStillBlindedForThePair)
{
    const QStringList pair{QStringLiteral("--reviewers"), QStringLiteral("Alice,Bob")};
    const CliRun queue = cli(QStringList{QStringLiteral("reconcile"), QStringLiteral("queue"), path} + pair);
    ASSERT_EQ(queue.exitCode, 0) << queue.err.toStdString();
    EXPECT_TRUE(queue.outText().contains(title1)) << queue.outText().toStdString();
    EXPECT_FALSE(queue.outText().contains(title2.left(30))) << queue.outText().toStdString();
    EXPECT_FALSE(queue.outText().contains(QStringLiteral("Cost barrier"))) << queue.outText().toStdString();

    const CliRun json = cli(QStringList{QStringLiteral("reconcile"), QStringLiteral("queue"), path, QStringLiteral("--json"),
                                     QStringLiteral("--state"), QStringLiteral("all")}
                         + pair);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_FALSE(json.outText().contains(uuidText(r2))) << json.outText().toStdString();

    const CliRun status = cli(QStringList{QStringLiteral("reconcile"), QStringLiteral("status"), path} + pair);
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(status.outText().contains(QStringLiteral("1 record(s) still in independent coding")))
        << status.outText().toStdString();

    // The lead accepts every exact agreement: only record 1 gets a Consensus coding.
    const CliRun accept = cli(QStringList{QStringLiteral("reconcile"), QStringLiteral("auto-accept"), path,
                                       QStringLiteral("--as"), QStringLiteral("Lena")}
                           + pair);
    ASSERT_EQ(accept.exitCode, 0) << accept.err.toStdString();
    EXPECT_EQ(consensusOn(r1).size(), 1u);
    EXPECT_TRUE(consensusOn(r2).empty());
}

TEST_F(CliBlindingTest, DecisionsNameRecordsCodesAndPeopleAndKeepIdsForScripts)
{
    ASSERT_EQ(cli({QStringLiteral("reconcile"), QStringLiteral("auto-accept"), path, QStringLiteral("--reviewers"),
                   QStringLiteral("Alice,Bob"), QStringLiteral("--as"), QStringLiteral("Lena")})
                  .exitCode,
              0);
    const CliRun plain = cli({QStringLiteral("decisions"), path});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.outText().contains(QStringLiteral("decided by Lena"))) << plain.outText().toStdString();
    EXPECT_TRUE(plain.outText().contains(QStringLiteral("Record:    ") + title1)) << plain.outText().toStdString();
    EXPECT_TRUE(plain.outText().contains(QStringLiteral("Alice (A) and Bob (B), round Pilot")))
        << plain.outText().toStdString();
    EXPECT_TRUE(plain.outText().contains(QStringLiteral("After:     Trust [0, 22)"))) << plain.outText().toStdString();
    EXPECT_TRUE(plain.outText().contains(QStringLiteral("1 decision(s).")));
    const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    EXPECT_FALSE(uuid.match(plain.outText()).hasMatch()) << plain.outText().toStdString();

    const CliRun json = cli({QStringLiteral("decisions"), path, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray log = QJsonDocument::fromJson(json.outText().toUtf8()).array();
    ASSERT_EQ(log.size(), 1);
    const QJsonObject d = log.at(0).toObject();
    EXPECT_EQ(d.value(QStringLiteral("record")).toString(), uuidText(r1));
    EXPECT_EQ(d.value(QStringLiteral("recordTitle")).toString(), title1);
    EXPECT_EQ(d.value(QStringLiteral("reviewerAId")).toString(), uuidText(alice));
    EXPECT_EQ(d.value(QStringLiteral("reviewerBId")).toString(), uuidText(bob));
    EXPECT_EQ(d.value(QStringLiteral("decidedById")).toString(), uuidText(lena));
}

} // namespace
