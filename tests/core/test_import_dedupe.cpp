#include "core/io/import/dedupe.h"
#include "core/io/import/identifiers.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::importer;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

Record rec(const char *title, std::optional<int> year, const char *doi = "", const char *pmid = "")
{
    Record r;
    r.id = QUuid::createUuid();
    r.title = u8(title);
    r.year = year;
    r.doi = u8(doi);
    r.pmid = u8(pmid);
    r.text = r.title;
    return r;
}

} // namespace

TEST(ImportIdentifiers, DoiNormalisation)
{
    EXPECT_EQ(normalizeDoi(u8("https://doi.org/10.1136/BMJOPEN-2024-092525")), u8("10.1136/bmjopen-2024-092525"));
    EXPECT_EQ(normalizeDoi(u8("doi: 10.3390/healthcare12232348.")), u8("10.3390/healthcare12232348"));
    EXPECT_EQ(normalizeDoi(u8("http://dx.doi.org/10.1000%2Fabc")), u8("10.1000/abc"));
    EXPECT_EQ(normalizeDoi(u8("10.1000/xyz.2018.123 [doi]")), u8("10.1000/xyz.2018.123"));
    // Balanced parentheses are part of the DOI; an unbalanced closing one is not.
    EXPECT_EQ(normalizeDoi(u8("10.1016/S0140-6736(20)30183-5")), u8("10.1016/s0140-6736(20)30183-5"));
    EXPECT_EQ(findDoi(u8("(see doi:10.1186/s12939-024-02216-1)")), u8("10.1186/s12939-024-02216-1"));
    EXPECT_EQ(normalizeDoi(u8("not a doi")), QString());
    EXPECT_EQ(normalizePmid(u8("PMID: 00123")), u8("123"));
    EXPECT_EQ(normalizePmid(u8("none")), QString());
}

TEST(ImportDedupe, TitleKeyIgnoresCaseDiacriticsPunctuationAndSpace)
{
    EXPECT_EQ(normalizeTitleKey(u8("Müller’s Study:  A  Test!")), u8("mullersstudyatest"));
    EXPECT_EQ(normalizeTitleKey(u8("MULLERS study - a test")), u8("mullersstudyatest"));
    EXPECT_EQ(normalizeTitleKey(u8("社区卫生服务，合作研究。")), u8("社区卫生服务合作研究"));
    EXPECT_NE(normalizeTitleKey(u8("Study A")), normalizeTitleKey(u8("Study B")));
}

TEST(ImportDedupe, ClassifiesAgainstExistingAndWithinFile)
{
    const QUuid coded = QUuid::createUuid(), uncoded = QUuid::createUuid(), same = QUuid::createUuid();
    std::vector<ExistingRecordKey> existing = {
        {coded, u8("10.1000/coded"), QString(), u8("A coded record"), 2020, true, QString(), QString()},
        {uncoded, QString(), u8("111"), u8("An uncoded record"), 2019, false, QString(), QString()},
        {same, QString(), QString(), u8("Identical metadata record title"), 2018, false, QString(), QString()},
        {QUuid::createUuid(), u8("10.1000/other"), QString(), u8("Shared title of an erratum and its article"), 2021, false, QString(), QString()},
    };
    std::vector<Record> in = {
        rec("A coded record (new version)", 2020, "https://doi.org/10.1000/CODED"), // 0 DOI → coded
        rec("An uncoded record, corrected", 2019, "", "111"),                       // 1 PMID → update
        rec("Identical metadata record title", 2018),                               // 2 title+year, same
        rec("IDENTICAL metadata record-title", 2018),                               // 3 within file → 2
        rec("Shared title of an erratum and its article", 2021, "10.1000/erratum"), // 4 DOI conflict → add
        rec("Brand new", 2022, "10.1000/new"),                                      // 5 add
        rec("Brand new again", 2023, "doi:10.1000/NEW"),                            // 6 within file → 5
        rec("Same long title but the year is unknown in one", std::nullopt),        // 7 add
        rec("Same long title but the year is unknown in one", 2001),                // 8 title only → 7
        rec("Short", 2001),                                                         // 9 add
        rec("Short", std::nullopt),                                                 // 10 too short without year → add
    };
    in[10].text = u8("Short\n\nAnother note under the same short title."); // not the same text as 9
    const auto d = classifyDuplicates(in, existing);
    ASSERT_EQ(d.size(), in.size());

    EXPECT_EQ(d[0].action, DuplicateAction::SkipExisting);
    EXPECT_EQ(d[0].matchedBy, MatchKey::Doi);
    EXPECT_EQ(d[0].existingId, coded);
    EXPECT_TRUE(d[0].reason.contains(u8("already has codings")));

    EXPECT_EQ(d[1].action, DuplicateAction::UpdateExisting);
    EXPECT_EQ(d[1].matchedBy, MatchKey::Pmid);
    EXPECT_EQ(d[1].existingId, uncoded);

    EXPECT_EQ(d[2].action, DuplicateAction::SkipExisting);
    EXPECT_EQ(d[2].matchedBy, MatchKey::TitleYear);
    EXPECT_EQ(d[2].existingId, same);
    EXPECT_TRUE(d[2].reason.contains(u8("same metadata")));

    EXPECT_EQ(d[3].action, DuplicateAction::SkipWithinFile);
    EXPECT_EQ(d[3].firstIndex, 2);
    EXPECT_TRUE(d[3].reason.contains(u8("repeats input record 3")));

    EXPECT_EQ(d[4].action, DuplicateAction::Add);
    EXPECT_EQ(d[5].action, DuplicateAction::Add);
    EXPECT_EQ(d[6].action, DuplicateAction::SkipWithinFile);
    EXPECT_EQ(d[6].matchedBy, MatchKey::Doi);
    EXPECT_EQ(d[6].firstIndex, 5);
    EXPECT_EQ(d[7].action, DuplicateAction::Add);
    EXPECT_EQ(d[8].action, DuplicateAction::SkipWithinFile);
    EXPECT_EQ(d[8].matchedBy, MatchKey::Title);
    EXPECT_EQ(d[9].action, DuplicateAction::Add);
    EXPECT_EQ(d[10].action, DuplicateAction::Add);
}

TEST(ImportDedupe, FingerprintDecidesWhetherAnUncodedDuplicateNeedsAnUpdate)
{
    Record stored = rec("Fingerprinted record", 2020, "10.1000/fp");
    stored.authors = {u8("A, B")};
    Record incoming = stored;
    incoming.id = QUuid::createUuid();
    const ExistingRecordKey key{stored.id, stored.doi, QString(), stored.title, 2020, false,
                                metadataFingerprint(stored), QString()};
    EXPECT_EQ(classifyDuplicates({incoming}, {key})[0].action, DuplicateAction::SkipExisting);
    incoming.authors << u8("C, D");
    EXPECT_EQ(classifyDuplicates({incoming}, {key})[0].action, DuplicateAction::UpdateExisting);
    EXPECT_EQ(actionName(DuplicateAction::UpdateExisting), u8("update-existing"));
}

TEST(ImportDedupe, NotesWithoutIdentifiersAreMatchedByTheirText)
{
    // A folder of short notes imported twice: no DOI, PMID or year and titles shorter than
    // the title-only minimum, so only the text can tell they are already there.
    Record note = rec("Steering group, March", std::nullopt);
    note.text = u8("Steering group, March\n\nThe group agreed to share data monthly.");
    Record stored = note;
    stored.id = QUuid::createUuid();
    const ExistingRecordKey key{stored.id, QString(), QString(), stored.title, std::nullopt, false,
                                metadataFingerprint(stored), textDigest(stored)};
    Record again = note;
    again.text = u8("Steering  group, March\n\nThe group agreed to share data  monthly.\n"); // blanks differ only
    Record other = note;
    other.text = u8("Steering group, March\n\nThe group did not meet.");
    const auto d = classifyDuplicates({again, other}, {key});
    EXPECT_EQ(d[0].matchedBy, MatchKey::Text);
    EXPECT_EQ(d[0].existingId, stored.id);
    EXPECT_TRUE(d[0].reason.contains(u8("same text"))) << d[0].reason.toStdString();
    EXPECT_EQ(d[1].action, DuplicateAction::Add); // same title, other text: another note
    // A record with a DOI is never matched by text.
    Record withDoi = note;
    withDoi.doi = u8("10.1000/with-doi");
    EXPECT_TRUE(textDigest(withDoi).isEmpty());
    EXPECT_EQ(classifyDuplicates({withDoi}, {key})[0].action, DuplicateAction::Add);
}
