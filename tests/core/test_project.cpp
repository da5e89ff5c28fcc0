#include "core/model/project.h"
#include "core/open/open.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;

namespace {

struct ProjectTest : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Reviewer alice, bob, lead;
    QUuid recordId;

    void SetUp() override
    {
        auto p = createProject(dir.filePath(QStringLiteral("t.dyad")));
        ASSERT_TRUE(p.ok()) << p.error().toStdString();
        project = std::move(p).value();
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        lead = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        Record r;
        r.title = QStringLiteral("Community health workers");
        r.text = QStringLiteral("Community health workers build trust. 社区卫生工作者 \U00020000 build trust too.");
        recordId = project->addRecords({r}).value().front();
    }

    Code makeCode(const QString &name, const QUuid &creator, bool shared = true)
    {
        project->setActor(creator);
        Code c;
        c.name = name;
        c.shared = shared;
        auto created = project->createCode(c);
        EXPECT_TRUE(created.ok()) << created.error().toStdString();
        return created.ok() ? created.value() : Code{};
    }

    Coding code(const Reviewer &who, const Code &c, Offset s, Offset e)
    {
        project->setActor(who.id);
        Coding coding;
        coding.recordId = recordId;
        coding.codeId = c.id;
        coding.span = {s, e};
        auto added = project->addCoding(coding);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added.ok() ? added.value() : Coding{};
    }
};

} // namespace

TEST_F(ProjectTest, CodingOutsideTheTextIsRefused)
{
    const Code trust = makeCode(QStringLiteral("Trust"), alice.id);
    project->setActor(alice.id);
    Coding c;
    c.recordId = recordId;
    c.codeId = trust.id;
    c.span = {10, 500};
    auto r = project->addCoding(c);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("outside"))) << r.error().toStdString();
    c.span = {5, 5};
    EXPECT_FALSE(project->addCoding(c).ok());
}

TEST_F(ProjectTest, SpansCountCodePointsSoTheLastCharacterCanBeCoded)
{
    // The text has one supplementary-plane character: 64 code points, 65 UTF-16 units.
    const Record r = project->record(recordId).value();
    const qsizetype codePoints = r.text.toUcs4().size();
    ASSERT_EQ(codePoints + 1, r.text.size());
    const Code trust = makeCode(QStringLiteral("Trust"), alice.id);
    code(alice, trust, codePoints - 5, codePoints);
    project->setActor(alice.id);
    Coding beyond;
    beyond.recordId = recordId;
    beyond.codeId = trust.id;
    beyond.span = {codePoints - 5, codePoints + 1};
    EXPECT_FALSE(project->addCoding(beyond).ok());
}

TEST_F(ProjectTest, BlindingHidesTheOtherReviewerUntilBothAreDone)
{
    const Code trust = makeCode(QStringLiteral("Trust"), lead.id);
    project->setActor(lead.id);
    const Round round = project->createRound(QStringLiteral("Pilot")).value();
    ASSERT_TRUE(project->assign(round.id, {recordId}, {alice.id, bob.id}).ok());

    code(alice, trust, 0, 25);
    code(bob, trust, 0, 30);

    EXPECT_EQ(project->codingsForRecord(recordId, bob.id).size(), 1u);
    EXPECT_EQ(project->codingsForRecord(recordId, alice.id).size(), 1u);
    EXPECT_EQ(project->codingsForRecord(recordId, lead.id).size(), 2u);

    project->setActor(alice.id);
    ASSERT_TRUE(project->setRecordStatus(round.id, recordId, alice.id, RecordStatus::Done).ok());
    EXPECT_EQ(project->codingsForRecord(recordId, bob.id).size(), 1u) << "Bob is not done yet";
    project->setActor(bob.id);
    ASSERT_TRUE(project->setRecordStatus(round.id, recordId, bob.id, RecordStatus::Done).ok());
    EXPECT_EQ(project->codingsForRecord(recordId, bob.id).size(), 2u);
    EXPECT_EQ(project->codingsForRecord(recordId, alice.id).size(), 2u);
}

TEST_F(ProjectTest, LeadUnblindingRevealsEverythingAndOnlyTheLeadMayDoIt)
{
    const Code trust = makeCode(QStringLiteral("Trust"), lead.id);
    project->setActor(lead.id);
    const Round round = project->createRound(QStringLiteral("Main")).value();
    ASSERT_TRUE(project->assign(round.id, {recordId}, {alice.id, bob.id}).ok());
    code(alice, trust, 0, 25);
    project->setActor(bob.id);
    EXPECT_FALSE(project->unblindRound(round.id).ok());
    EXPECT_TRUE(project->codingsForRecord(recordId, bob.id).empty());
    project->setActor(lead.id);
    ASSERT_TRUE(project->unblindRound(round.id).ok());
    EXPECT_EQ(project->codingsForRecord(recordId, bob.id).size(), 1u);
}

TEST_F(ProjectTest, PrivateInductiveCodesStayPrivateWhileBlinded)
{
    project->setActor(lead.id);
    const Round round = project->createRound(QStringLiteral("Pilot")).value();
    ASSERT_TRUE(project->assign(round.id, {recordId}, {alice.id, bob.id}).ok());
    makeCode(QStringLiteral("Alice's idea"), alice.id, false);
    makeCode(QStringLiteral("Shared"), lead.id, true);
    EXPECT_EQ(project->codes(bob.id).size(), 1u);
    EXPECT_EQ(project->codes(alice.id).size(), 2u);
    EXPECT_EQ(project->codes(lead.id).size(), 2u);
}

TEST_F(ProjectTest, AReviewerCannotRemoveAnotherReviewersCoding)
{
    const Code trust = makeCode(QStringLiteral("Trust"), lead.id);
    const Coding a = code(alice, trust, 0, 9);
    project->setActor(bob.id);
    EXPECT_FALSE(project->removeCoding(a.id).ok());
    project->setActor(alice.id);
    EXPECT_TRUE(project->removeCoding(a.id).ok());
}

TEST_F(ProjectTest, MergeReassignsUnionsIdenticalSpansAndIsAudited)
{
    const Code trust = makeCode(QStringLiteral("Trust"), alice.id);
    const Code mutualTrust = makeCode(QStringLiteral("Mutual trust"), bob.id);
    const Code child = [&] {
        project->setActor(bob.id);
        Code c;
        c.name = QStringLiteral("Trust in leaders");
        c.parentId = mutualTrust.id;
        return project->createCode(c).value();
    }();
    code(alice, trust, 0, 9);
    code(alice, mutualTrust, 0, 9);   // identical span, same reviewer: becomes one
    code(alice, mutualTrust, 10, 20); // moves to Trust
    code(bob, mutualTrust, 0, 9);     // another reviewer's identical span stays separate

    project->setActor(lead.id);
    auto merged = project->mergeCodes(mutualTrust.id, trust.id);
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    EXPECT_EQ(merged->droppedDuplicates.size(), 1u);
    EXPECT_EQ(merged->reassigned.size(), 2u);
    EXPECT_FALSE(project->code(mutualTrust.id).has_value());
    EXPECT_EQ(project->code(child.id)->parentId, trust.id);
    EXPECT_EQ(project->codings({recordId, alice.id, trust.id, {}}).size(), 2u);
    EXPECT_EQ(project->codings({recordId, bob.id, trust.id, {}}).size(), 1u);

    const auto log = project->auditLog();
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().action, QStringLiteral("code.merge"));
    EXPECT_EQ(log.back().actorId, lead.id);
    EXPECT_EQ(log.back().details.value(QStringLiteral("droppedDuplicates")).toArray().size(), 1);
}

TEST_F(ProjectTest, MergingIntoOwnSubCodeIsRefused)
{
    const Code parent = makeCode(QStringLiteral("Governance"), lead.id);
    project->setActor(lead.id);
    Code c;
    c.name = QStringLiteral("Leadership");
    c.parentId = parent.id;
    const Code child = project->createCode(c).value();
    EXPECT_FALSE(project->mergeCodes(parent.id, child.id).ok());
    EXPECT_FALSE(project->moveCode(parent.id, child.id).ok());
}

TEST_F(ProjectTest, DeletingAUsedCodeIsRefusedWithAReason)
{
    const Code trust = makeCode(QStringLiteral("Trust"), alice.id);
    code(alice, trust, 0, 9);
    Status st = project->deleteCode(trust.id);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().contains(QStringLiteral("applied 1 time"))) << st.error().toStdString();
}

TEST_F(ProjectTest, CorrectingUncodedTextMovesCodingsAndKeepsTheOldVersion)
{
    const Code trust = makeCode(QStringLiteral("Trust"), alice.id);
    // "build trust too." at the end
    const QString text = project->record(recordId)->text;
    const qsizetype n = text.toUcs4().size();
    const Coding tail = code(alice, trust, n - 16, n - 1);
    const Coding head = code(alice, trust, 0, 9);

    QString corrected = text;
    corrected.replace(QStringLiteral("workers build"), QStringLiteral("workers (CHWs) build"));
    auto changed = project->replaceRecordText(recordId, corrected);
    ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    EXPECT_EQ(changed->newVersion, 2);
    const Coding movedTail = project->coding(tail.id).value();
    EXPECT_EQ(movedTail.span.start, tail.span.start + 7);
    EXPECT_EQ(project->coding(head.id)->span, head.span);
    EXPECT_TRUE(project->check().ok());

    // A correction inside a coded passage is refused and changes nothing.
    QString bad = corrected;
    bad.replace(QStringLiteral("Community"), QStringLiteral("Communal"));
    auto refused = project->replaceRecordText(recordId, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("Community"))) << refused.error().toStdString();
    EXPECT_EQ(project->record(recordId)->text, corrected);
}

TEST_F(ProjectTest, ReopeningKeepsEverythingAndCheckPasses)
{
    const Code trust = makeCode(QStringLiteral("Trust"), alice.id);
    code(alice, trust, 0, 9);
    const QString path = project->path();
    project.reset();
    auto reopened = openProject(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
    EXPECT_EQ((*reopened)->codings().size(), 1u);
    EXPECT_EQ((*reopened)->reviewers().size(), 4u); // Consensus + 3
    EXPECT_TRUE((*reopened)->check().ok()) << (*reopened)->check().problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ProjectTest, SearchFindsWordsRegardlessOfCaseAndAccents)
{
    Record r;
    r.title = QStringLiteral("Kjellström on co-production");
    r.text = QStringLiteral("Kjellström on co-production\n\nPartnerships in primary care.");
    ASSERT_TRUE(project->addRecords({r}).ok());
    auto hits = project->search(QStringLiteral("kjellstrom"));
    ASSERT_TRUE(hits.ok()) << hits.error().toStdString();
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ(hits->front().title, r.title);
    auto injected = project->search(QStringLiteral("\"unbalanced AND ("));
    EXPECT_TRUE(injected.ok()) << "operators typed by a user are taken literally";
}

TEST_F(ProjectTest, SaveCopyAndRotatingBackups)
{
    const QString copy = dir.filePath(QStringLiteral("copy.dyad"));
    ASSERT_TRUE(project->saveCopy(copy).ok());
    auto opened = openProject(copy, true);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ((*opened)->recordCount(), 1);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(project->rotateBackup(folder, 2).ok());
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 2);
}

TEST_F(ProjectTest, ListenersHearOfChangesOnlyWhenTheTransactionCommits)
{
    std::vector<ChangeEvent> heard;
    const int token = project->addListener([&](const ChangeEvent &e) { heard.push_back(e); });
    Record a, b;
    a.title = QStringLiteral("Peer support in rural clinics");
    b.title = QStringLiteral("Task shifting to nurses");

    // Work that rolls back was never seen: a view must not show records the file lacks.
    const qint64 before = project->recordCount();
    Status failed = project->transact([&]() -> Status {
        if (auto added = project->addRecords({a}); !added)
            return added.takeError();
        EXPECT_TRUE(heard.empty()) << "notified inside the open transaction";
        return makeError(QStringLiteral("the user cancelled"));
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(project->recordCount(), before);
    EXPECT_TRUE(heard.empty());

    // Committed work is heard once, after the commit, however many chunks raised it.
    Status ok = project->transact([&]() -> Status {
        for (const Record &r : {a, b})
            if (auto added = project->addRecords({r}); !added)
                return added.takeError();
        EXPECT_TRUE(heard.empty());
        return {};
    });
    ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
    ASSERT_EQ(heard.size(), 1u);
    EXPECT_EQ(heard[0].kind, ChangeEvent::Kind::RecordsAdded);
    EXPECT_EQ(project->recordCount(), before + 2);

    // Outside a transaction, each change is heard at once.
    heard.clear();
    project->setActor(alice.id);
    Code c;
    c.name = QStringLiteral("Trust");
    ASSERT_TRUE(project->createCode(c).ok());
    EXPECT_EQ(heard.size(), 1u);
    project->removeListener(token);
}
