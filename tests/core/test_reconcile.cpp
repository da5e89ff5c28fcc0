// Reconciler: decisions into the Consensus layer, the decision log, undo, staleness,
// escalation, blind adjudication and progress, on a small project written for these tests.

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/reconciler.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::reconcile;

namespace {

struct ReconcileTest : ::testing::Test
{
    std::unique_ptr<Project> project;
    DecisionStore *store = nullptr; // the project's
    std::unique_ptr<Reconciler> reconciler;
    Reviewer alice, bob, carol, lena, ada;
    Code trust, cost, access;
    std::vector<QUuid> records;
    Scope scope;

    void SetUp() override
    {
        auto p = createInMemoryProject();
        ASSERT_TRUE(p.ok()) << p.error().toStdString();
        project = std::move(p).value();
        init();
    }

    void init()
    {
        auto s = openDecisionStore(*project);
        ASSERT_TRUE(s.ok()) << s.error().toStdString();
        store = std::move(s).value();
        reconciler = std::make_unique<Reconciler>(*project, *store);
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        carol = project->addReviewer(QStringLiteral("Carol")).value();
        lena = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        ada = project->addReviewer(QStringLiteral("Ada"), ReviewerRole::Adjudicator).value();
        project->setActor(lena.id);
        trust = makeCode(QStringLiteral("Trust"));
        cost = makeCode(QStringLiteral("Cost"));
        access = makeCode(QStringLiteral("Access"));
        std::vector<Record> rs(3);
        rs[0].text = QStringLiteral("Community health workers build trust in rural clinics.");
        rs[1].text = QStringLiteral("User fees deter poor households from seeking care.");
        rs[2].text = QStringLiteral("Nothing to code here at all, really.");
        records = project->addRecords(rs).value();
        scope = Scope{alice.id, bob.id, {}, {}};
    }

    Code makeCode(const QString &name, const QUuid &creator = {}, bool shared = true)
    {
        Code c;
        c.name = name;
        c.shared = shared;
        c.creatorId = creator;
        auto created = project->createCode(c);
        EXPECT_TRUE(created.ok()) << created.error().toStdString();
        return created.ok() ? created.value() : Code{};
    }

    Coding code(const Reviewer &who, const Code &c, Offset s, Offset e, int record = 0)
    {
        const QUuid before = project->actor();
        project->setActor(who.id);
        Coding coding;
        coding.recordId = records[static_cast<size_t>(record)];
        coding.codeId = c.id;
        coding.span = {s, e};
        auto added = project->addCoding(coding);
        project->setActor(before);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added.ok() ? added.value() : Coding{};
    }

    Queue queue(const Scope &sc)
    {
        auto q = reconciler->buildQueue(sc);
        EXPECT_TRUE(q.ok()) << q.error().toStdString();
        return q.ok() ? std::move(q).value() : Queue{};
    }
    Queue queue() { return queue(scope); }

    const QueueItem &only(const Queue &q, GroupKind kind)
    {
        const QueueItem *found = nullptr;
        for (const QueueItem &item : q.items)
            if (item.group.kind == kind) {
                EXPECT_EQ(found, nullptr) << "more than one group of kind " << kindName(kind).toStdString();
                found = &item;
            }
        static QueueItem none;
        EXPECT_NE(found, nullptr) << "no group of kind " << kindName(kind).toStdString();
        return found ? *found : none;
    }

    /** The consensus layer of a record as (code name, start, end), sorted. */
    std::vector<std::tuple<QString, Offset, Offset>> consensus(int record = 0)
    {
        std::vector<std::tuple<QString, Offset, Offset>> out;
        for (const Coding &c : project->codings({records[static_cast<size_t>(record)], project->consensusReviewer().id, {}, {}}))
            out.emplace_back(project->code(c.codeId)->name, c.span.start, c.span.end);
        std::sort(out.begin(), out.end());
        return out;
    }

    Result<Decision> decide(const QueueItem &item, Outcome outcome, QString rationale = QStringLiteral("because"))
    {
        DecisionInput in;
        in.outcome = outcome;
        in.rationale = rationale;
        return reconciler->decide(scope, item.group, in);
    }

    using CS = std::vector<std::tuple<QString, Offset, Offset>>;
};

} // namespace

TEST_F(ReconcileTest, QueueGroupsEveryKindOnTheRecord)
{
    code(alice, trust, 0, 24);
    code(bob, trust, 0, 24);     // exact
    code(alice, cost, 31, 54);
    code(bob, cost, 34, 54);     // boundary
    code(alice, access, 0, 9, 1);
    code(bob, cost, 5, 14, 1);   // conflict
    const Queue q = queue();
    EXPECT_EQ(q.records.size(), 2u); // the record nobody coded is not in an unscoped queue
    ASSERT_EQ(q.items.size(), 3u);
    EXPECT_EQ(q.items[0].group.kind, GroupKind::ExactAgreement);
    EXPECT_EQ(q.items[1].group.kind, GroupKind::BoundaryDifference);
    EXPECT_EQ(q.items[2].group.kind, GroupKind::CodeConflict);
    EXPECT_EQ(q.items[2].group.recordId, records[1]);
    for (const QueueItem &i : q.items)
        EXPECT_EQ(i.state, ItemState::Open);
}

TEST_F(ReconcileTest, PrivateCodesGrownIndependentlyAreACodebookMismatch)
{
    const Code mistrust = makeCode(QStringLiteral("Mistrust"), alice.id, false);
    const Code distrust = makeCode(QStringLiteral("Distrust"), bob.id, false);
    code(alice, mistrust, 0, 24);
    code(bob, distrust, 2, 24);
    const Queue q = queue();
    ASSERT_EQ(q.items.size(), 1u);
    EXPECT_EQ(q.items[0].group.kind, GroupKind::CodebookMismatch);
}

TEST_F(ReconcileTest, AcceptAWritesExactlyAsCodingsIntoConsensusAndLogsTheDecision)
{
    code(alice, trust, 0, 24);
    code(alice, trust, 30, 40);
    code(bob, trust, 20, 35);
    const QueueItem item = only(queue(), GroupKind::BoundaryDifference);
    auto d = decide(item, Outcome::AcceptA, QStringLiteral("Alice's spans follow the codebook's rule"));
    ASSERT_TRUE(d.ok()) << d.error().toStdString();
    EXPECT_EQ(consensus(), (CS{{QStringLiteral("Trust"), 0, 24}, {QStringLiteral("Trust"), 30, 40}}));

    const auto log = reconciler->decisionLog();
    ASSERT_EQ(log.size(), 1u);
    const Decision &e = log[0];
    EXPECT_EQ(e.groupKey, item.group.key);
    EXPECT_EQ(e.kind, GroupKind::BoundaryDifference);
    EXPECT_EQ(e.outcome, Outcome::AcceptA);
    EXPECT_EQ(e.decidedBy, lena.id);
    EXPECT_EQ(e.rationale, QStringLiteral("Alice's spans follow the codebook's rule"));
    EXPECT_EQ(e.before.size(), 3);
    ASSERT_EQ(e.after.size(), 2u);
    EXPECT_EQ(e.after[0].codeName, QStringLiteral("Trust"));
    EXPECT_EQ(e.after[0].span, (Span{0, 24}));
    EXPECT_TRUE(project->coding(e.after[1].codingId).has_value());
    ASSERT_EQ(e.codebook.size(), 1);
    EXPECT_EQ(e.codebook[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Trust"));

    // Audited: the consensus codings and the decision itself.
    int decides = 0, adds = 0;
    for (const AuditEntry &a : project->auditLog()) {
        decides += a.action == QStringLiteral("reconcile.decide");
        adds += a.action == QStringLiteral("coding.add") && a.details.value(QStringLiteral("reviewer")).toString()
            == uuidText(project->consensusReviewer().id);
    }
    EXPECT_EQ(decides, 1);
    EXPECT_EQ(adds, 2);

    const Queue after = queue();
    ASSERT_EQ(after.items.size(), 1u);
    EXPECT_EQ(after.items[0].state, ItemState::Decided);
    EXPECT_EQ(after.progress().recordsReconciled, 1);
}

TEST_F(ReconcileTest, EachOutcomeProducesItsConsensus)
{
    // Record 0: B only; record 1: conflict Access[0,9) vs Cost[5,14).
    code(bob, trust, 10, 20);
    code(alice, access, 0, 9, 1);
    code(bob, cost, 5, 14, 1);
    const Queue q = queue();
    const QueueItem bOnly = only(q, GroupKind::BOnly);
    const QueueItem conflict = only(q, GroupKind::CodeConflict);

    // Accept A where A has nothing is refused, and nothing is written.
    auto refused = decide(bOnly, Outcome::AcceptA);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(consensus().empty());
    EXPECT_TRUE(reconciler->decisionLog().empty());

    ASSERT_TRUE(decide(bOnly, Outcome::AcceptB).ok());
    EXPECT_EQ(consensus(), (CS{{QStringLiteral("Trust"), 10, 20}}));

    auto both = decide(conflict, Outcome::AcceptBoth);
    ASSERT_TRUE(both.ok()) << both.error().toStdString();
    EXPECT_EQ(consensus(1), (CS{{QStringLiteral("Access"), 0, 9}, {QStringLiteral("Cost"), 5, 14}}));
    ASSERT_TRUE(reconciler->undo(both->id).ok());
    EXPECT_TRUE(consensus(1).empty());

    ASSERT_TRUE(decide(conflict, Outcome::AcceptNeither).ok());
    EXPECT_TRUE(consensus(1).empty());
    EXPECT_EQ(queue().progress().decided, 2);
    ASSERT_TRUE(reconciler->undo(reconciler->decisionLog(DecisionQuery{}).back().id).ok());

    DecisionInput edit;
    edit.outcome = Outcome::EditedSpan;
    edit.spans = {{0, 4}, {10, 14}};
    edit.codeId = cost.id;
    edit.rationale = QStringLiteral("fees are the cost");
    auto edited = reconciler->decide(scope, conflict.group, edit);
    ASSERT_TRUE(edited.ok()) << edited.error().toStdString();
    EXPECT_EQ(consensus(1), (CS{{QStringLiteral("Cost"), 0, 4}, {QStringLiteral("Cost"), 10, 14}}));
    ASSERT_TRUE(reconciler->undo(edited->id).ok());

    // Merge: the chosen code over the union of the members' spans.
    DecisionInput merge;
    merge.outcome = Outcome::CodesMerged;
    merge.codeId = cost.id;
    auto merged = reconciler->decide(scope, conflict.group, merge);
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    EXPECT_EQ(consensus(1), (CS{{QStringLiteral("Cost"), 0, 14}}));
    EXPECT_EQ(merged->codebook.size(), 2); // both codes' state is recorded

    // Merge with a code outside the group is refused.
    ASSERT_TRUE(reconciler->undo(merged->id).ok());
    merge.codeId = trust.id;
    EXPECT_FALSE(reconciler->decide(scope, conflict.group, merge).ok());
}

TEST_F(ReconcileTest, UndoRemovesTheConsensusAndReopensTheGroup)
{
    code(alice, trust, 0, 24);
    code(bob, cost, 0, 24);
    const QueueItem item = queue().items.at(0);
    auto d = decide(item, Outcome::AcceptA);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(consensus().size(), 1u);
    auto undone = reconciler->undo(d->id);
    ASSERT_TRUE(undone.ok()) << undone.error().toStdString();
    EXPECT_TRUE(consensus().empty());
    EXPECT_EQ(queue().items.at(0).state, ItemState::Open);
    const auto log = reconciler->decisionLog();
    ASSERT_EQ(log.size(), 1u);
    EXPECT_TRUE(log[0].isUndone());
    EXPECT_EQ(log[0].undoneBy, lena.id);
    EXPECT_FALSE(reconciler->undo(d->id).ok()); // not twice
    bool audited = false;
    for (const AuditEntry &a : project->auditLog())
        audited = audited || (a.action == QStringLiteral("reconcile.undo") && a.entityId == d->id);
    EXPECT_TRUE(audited);
    // The group can be decided again.
    EXPECT_TRUE(decide(queue().items.at(0), Outcome::AcceptB).ok());
    EXPECT_EQ(consensus(), (CS{{QStringLiteral("Cost"), 0, 24}}));
}

TEST_F(ReconcileTest, ADecidedGroupIsNotDecidedTwice)
{
    code(alice, trust, 0, 24);
    const QueueItem item = queue().items.at(0);
    ASSERT_TRUE(decide(item, Outcome::AcceptA).ok());
    auto again = decide(item, Outcome::AcceptNeither);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("undo"))) << again.error().toStdString();
    EXPECT_EQ(consensus().size(), 1u);
}

TEST_F(ReconcileTest, BulkAcceptOfExactAgreementsIsOneUndoStep)
{
    code(alice, trust, 0, 24);
    code(bob, trust, 0, 24);
    code(alice, cost, 30, 40);
    code(bob, cost, 30, 40);
    code(alice, access, 0, 9, 1);
    code(bob, access, 0, 9, 1);
    code(alice, trust, 20, 30, 1); // A only: left alone by the bulk accept
    auto bulk = reconciler->acceptAllExact(scope);
    ASSERT_TRUE(bulk.ok()) << bulk.error().toStdString();
    ASSERT_EQ(bulk->size(), 3u);
    EXPECT_EQ(bulk->at(0).batchId, bulk->at(2).batchId);
    EXPECT_EQ(consensus(), (CS{{QStringLiteral("Cost"), 30, 40}, {QStringLiteral("Trust"), 0, 24}}));
    EXPECT_EQ(consensus(1), (CS{{QStringLiteral("Access"), 0, 9}}));
    const Progress p = queue().progress();
    EXPECT_EQ(p.groups, 4);
    EXPECT_EQ(p.decided, 3);
    EXPECT_EQ(p.recordsReconciled, 1);

    // Running it again finds nothing left to accept.
    auto again = reconciler->acceptAllExact(scope);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->empty());

    // Undoing any one of them undoes the whole batch.
    auto undone = reconciler->undo(bulk->at(1).id);
    ASSERT_TRUE(undone.ok());
    EXPECT_EQ(undone->size(), 3u);
    EXPECT_TRUE(consensus().empty());
    EXPECT_TRUE(consensus(1).empty());
    EXPECT_EQ(queue().progress().decided, 0);
}

TEST_F(ReconcileTest, ChangingAnUnderlyingCodingMakesTheDecisionStale)
{
    code(alice, trust, 0, 24);
    const Coding bobs = code(bob, trust, 2, 24);
    const QueueItem item = queue().items.at(0);
    ASSERT_TRUE(decide(item, Outcome::AcceptA).ok());
    EXPECT_TRUE(queue().stale.empty());

    project->setActor(bob.id);
    ASSERT_TRUE(project->updateCodingSpan(bobs.id, {0, 24}).ok());
    project->setActor(lena.id);
    const Queue q = queue();
    ASSERT_EQ(q.stale.size(), 1u);
    EXPECT_EQ(q.stale[0].groupKey, item.group.key);
    ASSERT_EQ(q.items.size(), 1u);
    EXPECT_EQ(q.items[0].group.kind, GroupKind::ExactAgreement);
    EXPECT_EQ(q.items[0].state, ItemState::Open);
    EXPECT_EQ(q.progress().stale, 1);
    EXPECT_EQ(q.progress().recordsReconciled, 0);

    // Deciding the old group (from the earlier queue) is refused as stale.
    auto late = decide(item, Outcome::AcceptB);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().contains(QStringLiteral("changed"))) << late.error().toStdString();
}

TEST_F(ReconcileTest, EscalatedItemsWaitForTheAdjudicator)
{
    code(alice, trust, 0, 24);
    code(bob, cost, 0, 24);
    code(alice, access, 0, 9, 1);
    project->setActor(alice.id); // the pair escalates
    const Queue q = queue();
    const QueueItem conflict = only(q, GroupKind::CodeConflict);
    EXPECT_FALSE(reconciler->escalate(scope, conflict.group, QStringLiteral("  ")).ok());
    auto e = reconciler->escalate(scope, conflict.group, QStringLiteral("We read 'trust' differently"));
    ASSERT_TRUE(e.ok()) << e.error().toStdString();

    const Queue after = queue();
    QueueFilter escalated;
    escalated.states = QueueFilter::States::Escalated;
    int shown = 0;
    for (const QueueItem &i : after.items)
        if (escalated.matches(i)) {
            ++shown;
            EXPECT_EQ(i.escalation->note, QStringLiteral("We read 'trust' differently"));
        }
    EXPECT_EQ(shown, 1);
    EXPECT_EQ(after.progress().escalated, 1);

    project->setActor(ada.id);
    ASSERT_TRUE(decide(only(after, GroupKind::CodeConflict), Outcome::AcceptB).ok());
    const Queue settled = queue();
    EXPECT_EQ(settled.progress().escalated, 0);
    EXPECT_TRUE(store->escalations(alice.id, bob.id).empty());
    EXPECT_EQ(store->escalations(alice.id, bob.id, true).size(), 1u);
}

TEST_F(ReconcileTest, OnlyThePairALeadOrAnAdjudicatorDecide)
{
    code(alice, trust, 0, 24);
    const QueueItem item = queue().items.at(0);
    project->setActor(carol.id);
    auto byCarol = decide(item, Outcome::AcceptA);
    ASSERT_FALSE(byCarol.ok());
    EXPECT_TRUE(byCarol.error().contains(QStringLiteral("Carol")));
    EXPECT_FALSE(reconciler->buildQueue(scope).ok());
    project->setActor({});
    EXPECT_FALSE(decide(item, Outcome::AcceptA).ok()); // who decided must be known

    // Bob, one of the pair, may write the consensus (a plain reviewer otherwise cannot).
    project->setActor(bob.id);
    auto byBob = decide(item, Outcome::AcceptA);
    ASSERT_TRUE(byBob.ok()) << byBob.error().toStdString();
    EXPECT_EQ(byBob->decidedBy, bob.id);
    ASSERT_TRUE(reconciler->undo(byBob->id).ok());
    EXPECT_TRUE(consensus().empty());
}

TEST_F(ReconcileTest, BlindAdjudicationLabelsAreShuffledPerRecordButStable)
{
    // Over many records both orders occur, each record keeps its order, and naming the pair
    // the other way round gives the same person the same label.
    int swapped = 0;
    const Scope reversed{bob.id, alice.id, {}, {}};
    for (int i = 0; i < 64; ++i) {
        const QUuid record = QUuid::createUuidV5(QUuid(), QString::number(i));
        const bool s = Reconciler::blindSwapped(scope, record);
        swapped += s;
        EXPECT_EQ(s, Reconciler::blindSwapped(scope, record));
        EXPECT_EQ(Reconciler::blindLabel(scope, record, Side::A), Reconciler::blindLabel(reversed, record, Side::B));
        EXPECT_NE(Reconciler::blindLabel(scope, record, Side::A), Reconciler::blindLabel(scope, record, Side::B));
        EXPECT_FALSE(Reconciler::blindLabel(scope, record, Side::A).contains(QStringLiteral("Alice")));
    }
    Group aOnly;
    aOnly.kind = GroupKind::AOnly;
    aOnly.recordId = QUuid::createUuidV5(QUuid(), QStringLiteral("r"));
    EXPECT_EQ(Reconciler::blindKindLabel(scope, aOnly), Reconciler::blindLabel(scope, aOnly.recordId, Side::A) + QStringLiteral(" only"));
    EXPECT_GT(swapped, 10);
    EXPECT_LT(swapped, 54);
}

TEST_F(ReconcileTest, ARoundQueueHoldsItsAssignedRecordsAndRespectsBlinding)
{
    project->setActor(lena.id);
    const Round pilot = project->createRound(QStringLiteral("Pilot")).value();
    ASSERT_TRUE(project->assign(pilot.id, {records[0], records[2]}, {alice.id, bob.id}).ok());
    code(alice, trust, 0, 24);
    code(bob, cost, 0, 24);
    code(alice, access, 0, 9, 1); // record 1 is not in the round
    const Scope round{alice.id, bob.id, pilot.id, {}};

    // While the round is independent and the pair has not finished, nobody reconciles its
    // records, not even the lead.
    const Queue blind = queue(round);
    EXPECT_TRUE(blind.items.empty());
    EXPECT_TRUE(blind.records.empty());
    EXPECT_EQ(blind.blindedRecords, 2);
    project->setActor(alice.id);
    EXPECT_EQ(queue(round).blindedRecords, 2);
    ASSERT_TRUE(project->setRecordStatus(pilot.id, records[0], alice.id, RecordStatus::Done).ok());
    project->setActor(bob.id);
    ASSERT_TRUE(project->setRecordStatus(pilot.id, records[0], bob.id, RecordStatus::Done).ok());
    project->setActor(alice.id);
    const Queue q = queue(round);
    ASSERT_EQ(q.items.size(), 1u);
    EXPECT_EQ(q.items[0].roundId, pilot.id);
    EXPECT_EQ(q.blindedRecords, 1); // record 2: nobody has finished it

    auto d = decide(q.items.at(0), Outcome::AcceptA);
    ASSERT_TRUE(d.ok()) << d.error().toStdString();
    EXPECT_EQ(d->roundId, pilot.id);
    // The uncoded record 2 counts once the pair is done with it: it is reconciled trivially.
    ASSERT_TRUE(project->setRecordStatus(pilot.id, records[2], alice.id, RecordStatus::Done).ok());
    project->setActor(bob.id);
    ASSERT_TRUE(project->setRecordStatus(pilot.id, records[2], bob.id, RecordStatus::Done).ok());
    const Progress p = queue(round).progress();
    EXPECT_EQ(p.records, 2);
    EXPECT_EQ(p.recordsReconciled, 2);
    EXPECT_DOUBLE_EQ(p.fraction(), 1.0);
}

TEST_F(ReconcileTest, QueueFindsGroupsByKeyPrefix)
{
    code(alice, trust, 0, 24);
    code(alice, cost, 30, 40);
    const Queue q = queue();
    ASSERT_EQ(q.items.size(), 2u);
    const QString key = q.items[1].group.key;
    EXPECT_EQ(q.find(key.left(10)), &q.items[1]);
    EXPECT_EQ(q.find(key.toUpper()), &q.items[1]);
    QString error;
    EXPECT_EQ(q.find(QStringLiteral("zz"), &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
}

TEST(ReconcileFileTest, DecisionsSurviveReopeningTheProject)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.dyad"));
    QUuid decisionId;
    {
        auto p = createProject(path);
        ASSERT_TRUE(p.ok()) << p.error().toStdString();
        Project &project = **p;
        const Reviewer a = project.addReviewer(QStringLiteral("A")).value();
        const Reviewer b = project.addReviewer(QStringLiteral("B")).value();
        Record r;
        r.text = QStringLiteral("社区卫生工作者 \U00020000 build trust.");
        const QUuid rec = project.addRecords({r}).value().front();
        project.setActor(a.id);
        Code c;
        c.name = QStringLiteral("Trust");
        const Code trust = project.createCode(c).value();
        Coding coding;
        coding.recordId = rec;
        coding.codeId = trust.id;
        coding.span = {8, 9}; // the supplementary-plane character alone
        ASSERT_TRUE(project.addCoding(coding).ok());
        auto store = openDecisionStore(project);
        ASSERT_TRUE(store.ok());
        Reconciler reconciler(project, **store);
        const Scope scope{a.id, b.id, {}, {}};
        auto q = reconciler.buildQueue(scope);
        ASSERT_TRUE(q.ok());
        ASSERT_EQ(q->items.size(), 1u);
        auto d = reconciler.decide(scope, q->items[0].group, {Outcome::AcceptA, {}, {}, QStringLiteral("kept")});
        ASSERT_TRUE(d.ok()) << d.error().toStdString();
        decisionId = d->id;
    }
    auto p = openProject(path);
    ASSERT_TRUE(p.ok()) << p.error().toStdString();
    auto store = openDecisionStore(**p);
    ASSERT_TRUE(store.ok());
    const auto d = (*store)->decision(decisionId);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->rationale, QStringLiteral("kept"));
    ASSERT_EQ(d->after.size(), 1u);
    EXPECT_EQ(d->after[0].span, (Span{8, 9}));
    EXPECT_EQ((*p)->check().problems, QStringList());
}
