// text::searchSnippet(): the search-result snippet a team server shows must be the one a
// project file shows. Hand-checked snippets first; then the same texts and queries through
// SQLite FTS5's own snippet() over the `dyad` tokenizer (what a file's search runs), which
// serves as the known answer; then, when ../shared is there, every search of a set of
// queries over the 851 records of the ADHD corpus, through a project file's search.

#include "import_test_util.h"

#include "core/db/database.h"
#include "core/io/import/projectimport.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "core/text/search.h"
#include "core/text/snippet.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace Qt::StringLiterals;
using namespace dyad::core;

namespace {

QString snippetFor(const QString &text, const QString &typed)
{
    return text::searchSnippet(text, text::searchPhrases(text::ftsQueryFor(typed)));
}

} // namespace

TEST(TextSnippet, PhrasesAreTheFoldedWordsOfEachQuotedPart)
{
    // An FTS5 expression as text::ftsQueryFor() writes them; a doubled quote is one quote.
    const auto phrases = text::searchPhrases(u"\"Build\" \"TRUST\"* \"社区卫生\" \"say \"\"no\"\"\""_s);
    ASSERT_EQ(phrases.size(), 4u);
    EXPECT_EQ(phrases[0], (text::SearchPhrase{{u"build"_s}, false}));
    EXPECT_EQ(phrases[1], (text::SearchPhrase{{u"trust"_s}, true}));
    EXPECT_EQ(phrases[2], (text::SearchPhrase{{u"社区"_s, u"卫生"_s}, false}));
    EXPECT_EQ(phrases[3], (text::SearchPhrase{{u"say"_s, u"no"_s}, false}));
    EXPECT_TRUE(text::searchPhrases(u"\"...\""_s).empty());
}

TEST(TextSnippet, MarksTheMatchedWordsOfAShortText)
{
    // Nine words: the whole text, nothing cut off.
    EXPECT_EQ(snippetFor(u"Community health workers build trust in rural clinics."_s, u"TRUST"_s),
              u"Community health workers build [trust] in rural clinics."_s);
    EXPECT_EQ(snippetFor(u"Community health workers build trust in rural clinics."_s, u"\"build trust\""_s),
              u"Community health workers [build trust] in rural clinics."_s);
    EXPECT_EQ(snippetFor(u"Community health workers build trust in rural clinics."_s, u"clin*"_s),
              u"Community health workers build trust in rural [clinics]."_s);
    // Chinese: 社区 | 卫生 | 工作 | 者 | 在 | 农村 | 诊所 | ... — the word 卫生 is marked, not a character.
    EXPECT_EQ(snippetFor(u"社区卫生工作者在农村诊所建立信任。"_s, u"卫生"_s), u"社区[卫生]工作者在农村诊所建立信任。"_s);
    EXPECT_EQ(snippetFor(u"社区卫生工作者在农村诊所建立信任。"_s, u"农村诊所"_s), u"社区卫生工作者在[农村诊所]建立信任。"_s);
    // Words found only in the title: the text's first words, unmarked.
    EXPECT_EQ(snippetFor(u"Nothing of it here."_s, u"trust"_s), u"Nothing of it here."_s);
}

TEST(TextSnippet, ALongTextShowsSixteenWordsAroundTheMatches)
{
    // 30 words w01..w30, "trust" as word 20; no sentence breaks. Centred: 20 - (16 - 1) / 2
    // = 13th word (index 12), so words 13..28 show, cut off on both sides.
    QStringList words;
    for (int i = 1; i <= 30; ++i)
        words << (i == 20 ? u"trust"_s : u"w%1"_s.arg(i, 2, 10, QLatin1Char('0')));
    EXPECT_EQ(snippetFor(words.join(u' '), u"trust"_s),
              u"…w13 w14 w15 w16 w17 w18 w19 [trust] w21 w22 w23 w24 w25 w26 w27 w28…"_s);
    // A sentence that starts before the match and still holds it wins (+100): "trust" at
    // word 20 of a sentence starting at word 17.
    words[15] = u"w16."_s;
    EXPECT_EQ(snippetFor(words.join(u' '), u"trust"_s),
              u"…w17 w18 w19 [trust] w21 w22 w23 w24 w25 w26 w27 w28 w29 w30"_s);
}

namespace {

/** The file's search as a known answer: an FTS5 table with the `dyad` tokenizer and snippet(). */
class TextSnippetAgainstFts5 : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = db::Database::openMemory();
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        m_db = std::move(opened).value();
        ASSERT_TRUE(m_db.exec("CREATE VIRTUAL TABLE f USING fts5(title, body, tokenize='dyad')").ok())
            << qPrintable(m_db.lastError());
    }

    void add(const QString &title, const QString &body)
    {
        auto insert = m_db.prepare("INSERT INTO f(title, body) VALUES (?1, ?2)");
        ASSERT_TRUE(insert.ok());
        insert->bind(1, title).bind(2, body);
        ASSERT_TRUE(insert->run().ok()) << qPrintable(insert->error());
    }

    /** For every row the query finds: (FTS5's snippet, ours). */
    std::vector<std::pair<QString, QString>> compare(const QString &typed, int *rows)
    {
        std::vector<std::pair<QString, QString>> out;
        auto stmt = m_db.prepare("SELECT body, snippet(f, 1, '[', ']', '…', 16) FROM f WHERE f MATCH ?1");
        EXPECT_TRUE(stmt.ok());
        const QString match = text::ftsQueryFor(typed);
        stmt->bind(1, match);
        const auto phrases = text::searchPhrases(match);
        while (stmt->step() == db::Step::Row) {
            ++*rows;
            out.emplace_back(stmt->text(1), text::searchSnippet(stmt->text(0), phrases));
        }
        return out;
    }

    db::Database m_db;
};

} // namespace

TEST_F(TextSnippetAgainstFts5, SameSnippetAsTheFilesSearchForEnglishAndChineseTexts)
{
    // Texts written for this test: sentences of several lengths, repeated words, colons,
    // abbreviations, Chinese with and without spaces, supplementary-plane characters.
    const QString sentences[] = {
        u"Community health workers build trust in rural clinics."_s,
        u"Background: trust between nurses and patients shapes adherence to treatment."_s,
        u"Methods: we interviewed 24 community health workers in two districts."_s,
        u"Results. Trust grew when workers visited homes; distrust grew after missed visits."_s,
        u"社区卫生工作者在农村诊所建立信任。"_s,
        u"本研究分析了社区卫生工作者的信任与合作。"_s,
        u"Conclusion: health workers need time, training and trust e.g. from their managers."_s,
        u"𠀀卫生🙂 and Stro\u0308mberg studied café culture in 2019."_s,
        u"患者对社区卫生服务的信任程度较高，但对医院的信任程度较低。"_s,
        u"Trust, trust and more trust: repeated words score once each and then one point."_s,
    };
    int added = 0;
    for (int a = 0; a < int(std::size(sentences)); ++a)
        for (int length = 1; length <= 6; ++length) {
            QStringList parts;
            for (int k = 0; k < length; ++k)
                parts << sentences[(a + k * 3) % std::size(sentences)];
            add(u"Title %1"_s.arg(added), parts.join(length % 2 ? u" "_s : u"\n"_s));
            ++added;
        }
    add(u"trust in the title only"_s, u"A body that never says the word."_s);

    const QString queries[] = {u"trust"_s, u"TRUST"_s, u"tru*"_s, u"\"health workers\""_s, u"health trust"_s,
                               u"卫生"_s, u"信任"_s, u"社区卫生工作者"_s, u"卫生 trust"_s, u"workers visited"_s,
                               u"café"_s, u"stromberg"_s, u"2019"_s, u"\"community health\" trust*"_s, u"title"_s,
                               u"the"_s};
    int rows = 0;
    for (const QString &q : queries)
        for (const auto &[fts5, ours] : compare(q, &rows))
            EXPECT_EQ(ours, fts5) << "query " << q.toStdString();
    EXPECT_GT(rows, 200); // the queries found rows to compare
}

TEST(TextSnippetCorpus, TheAdhdCorpusSearchesShowTheFilesSnippets)
{
    const QString csv = dyad::test::sharedDir() + u"/corpora/asreview_srd/Cohen_2006_ADHD.csv"_s;
    if (!QFile::exists(csv))
        GTEST_SKIP() << "corpus absent: " << csv.toStdString()
                     << ": would have compared the snippets of 12 searches over its 851 records with the file's";
    auto project = createInMemoryProject();
    ASSERT_TRUE(project.ok());
    auto plan = importer::planImport(**project, {csv}, {});
    ASSERT_TRUE(importer::applyImport(**project, plan).ok());
    ASSERT_EQ((*project)->recordCount(), 851);
    const QString queries[] = {u"methylphenidate"_s, u"children"_s, u"placebo"_s, u"random*"_s,
                               u"\"double blind\""_s, u"attention deficit"_s, u"efficacy trial"_s,
                               u"dose"_s, u"adhd"_s, u"hyperactivity disorder"_s, u"side effects"_s, u"the"_s};
    int compared = 0;
    for (const QString &q : queries) {
        auto hits = (*project)->search(q, 100);
        ASSERT_TRUE(hits.ok()) << hits.error().toStdString();
        const auto phrases = text::searchPhrases(text::ftsQueryFor(q));
        for (const SearchHit &h : *hits) {
            EXPECT_EQ(text::searchSnippet((*project)->recordText(h.recordId), phrases), h.snippet)
                << "query " << q.toStdString();
            ++compared;
        }
    }
    EXPECT_GT(compared, 800);
}
