// Writes of whole batches (a reviewer copy, a .qdpx import) leave the audit trail a methods
// appendix needs: who was added, and one row per batch that says what came in.

#include "export_fixture.h"
#include "core/open/open.h"

#include "core/io/export/reviewercopy.h"
#include "core/io/refi/refiexport.h"
#include "core/io/refi/refiimport.h"

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

using BulkAuditTest = dyad::testing::CodedProjectFixture;

std::vector<AuditEntry> rowsOf(const std::vector<AuditEntry> &log, const QString &action)
{
    std::vector<AuditEntry> out;
    for (const AuditEntry &e : log)
        if (e.action == action)
            out.push_back(e);
    return out;
}

} // namespace

TEST_F(BulkAuditTest, AReviewerCopyRecordsWhoWasAddedAndWhatCameIn)
{
    const QString copyPath = path(QStringLiteral("alice.dyad"));
    ASSERT_TRUE(exportReviewerCopy(*project, alice.id, copyPath).ok());
    auto copy = openProject(copyPath);
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    const auto log = (*copy)->auditLog();

    // Alice is in the copy, so the copy says when she was added.
    const auto added = rowsOf(log, QStringLiteral("reviewer.add"));
    ASSERT_EQ(added.size(), 1u);
    EXPECT_EQ(added[0].entityId, alice.id);

    // One row for the copy, counting everything it holds: the three records, the five shared
    // codes (Bob has none of his own here), Alice's three codings and her one record memo.
    const auto created = rowsOf(log, QStringLiteral("reviewercopy.create"));
    ASSERT_EQ(created.size(), 1u);
    const QJsonObject d = created[0].details;
    EXPECT_EQ(d.value(QStringLiteral("records")).toInt(), 3);
    EXPECT_EQ(d.value(QStringLiteral("codes")).toInt(), 5);
    EXPECT_EQ(d.value(QStringLiteral("codings")).toInt(), 3);
    EXPECT_EQ(d.value(QStringLiteral("memos")).toInt(), 1);
}

TEST_F(BulkAuditTest, AQdpxImportIsOneRowPerUserAndOneForTheData)
{
    const QString qdpx = path(QStringLiteral("trust.qdpx"));
    ASSERT_TRUE(exportQdpx(*project, qdpx).ok());
    const QString imported = path(QStringLiteral("imported.dyad"));
    auto report = importQdpx(qdpx, imported);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    auto opened = openProject(imported);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const auto log = (*opened)->auditLog();

    EXPECT_EQ(rowsOf(log, QStringLiteral("project.create")).size(), 1u);
    QStringList users;
    for (const AuditEntry &e : rowsOf(log, QStringLiteral("reviewer.add")))
        users << e.details.value(QStringLiteral("name")).toString();
    users.sort();
    EXPECT_EQ(users, (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Lena")}));

    // The five codings (Alice 3, Bob 1, Consensus 1) are one step of the import, not one row
    // each: a 400,000-coding project would otherwise bury the log.
    const auto import = rowsOf(log, QStringLiteral("project.import"));
    ASSERT_EQ(import.size(), 1u);
    EXPECT_EQ(import[0].details.value(QStringLiteral("codings")).toInt(), 5);
    EXPECT_EQ(import[0].details.value(QStringLiteral("sources")).toInt(), 3);
    EXPECT_EQ(import[0].details.value(QStringLiteral("codes")).toInt(), 5);
    EXPECT_TRUE(rowsOf(log, QStringLiteral("coding.add")).empty());
    EXPECT_EQ((*opened)->codings().size(), 5u);
}

TEST_F(BulkAuditTest, ABatchThatFailsLeavesNothingAndTellsNobody)
{
    const auto auditBefore = project->auditLog().size();
    const auto codingsBefore = project->codings().size();
    std::vector<ChangeEvent> events;
    project->addListener([&](const ChangeEvent &e) { events.push_back(e); });

    Coding fine;
    fine.id = QUuid::createUuid();
    fine.recordId = r3;
    fine.codeId = trust.id;
    fine.reviewerId = bob.id;
    fine.span = {0, 8}; // "=SUM(A1)"
    Coding tooLong = fine;
    tooLong.id = QUuid::createUuid();
    tooLong.span = {10, 400}; // record 3, "=SUM(A1) nothing coded here.", has 28 code points
    auto r = project->bulkWrite({QStringLiteral("test.batch"), QStringLiteral("project"), {}, {}},
                                [&](BulkWriter &w) -> Status {
                                    if (auto s = w.addCoding(fine); !s)
                                        return s;
                                    return w.addCoding(tooLong);
                                });
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("[10, 400) lies outside the record's text (28 characters)")))
        << r.error().toStdString();
    EXPECT_EQ(project->codings().size(), codingsBefore);
    EXPECT_FALSE(project->coding(fine.id));
    EXPECT_EQ(project->auditLog().size(), auditBefore);
    EXPECT_TRUE(events.empty());
}

TEST_F(BulkAuditTest, ABatchIsOneAuditedStepThatViewsHearAbout)
{
    std::vector<ChangeEvent::Kind> events;
    project->addListener([&](const ChangeEvent &e) { events.push_back(e.kind); });
    Record extra;
    extra.id = QUuid::createUuid();
    extra.title = QStringLiteral("Cafe\u0301 owners and trust"); // e + combining acute: stored as é (NFC)
    extra.text = extra.title;
    Coding c;
    c.recordId = extra.id;
    c.codeId = trust.id;
    c.reviewerId = alice.id;
    c.span = {0, 4}; // "Café" is four code points once normalised
    auto r = project->bulkWrite({QStringLiteral("test.batch"), QStringLiteral("project"), {}, {{QStringLiteral("file"), QStringLiteral("x")}}},
                                [&](BulkWriter &w) -> Status {
                                    if (auto s = w.addRecord(extra); !s)
                                        return s;
                                    if (auto s = w.addCoding(c); !s)
                                        return s;
                                    if (auto s = w.addCoding(c); s) // the same passage twice
                                        return makeError(QStringLiteral("a repeated passage was written"));
                                    return w.setMeta(QStringLiteral("title"), QStringLiteral("taken over"));
                                });
    // The project's own meta is not the batch's to write: the whole batch is refused.
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("\"title\""))) << r.error().toStdString();
    EXPECT_FALSE(project->record(extra.id));

    auto ok = project->bulkWrite({QStringLiteral("test.batch"), QStringLiteral("project"), {}, {{QStringLiteral("file"), QStringLiteral("x")}}},
                                 [&](BulkWriter &w) -> Status {
                                     if (auto s = w.addRecord(extra); !s)
                                         return s;
                                     return w.addCoding(c);
                                 });
    ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
    EXPECT_EQ(ok->records, 1);
    EXPECT_EQ(ok->codings, 1);
    EXPECT_EQ(project->record(extra.id)->text.left(4), QStringLiteral("Caf\u00e9"));
    const auto log = project->auditLog();
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().action, QStringLiteral("test.batch"));
    EXPECT_EQ(log.back().details.value(QStringLiteral("file")).toString(), QStringLiteral("x"));
    EXPECT_EQ(log.back().details.value(QStringLiteral("records")).toInt(), 1);
    EXPECT_EQ(log.back().details.value(QStringLiteral("codings")).toInt(), 1);
    EXPECT_EQ(events, (std::vector<ChangeEvent::Kind>{ChangeEvent::Kind::RecordsAdded, ChangeEvent::Kind::Reset}));
}
