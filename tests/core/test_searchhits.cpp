// The hits the workbench marks for a record search (issue 14): every word as a prefix at a
// word start, whole words marked, CJK anywhere, quoted phrases, code-point spans.
#include "core/text/searchhits.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::text;

namespace {
std::vector<std::pair<Offset, Offset>> pairs(const std::vector<Span> &spans)
{
    std::vector<std::pair<Offset, Offset>> out;
    for (const Span &s : spans)
        out.emplace_back(s.start, s.end);
    return out;
}
using P = std::vector<std::pair<Offset, Offset>>;
} // namespace

TEST(SearchHits, AWordIsAPrefixAtAWordStartAndTheWholeWordIsMarked)
{
    // "Depression" 0-10, "antidepressants" 15-30, "depressed" 32-41.
    const QString text = QStringLiteral("Depression and antidepressants; depressed mood.");
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("depress"))), (P{{0, 10}, {32, 41}}));
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("depress*"))), (P{{0, 10}, {32, 41}}));
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("mood"))), (P{{42, 46}}));
    EXPECT_TRUE(searchHitSpans(text, QStringLiteral("ession")).empty()) << "not a prefix";
    EXPECT_TRUE(searchHitSpans(text, QStringLiteral("   ")).empty());
}

TEST(SearchHits, ChineseMatchesInsideARunOfCharacters)
{
    const QString text = QStringLiteral("乡村医生与村民之间的信任。社区卫生工作者");
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("卫生"))), (P{{15, 17}}));
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("村"))), (P{{1, 2}, {5, 6}}));
}

TEST(SearchHits, SpansCountCodePointsAcrossSupplementaryCharacters)
{
    // 𠀀 0, space 1, "trust" 2-7, space 7, 🙂 8, space 9, "trusted" 10-17
    const QString text = QStringLiteral("\U00020000 trust \U0001F642 trusted");
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("trust"))), (P{{2, 7}, {10, 17}}));
}

TEST(SearchHits, QuotedTextIsOnePhraseAndSeveralWordsAllMark)
{
    const QString text = QStringLiteral("Mutual trust grew; trust in care, mutual aid.");
    // "Mutual trust" 0-12, "trust" 19-24, "care" 28-32, "mutual" 34-40
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("\"mutual trust\""))), (P{{0, 12}}));
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("mutual care"))), (P{{0, 6}, {28, 32}, {34, 40}}));
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("trust mutual"))), (P{{0, 6}, {7, 12}, {19, 24}, {34, 40}}));
    EXPECT_EQ(searchUnits(QStringLiteral("\"mutual trust\" care* ")),
              (QStringList{QStringLiteral("mutual trust"), QStringLiteral("care")}));
}

TEST(SearchHits, FoldingMatchesAccentsAndCase)
{
    const QString text = QStringLiteral("Café visits, CAFES and cafés.");
    // "Café" 0-4, "CAFES" 13-18, "cafés" 23-28
    EXPECT_EQ(pairs(searchHitSpans(text, QStringLiteral("cafe"))), (P{{0, 4}, {13, 18}, {23, 28}}));
}
