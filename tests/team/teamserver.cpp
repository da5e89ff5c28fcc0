#include "teamserver.h"

#include "core/pg/pgconnection.h"
#include "core/pg/teamproject.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

namespace dyad::test {

std::optional<TeamServer> TeamServer::find()
{
    core::pg::registerTeamProjects(); // createProject()/openProject() take the server's locations
    QFile state(QStringLiteral(DYAD_TEST_PG_STATE));
    if (!state.open(QIODevice::ReadOnly))
        return std::nullopt;
    TeamServer server;
    for (const QByteArray &line : state.readAll().split('\n')) {
        if (line.startsWith("DYAD_PG_DIR="))
            server.m_dir = QString::fromUtf8(line.mid(12));
        else if (line.startsWith("DYAD_PG_BINDIR="))
            server.m_bindir = QString::fromUtf8(line.mid(15));
    }
    if (server.m_dir.isEmpty())
        return std::nullopt;
    return server;
}

QString TeamServer::newDatabase() const
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("t%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->bounded(1000000) * 10 + (counter.fetchAndAddRelaxed(1) % 10));
    auto conn = core::pg::PgConnection::connect(url(QStringLiteral("dyad")));
    if (!conn)
        return {};
    if (!(*conn)->run("CREATE DATABASE " + name.toUtf8()).ok())
        return {};
    return name;
}

QString TeamServer::url(const QString &database, const QString &role) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, m_dir, role);
}

QString TeamServer::program(const QString &name) const
{
    return m_bindir + QLatin1Char('/') + name;
}

} // namespace dyad::test
