// Text layer benchmarks on the real corpus (DYAD_CORPUS_DIR, read at run time):
// tokenising, tidying, FTS5 indexing with the dyad tokenizer (unicode61 for comparison)
// and query latency for an English and a Chinese query.
//
//   build/tests/bench/dyad_bench --benchmark_filter=Text
// (set DYAD_CORPUS_DIR in the environment to read the corpus from elsewhere).

#include "core/db/database.h"
#include "core/io/csv.h"
#include "core/text/breaks.h"
#include "core/text/normalize.h"
#include "core/text/search.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;
using namespace dyad::core;

namespace {

/** The corpus CSV as rows, through the one CSV reader of core. */
std::vector<QStringList> readCsv(const QString &path)
{
    std::vector<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    auto read = io::readCsv(file.readAll(), path);
    if (read)
        for (io::CsvRow &r : *read)
            rows.push_back(std::move(r.fields));
    return rows;
}

/** Every non-empty 'abstract' of the corpus, loaded once. */
const std::vector<QString> &corpusAbstracts()
{
    static const std::vector<QString> abstracts = [] {
        std::vector<QString> out;
        // The environment may override the build-time path (e.g. when building in a
        // worktree that is not next to the shared folder).
        const QString configured = qEnvironmentVariable("DYAD_CORPUS_DIR", QStringLiteral(DYAD_CORPUS_DIR));
        const QDir dir(configured);
        for (const QString &name : dir.entryList({ u"*.csv"_s }, QDir::Files, QDir::Name)) {
            const std::vector<QStringList> rows = readCsv(dir.filePath(name));
            if (rows.empty())
                continue;
            const qsizetype column = rows.front().indexOf(u"abstract"_s);
            if (column < 0)
                continue;
            for (size_t r = 1; r < rows.size(); ++r) {
                if (column < rows[r].size() && !rows[r][column].trimmed().isEmpty())
                    out.push_back(rows[r][column]);
            }
        }
        return out;
    }();
    return abstracts;
}

/**
 * The corpus has no Chinese abstracts, so the Chinese query runs against 2,000 generated
 * ones: combinations of twelve sentences written for this benchmark.
 */
const std::vector<QString> &chineseAbstracts()
{
    static const std::vector<QString> rows = [] {
        const QString sentences[] = {
            u"社区卫生工作者在初级卫生保健中发挥着重要作用。"_s,
            u"本研究采用随机对照试验评估干预措施的效果。"_s,
            u"共纳入了三百名慢性病患者。"_s,
            u"结果显示干预组的血压控制明显改善。"_s,
            u"新冠肺炎疫情期间基层医疗服务受到严重影响。"_s,
            u"我们对相关文献进行了系统综述和荟萃分析。"_s,
            u"护士和家庭医生之间的协作有助于提高服务质量。"_s,
            u"研究对象的平均年龄为六十五岁。"_s,
            u"该结果对卫生政策制定具有参考价值。"_s,
            u"需要进一步开展大样本的多中心研究。"_s,
            u"抑郁症患者的治疗依从性较低。"_s,
            u"农村地区的卫生人力资源相对不足。"_s,
        };
        std::vector<QString> out;
        for (int i = 0; i < 2000; ++i) {
            QString text;
            for (int j = 0; j < 5; ++j)
                text += sentences[(i * 7 + j * (1 + i % 5)) % 12];
            out.push_back(text);
        }
        return out;
    }();
    return rows;
}

qint64 totalUtf8Bytes(const std::vector<QString> &texts)
{
    qint64 bytes = 0;
    for (const QString &t : texts)
        bytes += t.toUtf8().size();
    return bytes;
}

/** Skips the benchmark with a clear message when the corpus cannot be read. */
bool requireCorpus(benchmark::State &state)
{
    if (!corpusAbstracts().empty())
        return true;
    state.SkipWithError("no abstracts found: set DYAD_CORPUS_DIR to the asreview_srd folder");
    return false;
}

void BM_TextWordTokensCorpus(benchmark::State &state)
{
    if (!requireCorpus(state))
        return;
    const auto &abstracts = corpusAbstracts();
    std::int64_t tokens = 0;
    for (auto _ : state) {
        tokens = 0;
        for (const QString &a : abstracts)
            tokens += static_cast<std::int64_t>(text::wordTokens(a).size());
        benchmark::DoNotOptimize(tokens);
    }
    state.counters["abstracts"] = static_cast<double>(abstracts.size());
    state.counters["tokens"] = static_cast<double>(tokens);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(abstracts.size()));
    state.SetBytesProcessed(state.iterations() * totalUtf8Bytes(abstracts));
}
BENCHMARK(BM_TextWordTokensCorpus)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_TextTidyCorpus(benchmark::State &state)
{
    if (!requireCorpus(state))
        return;
    const auto &abstracts = corpusAbstracts();
    for (auto _ : state) {
        for (const QString &a : abstracts)
            benchmark::DoNotOptimize(text::tidyText(a));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(abstracts.size()));
}
BENCHMARK(BM_TextTidyCorpus)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_TextFoldCorpus(benchmark::State &state)
{
    if (!requireCorpus(state))
        return;
    const auto &abstracts = corpusAbstracts();
    for (auto _ : state) {
        for (const QString &a : abstracts)
            benchmark::DoNotOptimize(text::foldForSearch(a));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(abstracts.size()));
}
BENCHMARK(BM_TextFoldCorpus)->Unit(benchmark::kMillisecond)->Iterations(3);

/** Builds an in-memory FTS5 table over @p texts (one transaction, one prepared INSERT). */
db::Database buildFtsTable(const char *createSql, const std::vector<const std::vector<QString> *> &sources)
{
    auto opened = db::Database::openMemory();
    if (!opened)
        return {};
    db::Database database = std::move(opened).value();
    if (!database.exec(createSql))
        return {};
    auto tx = db::Transaction::begin(database);
    auto insert = database.prepare("INSERT INTO f(body) VALUES (?1)");
    for (const auto *texts : sources) {
        for (const QString &t : *texts) {
            insert->bind(1, t);
            (void)insert->run();
            insert->reset();
        }
    }
    (void)tx->commit();
    return database;
}

void BM_TextFtsIndexCorpus(benchmark::State &state, const char *createSql)
{
    if (!requireCorpus(state))
        return;
    const auto &abstracts = corpusAbstracts();
    for (auto _ : state) {
        db::Database database = buildFtsTable(createSql, { &abstracts });
        if (!database.isOpen())
            state.SkipWithError("could not build the FTS table");
        benchmark::DoNotOptimize(database);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(abstracts.size()));
    state.SetBytesProcessed(state.iterations() * totalUtf8Bytes(abstracts));
}
BENCHMARK_CAPTURE(BM_TextFtsIndexCorpus, dyad, "CREATE VIRTUAL TABLE f USING fts5(body, tokenize='dyad')")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);
BENCHMARK_CAPTURE(BM_TextFtsIndexCorpus, unicode61,
    "CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

/** The query table: all corpus abstracts plus the generated Chinese ones. */
db::Database &queryTable()
{
    static db::Database database = buildFtsTable(
        "CREATE VIRTUAL TABLE f USING fts5(body, tokenize='dyad')", { &corpusAbstracts(), &chineseAbstracts() });
    return database;
}

/** A search as the record list runs it: all matching ids, best (bm25) first. */
void BM_TextFtsQuery(benchmark::State &state, const QString &typed)
{
    if (!requireCorpus(state))
        return;
    db::Database &database = queryTable();
    const QString match = text::ftsQueryFor(typed);
    auto stmt = database.prepare("SELECT rowid FROM f WHERE f MATCH ?1 ORDER BY rank");
    if (!stmt) {
        state.SkipWithError("prepare failed");
        return;
    }
    std::int64_t hits = 0;
    for (auto _ : state) {
        hits = 0;
        stmt->bind(1, match);
        while (stmt->step() == db::Step::Row)
            ++hits;
        stmt->reset();
    }
    state.counters["hits"] = static_cast<double>(hits);
}
BENCHMARK_CAPTURE(BM_TextFtsQuery, english_health_workers, u"health workers"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TextFtsQuery, english_randomized_prefix, u"randomi*"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TextFtsQuery, english_phrase, u"\"placebo controlled\""_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TextFtsQuery, chinese_health_workers, u"卫生工作者"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TextFtsQuery, chinese_patients, u"患者"_s)->Unit(benchmark::kMillisecond);

/** Top 20 hits with a snippet each, as a search results panel shows them. */
void BM_TextFtsQuerySnippets(benchmark::State &state, const QString &typed)
{
    if (!requireCorpus(state))
        return;
    db::Database &database = queryTable();
    auto stmt = database.prepare(
        "SELECT rowid, snippet(f, 0, '<b>', '</b>', '…', 12) FROM f WHERE f MATCH ?1 ORDER BY rank LIMIT 20");
    if (!stmt) {
        state.SkipWithError("prepare failed");
        return;
    }
    const QString match = text::ftsQueryFor(typed);
    for (auto _ : state) {
        stmt->bind(1, match);
        while (stmt->step() == db::Step::Row)
            benchmark::DoNotOptimize(stmt->text(1));
        stmt->reset();
    }
}
BENCHMARK_CAPTURE(BM_TextFtsQuerySnippets, english, u"health workers"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TextFtsQuerySnippets, chinese, u"卫生工作者"_s)->Unit(benchmark::kMillisecond);

} // namespace
