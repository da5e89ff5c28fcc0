// Running a study: who may create rounds, assign and change phases; reproducible pilot
// samples; progress per reviewer and per record (what the Study window shows).
#include "core/model/project.h"
#include "core/open/open.h"
#include "core/model/study.h"

#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dyad::core;

namespace {

struct StudyTest : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Reviewer alice, bob, lena, ada;
    Code trust;
    std::vector<QUuid> records;

    void SetUp() override
    {
        auto p = createProject(dir.filePath(QStringLiteral("study.dyad")));
        ASSERT_TRUE(p.ok()) << p.error().toStdString();
        project = std::move(p).value();
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        lena = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        ada = project->addReviewer(QStringLiteral("Ada"), ReviewerRole::Adjudicator).value();
        std::vector<Record> rs;
        for (int i = 1; i <= 10; ++i) {
            Record r;
            r.title = QStringLiteral("Village clinic report %1").arg(i);
            r.text = QStringLiteral("Report %1: nurses walked to the village and people trusted them.").arg(i);
            rs.push_back(r);
        }
        records = project->addRecords(rs).value();
        project->setActor(lena.id);
        Code c;
        c.name = QStringLiteral("Trust");
        trust = project->createCode(c).value();
    }

    std::vector<AuditEntry> audited(const QString &action) const
    {
        std::vector<AuditEntry> out;
        for (const AuditEntry &e : project->auditLog())
            if (e.action == action)
                out.push_back(e);
        return out;
    }

    static std::vector<QUuid> fixedIds(int count)
    {
        std::vector<QUuid> ids;
        for (int i = 1; i <= count; ++i)
            ids.emplace_back(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        return ids;
    }
};

} // namespace

TEST_F(StudyTest, OnlyTheLeadCreatesRoundsAssignsAndChangesPhases)
{
    for (const Reviewer &who : {alice, ada}) {
        project->setActor(who.id);
        const auto created = project->createRound(QStringLiteral("Pilot by %1").arg(who.name));
        ASSERT_FALSE(created.ok()) << who.name.toStdString();
        EXPECT_EQ(created.error(), QStringLiteral("Only the lead can create a round."));
    }
    project->setActor(lena.id);
    const Round pilot = project->createRound(QStringLiteral("Pilot")).value();

    for (const Reviewer &who : {alice, ada}) {
        project->setActor(who.id);
        EXPECT_FALSE(project->assign(pilot.id, records, {alice.id, bob.id}).ok()) << who.name.toStdString();
        const Status phase = project->setRoundPhase(pilot.id, RoundPhase::Reconciliation);
        ASSERT_FALSE(phase.ok()) << who.name.toStdString();
        EXPECT_EQ(phase.error(), QStringLiteral("Only the lead can move a round to another phase."));
        EXPECT_FALSE(project->unblindRound(pilot.id).ok()) << who.name.toStdString();
    }
    EXPECT_TRUE(project->assignments(pilot.id, std::nullopt, std::nullopt).empty());
    EXPECT_EQ(project->round(pilot.id)->phase, RoundPhase::Independent);
    EXPECT_FALSE(project->round(pilot.id)->unblinded);

    project->setActor(lena.id);
    ASSERT_TRUE(project->assign(pilot.id, records, {alice.id, bob.id}).ok());
    ASSERT_TRUE(project->setRoundPhase(pilot.id, RoundPhase::Reconciliation).ok());
    // Asking for the phase the round is in already changes nothing and leaves no trace.
    ASSERT_TRUE(project->setRoundPhase(pilot.id, RoundPhase::Reconciliation).ok());
    ASSERT_TRUE(project->setRoundPhase(pilot.id, RoundPhase::Closed).ok());

    const auto phases = audited(QStringLiteral("round.phase"));
    ASSERT_EQ(phases.size(), 2u);
    EXPECT_EQ(phases[0].actorId, lena.id);
    EXPECT_EQ(phases[0].details.value(QStringLiteral("from")).toString(), QStringLiteral("independent"));
    EXPECT_EQ(phases[0].details.value(QStringLiteral("to")).toString(), QStringLiteral("reconciliation"));
    EXPECT_EQ(phases[1].details.value(QStringLiteral("to")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(audited(QStringLiteral("round.create")).size(), 1u);
    EXPECT_EQ(project->assignments(pilot.id, std::nullopt, std::nullopt).size(), 20u);
}

TEST_F(StudyTest, ARandomSampleDependsOnTheSeedOnlyNotOnTheOrderOfTheRecords)
{
    const std::vector<QUuid> ids = fixedIds(20);
    const std::vector<QUuid> sample = randomSample(ids, 5, 42);
    ASSERT_EQ(sample.size(), 5u);
    EXPECT_EQ(QSet<QUuid>(sample.begin(), sample.end()).size(), 5) << "no record twice";
    // Returned in the order the ids came in.
    std::vector<QUuid> inOrder = sample;
    std::sort(inOrder.begin(), inOrder.end(), [&](const QUuid &a, const QUuid &b) {
        return std::find(ids.begin(), ids.end(), a) < std::find(ids.begin(), ids.end(), b);
    });
    EXPECT_EQ(sample, inOrder);

    std::vector<QUuid> reversed(ids.rbegin(), ids.rend());
    const std::vector<QUuid> again = randomSample(reversed, 5, 42);
    EXPECT_EQ(QSet<QUuid>(again.begin(), again.end()), QSet<QUuid>(sample.begin(), sample.end()));
    EXPECT_EQ(randomSample(ids, 5, 42), sample);

    int differs = 0;
    for (quint64 seed = 1; seed <= 20; ++seed)
        differs += randomSample(ids, 5, seed) != sample ? 1 : 0;
    EXPECT_GE(differs, 19) << "other seeds draw other samples";

    EXPECT_EQ(randomSample(ids, 20, 7), ids);
    EXPECT_EQ(randomSample(ids, 25, 7), ids);
    EXPECT_TRUE(randomSample(ids, 0, 7).empty());
    EXPECT_TRUE(randomSample({}, 3, 7).empty());
}

TEST_F(StudyTest, ARandomSampleGivesEveryRecordTheSameChance)
{
    // 30,000 draws of 3 out of 10: each record should come up 9,000 times (binomial, standard
    // deviation 79); 350 is more than four standard deviations.
    const std::vector<QUuid> ids = fixedIds(10);
    QHash<QUuid, int> hits;
    for (quint64 seed = 1; seed <= 30000; ++seed)
        for (const QUuid &id : randomSample(ids, 3, seed))
            ++hits[id];
    ASSERT_EQ(hits.size(), 10);
    for (auto it = hits.cbegin(); it != hits.cend(); ++it)
        EXPECT_NEAR(it.value(), 9000, 350) << it.key().toString().toStdString();
}

TEST_F(StudyTest, TheSameSeedDrawsTheSamePilotInEveryVersion)
{
    // A seed in a methods section must keep drawing the same records. These were drawn when the
    // sampler was written (mt19937_64, ids in text order, partial Fisher–Yates); if this test
    // fails, the sampler changed and published seeds no longer reproduce their samples.
    const std::vector<QUuid> ids = fixedIds(20);
    QStringList drawn;
    for (const QUuid &id : randomSample(ids, 4, 2024))
        drawn << uuidText(id).right(2);
    EXPECT_EQ(drawn.join(QLatin1Char(',')), QStringLiteral("02,07,08,15"));
}

TEST_F(StudyTest, AssigningASampleRecordsItsSeedInTheAuditLog)
{
    const Round pilot = project->createRound(QStringLiteral("Pilot")).value();
    const std::vector<QUuid> sample = randomSample(records, 4, 777);
    RecordSelection how;
    how.how = QStringLiteral("sample");
    how.population = static_cast<qsizetype>(records.size());
    how.seed = 777;
    ASSERT_TRUE(assignRecords(*project, pilot.id, sample, {alice.id, bob.id}, how).ok());
    EXPECT_EQ(project->assignments(pilot.id, std::nullopt, alice.id).size(), 4u);
    EXPECT_EQ(project->assignments(pilot.id, std::nullopt, bob.id).size(), 4u);
    const auto selections = audited(QStringLiteral("round.select"));
    ASSERT_EQ(selections.size(), 1u);
    EXPECT_EQ(selections[0].entityId, pilot.id);
    EXPECT_EQ(selections[0].details.value(QStringLiteral("how")).toString(), QStringLiteral("sample"));
    EXPECT_EQ(selections[0].details.value(QStringLiteral("seed")).toString(), QStringLiteral("777"));
    EXPECT_EQ(selections[0].details.value(QStringLiteral("records")).toInt(), 4);
    EXPECT_EQ(selections[0].details.value(QStringLiteral("population")).toInt(), 10);

    // A reviewer cannot, and then neither the assignment nor its audit row is written.
    project->setActor(alice.id);
    EXPECT_FALSE(assignRecords(*project, pilot.id, records, {alice.id}, how).ok());
    EXPECT_EQ(project->assignments(pilot.id, std::nullopt, alice.id).size(), 4u);
    EXPECT_EQ(audited(QStringLiteral("round.select")).size(), 1u);
    EXPECT_FALSE(assignRecords(*project, pilot.id, {}, {alice.id}, how).ok());
}

TEST_F(StudyTest, ProgressSaysWhoIsDoneWithWhat)
{
    const Round pilot = project->createRound(QStringLiteral("Pilot")).value();
    const std::vector<QUuid> three(records.begin(), records.begin() + 3);
    ASSERT_TRUE(project->assign(pilot.id, three, {alice.id, bob.id}).ok());

    // Alice codes the first record (in progress), marks the second done; Bob has not started.
    // A coding on a record outside the round does not count.
    project->setActor(alice.id);
    for (const QUuid &record : {records[0], records[5]}) {
        Coding c;
        c.recordId = record;
        c.codeId = trust.id;
        c.span = {0, 6};
        ASSERT_TRUE(project->addCoding(c).ok());
    }
    ASSERT_TRUE(project->setRecordStatus(pilot.id, records[1], alice.id, RecordStatus::Done).ok());

    const RoundProgress p = roundProgress(*project, pilot.id);
    EXPECT_EQ(p.reviewers, (std::vector<QUuid>{alice.id, bob.id}));
    EXPECT_EQ(p.records, three);
    EXPECT_EQ(p.state.value(records[0]).value(alice.id), WorkState::InProgress);
    EXPECT_EQ(p.state.value(records[1]).value(alice.id), WorkState::Done);
    EXPECT_EQ(p.state.value(records[2]).value(alice.id), WorkState::ToDo);
    const auto a = p.forReviewer(alice.id), b = p.forReviewer(bob.id);
    EXPECT_EQ(std::make_tuple(a.toDo, a.inProgress, a.done), std::make_tuple(1, 1, 1));
    EXPECT_EQ(std::make_tuple(b.toDo, b.inProgress, b.done), std::make_tuple(3, 0, 0));
    const auto second = p.forRecord(records[1]);
    EXPECT_EQ(std::make_tuple(second.toDo, second.inProgress, second.done), std::make_tuple(1, 0, 1));
    EXPECT_EQ(p.overall().total(), 6);
    EXPECT_EQ(p.overall().done, 1);
    EXPECT_FALSE(p.state.contains(records[5]));

    const auto first = recordProgress(*project, pilot.id, records[0]);
    EXPECT_EQ(first.value(alice.id), WorkState::InProgress);
    EXPECT_EQ(first.value(bob.id), WorkState::ToDo);
    EXPECT_TRUE(recordProgress(*project, pilot.id, records[5]).isEmpty());
}
