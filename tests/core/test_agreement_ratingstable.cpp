#include "core/agreement/ratingstable.h"

#include <gtest/gtest.h>

using namespace dyad::core::agreement;

TEST(RatingsTable, ReadsKrippendorff2011LongFormWithMissingValues)
{
    auto t = readRatingsCsv(QStringLiteral(DYAD_TEST_DATA_DIR "/agreement/krippendorff2011.csv"));
    ASSERT_TRUE(t.ok()) << t.error().toStdString();
    EXPECT_EQ(t->units.size(), 12);
    EXPECT_EQ(t->raters, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
    EXPECT_TRUE(t->isNumeric());
    EXPECT_FALSE(t->values[0][2].has_value()); // C did not rate unit 1
    // Krippendorff (2011): interval α = 0.849 from the same data in long form
    auto a = krippendorffAlpha(t->reliabilityData(), MetricLevel::Interval);
    ASSERT_TRUE(a.ok());
    EXPECT_NEAR(a->alpha, 0.849, 0.0005);
}

TEST(RatingsTable, QuotedFieldsCommasQuotesAndNewlines)
{
    const QByteArray csv = "value,unit,rater,extra\n"
                           "\"yes, surely\",\"u \"\"1\"\"\",Ann,x\n"
                           "no,\"u \"\"1\"\"\",Ben,\"multi\nline\"\n"
                           ",u2,Ann,\n";
    auto t = parseRatingsCsv(csv, QStringLiteral("mem.csv"));
    ASSERT_TRUE(t.ok()) << t.error().toStdString();
    EXPECT_EQ(t->units, (QStringList{QStringLiteral("u \"1\""), QStringLiteral("u2")}));
    EXPECT_EQ(*t->values[0][0], QStringLiteral("yes, surely"));
    EXPECT_FALSE(t->values[1][0].has_value());
    EXPECT_FALSE(t->isNumeric());
}

TEST(RatingsTable, ErrorsNameFileAndLine)
{
    auto missingColumn = parseRatingsCsv("unit,who,value\nu1,A,1\n", QStringLiteral("r.csv"));
    ASSERT_FALSE(missingColumn.ok());
    EXPECT_TRUE(missingColumn.error().contains(QStringLiteral("r.csv, line 1")));

    // line 5 repeats the pair of line 2 (the row on lines 3-4 holds a quoted newline)
    auto duplicate = parseRatingsCsv("unit,rater,value\nu1,A,1\n\"u\n2\",A,2\nu1,A,3\n", QStringLiteral("r.csv"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().contains(QStringLiteral("line 5"))) << duplicate.error().toStdString();
    EXPECT_TRUE(duplicate.error().contains(QStringLiteral("line 2")));

    auto unclosed = parseRatingsCsv("unit,rater,value\nu1,A,\"1\n", QStringLiteral("r.csv"));
    ASSERT_FALSE(unclosed.ok());
    EXPECT_TRUE(unclosed.error().contains(QStringLiteral("line 2")));

    auto shortRow = parseRatingsCsv("unit,rater,value\nu1,A\n", QStringLiteral("r.csv"));
    ASSERT_FALSE(shortRow.ok());
    EXPECT_TRUE(shortRow.error().contains(QStringLiteral("line 2")));
}
