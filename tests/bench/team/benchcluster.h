#pragma once

#include <QString>

namespace dyad::bench {

/**
 * A throw-away PostgreSQL cluster for the team benchmarks, started with tools/pgcluster.sh
 * when first used and stopped when the process ends.
 */
class BenchCluster
{
public:
    /** The cluster, started on first use; error() says why when it could not start. */
    static BenchCluster &instance();
    ~BenchCluster();

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    /** A new empty database. */
    QString newDatabase();
    QString url(const QString &database, const QString &role = QStringLiteral("dyad_admin")) const;

private:
    BenchCluster();
    QString m_state;
    QString m_dir;
    QString m_error;
    int m_databases = 0;
};

} // namespace dyad::bench
