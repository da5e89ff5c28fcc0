// Retrieval of every passage coded with a code (issue 14), blinded like every other read,
// and the per-code / per-record coding counts the workbench keeps from one query each.
#include "core/analysis/retrieval.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::analysis;

namespace {

struct RetrievalTest : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Reviewer alice, bob, lead;
    QUuid first, second;
    Code health, trust, mutualTrust;

    void SetUp() override
    {
        project = createProject(dir.filePath(QStringLiteral("r.dyad"))).value();
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        lead = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        Record a, b;
        a.title = QStringLiteral("Trust in clinics");
        // code points: "Patients" 0-8, "trust" 9-14, "nurses" 15-21, "𠀀" 22, "信任" 24-26
        a.text = QStringLiteral("Patients trust nurses \U00020000 信任 grows slowly over many months of care.");
        b.title = QStringLiteral("=HYPERLINK(\"x\") a title that looks like a formula");
        b.text = QStringLiteral("Mutual trust between workers and households.");
        const auto ids = project->addRecords({a, b}).value();
        first = ids[0];
        second = ids[1];
        project->setActor(lead.id);
        health = make(QStringLiteral("Health"), {});
        trust = make(QStringLiteral("Trust"), health.id);
        mutualTrust = make(QStringLiteral("Mutual trust"), trust.id);
    }

    Code make(const QString &name, const QUuid &parent)
    {
        Code c;
        c.name = name;
        c.parentId = parent;
        return project->createCode(c).value();
    }

    Coding code(const Reviewer &who, const QUuid &record, const Code &c, Offset s, Offset e)
    {
        project->setActor(who.id);
        Coding coding;
        coding.recordId = record;
        coding.codeId = c.id;
        coding.span = {s, e};
        auto added = project->addCoding(coding);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added.ok() ? added.value() : Coding{};
    }

    std::vector<CodedPassage> retrieve(const Reviewer &viewer, const Code &c, std::optional<QUuid> layer = {},
                                  bool sub = false)
    {
        RetrievalQuery q;
        q.codeId = c.id;
        q.layer = layer;
        q.withSubCodes = sub;
        q.contextLength = 10;
        auto r = retrievePassages(*project, viewer.id, q);
        EXPECT_TRUE(r.ok()) << r.error().toStdString();
        return r.ok() ? r.value() : std::vector<CodedPassage>{};
    }
};

} // namespace

TEST_F(RetrievalTest, PassagesCarryTheCodedTextByCodePointsWithTitleAndReviewer)
{
    code(alice, first, trust, 9, 14);  // "trust"
    code(bob, first, trust, 22, 26);   // "𠀀 信任" (the astral character counts as one)
    code(alice, second, trust, 0, 12); // "Mutual trust"
    const auto passages = retrieve(lead, trust);
    ASSERT_EQ(passages.size(), 3u);
    EXPECT_EQ(passages[0].text, QStringLiteral("trust"));
    EXPECT_EQ(passages[0].recordTitle, QStringLiteral("Trust in clinics"));
    EXPECT_EQ(passages[0].reviewerName, QStringLiteral("Alice"));
    EXPECT_EQ(passages[0].before, QStringLiteral("Patients "));
    EXPECT_EQ(passages[0].after, QStringLiteral(" nurses \U00020000")) << "10 code points, cut at a word boundary";
    EXPECT_EQ(passages[1].text, QStringLiteral("\U00020000 信任"));
    EXPECT_EQ(passages[1].reviewerName, QStringLiteral("Bob"));
    EXPECT_EQ(passages[2].text, QStringLiteral("Mutual trust"));
    EXPECT_EQ(passages[2].before, QString());
}

TEST_F(RetrievalTest, LayerAndSubCodesSelectWhatIsListed)
{
    code(alice, first, trust, 9, 14);
    code(bob, first, trust, 9, 21);
    code(alice, second, mutualTrust, 0, 12);
    EXPECT_EQ(retrieve(lead, trust, alice.id).size(), 1u);
    ASSERT_EQ(retrieve(lead, trust, bob.id).size(), 1u);
    EXPECT_EQ(retrieve(lead, trust, bob.id)[0].text, QStringLiteral("trust nurses"));
    EXPECT_EQ(retrieve(lead, trust, project->consensusReviewer().id).size(), 0u);
    EXPECT_EQ(retrieve(lead, trust).size(), 2u);
    const auto withSub = retrieve(lead, health, {}, true);
    ASSERT_EQ(withSub.size(), 3u) << "Health itself has no codings; Trust and Mutual trust below it have three";
    EXPECT_EQ(withSub[2].codeName, QStringLiteral("Mutual trust"));
}

TEST_F(RetrievalTest, ABlindedReviewerRetrievesOnlyOwnPassagesUntilUnblinded)
{
    project->setActor(lead.id);
    const Round round = project->createRound(QStringLiteral("Pilot")).value();
    ASSERT_TRUE(project->assign(round.id, {first, second}, {alice.id, bob.id}).ok());
    code(alice, first, trust, 9, 14);
    code(bob, first, trust, 9, 21);
    code(alice, second, trust, 0, 12);

    auto bobs = retrieve(bob, trust);
    ASSERT_EQ(bobs.size(), 1u) << "Bob must not see Alice's passages while the round is blind";
    EXPECT_EQ(bobs[0].reviewerName, QStringLiteral("Bob"));
    EXPECT_TRUE(retrieve(bob, trust, alice.id).empty());
    EXPECT_EQ(retrieve(alice, trust).size(), 2u);
    EXPECT_EQ(retrieve(lead, trust).size(), 3u);

    // Both done on the first record: that record unblinds, the second stays blind.
    project->setActor(alice.id);
    ASSERT_TRUE(project->setRecordStatus(round.id, first, alice.id, RecordStatus::Done).ok());
    project->setActor(bob.id);
    ASSERT_TRUE(project->setRecordStatus(round.id, first, bob.id, RecordStatus::Done).ok());
    bobs = retrieve(bob, trust);
    ASSERT_EQ(bobs.size(), 2u);
    EXPECT_EQ(bobs[0].recordTitle, QStringLiteral("Trust in clinics"));
    EXPECT_EQ(bobs[1].recordTitle, QStringLiteral("Trust in clinics"));

    project->setActor(lead.id);
    ASSERT_TRUE(project->unblindRound(round.id).ok());
    EXPECT_EQ(retrieve(bob, trust).size(), 3u);
}

TEST_F(RetrievalTest, AnotherReviewersPrivateCodeCannotBeRetrievedWhileBlind)
{
    project->setActor(lead.id);
    const Round round = project->createRound(QStringLiteral("Pilot")).value();
    ASSERT_TRUE(project->assign(round.id, {first}, {alice.id, bob.id}).ok());
    project->setActor(alice.id);
    Code mine;
    mine.name = QStringLiteral("Alice's hunch");
    mine.shared = false;
    mine = project->createCode(mine).value();
    code(alice, first, mine, 0, 8);
    RetrievalQuery q;
    q.codeId = mine.id;
    const auto refused = retrievePassages(*project, bob.id, q);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().indexOf(QStringLiteral("may see")), -1) << refused.error().toStdString();
    EXPECT_EQ(retrievePassages(*project, alice.id, q).value().size(), 1u);
}

TEST_F(RetrievalTest, TheExportedListNeutralisesFormulasAndKeepsEveryPassage)
{
    code(alice, second, trust, 0, 12);
    code(alice, first, trust, 9, 14);
    const io::Sheet sheet = passagesSheet(retrieve(alice, trust));
    ASSERT_EQ(sheet.rows.size(), 2u);
    const QString csv = QString::fromUtf8(io::csvBytes(sheet));
    EXPECT_NE(csv.indexOf(QStringLiteral("'=HYPERLINK")), -1) << csv.toStdString();
    EXPECT_NE(csv.indexOf(QStringLiteral("Mutual trust")), -1);
    EXPECT_EQ(sheet.rows[0][0].toString(), QStringLiteral("Trust in clinics")) << "records in import order";
}

TEST_F(RetrievalTest, CountsByCodeAndByRecordMatchTheCodings)
{
    code(alice, first, trust, 9, 14);
    code(alice, first, trust, 15, 21);
    code(alice, second, mutualTrust, 0, 12);
    code(bob, first, trust, 9, 21);
    auto byCode = project->codingCountsByCode(alice.id);
    std::sort(byCode.begin(), byCode.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    ASSERT_EQ(byCode.size(), 2u);
    EXPECT_EQ(byCode[0], std::make_pair(trust.id, 2));
    EXPECT_EQ(byCode[1], std::make_pair(mutualTrust.id, 1));
    auto byRecord = project->codingCountsByRecord(bob.id);
    ASSERT_EQ(byRecord.size(), 1u);
    EXPECT_EQ(byRecord[0], std::make_pair(first, 1));
    // Every filter combination counts what it names (one statement per shape).
    EXPECT_EQ(project->codingCount({first, alice.id, trust.id, {}}), 2);
    EXPECT_EQ(project->codingCount({{}, {}, trust.id, {}}), 3);
    EXPECT_EQ(project->codingCount({first, {}, {}, {}}), 3);
    EXPECT_EQ(project->codingCount({}), 4);
    EXPECT_EQ(project->codings({{}, bob.id, trust.id, {}}).size(), 1u);
}

TEST_F(RetrievalTest, CodingEventsNameTheCodeAndTheReviewer)
{
    std::vector<ChangeEvent> seen;
    project->addListener([&](const ChangeEvent &e) { seen.push_back(e); });
    const Coding c = code(alice, first, trust, 9, 14);
    project->setActor(alice.id);
    ASSERT_TRUE(project->updateCodingCode(c.id, mutualTrust.id).ok());
    ASSERT_TRUE(project->removeCoding(c.id).ok());
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[0].kind, ChangeEvent::Kind::CodingAdded);
    EXPECT_EQ(seen[0].codeId, trust.id);
    EXPECT_EQ(seen[0].reviewerId, alice.id);
    EXPECT_EQ(seen[1].kind, ChangeEvent::Kind::CodingChanged);
    EXPECT_EQ(seen[1].previousCodeId, trust.id);
    EXPECT_EQ(seen[1].codeId, mutualTrust.id);
    EXPECT_EQ(seen[2].kind, ChangeEvent::Kind::CodingRemoved);
    EXPECT_EQ(seen[2].codeId, mutualTrust.id);
}
