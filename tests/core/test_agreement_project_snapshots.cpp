// Agreement snapshots: saved with the round, settings and figures, listed, reloaded after the
// project is reopened, and compared per code across rounds (pilot → main).
#include "core/agreement/agreementformat.h"
#include "core/agreement/snapshots.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace {

struct SnapshotTest : ::testing::Test
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Project> project;
    Reviewer alice, bob, lead;
    std::vector<QUuid> records;
    Code trust, funding;
    Round pilot, main;

    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("snap.dyad"));
        project = createProject(path).value();
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        lead = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        std::vector<Record> rs(4);
        for (Record &r : rs)
            r.text = QStringLiteral("0123456789"); // 10 code points each
        records = project->addRecords(rs).value();
        trust = makeCode(QStringLiteral("Trust"));
        funding = makeCode(QStringLiteral("Funding"));
        pilot = project->createRound(QStringLiteral("Pilot")).value();
        main = project->createRound(QStringLiteral("Main")).value();
        ASSERT_TRUE(project->assign(pilot.id, {records[0], records[1]}, {alice.id, bob.id}).ok());
        ASSERT_TRUE(project->assign(main.id, {records[2], records[3]}, {alice.id, bob.id}).ok());
        // Pilot: both code [0,4) in record 0; only Alice codes record 1.
        code(alice, 0, trust, 0, 4);
        code(bob, 0, trust, 0, 4);
        code(alice, 1, trust, 0, 4);
        // Main: both code [2,6) in records 2 and 3; Funding appears in the main round only.
        for (int r : {2, 3}) {
            code(alice, r, trust, 2, 6);
            code(bob, r, trust, 2, 6);
        }
        code(alice, 2, funding, 7, 9);
        code(bob, 2, funding, 7, 9);
        project->setActor(lead.id);
    }

    Code makeCode(const QString &name)
    {
        Code c;
        c.name = name;
        return project->createCode(c).value();
    }

    void code(const Reviewer &who, int record, const Code &c, Offset s, Offset e)
    {
        Coding coding;
        coding.recordId = records[size_t(record)];
        coding.codeId = c.id;
        coding.reviewerId = who.id;
        coding.span = {s, e};
        ASSERT_TRUE(project->addCoding(coding).ok());
    }

    ProjectAgreement computeRound(const Round &round)
    {
        ProjectAgreementOptions o;
        o.reviewers = {alice.id, bob.id};
        o.round = round.id;
        o.tokens = false;
        auto r = computeProjectAgreement(*project, o);
        EXPECT_TRUE(r.ok()) << r.error().toStdString();
        return std::move(r).value();
    }

    static const SnapshotRow *rowFor(const Snapshot &s, const QString &key)
    {
        for (const SnapshotRow &r : s.rows)
            if (r.codeKey == key)
                return &r;
        return nullptr;
    }
};

TEST_F(SnapshotTest, SavedListedAndReloadedAfterReopening)
{
    const ProjectAgreement p = computeRound(pilot);
    auto saved = saveSnapshot(*project, p, Unit::Character, QStringLiteral("pilot"));
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(saved->createdBy, lead.id);
    EXPECT_EQ(saved->roundId, pilot.id);

    // audited in the same transaction
    bool audited = false;
    for (const AuditEntry &e : project->auditLog())
        if (e.action == QStringLiteral("agreement.snapshot") && e.entityId == saved->id)
            audited = true;
    EXPECT_TRUE(audited);

    project.reset();
    project = openProject(path).value();
    auto list = listSnapshots(*project);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1u);
    const SnapshotInfo &info = list->front();
    EXPECT_EQ(info.id, saved->id);
    EXPECT_EQ(info.unit, QStringLiteral("character"));
    EXPECT_EQ(info.reviewers, (std::vector<QUuid>{alice.id, bob.id}));
    EXPECT_EQ(snapshotTitle(info), QStringLiteral("pilot"));
    EXPECT_EQ(info.summary.value(QStringLiteral("round")).toString(), QStringLiteral("Pilot"));
    EXPECT_EQ(info.summary.value(QStringLiteral("records")).toInt(), 2);
    // the settings are enough to compute it again
    const ProjectAgreementOptions again = ProjectAgreementOptions::fromJson(info.settings);
    EXPECT_EQ(again.round, std::optional<QUuid>(pilot.id));
    EXPECT_EQ(again.reviewers, (std::vector<QUuid>{alice.id, bob.id}));
    EXPECT_EQ(again.records, RecordSelection::Assigned);

    auto snap = loadSnapshot(*project, info.id);
    ASSERT_TRUE(snap.ok()) << snap.error().toStdString();
    ASSERT_EQ(snap->rows.size(), 2u); // pooled and Trust (Funding was not used in the pilot)
    EXPECT_EQ(snap->rows.front().scopeKind, QStringLiteral("pooled"));
    const SnapshotRow *row = rowFor(*snap, uuidText(trust.id));
    ASSERT_NE(row, nullptr);
    // record 0: a = 4; record 1: b = 4; d = 20 − 8 = 12
    const Figures f = snapshotFigures(*row, Unit::Character);
    EXPECT_EQ(f.counts, (Table2x2{4, 4, 0, 12}));
    // p_o = 0.8; p_e = 0.4·0.2 + 0.6·0.8 = 0.56; κ = 0.24/0.44 = 6/11
    EXPECT_NEAR(f.kappa, 6.0 / 11.0, 1e-12);
    EXPECT_EQ(snapshotFigures(*row, Unit::Record).counts, (Table2x2{1, 1, 0, 0}));
    EXPECT_EQ(snapshotFigures(*row, Unit::Segment).segments, (SegmentCounts{1, 1, 0}));
}

TEST_F(SnapshotTest, ComparePilotWithMainPerCode)
{
    auto first = saveSnapshot(*project, computeRound(pilot), Unit::Character, QStringLiteral("pilot"));
    auto second = saveSnapshot(*project, computeRound(main), Unit::Character, QStringLiteral("main"));
    ASSERT_TRUE(first.ok() && second.ok());
    auto list = listSnapshots(*project);
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ(list->front().id, second->id); // newest first

    const Snapshot before = loadSnapshot(*project, first->id).value();
    const Snapshot after = loadSnapshot(*project, second->id).value();
    const SnapshotComparison c = compareSnapshots(before, after, Unit::Character, QStringLiteral("kappa"));
    ASSERT_EQ(c.rows.size(), 3u); // pooled, Trust, Funding
    EXPECT_EQ(c.rows[0].scopeKind, QStringLiteral("pooled"));
    // pooled in the pilot is Trust alone (6/11); in the main round both codes agree fully (κ = 1)
    EXPECT_NEAR(c.rows[0].valueBefore, 6.0 / 11.0, 1e-12);
    EXPECT_NEAR(c.rows[0].valueAfter, 1.0, 1e-12);
    EXPECT_NEAR(c.rows[0].delta, 5.0 / 11.0, 1e-12);
    const SnapshotDelta &trustRow = c.rows[1];
    EXPECT_EQ(trustRow.name, QStringLiteral("Trust"));
    EXPECT_NEAR(trustRow.delta, 5.0 / 11.0, 1e-12);
    EXPECT_EQ(trustRow.after.counts, (Table2x2{8, 0, 0, 12}));
    const SnapshotDelta &fundingRow = c.rows[2];
    EXPECT_FALSE(fundingRow.inBefore);
    EXPECT_TRUE(fundingRow.inAfter);
    EXPECT_TRUE(std::isnan(fundingRow.delta));

    const QString table = comparisonTable(c);
    EXPECT_TRUE(table.contains(QStringLiteral("pilot → main"))) << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("+0.455"))) << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("new"))) << table.toStdString();
    // any figure can be compared, e.g. percent agreement on the record unit
    const SnapshotComparison po = compareSnapshots(before, after, Unit::Record, QStringLiteral("observed"));
    EXPECT_NEAR(po.rows[1].valueBefore, 0.5, 1e-12);
    EXPECT_NEAR(po.rows[1].valueAfter, 1.0, 1e-12);
}

TEST_F(SnapshotTest, DeleteLeavesATraceAndReadOnlyRefusesToSave)
{
    auto saved = saveSnapshot(*project, computeRound(pilot), Unit::Record);
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(deleteSnapshot(*project, saved->id).ok());
    EXPECT_TRUE(listSnapshots(*project)->empty());
    bool traced = false;
    for (const AuditEntry &e : project->auditLog())
        if (e.action == QStringLiteral("agreement.snapshot.delete") && e.entityId == saved->id)
            traced = e.details.value(QStringLiteral("summary")).toObject().value(QStringLiteral("round")).toString()
                == QStringLiteral("Pilot");
    EXPECT_TRUE(traced);

    const ProjectAgreement r = computeRound(pilot);
    project.reset();
    project = openProject(path, true).value();
    auto refused = saveSnapshot(*project, r, Unit::Record);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("read-only"))) << refused.error().toStdString();
}

} // namespace
