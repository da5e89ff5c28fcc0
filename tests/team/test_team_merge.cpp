// Reviewer copies made from a team server and merged back into it, with dyad-cli run as a
// separate process the way a script would: the server reads and writes them in batches, and
// the result must be what the same commands give with a project file.

#include "clirun.h"
#include "teamserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dyad::test::cli;
using dyad::test::CliRun;
using dyad::test::TeamServer;

namespace {

QByteArray codings(const QString &location)
{
    const CliRun r = cli({QStringLiteral("codings"), location, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out;
}

QJsonObject mergeInto(const QString &location, const QString &copy)
{
    const CliRun r = cli({QStringLiteral("merge"), location, copy, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST(TeamMerge, ACopyFromTheServerMergesBackAsIntoAFile)
{
    REQUIRE_TEAM_SERVER(server, "a reviewer copy made from a team server holds what one made from the file holds, "
                                "and merging it into the server and into the file gives the same codings, twice");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.dyad"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const QString url = server->url(server->newDatabase());
    const CliRun created = cli({QStringLiteral("team"), QStringLiteral("create"), url, QStringLiteral("--from"), file});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();

    // Alice's copy from the server (records and her codings read in bulk) and from the file.
    const QString fromServer = dir.filePath(QStringLiteral("alice-server.dyad"));
    const QString fromFile = dir.filePath(QStringLiteral("alice-file.dyad"));
    for (const auto &[location, copy] : {std::pair{url, fromServer}, std::pair{file, fromFile}}) {
        const CliRun made = cli({QStringLiteral("export"), QStringLiteral("reviewer-copy"), location, copy,
                                 QStringLiteral("--reviewer"), QStringLiteral("Alice")});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
        // The demo: 12 records, Alice's 42 codings, 4 private codes of Bob's withheld.
        EXPECT_TRUE(made.out.contains("12 record(s), 22 code(s), 42 of their coding(s)")) << made.out.toStdString();
    }
    EXPECT_EQ(codings(fromServer), codings(fromFile));
    for (const QString &what : {QStringLiteral("records"), QStringLiteral("codes")})
        EXPECT_EQ(cli({what, fromServer, QStringLiteral("--json")}).out, cli({what, fromFile, QStringLiteral("--json")}).out)
            << what.toStdString();
    for (int n = 1; n <= 12; ++n) {
        const QString number = QString::number(n);
        EXPECT_EQ(cli({QStringLiteral("show"), fromServer, number, QStringLiteral("--json")}).out,
                  cli({QStringLiteral("show"), fromFile, number, QStringLiteral("--json")}).out)
            << "record " << n;
    }

    const QJsonArray original = QJsonDocument::fromJson(codings(fromServer)).array();
    ASSERT_EQ(original.size(), 42);
    const QString removed = original.first().toObject().value(QStringLiteral("id")).toString();

    // Alice works offline in her copy: a new code, one new coding on each of the 12 records (so
    // the merge reads and writes them as a batch), one coding with a memo, one of her earlier codings removed.
    ASSERT_EQ(cli({QStringLiteral("codes"), fromServer, QStringLiteral("--add"), QStringLiteral("Peer support"),
                   QStringLiteral("--as"), QStringLiteral("Alice")}).exitCode,
              0);
    for (int n = 1; n <= 12; ++n) {
        const CliRun coded = cli({QStringLiteral("code"), fromServer, QString::number(n),
                                  n % 2 ? QStringLiteral("Trust") : QStringLiteral("Peer support"),
                                  QStringLiteral("%1:%2").arg(n).arg(n + 7), QStringLiteral("--as"), QStringLiteral("Alice")});
        ASSERT_EQ(coded.exitCode, 0) << "record " << n << ": " << coded.err.toStdString();
    }
    ASSERT_EQ(cli({QStringLiteral("code"), fromServer, QStringLiteral("3"), QStringLiteral("Trust"), QStringLiteral("20:31"),
                   QStringLiteral("--memo"), QStringLiteral("worth a second look"), QStringLiteral("--as"),
                   QStringLiteral("Alice")}).exitCode,
              0);
    ASSERT_EQ(QJsonDocument::fromJson(codings(fromServer)).array().size(), 42 + 13);
    ASSERT_EQ(cli({QStringLiteral("uncode"), fromServer, removed, QStringLiteral("--as"), QStringLiteral("Alice")}).exitCode,
              0);

    const QJsonObject intoServer = mergeInto(url, fromServer);
    const QJsonObject intoFile = mergeInto(file, fromServer);
    EXPECT_EQ(intoServer, intoFile);
    EXPECT_EQ(intoServer.value(QStringLiteral("codesAdded")).toInt(), 1);
    EXPECT_EQ(intoServer.value(QStringLiteral("codingsAdded")).toInt(), 13);
    EXPECT_EQ(intoServer.value(QStringLiteral("codingsRemoved")).toInt(), 1);
    EXPECT_TRUE(intoServer.value(QStringLiteral("conflicts")).toArray().isEmpty());
    const QByteArray merged = codings(file);
    EXPECT_EQ(codings(url), merged);
    // 83 demo codings, Alice's 13 new ones, one of hers removed.
    EXPECT_EQ(QJsonDocument::fromJson(merged).array().size(), 83 + 13 - 1);
    EXPECT_TRUE(merged.contains("\"memo\": \"worth a second look\"")) << merged.toStdString();
    EXPECT_FALSE(merged.contains(removed.toUtf8()));

    // Meanwhile the lead removes one of Alice's merged codings on the server and in the file;
    // merging the same copy again brings nothing back and adds nothing twice.
    const QJsonArray alices =
        QJsonDocument::fromJson(cli({QStringLiteral("codings"), url, QStringLiteral("--reviewer"), QStringLiteral("Alice"),
                                     QStringLiteral("--json")})
                                    .out)
            .array();
    ASSERT_FALSE(alices.isEmpty());
    const QString leadRemoves = alices.last().toObject().value(QStringLiteral("id")).toString();
    for (const QString &location : {url, file})
        ASSERT_EQ(cli({QStringLiteral("uncode"), location, leadRemoves, QStringLiteral("--as"), QStringLiteral("Lena")})
                      .exitCode,
                  0);
    const QJsonObject againServer = mergeInto(url, fromServer);
    EXPECT_EQ(againServer, mergeInto(file, fromServer));
    EXPECT_EQ(againServer.value(QStringLiteral("codingsAdded")).toInt(), 0);
    EXPECT_EQ(againServer.value(QStringLiteral("codingsRemoved")).toInt(), 0);
    const QByteArray twice = codings(url);
    EXPECT_EQ(twice, codings(file));
    EXPECT_EQ(QJsonDocument::fromJson(twice).array().size(), 83 + 13 - 2);
    EXPECT_FALSE(twice.contains(leadRemoves.toUtf8()));

    // The server wrote the merge's summary row as the file does.
    const CliRun audit = cli({QStringLiteral("audit"), url, QStringLiteral("--json")});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    EXPECT_EQ(audit.out.count("\"reviewercopy.merge\""), 1) << audit.out.toStdString();
}

TEST(TeamMerge, AReviewerMergesTheirOwnCopyAndNoOneElses)
{
    REQUIRE_TEAM_SERVER(server, "a reviewer signed in as their own role merges their own reviewer copy (the server "
                                "lets them keep its bookkeeping), and another reviewer's merge of it is refused "
                                "with a message, changing nothing");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.dyad"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const QString db = server->newDatabase();
    const QString url = server->url(db);
    ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("create"), url, QStringLiteral("--from"), file}).exitCode, 0);
    for (const QString &who : {QStringLiteral("Alice"), QStringLiteral("Bob")})
        ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, who, QStringLiteral("--role"),
                       QStringLiteral("reviewer"), QStringLiteral("--login"), db + QLatin1Char('_') + who.toLower(),
                       QStringLiteral("--no-password")})
                      .exitCode,
                  0);
    const QString alice = server->url(db, db + QStringLiteral("_alice"));
    const QString bob = server->url(db, db + QStringLiteral("_bob"));

    // Alice takes her copy from the server as herself and codes two records in it.
    const QString copy = dir.filePath(QStringLiteral("alice.dyad"));
    const CliRun made = cli({QStringLiteral("export"), QStringLiteral("reviewer-copy"), alice, copy,
                             QStringLiteral("--reviewer"), QStringLiteral("Alice")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    for (const QString &record : {QStringLiteral("1"), QStringLiteral("2")})
        ASSERT_EQ(cli({QStringLiteral("code"), copy, record, QStringLiteral("Trust"), QStringLiteral("0:9"),
                       QStringLiteral("--as"), QStringLiteral("Alice")})
                      .exitCode,
                  0);

    // Bob cannot bring her copy in: told why, and the server has the 83 demo codings still.
    const CliRun refused = cli({QStringLiteral("merge"), bob, copy});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("is Alice's reviewer copy: only Alice, a lead or an adjudicator "
                                                    "can merge it, not Bob.")))
        << refused.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(codings(url)).array().size(), 83);

    // Alice merges it herself, and again: the second time there is nothing to bring in.
    const QJsonObject first = mergeInto(alice, copy);
    EXPECT_EQ(first.value(QStringLiteral("codingsAdded")).toInt(), 2);
    EXPECT_EQ(QJsonDocument::fromJson(codings(url)).array().size(), 85);
    const QJsonObject again = mergeInto(alice, copy);
    EXPECT_EQ(again.value(QStringLiteral("codingsAdded")).toInt(), 0);
    EXPECT_EQ(QJsonDocument::fromJson(codings(url)).array().size(), 85);
}
