// Parse + normalise every CSV of the real corpus (about 18,400 records), from bytes in
// memory: encoding detection, format detection, CSV parsing, markup/whitespace/NFC
// cleaning, DOI/year/language. Storing is not part of this benchmark.
//   build/tests/bench/dyad_bench --benchmark_filter=Import --benchmark_repetitions=5

#include "core/io/import/importreader.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>

#include <cstdlib>
#include <vector>

namespace {

struct Input
{
    QString name;
    QByteArray bytes;
};

const std::vector<Input> &corpus()
{
    static const std::vector<Input> files = [] {
        std::vector<Input> out;
        const char *env = std::getenv("DYAD_CORPUS_DIR");
        const QDir dir(env && *env ? QString::fromLocal8Bit(env) : QStringLiteral(DYAD_CORPUS_DIR));
        for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out.push_back({name, f.readAll()});
        }
        return out;
    }();
    return files;
}

void BM_ImportCorpusCsv(benchmark::State &state)
{
    const auto &files = corpus();
    if (files.empty()) {
        state.SkipWithError("corpus not found: set DYAD_CORPUS_DIR");
        return;
    }
    qint64 bytes = 0;
    size_t records = 0;
    for (auto _ : state) {
        records = 0;
        bytes = 0;
        for (const Input &in : files) {
            dyad::core::importer::ImportOptions o;
            o.sourceName = in.name;
            const auto report = dyad::core::importer::parseBytes(in.bytes, o);
            records += report.records.size();
            bytes += in.bytes.size();
            benchmark::DoNotOptimize(report.records.data());
        }
    }
    state.counters["records"] = double(records);
    state.counters["records/s"] = benchmark::Counter(double(records) * double(state.iterations()),
                                                     benchmark::Counter::kIsRate);
    state.SetBytesProcessed(bytes * state.iterations());
}

} // namespace

BENCHMARK(BM_ImportCorpusCsv)->Unit(benchmark::kMillisecond)->UseRealTime();
