// The same domain behaviour on both backends: a project file and a team server. Each test
// runs twice (File, Server) through the public Project API with the same known answers:
// code-point spans over CJK and supplementary-plane text, blinding, rounds and progress,
// code merges with their audit trail, text corrections, and round trips of every field.

#include "teamserver.h"

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/model/study.h"
#include "core/pg/teamproject.h"
#include "core/reconcile/reconciler.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using dyad::test::TeamServer;

namespace {

enum class Storage { File, Server }; // where the project lives

class TeamDomain : public ::testing::TestWithParam<Storage>
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> project;
    QString location; ///< where a second window or program opens the same project
    Reviewer alice, bob, lena;

    std::unique_ptr<Project> openAgain() const
    {
        auto opened = GetParam() == Storage::File ? openProject(location) : pg::openTeamProject(location);
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

    void SetUp() override
    {
        if (GetParam() == Storage::File) {
            location = m_dir.filePath(QStringLiteral("p.dyad"));
            project = createProject(location).value();
        } else {
            const auto server = TeamServer::find();
            if (!server)
                GTEST_SKIP() << "no PostgreSQL test cluster: would have run this domain test on a team server";
            location = server->url(server->newDatabase());
            auto created = pg::createTeamProject(location, QStringLiteral("Domain"));
            ASSERT_TRUE(created.ok()) << created.error().toStdString();
            project = std::move(created).value();
        }
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        lena = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
    }

    QUuid addRecord(const QString &text)
    {
        Record r;
        r.title = text.left(20);
        r.text = text;
        return project->addRecords({r}).value().front();
    }

    Code addCode(const QString &name, const QUuid &parent = {})
    {
        Code c;
        c.name = name;
        c.parentId = parent;
        return project->createCode(c).value();
    }

    Result<Coding> code(const Reviewer &who, const QUuid &record, const Code &c, qint64 start, qint64 end)
    {
        project->setActor(who.id);
        Coding coding;
        coding.recordId = record;
        coding.codeId = c.id;
        coding.span = {start, end};
        auto added = project->addCoding(coding);
        project->setActor({});
        return added;
    }
};

} // namespace

TEST_P(TeamDomain, SpansCountCodePointsInChineseAndEmojiText)
{
    // "𠀀" is U+20000 (two UTF-16 units, one code point). [4, 8) is "社区卫生" by hand:
    // 我 们 的 𠀀 | 社 区 卫 生 | 🙂 ...
    const QString text = QStringLiteral("我们的𠀀社区卫生🙂工作者");
    const QUuid record = addRecord(text);
    const Code health = addCode(QStringLiteral("社区卫生"));
    auto added = code(alice, record, health, 4, 8);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    const auto read = project->codingsForRecord(record, alice.id);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].span.start, 4);
    EXPECT_EQ(read[0].span.end, 8);
    EXPECT_EQ(project->record(record)->text, text);
    EXPECT_EQ(project->code(health.id)->name, QStringLiteral("社区卫生"));
    // A span past the end (12 code points) is refused.
    EXPECT_FALSE(code(alice, record, health, 11, 13).ok());
}

TEST_P(TeamDomain, ACodeFieldChangedSinceItWasShownIsNotOverwritten)
{
    // Alice's window shows the code "Fees"; Bob, in another window or program, defines it.
    Code fees = addCode(QStringLiteral("Fees"));
    auto other = openAgain();
    ASSERT_TRUE(other);
    const Code shown = *project->code(fees.id);
    other->setActor(bob.id);
    Code theirs = *other->code(fees.id);
    theirs.definition = QStringLiteral("Money paid at the point of care.");
    ASSERT_TRUE(other->updateCode(theirs).ok());

    // Alice's definition, typed over the empty one she was shown, is refused and says who.
    project->setActor(alice.id);
    Code mine = shown;
    mine.definition = QStringLiteral("Charges for visits.");
    const Status refused = project->updateCode(mine, &shown);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorKind(), ErrorKind::Conflict);
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("Bob changed the definition of the code \"Fees\" at ")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().endsWith(QStringLiteral("Your change was not saved."))) << refused.error().toStdString();
    EXPECT_EQ(project->code(fees.id)->definition, theirs.definition);

    // Her rename, made on the same stale view, changes only the name: Bob's definition stays.
    Code renamed = shown;
    renamed.name = QStringLiteral("User fees");
    ASSERT_TRUE(project->updateCode(renamed, &shown).ok());
    EXPECT_EQ(project->code(fees.id)->name, QStringLiteral("User fees"));
    EXPECT_EQ(project->code(fees.id)->definition, theirs.definition);

    // Written over what is stored now, her definition goes through, with one audit row each.
    const Code now = *project->code(fees.id);
    mine = now;
    mine.definition = QStringLiteral("Charges for visits.");
    ASSERT_TRUE(project->updateCode(mine, &now).ok());
    EXPECT_EQ(project->code(fees.id)->definition, QStringLiteral("Charges for visits."));
    int edits = 0;
    for (const AuditEntry &e : project->auditLog())
        edits += e.action == QLatin1String("code.edit") && e.entityId == fees.id;
    EXPECT_EQ(edits, 3); // Bob's definition, Alice's rename, Alice's definition
}

TEST_P(TeamDomain, BlindingHidesAnothersCodingsUntilBothAreDone)
{
    const QUuid record = addRecord(QStringLiteral("Community health workers build trust in rural clinics."));
    const Code trust = addCode(QStringLiteral("Trust"));
    project->setActor(lena.id);
    const Round pilot = project->createRound(QStringLiteral("Pilot")).value();
    ASSERT_TRUE(project->assign(pilot.id, {record}, {alice.id, bob.id}).ok());
    project->setActor({});
    ASSERT_TRUE(code(alice, record, trust, 31, 36).ok());
    ASSERT_TRUE(code(bob, record, trust, 25, 36).ok());

    EXPECT_EQ(project->codingsForRecord(record, bob.id).size(), 1u);  // his own only
    EXPECT_EQ(project->codingsForRecord(record, lena.id).size(), 2u); // the lead is not blinded
    EXPECT_TRUE(project->isBlindedBetween(record, alice.id, bob.id));

    for (const Reviewer &who : {alice, bob}) {
        project->setActor(who.id);
        ASSERT_TRUE(project->setRecordStatus(pilot.id, record, who.id, RecordStatus::Done).ok());
    }
    project->setActor({});
    EXPECT_FALSE(project->isBlindedBetween(record, alice.id, bob.id));
    EXPECT_EQ(project->codingsForRecord(record, bob.id).size(), 2u);
}

TEST_P(TeamDomain, RoundProgressCountsWhatReviewersDid)
{
    std::vector<QUuid> records;
    for (int i = 0; i < 4; ++i)
        records.push_back(addRecord(QStringLiteral("Record number %1 about trust.").arg(i)));
    const Code trust = addCode(QStringLiteral("Trust"));
    project->setActor(bob.id);
    EXPECT_FALSE(project->createRound(QStringLiteral("Not mine")).ok()); // only the lead
    project->setActor(lena.id);
    const Round pilot = project->createRound(QStringLiteral("Pilot")).value();
    ASSERT_TRUE(project->assign(pilot.id, records, {alice.id, bob.id}).ok());
    project->setActor({});
    ASSERT_TRUE(code(alice, records[0], trust, 0, 6).ok());
    project->setActor(alice.id);
    ASSERT_TRUE(project->setRecordStatus(pilot.id, records[1], alice.id, RecordStatus::Done).ok());
    project->setActor({});

    const RoundProgress progress = roundProgress(*project, pilot.id);
    const auto a = progress.forReviewer(alice.id);
    EXPECT_EQ(a.done, 1);
    EXPECT_EQ(a.inProgress, 1);
    EXPECT_EQ(a.toDo, 2);
    const auto b = progress.forReviewer(bob.id);
    EXPECT_EQ(b.toDo, 4);
    const auto all = progress.overall();
    EXPECT_EQ(all.done + all.inProgress + all.toDo, 8);

    project->setActor(lena.id);
    ASSERT_TRUE(project->setRoundPhase(pilot.id, RoundPhase::Reconciliation).ok());
    EXPECT_EQ(project->round(pilot.id)->phase, RoundPhase::Reconciliation);
    EXPECT_FALSE(project->isBlindedBetween(records[2], alice.id, bob.id));
}

TEST_P(TeamDomain, MergingCodesMovesCodingsAndIsAudited)
{
    const QUuid record = addRecord(QStringLiteral("Nurses explained the fees and the waiting times."));
    const Code cost = addCode(QStringLiteral("Cost"));
    const Code fees = addCode(QStringLiteral("Fees"));
    ASSERT_TRUE(code(alice, record, fees, 21, 25).ok());
    ASSERT_TRUE(code(bob, record, fees, 21, 25).ok());
    ASSERT_TRUE(code(bob, record, cost, 21, 25).ok()); // the merge makes this one a duplicate
    const qint64 auditBefore = static_cast<qint64>(project->auditLog().size());

    project->setActor(lena.id);
    auto merged = project->mergeCodes(fees.id, cost.id);
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    EXPECT_EQ(merged->reassigned.size(), 1u);        // Alice's
    EXPECT_EQ(merged->droppedDuplicates.size(), 1u); // Bob's second
    EXPECT_FALSE(project->code(fees.id).has_value());
    EXPECT_EQ(project->codings({record, {}, cost.id, {}}).size(), 2u);

    const auto audit = project->auditLog(auditBefore);
    ASSERT_FALSE(audit.empty());
    EXPECT_TRUE(std::any_of(audit.begin(), audit.end(), [&](const AuditEntry &e) {
        return e.action == QStringLiteral("code.merge") && e.actorId == lena.id;
    }));
}

TEST_P(TeamDomain, CorrectingATextMovesItsCodings)
{
    const QUuid record = addRecord(QStringLiteral("Patients valued continuty of care."));
    const Code continuity = addCode(QStringLiteral("Continuity"));
    ASSERT_TRUE(code(alice, record, continuity, 26, 33).ok()); // "of care"
    auto changed = project->replaceRecordText(record, QStringLiteral("Older patients valued continuity of care."));
    ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    EXPECT_EQ(changed->newVersion, 2);
    const auto codings = project->codingsForRecord(record, alice.id);
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].textVersion, 2);
    // "of care" in the new text is [33, 40) by hand.
    EXPECT_EQ(codings[0].span.start, 33);
    EXPECT_EQ(codings[0].span.end, 40);
    EXPECT_TRUE(project->check().ok()) << project->check().problems.join(u'\n').toStdString();
}

TEST_P(TeamDomain, PrivateCodesAreHiddenWhileARoundBlinds)
{
    const QUuid record = addRecord(QStringLiteral("A short record."));
    project->setActor(alice.id);
    Code mine;
    mine.name = QStringLiteral("Alice's idea");
    mine.shared = false;
    mine.creatorId = alice.id;
    const Code created = project->createCode(mine).value();
    project->setActor(lena.id);
    const Round pilot = project->createRound(QStringLiteral("Pilot")).value();
    ASSERT_TRUE(project->assign(pilot.id, {record}, {alice.id, bob.id}).ok());
    EXPECT_FALSE(project->code(created.id, bob.id).has_value());
    EXPECT_TRUE(project->code(created.id, alice.id).has_value());
    ASSERT_TRUE(project->unblindRound(pilot.id).ok());
    EXPECT_TRUE(project->code(created.id, bob.id).has_value());
}

TEST_P(TeamDomain, SearchFindsChineseWordsAndEnglishPrefixes)
{
    const QUuid chinese = addRecord(QStringLiteral("社区卫生工作者在农村诊所建立信任。"));
    const QUuid english = addRecord(QStringLiteral("Community health workers build trust in rural clinics."));
    auto ids = [&](const QString &query) {
        std::vector<QUuid> out;
        auto hits = project->search(query);
        EXPECT_TRUE(hits.ok()) << (hits.ok() ? std::string() : hits.error().toStdString());
        if (hits.ok())
            for (const SearchHit &h : *hits)
                out.push_back(h.recordId);
        return out;
    };
    EXPECT_EQ(ids(QStringLiteral("卫生")), std::vector<QUuid>{chinese});
    EXPECT_EQ(ids(QStringLiteral("农村诊所")), std::vector<QUuid>{chinese});
    EXPECT_TRUE(ids(QStringLiteral("卫星")).empty()); // shares a character, not a word
    EXPECT_EQ(ids(QStringLiteral("TRUST")), std::vector<QUuid>{english});
    EXPECT_EQ(ids(QStringLiteral("tru*")), std::vector<QUuid>{english});
    EXPECT_EQ(ids(QStringLiteral("\"build trust\"")), std::vector<QUuid>{english});
    EXPECT_TRUE(ids(QStringLiteral("\"trust build\"")).empty()); // a phrase keeps its order
    const auto hits = project->search(QStringLiteral("trust")).value();
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_TRUE(hits[0].snippet.contains(QStringLiteral("[trust]"))) << hits[0].snippet.toStdString();
}

TEST_P(TeamDomain, SearchSnippetsMarkTheSameWordsInChineseAndEnglish)
{
    // Longer than the 16 words a snippet shows, so the window around the hit is chosen, cut
    // off with "…", and the hit marked — in Chinese too, where words are not spaced.
    addRecord(QStringLiteral("本研究采用半结构化访谈方法，调查了十二个农村社区的居民对基层医疗服务的看法。"
                             "结果显示，居民对社区卫生工作者的信任程度较高，但对转诊制度的满意度较低，"
                             "需要进一步加强培训与资金支持。"));
    addRecord(QStringLiteral("We interviewed residents of twelve rural villages about primary care. Residents "
                             "said that community health workers earned their trust by visiting homes, while "
                             "the referral system was slow and poorly funded across the districts."));
    auto snippet = [&](const QString &query) {
        auto hits = project->search(query);
        EXPECT_TRUE(hits.ok());
        return (hits.ok() && hits->size() == 1 ? hits->front().snippet : QStringLiteral("<not one hit>")).toStdString();
    };
    // What a file's search (SQLite FTS5's snippet()) shows. By hand: Chinese has no sentence
    // breaks FTS5 knows ("。" is not "."), so the 16 words are centred on the hit: 7 words
    // before 卫生 (的 看法 结果 显示 居民 对 社区); of two words too far apart for one window,
    // the first wins.
    EXPECT_EQ(snippet(QStringLiteral("卫生")), "…的看法。结果显示，居民对社区[卫生]工作者的信任程度较高，但…");
    EXPECT_EQ(snippet(QStringLiteral("信任 培训")), "…居民对社区卫生工作者的[信任]程度较高，但对转诊制度…");
    // English: "trust" is word 19 of 34; the sentence starting at word 11 ("Residents")
    // holds it and wins over the centred window (+100), and 16 words from there end at "system".
    EXPECT_EQ(snippet(QStringLiteral("trust")),
              "…Residents said that community health workers earned their [trust] by visiting homes, while the "
              "referral system…");
    // A phrase is marked as one; "funded" (word 31) does not fit in a window with it.
    EXPECT_EQ(snippet(QStringLiteral("\"health workers\" fund*")),
              "…Residents said that community [health workers] earned their trust by visiting homes, while the "
              "referral system…");
}

TEST_P(TeamDomain, ManyRecordsAreWrittenInOrderAndARefusedOneLeavesNothing)
{
    // 600 records: more than one chunk of addRecords() (250) and one group a server is sent at once (256).
    std::vector<Record> batch;
    for (int i = 0; i < 600; ++i) {
        Record r;
        r.title = QStringLiteral("Record %1").arg(i);
        r.text = QStringLiteral("Text %1 of the batch: 社区卫生 and trust 🙂.").arg(i);
        r.sourceName = QStringLiteral("batch.csv");
        batch.push_back(r);
    }
    const auto ids = project->addRecords(batch);
    ASSERT_TRUE(ids.ok()) << ids.error().toStdString();
    ASSERT_EQ(ids->size(), 600u);
    const auto summaries = project->recordSummaries();
    ASSERT_EQ(summaries.size(), 600u);
    for (size_t i = 0; i < summaries.size(); ++i) {
        ASSERT_EQ(summaries[i].id, (*ids)[i]);
        ASSERT_EQ(summaries[i].title, QStringLiteral("Record %1").arg(i));
    }
    EXPECT_EQ(project->recordText((*ids)[417]), QStringLiteral("Text 417 of the batch: 社区卫生 and trust 🙂."));
    EXPECT_EQ(project->search(QStringLiteral("卫生"), 1000).value().size(), 600u);

    // The same again, but record 413 has the id of a stored record: the whole batch is refused,
    // the error names the record and its file, and nothing of it stays.
    const qint64 auditBefore = project->lastAuditSeq();
    batch[412].id = (*ids)[5];
    const auto refused = project->addRecords(batch);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("Record 413: batch.csv: "))) << refused.error().toStdString();
    EXPECT_EQ(project->recordCount(), 600);
    EXPECT_EQ(project->lastAuditSeq(), auditBefore);
}

TEST_P(TeamDomain, ManyAssignmentsAndCodingsAreWrittenAtOnce)
{
    std::vector<Record> batch(300);
    for (int i = 0; i < 300; ++i)
        batch[size_t(i)].text = QStringLiteral("Trust number %1.").arg(i);
    const std::vector<QUuid> records = project->addRecords(batch).value();
    const Code trust = addCode(QStringLiteral("Trust"));
    project->setActor(lena.id);
    const Round pilot = project->createRound(QStringLiteral("Pilot")).value();
    ASSERT_TRUE(project->assign(pilot.id, records, {alice.id, bob.id}).ok());
    ASSERT_TRUE(project->assign(pilot.id, records, {alice.id, bob.id}).ok()); // assigned already: nothing new
    EXPECT_EQ(project->assignments(pilot.id, std::nullopt, std::nullopt).size(), 600u);
    EXPECT_EQ(project->assignments(pilot.id, std::nullopt, bob.id).size(), 300u);

    // "Trust" [0, 5) on every record for Alice, as coding every search hit does.
    std::vector<Coding> codings;
    for (const QUuid &record : records) {
        Coding c;
        c.recordId = record;
        c.codeId = trust.id;
        c.reviewerId = alice.id;
        c.span = {0, 5};
        codings.push_back(c);
    }
    std::vector<Coding> stored;
    const auto added = project->addCodings(codings, &stored);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_EQ(*added, 300);
    EXPECT_EQ(project->codingCount({std::nullopt, alice.id, std::nullopt, std::nullopt}), 300);
    const auto onRecord = project->codingsForRecord(records[123], alice.id);
    ASSERT_EQ(onRecord.size(), 1u);
    EXPECT_EQ(onRecord[0].id, stored[123].id);
    EXPECT_EQ(onRecord[0].roundId, pilot.id); // the round Alice codes the record in

    // Bob's batch whose 7th coding reuses the id of one of Alice's: refused whole, and named.
    for (Coding &c : codings) {
        c.id = QUuid();
        c.reviewerId = bob.id;
    }
    codings[6].id = stored[0].id;
    const auto refused = project->addCodings(codings);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("Coding 7: "))) << refused.error().toStdString();
    EXPECT_EQ(project->codingCount({std::nullopt, bob.id, std::nullopt, std::nullopt}), 0);
}

TEST_P(TeamDomain, ReconcilingWritesTheConsensusAndTheDecisionLog)
{
    using namespace dyad::core::reconcile;
    // Two records both reviewers coded: record 0 the same words ("trust", [31, 36)), record 1
    // with different boundaries ("build trust" [25, 36) against "trust" [31, 36)).
    const QUuid r0 = addRecord(QStringLiteral("Community health workers build trust in rural clinics."));
    const QUuid r1 = addRecord(QStringLiteral("Community health workers build trust in rural clinics!"));
    const Code trust = addCode(QStringLiteral("Trust"));
    ASSERT_TRUE(code(alice, r0, trust, 31, 36).ok());
    ASSERT_TRUE(code(bob, r0, trust, 31, 36).ok());
    ASSERT_TRUE(code(alice, r1, trust, 25, 36).ok());
    ASSERT_TRUE(code(bob, r1, trust, 31, 36).ok());

    auto store = openDecisionStore(*project);
    ASSERT_TRUE(store.ok()) << store.error().toStdString();
    Reconciler reconciler(*project, **store);
    const Scope pair{alice.id, bob.id, {}, {}};
    project->setActor(lena.id);
    const Queue queue = reconciler.buildQueue(pair).value();
    ASSERT_EQ(queue.items.size(), 2u);
    auto accepted = reconciler.acceptAllExact(pair, QStringLiteral("same words"));
    ASSERT_TRUE(accepted.ok()) << accepted.error().toStdString();
    ASSERT_EQ(accepted->size(), 1u);
    const QUuid consensus = project->consensusReviewer().id;
    const auto onR0 = project->codings({r0, consensus, {}, {}});
    ASSERT_EQ(onR0.size(), 1u);
    EXPECT_EQ(onR0[0].span.start, 31);
    EXPECT_EQ(onR0[0].span.end, 36);

    // The boundary difference: accept A's longer span.
    const auto groups = reconciler.groupsForRecord(pair, r1).value();
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].kind, GroupKind::BoundaryDifference);
    DecisionInput input;
    input.outcome = Outcome::AcceptA;
    input.rationale = QStringLiteral("the whole phrase");
    auto decided = reconciler.decide(pair, groups[0], input);
    ASSERT_TRUE(decided.ok()) << decided.error().toStdString();
    const auto onR1 = project->codings({r1, consensus, {}, {}});
    ASSERT_EQ(onR1.size(), 1u);
    EXPECT_EQ(onR1[0].span.start, 25);

    const auto log = reconciler.decisionLog();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[1].rationale, QStringLiteral("the whole phrase"));
    EXPECT_EQ(log[1].decidedBy, lena.id);
    ASSERT_EQ(log[1].after.size(), 1u);
    EXPECT_EQ(log[1].after[0].span.start, 25);
    // Undone, the Consensus coding goes and the log keeps the decision, marked undone.
    ASSERT_TRUE(reconciler.undo(log[1].id).ok());
    EXPECT_TRUE(project->codings({r1, consensus, {}, {}}).empty());
    const auto after = reconciler.decisionLog(); // undone ones included
    ASSERT_EQ(after.size(), 2u);
    EXPECT_TRUE(after[1].undoneAt.isValid());
    EXPECT_EQ(after[1].undoneBy, lena.id);
    EXPECT_EQ(reconciler.decisionLog(DecisionQuery{}).size(), 1u); // standing ones
}

INSTANTIATE_TEST_SUITE_P(Backends, TeamDomain, ::testing::Values(Storage::File, Storage::Server),
                         [](const ::testing::TestParamInfo<Storage> &info) {
                             return info.param == Storage::File ? std::string("File") : std::string("Server");
                         });
