// Script and language detection, including bilingual abstracts.

#include "core/text/offsets.h"
#include "core/text/script.h"

#include "test_text_printers.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using dyad::core::Span;
using namespace dyad::core::text;

TEST(TextScript, DominantScript)
{
    EXPECT_EQ(dominantScript(u"社区卫生工作者"_s), Script::Han);
    EXPECT_EQ(dominantScript(u"Community health"_s), Script::Latin);
    EXPECT_EQ(dominantScript(u"Hello мир мир"_s), Script::Cyrillic); // 6 Cyrillic letters vs 5 Latin
    EXPECT_EQ(dominantScript(u"안녕하세요"_s), Script::Hangul);
    EXPECT_EQ(dominantScript(u"ひらがなとカタカナ"_s), Script::Kana);
    EXPECT_EQ(dominantScript(u"مرحبا بالعالم"_s), Script::Arabic);
    EXPECT_EQ(dominantScript(u"𠀀𠀁 2024"_s), Script::Han);
    EXPECT_EQ(dominantScript(u"123 !? 🙂"_s), Script::None);
    EXPECT_EQ(scriptName(Script::Han), u"Han"_s);
}

TEST(TextScript, GuessesLanguageFromScript)
{
    EXPECT_EQ(guessLanguage(u"社区卫生工作者在初级卫生保健中的作用"_s), u"zh"_s);
    EXPECT_EQ(guessLanguage(u"私は東京大学の学生です"_s), u"ja"_s);
    EXPECT_EQ(guessLanguage(u"지역사회 보건 요원의 역할"_s), u"ko"_s);
    EXPECT_EQ(guessLanguage(u"Роль общественных работников здравоохранения"_s), u"ru"_s);
    EXPECT_EQ(guessLanguage(u"دور العاملين في صحة المجتمع"_s), u"ar"_s);
    EXPECT_EQ(guessLanguage(u"本研究使用SPSS和R软件分析COVID-19患者数据"_s), u"zh"_s);
}

TEST(TextScript, GuessesLatinLanguagesByStopWords)
{
    EXPECT_EQ(guessLanguage(u"The role of community health workers in primary care."_s), u"en"_s);
    EXPECT_EQ(guessLanguage(u"Die Rolle der Gesundheitshelfer in der Grundversorgung ist wichtig und"_s), u"de"_s);
    EXPECT_EQ(guessLanguage(u"Le rôle des agents de santé communautaires dans les soins primaires"_s), u"fr"_s);
    EXPECT_EQ(guessLanguage(u"El papel de los trabajadores de salud comunitarios en la atención primaria"_s), u"es"_s);
    EXPECT_EQ(guessLanguage(u"O papel dos agentes comunitários de saúde na atenção primária não é"_s), u"pt"_s);
    EXPECT_EQ(guessLanguage(u"De rol van gezondheidswerkers in de eerstelijnszorg is belangrijk"_s), u"nl"_s);
    EXPECT_EQ(guessLanguage(u"Vårdpersonalens roll i primärvården är viktig och det finns"_s), u"sv"_s);
    EXPECT_EQ(guessLanguage(u"Lorem ipsum dolor sit amet"_s), u"und"_s);
    EXPECT_EQ(guessLanguage(u"12345 (2024)"_s), u"und"_s);
    EXPECT_EQ(guessLanguage(QString()), u"und"_s);
}

TEST(TextScript, EnglishParagraphThenChineseTranslation)
{
    const QString en = u"Community health workers (CHWs) support primary care. We reviewed 12 studies."_s; // 77
    const QString zh = u"社区卫生工作者支持初级卫生保健。我们回顾了12项研究。"_s; // 27
    const auto ranges = languageRanges(en + u"\n\n"_s + zh);
    const std::vector<LanguageRange> expected = { { Span { 0, 77 }, u"en"_s }, { Span { 79, 106 }, u"zh"_s } };
    EXPECT_EQ(ranges, expected);
}

TEST(TextScript, ChineseWithEmbeddedLatinThenEnglish)
{
    const QString zh = u"本研究分析了COVID-19疫情期间社区卫生工作者的作用。结果显示，SPSS分析支持该结论。"_s; // 46
    const QString en = u"This study analysed the role of community health workers during COVID-19. "
                       u"The results support this conclusion."_s; // 110
    const auto ranges = languageRanges(zh + u"\n"_s + en);
    const std::vector<LanguageRange> expected = { { Span { 0, 46 }, u"zh"_s }, { Span { 47, 157 }, u"en"_s } };
    EXPECT_EQ(ranges, expected);
}

TEST(TextScript, SwitchInsideOneParagraphAtASentenceBoundary)
{
    const QString text
        = u"Background: the role of health workers matters. 背景：卫生工作者的作用很重要。"_s; // 背 at 48
    const std::vector<LanguageRange> expected = { { Span { 0, 47 }, u"en"_s }, { Span { 48, 63 }, u"zh"_s } };
    EXPECT_EQ(languageRanges(text), expected);
}

TEST(TextScript, SentencesWithoutLettersJoinTheirNeighbours)
{
    const QString text = u"Results were good.\n(1) 2 3.\n结果很好。"_s; // "(1) 2 3." ends at 27, 结 at 28
    const std::vector<LanguageRange> expected = { { Span { 0, 27 }, u"en"_s }, { Span { 28, 33 }, u"zh"_s } };
    EXPECT_EQ(languageRanges(text), expected);
}

TEST(TextScript, QuotedChineseTermDoesNotSplitAnEnglishSentence)
{
    const QString text = u"The concept of guanxi (关系) shapes care in China."_s;
    const std::vector<LanguageRange> expected = { { Span { 0, codePointLength(text) }, u"en"_s } };
    EXPECT_EQ(languageRanges(text), expected);
}

TEST(TextScript, LatinParagraphsInDifferentLanguages)
{
    const QString en = u"The results show that community health workers are valued by their patients."_s; // 76
    const QString de = u"Die Ergebnisse zeigen, dass die Gesundheitshelfer von den Patienten geschätzt werden."_s; // 85
    const std::vector<LanguageRange> expected = { { Span { 0, 76 }, u"en"_s }, { Span { 78, 163 }, u"de"_s } };
    EXPECT_EQ(languageRanges(en + u"\n\n"_s + de), expected);
}

TEST(TextScript, JapaneseThenEnglish)
{
    const std::vector<LanguageRange> expected = { { Span { 0, 7 }, u"ja"_s }, { Span { 7, 22 }, u"en"_s } };
    EXPECT_EQ(languageRanges(u"私は学生です。I am a student."_s), expected);
}

TEST(TextScript, NoRangesForEmptyText)
{
    EXPECT_TRUE(languageRanges(QString()).empty());
    EXPECT_TRUE(languageRanges(u"  \n "_s).empty());
}
