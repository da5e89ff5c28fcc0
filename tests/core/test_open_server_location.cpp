// A program that does not open team projects (it does not link core/pg, so not libpq)
// answers a postgresql:// location with a clear message, and never takes it for a file.
// dyad_core_tests is such a program: nothing here registers pg::registerTeamProjects().

#include "core/open/open.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace dyad::core;

TEST(OpenServerLocation, WithoutTeamSupportAServerLocationIsRefusedWithAMessage)
{
    const QString location = QStringLiteral("postgresql:///review?host=/nonexistent");
    EXPECT_TRUE(isServerLocation(location));
    EXPECT_TRUE(isServerLocation(QStringLiteral("postgres://db.example.org/review")));
    EXPECT_FALSE(isServerLocation(QStringLiteral("postgresql.dyad")));

    const auto opened = openProject(location);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error(), location + QStringLiteral(" is a team project on a server, and this program cannot open "
                                                        "team projects. Use dyad or dyad-cli."));
    const auto created = createProject(location, QStringLiteral("Review"));
    ASSERT_FALSE(created.ok());
    EXPECT_TRUE(created.error().startsWith(location)) << created.error().toStdString();
    // Nothing was made on disk under a name derived from the location.
    EXPECT_FALSE(QFileInfo::exists(QDir::current().filePath(QStringLiteral("postgresql:"))));
}
