// Locale-aware ordering of code names.

#include "core/text/collation.h"

#include "test_text_printers.h"

#include <gtest/gtest.h>

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace dyad::core::text;

namespace {

QStringList sorted(QStringList names, const NameCollator &collator)
{
    std::sort(names.begin(), names.end(), collator);
    return names;
}

QStringList sortedByKey(QStringList names, const NameCollator &collator)
{
    std::sort(names.begin(), names.end(),
        [&](const QString &a, const QString &b) { return collator.sortKey(a) < collator.sortKey(b); });
    return names;
}

} // namespace

TEST(TextCollation, NumbersCompareByValue)
{
    const NameCollator en(u"en"_s);
    const QStringList expected = { u"code 1"_s, u"Code 1b"_s, u"Code 2"_s, u"Code 10"_s, u"Code 100"_s };
    EXPECT_EQ(sorted({ u"Code 10"_s, u"Code 2"_s, u"Code 100"_s, u"code 1"_s, u"Code 1b"_s }, en), expected);
    EXPECT_LT(en.compare(u"Theme 9"_s, u"Theme 10"_s), 0);
}

TEST(TextCollation, AccentsAndCaseAreSecondaryDifferences)
{
    const NameCollator en(u"en"_s);
    EXPECT_EQ(sorted({ u"résumé"_s, u"rest"_s, u"Resume"_s, u"resume"_s }, en),
        (QStringList { u"rest"_s, u"resume"_s, u"Resume"_s, u"résumé"_s }));
    EXPECT_EQ(en.compare(u"Cafe\u0301"_s, u"Café"_s), 0); // canonically equivalent spellings
}

TEST(TextCollation, ChineseSortsByPinyinUnderZh)
{
    const QStringList names = { u"张"_s, u"李"_s, u"王"_s, u"阿"_s };
    // zhāng, lǐ, wáng, ā: pinyin order a < li < wang < zhang.
    EXPECT_EQ(sorted(names, NameCollator(u"zh"_s)), (QStringList { u"阿"_s, u"李"_s, u"王"_s, u"张"_s }));
    EXPECT_EQ(sorted(names, NameCollator(QLocale(QLocale::Chinese, QLocale::China))),
        (QStringList { u"阿"_s, u"李"_s, u"王"_s, u"张"_s }));
    // The root order is by radical and stroke (here: code point order), which is not pinyin.
    EXPECT_EQ(sorted(names, NameCollator(u"root"_s)), (QStringList { u"张"_s, u"李"_s, u"王"_s, u"阿"_s }));
}

TEST(TextCollation, SwedishPutsOAfterZ)
{
    const QStringList names = { u"Öberg"_s, u"Zorn"_s, u"Olsson"_s };
    EXPECT_EQ(sorted(names, NameCollator(u"sv_SE"_s)), (QStringList { u"Olsson"_s, u"Zorn"_s, u"Öberg"_s }));
    EXPECT_EQ(sorted(names, NameCollator(u"en"_s)), (QStringList { u"Öberg"_s, u"Olsson"_s, u"Zorn"_s }));
}

TEST(TextCollation, SortKeysOrderLikeCompare)
{
    const NameCollator zh(u"zh-Hans-CN"_s);
    EXPECT_TRUE(zh.localeName().startsWith(u"zh"_s)) << qPrintable(zh.localeName());
    const QStringList names
        = { u"Code 10"_s, u"code 2"_s, u"张三"_s, u"阿姨"_s, u"Äpfel"_s, u"apple"_s, u"B"_s, u"b"_s };
    EXPECT_EQ(sortedByKey(names, zh), sorted(names, zh));
    EXPECT_LT(zh.sortKey(u"Code 2"_s), zh.sortKey(u"Code 10"_s));
    EXPECT_EQ(zh.sortKey(u"Cafe\u0301"_s), zh.sortKey(u"Café"_s));
}

TEST(TextCollation, CopiesAreIndependentAndUsable)
{
    NameCollator a(u"sv"_s);
    NameCollator b = a;
    NameCollator c(u"en"_s);
    c = b;
    EXPECT_GT(c.compare(u"Öberg"_s, u"Zorn"_s), 0);
    NameCollator moved = std::move(a);
    EXPECT_GT(moved.compare(u"Öberg"_s, u"Zorn"_s), 0);
}
