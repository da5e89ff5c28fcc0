// What the import dialog relies on in core: the user's CSV column mapping, the columns
// the CSV reader recognised, planning against keys read beforehand, and an apply that can
// be cancelled between chunks and then leaves the project exactly as it was.
#include "core/io/import/importreader.h"
#include "core/io/import/projectimport.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::importer;

namespace {

// "Headline" and "Blurb" are names no reader knows; "Notes" is an extra column and
// "Internal id" is a column the user wants dropped.
const QString kOddCsv = QStringLiteral(
    "Headline,Blurb,Notes,Internal id,DOI\n"
    "Trust between councils and charities,Councils and charities built trust over years.,"
    "screened twice,A-17,10.1000/odd.1\n"
    "Funding cycles and partnership work,Short funding cycles broke up partnerships.,,A-18,10.1000/odd.2\n");

ParseReport parseCsv(const QHash<QString, ColumnRole> &mapping)
{
    ImportOptions o;
    o.format = Format::Csv;
    o.sourceName = QStringLiteral("odd.csv");
    o.columnMapping = mapping;
    return parseText(kOddCsv, o);
}

const CsvColumn *column(const ParseReport &r, const QString &header)
{
    for (const CsvColumn &c : r.columns)
        if (c.header == header)
            return &c;
    return nullptr;
}

std::vector<Record> makeRecords(int n)
{
    std::vector<Record> out;
    for (int i = 0; i < n; ++i) {
        Record r;
        r.title = QStringLiteral("Generated study number %1 on partnership working").arg(i);
        r.text = r.title + QStringLiteral("\n\nAn abstract about trust, number %1.").arg(i);
        r.doi = QStringLiteral("10.1000/gen.%1").arg(i);
        r.year = 2020;
        out.push_back(r);
    }
    return out;
}

ImportPlan planOf(std::vector<Record> records, const Project &project)
{
    ImportSource s;
    s.name = QStringLiteral("generated");
    s.report.records = std::move(records);
    std::vector<ImportSource> sources;
    sources.push_back(std::move(s));
    return buildImportPlan(std::move(sources), existingRecordKeys(project));
}

} // namespace

TEST(ImportColumnMapping, UnknownHeadersAreReportedAndRefusedWithoutAMapping)
{
    const ParseReport r = parseCsv({});
    EXPECT_TRUE(r.records.empty());
    EXPECT_TRUE(r.hasErrors());
    // The dialog fills its mapping table from these even when nothing could be read.
    ASSERT_EQ(r.columns.size(), 5u);
    EXPECT_EQ(r.columns[0].header, QStringLiteral("Headline"));
    EXPECT_EQ(r.columns[0].guessed, ColumnRole::Attribute);
    EXPECT_EQ(r.columns[4].header, QStringLiteral("DOI"));
    EXPECT_EQ(r.columns[4].guessed, ColumnRole::Doi);
}

TEST(ImportColumnMapping, TheUsersMappingDecidesTitleAbstractAttributesAndDroppedColumns)
{
    const ParseReport r = parseCsv({{QStringLiteral("Headline"), ColumnRole::Title},
                                    {QStringLiteral("Blurb"), ColumnRole::Abstract},
                                    {QStringLiteral("Internal id"), ColumnRole::Ignore}});
    ASSERT_EQ(r.records.size(), 2u);
    const Record &a = r.records[0];
    EXPECT_EQ(a.title, QStringLiteral("Trust between councils and charities"));
    EXPECT_EQ(a.text, QStringLiteral("Trust between councils and charities\n\n"
                                     "Councils and charities built trust over years."));
    EXPECT_EQ(a.doi, QStringLiteral("10.1000/odd.1"));
    // Unmapped extra column: kept as an attribute; ignored column: gone.
    EXPECT_EQ(a.attributes.value(QStringLiteral("Notes")).toString(), QStringLiteral("screened twice"));
    EXPECT_FALSE(a.attributes.contains(QStringLiteral("Internal id")));
    EXPECT_FALSE(a.attributes.contains(QStringLiteral("Headline")));

    ASSERT_NE(column(r, QStringLiteral("Headline")), nullptr);
    EXPECT_EQ(column(r, QStringLiteral("Headline"))->guessed, ColumnRole::Attribute);
    EXPECT_EQ(column(r, QStringLiteral("Headline"))->used, ColumnRole::Title);
    EXPECT_EQ(column(r, QStringLiteral("Internal id"))->used, ColumnRole::Ignore);
    EXPECT_EQ(column(r, QStringLiteral("Notes"))->used, ColumnRole::Attribute);
}

TEST(ImportColumnMapping, AFieldGivenToAnotherColumnIsTakenFromTheGuessedOne)
{
    ImportOptions o;
    o.format = Format::Csv;
    const QString csv = QStringLiteral("Title,Short title,Abstract\n"
                                       "A long and formal study title,Short one,Some abstract text.\n");
    o.columnMapping = {{QStringLiteral("Short title"), ColumnRole::Title}};
    const ParseReport r = parseText(csv, o);
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].title, QStringLiteral("Short one"));
    EXPECT_EQ(r.records[0].attributes.value(QStringLiteral("Title")).toString(),
              QStringLiteral("A long and formal study title"));
    EXPECT_EQ(r.columns[0].guessed, ColumnRole::Title);
    EXPECT_EQ(r.columns[0].used, ColumnRole::Attribute);
}

TEST(ImportPlanning, PlansAgainstKeysReadBeforehand)
{
    auto project = createInMemoryProject().value();
    std::vector<Record> first = makeRecords(1);
    ASSERT_TRUE(project->addRecords(first).ok());
    const std::vector<ExistingRecordKey> keys = existingRecordKeys(*project);
    ASSERT_EQ(keys.size(), 1u);
    EXPECT_EQ(keys[0].doi, QStringLiteral("10.1000/gen.0"));

    const QString pasted = QStringLiteral(
        "Generated study number 0 on partnership working\n"
        "doi: 10.1000/gen.0\n"
        "An abstract about trust that is long enough to be taken for the abstract of the record, "
        "with a few more words so the paragraph looks like one.\n");
    const ImportPlan plan = planPastedImport(keys, pasted, {});
    ASSERT_EQ(plan.records.size(), 1u);
    // Same DOI, but the paste has no year: the uncoded record would be updated.
    EXPECT_EQ(plan.decisions[0].action, DuplicateAction::UpdateExisting);
    EXPECT_EQ(plan.decisions[0].existingId, keys[0].id);
    EXPECT_EQ(plan.decisions[0].matchedBy, MatchKey::Doi);
}

TEST(ImportApply, CancellingOnTheSecondChunkLeavesTheProjectAsItWas)
{
    auto project = createInMemoryProject().value();
    ASSERT_TRUE(project->addRecords(makeRecords(1)).ok());
    const qint64 before = project->recordCount();
    const size_t auditBefore = project->auditLog().size();
    int heard = 0;
    const int token = project->addListener([&](const ChangeEvent &) { ++heard; });

    std::vector<Record> incoming = makeRecords(3 * kApplyChunkSize + 1);
    incoming.erase(incoming.begin()); // gen.0 is in the project already
    const ImportPlan plan = planOf(std::move(incoming), *project);
    ASSERT_EQ(plan.count(DuplicateAction::Add), 3 * kApplyChunkSize);

    std::vector<std::pair<qint64, qint64>> calls;
    auto result = applyImport(*project, plan, [&](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return calls.size() < 2;
    });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), importCancelledError());
    ASSERT_EQ(calls.size(), 2u);
    EXPECT_EQ(calls[0], std::make_pair(qint64(kApplyChunkSize), qint64(3 * kApplyChunkSize)));
    EXPECT_EQ(calls[1].first, qint64(2 * kApplyChunkSize));

    EXPECT_EQ(project->recordCount(), before);
    EXPECT_EQ(project->auditLog().size(), auditBefore);
    EXPECT_EQ(heard, 0) << "listeners must not hear of records that were rolled back";

    // Without a cancel the same plan goes through, and listeners hear once it committed.
    int chunks = 0;
    auto ok = applyImport(*project, plan, [&](qint64, qint64) { return ++chunks > 0; });
    ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
    EXPECT_EQ(ok->added, 3 * kApplyChunkSize);
    EXPECT_EQ(chunks, 2); // between the three chunks
    EXPECT_EQ(project->recordCount(), before + 3 * kApplyChunkSize);
    EXPECT_GT(heard, 0);
    project->removeListener(token);
}
