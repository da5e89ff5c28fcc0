// Load on one team server (issue 17): 10 reviewer clients, each a separate process signed
// in as its own role, apply 1,000 codings each as fast as they can (no pauses), while the
// lead's client follows the counts. Reports p50 and p95 latency of one acknowledged coding,
// the total throughput, and checks that no coding was lost or duplicated. Run:
//   build/tests/bench/team/dyad_team_load [clients] [codings-per-client]
#include "benchcluster.h"

#include "core/model/project.h"
#include "core/pg/pgconnection.h"
#include "core/pg/teamproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace dyad::core;

namespace {

constexpr int kRecords = 200;

/** One reviewer: applies `n` codings through Project, one acknowledged transaction each. */
int runClient(const QString &url, int n)
{
    auto opened = pg::openTeamProject(url);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Project &project = **opened;
    const auto records = project.recordSummaries();
    const auto codes = project.allCodes();
    if (records.size() < size_t(kRecords) || codes.empty()) {
        std::fprintf(stderr, "the project is not set up\n");
        return 1;
    }
    QByteArray out;
    for (int k = 0; k < n; ++k) {
        Coding c;
        c.recordId = records[size_t(k % kRecords)].id;
        c.codeId = codes[size_t(k % codes.size())].id;
        const qint64 start = (k / kRecords) * 7;
        c.span = {start, start + 5};
        QElapsedTimer t;
        t.start();
        auto added = project.addCoding(c);
        const qint64 us = t.nsecsElapsed() / 1000;
        if (!added) {
            std::fprintf(stderr, "coding %d: %s\n", k, qPrintable(added.error()));
            return 1;
        }
        out += QByteArray::number(us) + '\n';
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

qint64 scalar(pg::PgConnection &c, const char *sql)
{
    auto r = c.run(sql);
    return r.ok() && r.rows() ? r.int64(0, 0) : -1;
}

int runLoad(int clients, int perClient)
{
    dyad::bench::BenchCluster &cluster = dyad::bench::BenchCluster::instance();
    if (!cluster.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.error()));
        return 1;
    }
    const QString db = cluster.newDatabase();
    const QString admin = cluster.url(db);
    auto owner = pg::createTeamProject(admin, QStringLiteral("Load")).value();
    std::vector<Record> records(kRecords);
    for (int i = 0; i < kRecords; ++i)
        records[size_t(i)].text = QStringLiteral("Record %1: community health workers, user fees, waiting times, "
                                                 "trust in nurses and continuity of care in rural clinics.")
                                      .arg(i, 3, 10, QLatin1Char('0'));
    (void)owner->addRecords(records);
    for (int i = 0; i < 10; ++i) {
        Code c;
        c.name = QStringLiteral("Code %1").arg(i);
        (void)owner->createCode(c);
    }
    if (auto st = pg::addTeamMember(admin, QStringLiteral("Lead"), db + QStringLiteral("_lead"), pg::TeamRole::Lead);
        !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error()));
        return 1;
    }
    for (int i = 0; i < clients; ++i)
        (void)pg::addTeamMember(admin, QStringLiteral("Reviewer %1").arg(i), db + QStringLiteral("_r%1").arg(i),
                                pg::TeamRole::Reviewer);
    auto lead = pg::openTeamProject(cluster.url(db, db + QStringLiteral("_lead"))).value();
    int leadRefreshes = 0;
    lead->addListener([&](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::Reset)
            ++leadRefreshes;
    });

    std::vector<std::unique_ptr<QProcess>> procs;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < clients; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--client"), cluster.url(db, db + QStringLiteral("_r%1").arg(i)),
                  QString::number(perClient)});
        procs.push_back(std::move(p));
    }
    // The lead's window: polls as the GUI does (every second here every 100 ms) and counts.
    std::vector<std::pair<qint64, qint64>> seen; // (ms, codings the lead sees)
    for (;;) {
        bool running = false;
        for (auto &p : procs)
            running = running || p->state() != QProcess::NotRunning;
        if (lead->refreshIfChangedElsewhere())
            seen.emplace_back(wall.elapsed(), qint64(lead->codings().size()));
        if (!running)
            break;
        for (auto &p : procs)
            p->waitForFinished(10);
        QThread::msleep(80);
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    QThread::msleep(200);
    if (lead->refreshIfChangedElsewhere())
        seen.emplace_back(wall.elapsed(), qint64(lead->codings().size()));

    std::vector<qint64> latencies;
    int failed = 0;
    for (auto &p : procs) {
        if (p->exitCode() != 0) {
            ++failed;
            std::fprintf(stderr, "client failed: %s\n", p->readAllStandardError().constData());
        }
        for (const QByteArray &line : p->readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                latencies.push_back(line.toLongLong());
    }
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double q) {
        return latencies.empty() ? 0.0 : double(latencies[size_t(q * double(latencies.size() - 1))]) / 1000.0;
    };
    auto check = pg::PgConnection::connect(admin).value();
    const qint64 total = scalar(*check, "SELECT count(*) FROM codings");
    const qint64 distinct = scalar(*check, "SELECT count(DISTINCT id) FROM codings");
    const qint64 duplicates = scalar(*check, "SELECT count(*) FROM (SELECT 1 FROM codings GROUP BY record_id, "
                                             "reviewer_id, code_id, start_pos, end_pos HAVING count(*) > 1) d");
    const qint64 audited = scalar(*check, "SELECT count(*) FROM change_log WHERE table_name = 'codings'");
    const qint64 expected = qint64(clients) * perClient;
    std::printf("clients %d x codings %d: %lld acknowledged latencies, %d clients failed\n", clients, perClient,
                static_cast<long long>(latencies.size()), failed);
    std::printf("latency of one acknowledged coding: p50 %.2f ms, p95 %.2f ms, max %.2f ms\n", pct(0.5), pct(0.95),
                pct(1.0));
    std::printf("throughput: %.0f codings/s (%.2f s wall)\n", double(total) / seconds, seconds);
    std::printf("on the server: %lld codings (expected %lld), %lld distinct ids, %lld duplicate spans, "
                "%lld change_log rows for codings\n",
                static_cast<long long>(total), static_cast<long long>(expected), static_cast<long long>(distinct),
                static_cast<long long>(duplicates), static_cast<long long>(audited));
    std::printf("lead's client: %d refreshes; counts seen:", leadRefreshes);
    for (size_t i = 0; i < seen.size(); i += std::max<size_t>(1, seen.size() / 8))
        std::printf(" %lld@%lldms", static_cast<long long>(seen[i].second), static_cast<long long>(seen[i].first));
    if (!seen.empty())
        std::printf(" ... final %lld", static_cast<long long>(seen.back().second));
    std::printf("\n");
    const bool ok = failed == 0 && total == expected && distinct == expected && duplicates == 0
        && !seen.empty() && seen.back().second == expected;
    std::printf("%s\n", ok ? "OK: nothing lost or duplicated, the lead's count converged" : "FAILED");
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--client"))
        return runClient(args[2], args[3].toInt());
    const int clients = args.size() > 1 ? args[1].toInt() : 10;
    const int perClient = args.size() > 2 ? args[2].toInt() : 1000;
    return runLoad(clients, perClient);
}
