#include "benchcluster.h"

#include "core/pg/pgconnection.h"
#include "core/pg/teamproject.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

namespace dyad::bench {

namespace {
const QString kScript = QStringLiteral(DYAD_SOURCE_DIR "/tools/pgcluster.sh");
}

BenchCluster &BenchCluster::instance()
{
    static BenchCluster cluster;
    return cluster;
}

BenchCluster::BenchCluster()
{
    core::pg::registerTeamProjects(); // createProject()/openProject() take the cluster's locations
    m_state = QStringLiteral("/tmp/dyad-bench-pg-%1.env").arg(QCoreApplication::applicationPid());
    QProcess start;
    start.start(kScript, {QStringLiteral("start"), m_state});
    if (!start.waitForFinished(120000) || start.exitCode() != 0) {
        m_error = QStringLiteral("could not start a PostgreSQL cluster: %1")
                      .arg(QString::fromUtf8(start.readAllStandardError()).trimmed());
        return;
    }
    QFile state(m_state);
    if (state.open(QIODevice::ReadOnly))
        for (const QByteArray &line : state.readAll().split('\n'))
            if (line.startsWith("DYAD_PG_DIR="))
                m_dir = QString::fromUtf8(line.mid(12));
    if (m_dir.isEmpty())
        m_error = QStringLiteral("the cluster did not say where it runs");
}

BenchCluster::~BenchCluster()
{
    QProcess::execute(kScript, {QStringLiteral("stop"), m_state});
}

QString BenchCluster::newDatabase()
{
    const QString name = QStringLiteral("bench%1").arg(++m_databases);
    auto conn = core::pg::PgConnection::connect(url(QStringLiteral("dyad")));
    if (!conn || !(*conn)->run("CREATE DATABASE " + name.toUtf8()).ok())
        return {};
    return name;
}

QString BenchCluster::url(const QString &database, const QString &role) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, m_dir, role);
}

} // namespace dyad::bench
