#include "export_fixture.h"
#include "core/open/open.h"

#include "core/io/export/reviewercopy.h"

#include <QJsonDocument>

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

struct MergeTest : dyad::testing::CodedProjectFixture
{
    QString copyPath() const { return path(QStringLiteral("alice-copy.dyad")); }

    std::unique_ptr<Project> makeCopy()
    {
        auto r = exportReviewerCopy(*project, alice.id, copyPath());
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().toStdString());
        auto opened = openProject(copyPath());
        EXPECT_TRUE(opened.ok());
        if (!opened)
            return nullptr;
        (*opened)->setActor(alice.id);
        return std::move(opened).value();
    }

    std::vector<Coding> sortedCodings()
    {
        auto v = project->codings();
        std::sort(v.begin(), v.end(), [](const Coding &a, const Coding &b) { return a.id < b.id; });
        return v;
    }

    static bool anyContains(const QStringList &lines, const QString &word)
    {
        for (const QString &l : lines)
            if (l.contains(word))
                return true;
        return false;
    }
};

} // namespace

TEST_F(MergeTest, ReviewerCopyHoldsOnlyThatReviewersWork)
{
    project->setActor(bob.id);
    Code secret;
    secret.name = QStringLiteral("Bob's private idea");
    secret.shared = false;
    const Code bobsCode = project->createCode(secret).value();
    project->setActor(QUuid());

    auto report = exportReviewerCopy(*project, alice.id, copyPath());
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->records, 3);
    EXPECT_EQ(report->codings, 3);
    EXPECT_EQ(report->withheldCodes, 1);
    auto copy = openProject(copyPath());
    ASSERT_TRUE(copy.ok());
    const auto codings = (*copy)->codings();
    ASSERT_EQ(codings.size(), 3u);
    for (const Coding &c : codings)
        EXPECT_EQ(c.reviewerId, alice.id);
    EXPECT_FALSE((*copy)->code(bobsCode.id));
    EXPECT_TRUE((*copy)->code(mutualTrust.id));
    EXPECT_FALSE((*copy)->reviewer(bob.id));
    EXPECT_FALSE((*copy)->reviewer(lead.id));
    // Nothing of the others in the audit log or the codebook's creators.
    for (const AuditEntry &e : (*copy)->auditLog()) {
        const QString details = QString::fromUtf8(QJsonDocument(e.details).toJson());
        EXPECT_FALSE(details.contains(uuidText(bob.id))) << e.action.toStdString();
        EXPECT_NE(e.actorId, bob.id);
    }
    for (const Code &c : (*copy)->allCodes())
        EXPECT_TRUE(c.creatorId.isNull() || c.creatorId == alice.id);
    (*copy)->setActor(alice.id);
    EXPECT_EQ((*copy)->recordMemo(r1), QStringLiteral("Alice's note on record 1"));
    EXPECT_EQ((*copy)->record(r2)->text, cjkText());
}

TEST_F(MergeTest, MergeBringsBackNewEditedAndRemovedWorkAndIsIdempotent)
{
    auto copy = makeCopy();
    ASSERT_TRUE(copy);
    Code hope;
    hope.name = QStringLiteral("Hope");
    hope.parentId = governance.id;
    hope = copy->createCode(hope).value();
    Coding fresh;
    fresh.recordId = r2;
    fresh.codeId = hope.id;
    fresh.span = {12, 19}; // "workers"
    fresh = copy->addCoding(fresh).value();
    ASSERT_TRUE(copy->updateCodingMemo(a1.id, QStringLiteral("clear case, checked again")).ok());
    ASSERT_TRUE(copy->removeCoding(a2.id).ok());
    ASSERT_TRUE(copy->setRecordMemo(r2, QStringLiteral("CJK record read twice")).ok());
    copy.reset();

    const auto auditBefore = project->auditLog().size();
    auto dry = mergeReviewerCopy(*project, copyPath(), true);
    ASSERT_TRUE(dry.ok()) << dry.error().toStdString();
    EXPECT_EQ(dry->codingsAdded, 1);
    EXPECT_EQ(project->auditLog().size(), auditBefore); // a dry run writes nothing
    EXPECT_FALSE(project->code(hope.id));

    auto merged = mergeReviewerCopy(*project, copyPath());
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    EXPECT_EQ(merged->codesAdded, 1);
    EXPECT_EQ(merged->codingsAdded, 1);
    EXPECT_EQ(merged->codingsUpdated, 1);
    EXPECT_EQ(merged->codingsRemoved, 1);
    EXPECT_EQ(merged->memosUpdated, 1);
    EXPECT_TRUE(merged->conflicts.isEmpty()) << merged->conflicts.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(project->codePath(hope.id), (QStringList{QStringLiteral("Governance"), QStringLiteral("Hope")}));
    EXPECT_EQ(project->code(hope.id)->creatorId, alice.id);
    ASSERT_TRUE(project->coding(fresh.id));
    EXPECT_EQ(project->coding(fresh.id)->span, (Span{12, 19}));
    EXPECT_EQ(project->coding(fresh.id)->reviewerId, alice.id);
    EXPECT_EQ(project->coding(a1.id)->memo, QStringLiteral("clear case, checked again"));
    EXPECT_FALSE(project->coding(a2.id));
    EXPECT_TRUE(project->coding(b1.id)); // Bob's and the Consensus work untouched
    EXPECT_TRUE(project->coding(c1.id));
    project->setActor(alice.id);
    EXPECT_EQ(project->recordMemo(r2), QStringLiteral("CJK record read twice"));
    project->setActor(QUuid());
    bool audited = false;
    for (const AuditEntry &e : project->auditLog())
        audited = audited || e.action == QStringLiteral("reviewercopy.merge");
    EXPECT_TRUE(audited);

    // The same copy again: nothing changes, not even the audit log.
    const auto codingsAfter = sortedCodings();
    const auto auditAfter = project->auditLog().size();
    auto again = mergeReviewerCopy(*project, copyPath());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->changed());
    EXPECT_TRUE(again->conflicts.isEmpty());
    const auto codingsAgain = sortedCodings();
    ASSERT_EQ(codingsAgain.size(), codingsAfter.size());
    for (size_t i = 0; i < codingsAgain.size(); ++i) {
        EXPECT_EQ(codingsAgain[i].id, codingsAfter[i].id);
        EXPECT_EQ(codingsAgain[i].span, codingsAfter[i].span);
        EXPECT_EQ(codingsAgain[i].memo, codingsAfter[i].memo);
    }
    EXPECT_EQ(project->auditLog().size(), auditAfter);
}

TEST_F(MergeTest, ChangesOnBothSidesAreReportedAndTheProjectKeepsItsVersion)
{
    auto copy = makeCopy();
    ASSERT_TRUE(copy);
    // Same coding changed on both sides.
    ASSERT_TRUE(copy->updateCodingMemo(a1.id, QStringLiteral("copy's memo")).ok());
    project->setActor(lead.id);
    ASSERT_TRUE(project->updateCodingMemo(a1.id, QStringLiteral("lead's memo")).ok());
    // A code renamed on both sides.
    Code inCopy = *copy->code(cost.id);
    inCopy.name = QStringLiteral("Costs");
    ASSERT_TRUE(copy->updateCode(inCopy).ok());
    Code inProject = *project->code(cost.id);
    inProject.name = QStringLiteral("Expense");
    ASSERT_TRUE(project->updateCode(inProject).ok());
    // A change on one side only still goes through.
    Code defined = *copy->code(access.id);
    defined.definition = QStringLiteral("Being able to reach care.");
    ASSERT_TRUE(copy->updateCode(defined).ok());
    // A record whose text differs: the new coding on it is not placed.
    ASSERT_TRUE(project->replaceRecordText(r3, QStringLiteral("=SUM(A1) the corrected text.")).ok());
    Coding onChanged;
    onChanged.recordId = r3;
    onChanged.codeId = cost.id;
    onChanged.span = {9, 12};
    onChanged = copy->addCoding(onChanged).value();
    project->setActor(QUuid());
    copy.reset();

    auto merged = mergeReviewerCopy(*project, copyPath());
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    EXPECT_EQ(merged->conflicts.size(), 3) << merged->conflicts.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(anyContains(merged->conflicts, QStringLiteral("memo was changed both")));
    EXPECT_TRUE(anyContains(merged->conflicts, QStringLiteral("name was changed both")));
    EXPECT_TRUE(anyContains(merged->conflicts, QStringLiteral("the text differs")));
    EXPECT_EQ(project->coding(a1.id)->memo, QStringLiteral("lead's memo"));
    EXPECT_EQ(project->code(cost.id)->name, QStringLiteral("Expense"));
    EXPECT_EQ(project->code(access.id)->definition, QStringLiteral("Being able to reach care."));
    EXPECT_FALSE(project->coding(onChanged.id));
}

TEST_F(MergeTest, ACopyOfAnotherProjectIsRefused)
{
    auto other = createProject(path(QStringLiteral("other.dyad")));
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(exportReviewerCopy(*project, alice.id, copyPath()).ok());
    const auto before = (*other)->auditLog().size();
    auto r = mergeReviewerCopy(**other, copyPath());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("another project")));
    EXPECT_EQ((*other)->auditLog().size(), before);
    EXPECT_FALSE(exportReviewerCopy(*project, consensus.id, path(QStringLiteral("c.dyad"))).ok());
}

// The tester's finding: merging the same copy again after the project changed undid those
// changes (a removed coding came back, a code merged away was re-created). A merge remembers
// what it brought in from each copy and later takes only what changed in the copy since.
TEST_F(MergeTest, MergingACopyAgainNeverUndoesWhatTheProjectDidMeanwhile)
{
    auto copy = makeCopy();
    ASSERT_TRUE(copy);
    Code hope;
    hope.name = QStringLiteral("Hope");
    hope.parentId = governance.id;
    hope = copy->createCode(hope).value();
    Coding onHope;
    onHope.recordId = r2;
    onHope.codeId = hope.id;
    onHope.span = {12, 19}; // "workers"
    onHope = copy->addCoding(onHope).value();
    Coding plain;
    plain.recordId = r1;
    plain.codeId = access.id;
    plain.span = {0, 9}; // "Community"
    plain = copy->addCoding(plain).value();
    copy.reset();

    auto first = mergeReviewerCopy(*project, copyPath());
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(first->codesAdded, 1);
    EXPECT_EQ(first->codingsAdded, 2);

    // Meanwhile in the project: Alice removes one of the merged codings, the lead merges the
    // new code into Trust (its coding moves to Trust).
    project->setActor(alice.id);
    ASSERT_TRUE(project->removeCoding(plain.id).ok());
    project->setActor(lead.id);
    ASSERT_TRUE(project->mergeCodes(hope.id, trust.id).ok());
    project->setActor(QUuid());
    const auto codingsBefore = sortedCodings();
    const auto codesBefore = project->allCodes().size();
    const auto auditBefore = project->auditLog().size();

    auto again = mergeReviewerCopy(*project, copyPath());
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_FALSE(again->changed());
    EXPECT_TRUE(again->conflicts.isEmpty()) << again->conflicts.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(project->coding(plain.id)) << "the removed coding came back";
    EXPECT_FALSE(project->code(hope.id)) << "the merged-away code was re-created";
    ASSERT_TRUE(project->coding(onHope.id));
    EXPECT_EQ(project->coding(onHope.id)->codeId, trust.id);
    EXPECT_EQ(project->allCodes().size(), codesBefore);
    const auto codingsAfter = sortedCodings();
    ASSERT_EQ(codingsAfter.size(), codingsBefore.size());
    for (size_t i = 0; i < codingsAfter.size(); ++i) {
        EXPECT_EQ(codingsAfter[i].id, codingsBefore[i].id);
        EXPECT_EQ(codingsAfter[i].codeId, codingsBefore[i].codeId);
        EXPECT_EQ(codingsAfter[i].span, codingsBefore[i].span);
    }
    EXPECT_EQ(project->auditLog().size(), auditBefore);

    // Alice goes on in the same copy: only her new work comes in the third time.
    copy = std::move(openProject(copyPath()).value());
    copy->setActor(alice.id);
    ASSERT_TRUE(copy->updateCodingMemo(a1.id, QStringLiteral("read again in May")).ok());
    Coding later;
    later.recordId = r1;
    later.codeId = cost.id;
    later.span = {52, 66}; // "Cost was a bar"
    later = copy->addCoding(later).value();
    copy.reset();
    auto third = mergeReviewerCopy(*project, copyPath());
    ASSERT_TRUE(third.ok()) << third.error().toStdString();
    EXPECT_EQ(third->codesAdded, 0);
    EXPECT_EQ(third->codingsAdded, 1);
    EXPECT_EQ(third->codingsUpdated, 1);
    EXPECT_EQ(third->codingsRemoved, 0);
    EXPECT_TRUE(third->conflicts.isEmpty()) << third->conflicts.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(project->coding(a1.id)->memo, QStringLiteral("read again in May"));
    EXPECT_TRUE(project->coding(later.id));
    EXPECT_FALSE(project->coding(plain.id));
    EXPECT_FALSE(project->code(hope.id));
    EXPECT_EQ(project->coding(onHope.id)->codeId, trust.id);
    EXPECT_TRUE(project->check().ok()) << project->check().problems.join(QLatin1Char('\n')).toStdString();
}

// A copy exported a second time is a new copy: what was merged from the first one does not
// hide the work in the second.
TEST_F(MergeTest, EachCopyIsRememberedOnItsOwn)
{
    auto copy = makeCopy();
    ASSERT_TRUE(copy);
    Coding one;
    one.recordId = r1;
    one.codeId = access.id;
    one.span = {0, 9};
    one = copy->addCoding(one).value();
    copy.reset();
    ASSERT_TRUE(mergeReviewerCopy(*project, copyPath()).ok());

    const QString secondPath = path(QStringLiteral("alice-copy-2.dyad"));
    ASSERT_TRUE(exportReviewerCopy(*project, alice.id, secondPath).ok());
    auto second = openProject(secondPath).value();
    second->setActor(alice.id);
    ASSERT_TRUE(second->removeCoding(one.id).ok());
    second.reset();
    auto merged = mergeReviewerCopy(*project, secondPath);
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    EXPECT_EQ(merged->codingsRemoved, 1);
    EXPECT_FALSE(project->coding(one.id));
}
