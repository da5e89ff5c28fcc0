// The `dyad` FTS5 tokenizer through the public Database API: Chinese words, folding,
// prefixes, and byte offsets checked through highlight() and snippet().

#include "core/db/database.h"
#include "core/text/search.h"

#include "test_text_printers.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <set>

using namespace Qt::StringLiterals;
using namespace dyad::core;
using namespace dyad::core::db;

namespace {

class TextFts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::openMemory();
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        m_db = std::move(opened).value();
        ASSERT_TRUE(m_db.exec("CREATE VIRTUAL TABLE f USING fts5(body, tokenize='dyad')").ok())
            << qPrintable(m_db.lastError());
        const QString rows[] = {
            u"Community health workers improve collaboration in primary care."_s, // 1
            u"社区卫生工作者在初级卫生保健中的作用"_s, // 2
            u"Community health workers (社区卫生工作者) during COVID-19. 本研究分析了COVID-19疫情。"_s, // 3
            u"Strömberg and Kjellström studied café culture."_s, // 4
            u"Collaborative care for depression."_s, // 5
            u"ＣＯＶＩＤ－１９ in full-width letters 🙂"_s, // 6
            u"𠀀卫生🙂 and Stro\u0308mberg"_s, // 7
        };
        auto insert = m_db.prepare("INSERT INTO f(rowid, body) VALUES (?1, ?2)");
        ASSERT_TRUE(insert.ok());
        std::int64_t id = 1;
        for (const QString &row : rows) {
            insert->bind(1, id++).bind(2, row);
            ASSERT_TRUE(insert->run().ok()) << qPrintable(insert->error());
            insert->reset();
        }
    }

    /** Row ids matching what a user typed, through ftsQueryFor(). */
    std::set<std::int64_t> search(const QString &typed)
    {
        std::set<std::int64_t> ids;
        const QString match = text::ftsQueryFor(typed);
        if (match.isEmpty())
            return ids;
        auto stmt = m_db.prepare("SELECT rowid FROM f WHERE f MATCH ?1");
        EXPECT_TRUE(stmt.ok());
        stmt->bind(1, match);
        Step step;
        while ((step = stmt->step()) == Step::Row)
            ids.insert(stmt->int64(0));
        EXPECT_EQ(step, Step::Done) << "query " << qPrintable(match) << ": " << qPrintable(stmt->error());
        return ids;
    }

    QString highlighted(std::int64_t rowid, const QString &typed)
    {
        auto stmt = m_db.prepare("SELECT highlight(f, 0, '[', ']') FROM f WHERE f MATCH ?1 AND rowid = ?2");
        EXPECT_TRUE(stmt.ok());
        stmt->bind(1, text::ftsQueryFor(typed)).bind(2, rowid);
        return stmt->step() == Step::Row ? stmt->text(0) : u"<no row>"_s;
    }

    Database m_db;
};

using Ids = std::set<std::int64_t>;

} // namespace

TEST_F(TextFts, FindsChineseWords)
{
    EXPECT_EQ(search(u"卫生工作者"_s), (Ids { 2, 3 }));
    EXPECT_EQ(search(u"社区"_s), (Ids { 2, 3 }));
    EXPECT_EQ(search(u"保健"_s), (Ids { 2 }));
    EXPECT_EQ(search(u"卫生"_s), (Ids { 2, 3, 7 }));
    EXPECT_EQ(search(u"疫情"_s), (Ids { 3 }));
    EXPECT_EQ(search(u"医院"_s), (Ids {}));
}

TEST_F(TextFts, FoldsAccentsCaseAndWidth)
{
    EXPECT_EQ(search(u"stromberg"_s), (Ids { 4, 7 }));
    EXPECT_EQ(search(u"Strömberg"_s), (Ids { 4, 7 }));
    EXPECT_EQ(search(u"STRÖMBERG"_s), (Ids { 4, 7 }));
    EXPECT_EQ(search(u"kjellstrom"_s), (Ids { 4 }));
    EXPECT_EQ(search(u"CAFE"_s), (Ids { 4 }));
    EXPECT_EQ(search(u"covid-19"_s), (Ids { 3, 6 }));
}

TEST_F(TextFts, EnglishWordsPhrasesAndPrefixes)
{
    EXPECT_EQ(search(u"collaboration"_s), (Ids { 1 }));
    EXPECT_EQ(search(u"collab*"_s), (Ids { 1, 5 }));
    EXPECT_EQ(search(u"health workers"_s), (Ids { 1, 3 }));
    EXPECT_EQ(search(u"\"workers health\""_s), (Ids {}));
    EXPECT_EQ(search(u"care"_s), (Ids { 1, 5 }));
    EXPECT_EQ(search(u"🙂"_s), (Ids { 6, 7 }));
    EXPECT_EQ(search(u"nurses"_s), (Ids {}));
}

TEST_F(TextFts, TypedSyntaxIsLiteral)
{
    // Would be FTS5 operators or syntax errors if passed through raw.
    EXPECT_EQ(search(u"health NOT"_s), (Ids {}));
    EXPECT_EQ(search(u"health OR nurses"_s), (Ids {}));
    EXPECT_EQ(search(u"\"unbalanced health"_s), (Ids {}));
    EXPECT_EQ(search(u"care) (\"depression"_s), (Ids { 5 }));
    EXPECT_EQ(search(u"care AND depression"_s), (Ids {})); // "and" is a word to find, not an operator
    EXPECT_EQ(search(u"col:umn ^care"_s), (Ids {}));
    EXPECT_EQ(search(u"( ) \""_s), (Ids {}));
}

TEST_F(TextFts, HighlightCutsAtCharacterBoundaries)
{
    EXPECT_EQ(highlighted(2, u"卫生工作者"_s), u"社区[卫生工作者]在初级卫生保健中的作用"_s);
    EXPECT_EQ(highlighted(4, u"stromberg"_s), u"[Strömberg] and Kjellström studied café culture."_s);
    EXPECT_EQ(highlighted(4, u"cafe"_s), u"Strömberg and Kjellström studied [café] culture."_s);
    EXPECT_EQ(highlighted(3, u"covid-19"_s),
        u"Community health workers (社区卫生工作者) during [COVID-19]. 本研究分析了[COVID-19]疫情。"_s);
    EXPECT_EQ(highlighted(7, u"卫生"_s), u"𠀀[卫生]🙂 and Stro\u0308mberg"_s);
    EXPECT_EQ(highlighted(7, u"stromberg"_s), u"𠀀卫生🙂 and [Stro\u0308mberg]"_s);
    EXPECT_EQ(highlighted(6, u"covid 19"_s), u"[ＣＯＶＩＤ]－[１９] in full-width letters 🙂"_s);
}

TEST_F(TextFts, SnippetOfChineseText)
{
    auto stmt = m_db.prepare("SELECT snippet(f, 0, '[', ']', '…', 3) FROM f WHERE f MATCH ?1 AND rowid = 2");
    ASSERT_TRUE(stmt.ok());
    stmt->bind(1, text::ftsQueryFor(u"保健"_s));
    ASSERT_EQ(stmt->step(), Step::Row);
    // Three tokens around the hit: 初级 [保健]? FTS5 picks the window; each token is whole.
    const QString snippet = stmt->text(0);
    EXPECT_TRUE(snippet.contains(u"[保健]"_s)) << qPrintable(snippet);
    EXPECT_FALSE(snippet.contains(QChar::ReplacementCharacter)) << qPrintable(snippet);
}

TEST(TextFtsFile, TokenizerIsRegisteredOnProjectFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto db = Database::open(dir.filePath(u"p.dyad"_s), OpenMode::Create);
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    ASSERT_TRUE(db->exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='dyad');"
                         "INSERT INTO t(body) VALUES ('社区卫生工作者');")
                    .ok());
    auto stmt = db->prepare("SELECT count(*) FROM t WHERE t MATCH ?1");
    ASSERT_TRUE(stmt.ok());
    stmt->bind(1, text::ftsQueryFor(u"工作"_s));
    ASSERT_EQ(stmt->step(), Step::Row);
    EXPECT_EQ(stmt->int64(0), 1);
    // The tokenizer takes no options; a typo in them is reported, not ignored.
    EXPECT_FALSE(db->exec("CREATE VIRTUAL TABLE u USING fts5(body, tokenize='dyad foo')").ok());
}
