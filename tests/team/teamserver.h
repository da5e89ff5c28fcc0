#pragma once

#include <QString>

#include <optional>

namespace dyad::test {

/**
 * The throw-away cluster ctest started (tools/pgcluster.sh, state file in the build tree).
 * Each test makes its own database and its own roles (roles are cluster-wide, so their
 * names carry the database's name).
 */
class TeamServer
{
public:
    /** The running cluster, or nothing (then the test skips, saying what it would check). */
    static std::optional<TeamServer> find();

    /** A new empty database; returns its name. */
    QString newDatabase() const;
    /** The location to open `database` as `role` (the owner, dyad_admin, by default). */
    QString url(const QString &database, const QString &role = QStringLiteral("dyad_admin")) const;
    /** A PostgreSQL program of the cluster's version (psql for a second, independent client). */
    QString program(const QString &name) const;
    const QString &socketDir() const { return m_dir; }

private:
    QString m_dir;
    QString m_bindir;
};

} // namespace dyad::test

/** Skips the test when there is no cluster, saying what it would have checked. */
#define REQUIRE_TEAM_SERVER(server, what)                                                                        \
    const auto server = ::dyad::test::TeamServer::find();                                                        \
    if (!server)                                                                                                 \
        GTEST_SKIP() << "no PostgreSQL test cluster (tools/pgcluster.sh needs postgresql installed; ctest starts " \
                        "it): would have checked that "                                                          \
                     << what
