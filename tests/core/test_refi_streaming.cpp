// REFI-QDA at scale: the import reads project.qde as a stream and writes in batches, the export
// streams into the archive. What a user would notice: a round trip of 20,000 codings (more than
// one write batch) gives back every coding exactly, memos that live in notes after the sources
// still arrive, and a document that puts its codebook after its sources (against REFI's order)
// loses nothing.
#include "core/io/refi/refiexport.h"
#include "core/io/refi/refiimport.h"
#include "core/io/refi/safezip.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

std::vector<Coding> byId(std::vector<Coding> v)
{
    std::sort(v.begin(), v.end(), [](const Coding &a, const Coding &b) { return a.id < b.id; });
    return v;
}

TEST(RefiStreaming, TwentyThousandCodingsComeBackExactlyWithTheirMemos)
{
    QTemporaryDir dir;
    auto created = createProject(dir.filePath(QStringLiteral("big.dyad")), QStringLiteral("Scale"));
    ASSERT_TRUE(created.ok());
    Project &project = **created;
    const Reviewer ann = project.addReviewer(QStringLiteral("Ann")).value();
    const Reviewer ben = project.addReviewer(QStringLiteral("Ben")).value();
    std::vector<Record> records(1200);
    for (size_t i = 0; i < records.size(); ++i) {
        records[i].title = QStringLiteral("Record %1").arg(i);
        // Every 50th text has characters outside the BMP and CJK, so code points and UTF-16 differ.
        records[i].text = (i % 50 == 0 ? QStringLiteral("😀 \U00020000 信任 ") : QString())
            + QStringLiteral("Nurses came back every week and patients trusted them. ").repeated(6);
    }
    const std::vector<QUuid> ids = project.addRecords(records).value();
    std::vector<QUuid> codes;
    for (int c = 0; c < 12; ++c) {
        Code code;
        code.name = QStringLiteral("Code %1").arg(c);
        if (c == 3)
            code.memo = QStringLiteral("A code memo, written as a note after the sources.");
        codes.push_back(project.createCode(code).value().id);
    }
    std::mt19937 rng(7);
    std::vector<Coding> codings;
    for (int n = 0; n < 20000; ++n) {
        Coding c;
        c.recordId = ids[size_t(n) % ids.size()];
        c.reviewerId = n % 2 ? ann.id : ben.id;
        c.codeId = codes[size_t(n / int(ids.size())) % codes.size()];
        // Distinct spans per record, reviewer and code: k = n / 1200 runs 0..16.
        const Offset start = Offset(n / int(ids.size())) * 13 + Offset(rng() % 5);
        c.span = {start, start + 5 + Offset(rng() % 60)};
        if (n % 997 == 0)
            c.memo = QStringLiteral("Coding memo %1").arg(n);
        codings.push_back(c);
    }
    auto added = project.addCodings(codings);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    ASSERT_EQ(*added, 20000);
    project.setActor(ann.id);
    ASSERT_TRUE(project.setRecordMemo(ids[7], QStringLiteral("Ann's memo on record 7")).ok());

    const QString qdpx = dir.filePath(QStringLiteral("big.qdpx"));
    auto exported = exportQdpx(project, qdpx);
    ASSERT_TRUE(exported.ok()) << exported.error().toStdString();
    EXPECT_EQ(exported->codings, 20000);
    const QString back = dir.filePath(QStringLiteral("back.dyad"));
    auto imported = importQdpx(qdpx, back);
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(imported->codings, 20000);
    EXPECT_EQ(imported->sources, 1200);
    EXPECT_TRUE(imported->skipped.isEmpty()) << imported->skipped.join(QLatin1Char('\n')).toStdString();

    auto copy = openProject(back);
    ASSERT_TRUE(copy.ok());
    const auto before = byId(project.codings()), after = byId((*copy)->codings());
    ASSERT_EQ(after.size(), before.size());
    int memos = 0;
    for (size_t i = 0; i < before.size(); ++i) {
        ASSERT_EQ(after[i].id, before[i].id);
        EXPECT_EQ(after[i].span, before[i].span) << uuidText(before[i].id).toStdString();
        EXPECT_EQ(after[i].recordId, before[i].recordId);
        EXPECT_EQ(after[i].codeId, before[i].codeId);
        EXPECT_EQ(after[i].reviewerId, before[i].reviewerId);
        EXPECT_EQ(after[i].memo, before[i].memo);
        // REFI carries times to the second.
        EXPECT_EQ(after[i].created.toSecsSinceEpoch(), before[i].created.toSecsSinceEpoch());
        memos += after[i].memo.isEmpty() ? 0 : 1;
    }
    EXPECT_EQ(memos, 21); // n = 0, 997, ..., 19940
    EXPECT_EQ((*copy)->code(codes[3])->memo, QStringLiteral("A code memo, written as a note after the sources."));
    (*copy)->setActor(ann.id);
    EXPECT_EQ((*copy)->recordMemo(ids[7]), QStringLiteral("Ann's memo on record 7"));
    EXPECT_TRUE((*copy)->check().ok()) << (*copy)->check().problems.join(QLatin1Char('\n')).toStdString();
    // The whole import is one audited step: the code memo that arrived after the sources is part
    // of it, not a separate edit, and the row counts what came in.
    std::map<QString, std::vector<AuditEntry>> byAction;
    for (const AuditEntry &e : (*copy)->auditLog())
        byAction[e.action].push_back(e);
    EXPECT_EQ(byAction.count(QStringLiteral("code.edit")), 0u);
    ASSERT_EQ(byAction[QStringLiteral("project.import")].size(), 1u);
    const QJsonObject details = byAction[QStringLiteral("project.import")][0].details;
    EXPECT_EQ(details.value(QStringLiteral("codings")).toInt(), 20000);
    EXPECT_EQ(details.value(QStringLiteral("sources")).toInt(), 1200);
    EXPECT_EQ(details.value(QStringLiteral("memos")).toInt(), 1); // Ann's record memo
    EXPECT_EQ(byAction[QStringLiteral("reviewer.add")].size(), 2u); // Ann and Ben

    // And once more: the second export carries the same codings as the first.
    const QString again = dir.filePath(QStringLiteral("again.qdpx"));
    ASSERT_TRUE(exportQdpx(**copy, again).ok());
    const QString twice = dir.filePath(QStringLiteral("twice.dyad"));
    ASSERT_TRUE(importQdpx(again, twice).ok());
    auto second = openProject(twice);
    ASSERT_TRUE(second.ok());
    const auto third = byId((*second)->codings());
    ASSERT_EQ(third.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        ASSERT_EQ(third[i].id, before[i].id);
        EXPECT_EQ(third[i].span, before[i].span);
        EXPECT_EQ(third[i].memo, before[i].memo);
    }
}

TEST(RefiStreaming, CodebookAndUsersAfterTheSourcesAreStillRead)
{
    // Against REFI's element order (Users, CodeBook, Variables, then Sources), as a careless
    // writer might put it: the import reads the head first and places the coding.
    QTemporaryDir dir;
    const QByteArray doc =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Out of order\">\n"
        " <Sources><TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"Interview\">"
        "<PlainTextContent>We trusted the nurse.</PlainTextContent>"
        "<PlainTextSelection guid=\"0F000000-0000-0000-0000-000000000001\" name=\"trusted\" startPosition=\"3\" "
        "endPosition=\"10\" creatingUser=\"99999999-8888-7777-6666-555555555555\">"
        "<Coding guid=\"0F000000-0000-0000-0000-000000000002\" creatingUser=\"99999999-8888-7777-6666-555555555555\">"
        "<CodeRef targetGUID=\"AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE\"/></Coding></PlainTextSelection>"
        "</TextSource></Sources>\n"
        " <Users><User guid=\"99999999-8888-7777-6666-555555555555\" name=\"Nora\"/></Users>\n"
        " <CodeBook><Codes><Code guid=\"AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE\" name=\"Trust\" isCodable=\"true\"/></Codes></CodeBook>\n"
        "</Project>\n";
    const QString qdpx = dir.filePath(QStringLiteral("order.qdpx"));
    ASSERT_TRUE(writeZipArchive(qdpx, {{QStringLiteral("project.qde"), doc}}).ok());
    const QString target = dir.filePath(QStringLiteral("order.dyad"));
    auto r = importQdpx(qdpx, target);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->codings, 1);
    EXPECT_TRUE(r->skipped.isEmpty()) << r->skipped.join(QLatin1Char('\n')).toStdString();
    auto p = openProject(target);
    ASSERT_TRUE(p.ok());
    const auto codings = (*p)->codings();
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{3, 10}));
    EXPECT_EQ((*p)->reviewer(codings[0].reviewerId)->name, QStringLiteral("Nora"));
    EXPECT_EQ((*p)->code(codings[0].codeId)->name, QStringLiteral("Trust"));
}

TEST(RefiStreaming, AProjectDocumentWhoseSizeIsMisdeclaredIsRefused)
{
    // The streamed project.qde is held to the size its zip header declares and to its
    // checksum, as whole reads are: a header that lies is a damaged archive.
    QTemporaryDir dir;
    const QString qdpx = dir.filePath(QStringLiteral("lying.qdpx"));
    QByteArray doc = "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>";
    for (int i = 0; i < 2000; ++i)
        doc += "<TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"s\"/>";
    doc += "</Sources></Project>";
    ASSERT_TRUE(writeZipArchive(qdpx, {{QStringLiteral("project.qde"), doc}}).ok());
    // Lower the declared uncompressed size in both the local header and the central directory.
    QFile f(qdpx);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const quint32 real = quint32(doc.size()), lie = 100;
    const QByteArray realLe(reinterpret_cast<const char *>(&real), 4), lieLe(reinterpret_cast<const char *>(&lie), 4);
    int replaced = 0;
    for (qsizetype at = bytes.indexOf(realLe); at >= 0; at = bytes.indexOf(realLe, at + 4)) {
        bytes.replace(at, 4, lieLe);
        ++replaced;
    }
    ASSERT_GE(replaced, 2);
    f.seek(0);
    f.write(bytes);
    f.close();
    const QString target = dir.filePath(QStringLiteral("lying.dyad"));
    auto r = importQdpx(qdpx, target);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), QStringLiteral("Cannot import lying.qdpx: project.qde cannot be read: the entry \"project.qde\" is "
                                        "damaged (checksum error). Nothing was imported."));
    EXPECT_FALSE(QFileInfo::exists(target));
}

} // namespace
