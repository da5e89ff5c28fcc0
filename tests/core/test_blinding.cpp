// Blinding (DESIGN invariant 5) held by core in every read and write that involves another
// reviewer: reconciliation offers and decides only records that are no longer blinded for
// the pair, the Consensus layer is blinded like a reviewer's layer, and another reviewer's
// private code can be neither read nor changed while it is private.

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/reconciler.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::reconcile;

namespace {

struct BlindingTest : ::testing::Test
{
    std::unique_ptr<Project> project;
    DecisionStore *store = nullptr; // the project's
    std::unique_ptr<Reconciler> reconciler;
    Reviewer alice, bob, lena;
    Code trust, cost;
    Round pilot;
    std::vector<QUuid> records;
    Scope pair;

    void SetUp() override
    {
        project = createInMemoryProject().value();
        store = openDecisionStore(*project).value();
        reconciler = std::make_unique<Reconciler>(*project, *store);
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        lena = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        project->setActor(lena.id);
        for (auto [name, out] : {std::pair{QStringLiteral("Trust"), &trust}, std::pair{QStringLiteral("Cost"), &cost}}) {
            Code c;
            c.name = name;
            *out = project->createCode(c).value();
        }
        std::vector<Record> rs(2);
        rs[0].text = QStringLiteral("Community health workers build trust in rural clinics.");
        rs[1].text = QStringLiteral("User fees deter poor households from seeking care.");
        records = project->addRecords(rs).value();
        pilot = project->createRound(QStringLiteral("Pilot")).value();
        ASSERT_TRUE(project->assign(pilot.id, records, {alice.id, bob.id}).ok());
        pair = Scope{alice.id, bob.id, {}, {}};
        // Both reviewers code the same words of both records: an exact agreement on each.
        for (size_t r = 0; r < records.size(); ++r) {
            code(alice, trust, 0, 9, r);
            code(bob, trust, 0, 9, r);
        }
    }

    Coding code(const Reviewer &who, const Code &c, Offset s, Offset e, size_t record = 0)
    {
        const QUuid before = project->actor();
        project->setActor(who.id);
        Coding coding;
        coding.recordId = records[record];
        coding.codeId = c.id;
        coding.span = {s, e};
        auto added = project->addCoding(coding);
        project->setActor(before);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added.ok() ? added.value() : Coding{};
    }

    void markDone(const Reviewer &who, size_t record)
    {
        const QUuid before = project->actor();
        project->setActor(who.id);
        ASSERT_TRUE(project->setRecordStatus(pilot.id, records[record], who.id, RecordStatus::Done).ok());
        project->setActor(before);
    }

    std::vector<Coding> consensusOn(size_t record)
    {
        return project->codings({records[record], project->consensusReviewer().id, {}, {}});
    }
};

// Leak 1: "Accept all exact" as the lead wrote Consensus codings on a record Bob had not finished.
TEST_F(BlindingTest, TheLeadsQueueLeavesOutRecordsStillInIndependentCoding)
{
    markDone(alice, 0);
    markDone(bob, 0); // record 0 is finished by both; record 1 by nobody
    markDone(alice, 1);

    project->setActor(lena.id);
    const Queue q = reconciler->buildQueue(pair).value();
    ASSERT_EQ(q.items.size(), 1u);
    EXPECT_EQ(q.items[0].group.recordId, records[0]);
    EXPECT_EQ(q.records, std::vector<QUuid>{records[0]});
    EXPECT_EQ(q.blindedRecords, 1);

    const auto accepted = reconciler->acceptAllExact(pair);
    ASSERT_TRUE(accepted.ok()) << accepted.error().toStdString();
    EXPECT_EQ(accepted->size(), 1u);
    EXPECT_EQ(consensusOn(0).size(), 1u);
    EXPECT_TRUE(consensusOn(1).empty()) << "the Consensus layer tells Alice what Bob coded";

    // A group of the unfinished record cannot be decided or escalated either, even by the lead.
    const std::vector<Coding> a = project->codings({records[1], alice.id, {}, {}});
    const std::vector<Coding> b = project->codings({records[1], bob.id, {}, {}});
    Group group;
    group.recordId = records[1];
    group.kind = GroupKind::ExactAgreement;
    group.a = a;
    group.b = b;
    group.key = QStringLiteral("made-up");
    DecisionInput in;
    in.outcome = Outcome::AcceptBoth;
    const auto refused = reconciler->decide(pair, group, in);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("still in independent coding"))) << refused.error().toStdString();
    EXPECT_FALSE(reconciler->escalate(pair, group, QStringLiteral("look")).ok());
    EXPECT_FALSE(reconciler->groupsForRecord(pair, records[1]).ok());
    EXPECT_TRUE(consensusOn(1).empty());

    // Once Bob is done too, the record is offered and can be decided.
    markDone(bob, 1);
    EXPECT_EQ(reconciler->buildQueue(pair).value().items.size(), 2u);
    EXPECT_EQ(reconciler->acceptAllExact(pair).value().size(), 1u);
    EXPECT_EQ(consensusOn(1).size(), 1u);
}

TEST_F(BlindingTest, MovingTheRoundToReconciliationOrUnblindingOpensTheQueue)
{
    project->setActor(lena.id);
    EXPECT_TRUE(reconciler->buildQueue(pair).value().items.empty());
    ASSERT_TRUE(project->unblindRound(pilot.id).ok());
    EXPECT_EQ(reconciler->buildQueue(pair).value().items.size(), 2u);

    const Round main = project->createRound(QStringLiteral("Main")).value();
    std::vector<Record> more(1);
    more[0].text = QStringLiteral("Distance to clinics matters more than cost.");
    const QUuid third = project->addRecords(more).value().front();
    ASSERT_TRUE(project->assign(main.id, {third}, {alice.id, bob.id}).ok());
    records.push_back(third);
    code(alice, cost, 0, 8, 2);
    code(bob, cost, 0, 8, 2);
    EXPECT_EQ(reconciler->buildQueue(pair).value().blindedRecords, 1);
    ASSERT_TRUE(project->setRoundPhase(main.id, RoundPhase::Reconciliation).ok());
    EXPECT_EQ(reconciler->buildQueue(pair).value().items.size(), 3u);
}

// Leak 1, second half: Alice reopening the project saw a "Consensus" stripe on Bob's unfinished record.
TEST_F(BlindingTest, TheConsensusLayerIsBlindedLikeAReviewersLayer)
{
    // A Consensus coding on record 1 while Bob has not finished it (as an older file may hold).
    Coding c;
    c.recordId = records[1];
    c.codeId = cost.id;
    c.span = {0, 9};
    c.reviewerId = project->consensusReviewer().id;
    project->setActor(lena.id);
    const Coding consensus = project->addCoding(c).value();
    markDone(alice, 1);

    auto reviewersOf = [&](const QUuid &viewer) {
        QSet<QUuid> who;
        for (const Coding &x : project->codingsForRecord(records[1], viewer))
            who.insert(x.reviewerId);
        return who;
    };
    EXPECT_EQ(reviewersOf(alice.id), QSet<QUuid>{alice.id});
    EXPECT_FALSE(project->canSee(alice.id, consensus));
    EXPECT_TRUE(project->isRecordBlindedFor(records[1], alice.id));
    EXPECT_TRUE(project->recordsHiddenFrom(alice.id, {project->consensusReviewer().id}).contains(records[1]));
    EXPECT_TRUE(project->canSee(lena.id, consensus)); // the lead sees everything

    markDone(bob, 1);
    EXPECT_EQ(reviewersOf(alice.id), (QSet<QUuid>{alice.id, bob.id, project->consensusReviewer().id}));
    EXPECT_FALSE(project->isRecordBlindedFor(records[1], alice.id));
    EXPECT_FALSE(project->recordsHiddenFrom(alice.id, {bob.id, project->consensusReviewer().id}).contains(records[1]));
}

TEST_F(BlindingTest, BulkAndSingleRecordBlindingAgree)
{
    markDone(alice, 0);
    markDone(bob, 0);
    markDone(alice, 1);
    EXPECT_EQ(project->recordsBlindedBetween(alice.id, bob.id), QSet<QUuid>{records[1]});
    EXPECT_FALSE(project->isBlindedBetween(records[0], alice.id, bob.id));
    EXPECT_TRUE(project->isBlindedBetween(records[1], bob.id, alice.id));
    EXPECT_EQ(project->recordsHiddenFrom(alice.id, {bob.id}), QSet<QUuid>{records[1]});
    EXPECT_TRUE(project->recordsHiddenFrom(lena.id, {alice.id, bob.id}).isEmpty());
}

// Leak 2: after Switch Reviewer, Bob typed into Alice's private code's definition and it was saved.
TEST_F(BlindingTest, AReviewerCanNeitherReadNorChangeAnothersPrivateCode)
{
    project->setActor(alice.id);
    Code mine;
    mine.name = QStringLiteral("Village belonging");
    mine.definition = QStringLiteral("Feeling part of the village.");
    mine.shared = false;
    const Code secret = project->createCode(mine).value();
    const size_t auditBefore = project->auditLog().size();

    EXPECT_FALSE(project->code(secret.id, bob.id).has_value());
    EXPECT_TRUE(project->code(secret.id, alice.id).has_value());
    EXPECT_TRUE(project->code(secret.id, lena.id).has_value());

    project->setActor(bob.id);
    Code edited = secret;
    edited.definition = QStringLiteral("Bob was here");
    const Status st = project->updateCode(edited);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().contains(QStringLiteral("private to another reviewer"))) << st.error().toStdString();
    EXPECT_FALSE(project->moveCode(secret.id, trust.id).ok());
    EXPECT_FALSE(project->mergeCodes(secret.id, trust.id).ok());
    EXPECT_FALSE(project->mergeCodes(cost.id, secret.id).ok());
    EXPECT_FALSE(project->deleteCode(secret.id).ok());
    Code child;
    child.name = QStringLiteral("Under Alice's code");
    child.parentId = secret.id;
    EXPECT_FALSE(project->createCode(child).ok());
    Coding use;
    use.recordId = records[0];
    use.codeId = secret.id;
    use.span = {10, 16};
    EXPECT_FALSE(project->addCoding(use).ok());

    EXPECT_EQ(project->code(secret.id)->definition, QStringLiteral("Feeling part of the village."));
    EXPECT_EQ(project->auditLog().size(), auditBefore) << "refusals write nothing";

    // Alice herself, and the lead, may change it; once the round is over it is no longer private.
    project->setActor(alice.id);
    edited.definition = QStringLiteral("Belonging to the village community.");
    EXPECT_TRUE(project->updateCode(edited).ok());
    project->setActor(lena.id);
    ASSERT_TRUE(project->setRoundPhase(pilot.id, RoundPhase::Reconciliation).ok());
    EXPECT_TRUE(project->code(secret.id, bob.id).has_value());
}

} // namespace
