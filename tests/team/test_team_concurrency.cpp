// Two people working on one team project at once, each with their own connection (as two
// GUI windows at two sites would): one clear outcome and a message, never a lost write.

#include "teamserver.h"

#include "core/model/project.h"
#include "core/pg/teamproject.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::pg;
using dyad::test::TeamServer;

namespace {

struct TwoSites
{
    QString db;
    std::unique_ptr<Project> lead, reviewer;
    QUuid record;
    Code fees, cost;

    void build(const TeamServer &server)
    {
        db = server.newDatabase();
        auto owner = createTeamProject(server.url(db), QStringLiteral("Sites")).value();
        ASSERT_TRUE(addTeamMember(server.url(db), QStringLiteral("Lena"), db + QStringLiteral("_lena"),
                                  TeamRole::Lead).ok());
        ASSERT_TRUE(addTeamMember(server.url(db), QStringLiteral("Bob"), db + QStringLiteral("_bob"),
                                  TeamRole::Reviewer).ok());
        Record r;
        r.text = QStringLiteral("Nurses explained the fees and the waiting times.");
        record = owner->addRecords({r}).value().front();
        Code c;
        c.name = QStringLiteral("Fees");
        fees = owner->createCode(c).value();
        c.name = QStringLiteral("Cost");
        cost = owner->createCode(c).value();
        lead = openTeamProject(server.url(db, db + QStringLiteral("_lena"))).value();
        reviewer = openTeamProject(server.url(db, db + QStringLiteral("_bob"))).value();
    }

    Result<Coding> apply(const Code &c)
    {
        Coding coding;
        coding.recordId = record;
        coding.codeId = c.id;
        coding.span = {21, 25}; // "fees"
        return reviewer->addCoding(coding);
    }
};

} // namespace

TEST(TeamConcurrency, ReviewerAppliesACodeTheLeadHasJustMergedAway)
{
    REQUIRE_TEAM_SERVER(server, "a reviewer applying a code another session merged away gets a message and "
                                "the merge keeps every earlier coding");
    TwoSites sites;
    sites.build(*server);
    // Bob's window still lists Fees; he applies it once before the merge.
    ASSERT_EQ(sites.reviewer->allCodes().size(), 2u);
    ASSERT_TRUE(sites.apply(sites.fees).ok());
    auto merged = sites.lead->mergeCodes(sites.fees.id, sites.cost.id);
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    EXPECT_EQ(merged->reassigned.size(), 1u);
    // Then again, from his stale list: refused with a message, nothing written under a ghost code.
    auto late = sites.apply(sites.fees);
    ASSERT_FALSE(late.ok());
    EXPECT_FALSE(late.error().isEmpty());
    EXPECT_EQ(sites.lead->codings({sites.record, {}, {}, {}}).size(), 1u);
    EXPECT_EQ(sites.lead->codings({sites.record, {}, sites.cost.id, {}}).size(), 1u);
    // After the change notice his window knows the code is gone.
    sites.reviewer->refreshIfChangedElsewhere();
    EXPECT_FALSE(sites.reviewer->code(sites.fees.id).has_value());
}

TEST(TeamConcurrency, AnOpenTransactionElsewhereDoesNotLoseEitherCoding)
{
    REQUIRE_TEAM_SERVER(server, "codings two sessions add to the same record at the same time are both kept");
    TwoSites sites;
    sites.build(*server);
    // The lead's transaction is open (mid-import, say) while Bob codes.
    ASSERT_TRUE(sites.lead->transact([&]() -> Status {
                              Coding c;
                              c.recordId = sites.record;
                              c.codeId = sites.cost.id;
                              c.span = {0, 6};
                              if (auto added = sites.lead->addCoding(c); !added)
                                  return added.takeError();
                              auto bobs = sites.apply(sites.fees); // commits on its own connection
                              EXPECT_TRUE(bobs.ok()) << (bobs.ok() ? std::string() : bobs.error().toStdString());
                              return {};
                          })
                    .ok());
    EXPECT_EQ(sites.lead->codings({sites.record, {}, {}, {}}).size(), 2u);
}

TEST(TeamConcurrency, TwoRenamesOfOneCodeEndInOneOutcomeAndAMessage)
{
    REQUIRE_TEAM_SERVER(server, "when two people rename one shared code from what their windows showed, the first "
                                "rename stands and the second gets a message instead of overwriting it");
    TwoSites sites;
    sites.build(*server);
    // Both windows list the codebook.
    ASSERT_EQ(sites.lead->allCodes().size(), 2u);
    ASSERT_EQ(sites.reviewer->allCodes().size(), 2u);
    Code mine = sites.fees;
    mine.name = QStringLiteral("User fees");
    ASSERT_TRUE(sites.lead->updateCode(mine).ok());
    Code theirs = sites.fees;
    theirs.name = QStringLiteral("Out-of-pocket costs");
    auto second = sites.reviewer->updateCode(theirs);
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().contains(QStringLiteral("User fees"))) << second.error().toStdString();
    EXPECT_EQ(sites.lead->code(sites.fees.id)->name, QStringLiteral("User fees"));
    int renames = 0;
    for (const AuditEntry &e : sites.lead->auditLog())
        renames += e.action == QStringLiteral("code.edit") ? 1 : 0;
    EXPECT_EQ(renames, 1);

    // Once the reviewer's window has caught up, the rename made on what it shows goes through.
    sites.reviewer->refreshIfChangedElsewhere();
    std::optional<Code> shown;
    for (const Code &c : sites.reviewer->allCodes())
        if (c.id == sites.fees.id)
            shown = c;
    ASSERT_TRUE(shown.has_value());
    Code current = *shown;
    current.name = QStringLiteral("Out-of-pocket costs");
    ASSERT_TRUE(sites.reviewer->updateCode(current).ok());
    EXPECT_EQ(sites.lead->code(sites.fees.id)->name, QStringLiteral("Out-of-pocket costs"));
    // Each rename of one's own, one after the other, never conflicts with itself.
    current.name = QStringLiteral("Direct costs");
    EXPECT_TRUE(sites.reviewer->updateCode(current).ok());
}
