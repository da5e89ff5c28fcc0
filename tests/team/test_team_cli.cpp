// dyad-cli on a team server, run as a separate process the way a script would: every
// command takes a postgresql:// location where it takes a project file, and moving a project
// in and out is checked with `agreement` and `codings --json`, before and after.

#include "clirun.h"
#include "teamserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>

#include <gtest/gtest.h>

using dyad::test::cli;
using dyad::test::CliRun;
using dyad::test::TeamServer;

TEST(TeamCli, CreateFromFileThenSnapshotKeepsAgreementAndCodings)
{
    REQUIRE_TEAM_SERVER(server, "dyad-cli team create --from and team snapshot keep `agreement` and "
                                "`codings --json` identical");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.dyad"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const CliRun codingsBefore = cli({QStringLiteral("codings"), file, QStringLiteral("--json")});
    const CliRun agreementBefore = cli({QStringLiteral("agreement"), file, QStringLiteral("--unit"), QStringLiteral("all")});
    ASSERT_EQ(codingsBefore.exitCode, 0) << codingsBefore.err.toStdString();
    ASSERT_EQ(agreementBefore.exitCode, 0) << agreementBefore.err.toStdString();
    ASSERT_GT(codingsBefore.out.count("\"id\""), 20);

    const QString url = server->url(server->newDatabase());
    const CliRun created = cli({QStringLiteral("team"), QStringLiteral("create"), url, QStringLiteral("--from"), file});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.out.startsWith("Moved demo.dyad to the team server")) << created.out.toStdString();

    const CliRun codingsServer = cli({QStringLiteral("codings"), url, QStringLiteral("--json")});
    const CliRun agreementServer = cli({QStringLiteral("agreement"), url, QStringLiteral("--unit"), QStringLiteral("all")});
    ASSERT_EQ(codingsServer.exitCode, 0) << codingsServer.err.toStdString();
    EXPECT_EQ(codingsServer.out, codingsBefore.out);
    EXPECT_EQ(agreementServer.out, agreementBefore.out);

    const QString snapshot = dir.filePath(QStringLiteral("back.dyad"));
    const CliRun snap = cli({QStringLiteral("team"), QStringLiteral("snapshot"), url, snapshot});
    ASSERT_EQ(snap.exitCode, 0) << snap.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("codings"), snapshot, QStringLiteral("--json")}).out, codingsBefore.out);
    EXPECT_EQ(cli({QStringLiteral("agreement"), snapshot, QStringLiteral("--unit"), QStringLiteral("all")}).out,
              agreementBefore.out);
    // A second snapshot onto the same file is refused rather than overwriting it.
    EXPECT_EQ(cli({QStringLiteral("team"), QStringLiteral("snapshot"), url, snapshot}).exitCode, 1);
}

TEST(TeamCli, AddedReviewerSignsInAsTheirOwnRole)
{
    REQUIRE_TEAM_SERVER(server, "team add-reviewer creates a login role that dyad-cli then signs in with, seeing "
                                "the reviewer it was linked to as a lead");
    const QString db = server->newDatabase();
    const QString url = server->url(db);
    ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("create"), url, QStringLiteral("--title"),
                   QStringLiteral("Pilot")}).exitCode, 0);
    const QString role = db + QStringLiteral("_carla");
    const CliRun added = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Carla"),
                           QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("--login"), role,
                           QStringLiteral("--no-password")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliRun reviewers = cli({QStringLiteral("reviewers"), server->url(db, role), QStringLiteral("--json")});
    ASSERT_EQ(reviewers.exitCode, 0) << reviewers.err.toStdString();
    EXPECT_TRUE(reviewers.out.contains("\"name\": \"Carla\"")) << reviewers.out.toStdString();
    EXPECT_TRUE(reviewers.out.contains("\"role\": \"lead\"")) << reviewers.out.toStdString();
}

TEST(TeamCli, APasswordInTheLocationIsRefused)
{
    // No server needed: the location is refused before anything connects.
    const QString url = QStringLiteral("postgresql://dyad_admin:secret@localhost/dyad");
    const CliRun r = cli({QStringLiteral("codings"), url, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral(".pgpass"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("secret"))) << r.err.toStdString();
}

namespace {

/** The rows of a JSON array printed by dyad-cli, without the keys that differ by nature (ids made on import). */
QJsonArray rowsWithout(const QByteArray &json, const QString &key)
{
    QJsonArray out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        QJsonObject o = v.toObject();
        o.remove(key);
        out.append(o);
    }
    return out;
}

/** Search hits by title (the two backends rank ties differently): title -> snippet. */
std::map<QString, QString> snippetsByTitle(const QByteArray &json)
{
    std::map<QString, QString> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out[v.toObject().value(QStringLiteral("title")).toString()] = v.toObject().value(QStringLiteral("snippet")).toString();
    return out;
}

} // namespace

namespace {

/** Imports @p inputs with dyad-cli into a new file and a new team project; both locations. */
std::pair<QString, QString> importIntoFileAndServer(const TeamServer &server, const QTemporaryDir &dir,
                                                    const QStringList &inputs)
{
    const QString file = dir.filePath(QStringLiteral("review.dyad"));
    const QString url = server.url(server.newDatabase());
    EXPECT_EQ(cli({QStringLiteral("init"), file}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("team"), QStringLiteral("create"), url, QStringLiteral("--title"),
                   QStringLiteral("review")}).exitCode, 0);
    for (const QString &location : {file, url}) {
        const CliRun imported = cli(QStringList{QStringLiteral("import"), location} + inputs);
        EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
    return {file, url};
}

/** `records --json` of both, without the ids (made on import); the file's rows. */
QJsonArray expectSameRecords(const QString &file, const QString &url)
{
    const CliRun fileRecords = cli({QStringLiteral("records"), file, QStringLiteral("--json")});
    const CliRun serverRecords = cli({QStringLiteral("records"), url, QStringLiteral("--json")});
    EXPECT_EQ(serverRecords.exitCode, 0) << serverRecords.err.toStdString();
    const QJsonArray records = rowsWithout(fileRecords.out, QStringLiteral("id"));
    EXPECT_EQ(rowsWithout(serverRecords.out, QStringLiteral("id")), records);
    return records;
}

void expectSameSnippets(const QString &file, const QString &url, const QStringList &queries)
{
    for (const QString &query : queries) {
        const auto inFile = snippetsByTitle(
            cli({QStringLiteral("search"), file, query, QStringLiteral("--limit"), QStringLiteral("1000"),
                 QStringLiteral("--json")}).out);
        EXPECT_FALSE(inFile.empty()) << query.toStdString();
        EXPECT_EQ(snippetsByTitle(cli({QStringLiteral("search"), url, query, QStringLiteral("--limit"),
                                       QStringLiteral("1000"), QStringLiteral("--json")}).out),
                  inFile)
            << query.toStdString();
    }
}

} // namespace

TEST(TeamCli, ImportIntoAFileAndIntoTheServerGivesTheSameRecordsAndSnippets)
{
    REQUIRE_TEAM_SERVER(server, "dyad-cli import writes the same records into a file and into a team server "
                                "(written in batches there), and search shows the same snippets");
    QTemporaryDir dir;
    // English and Chinese records in four formats (fixtures written for the import tests:
    // 2 + 2 + 2 + 1 records).
    const QString data = QStringLiteral(DYAD_SOURCE_DIR "/tests/data/import/");
    const auto [file, url] = importIntoFileAndServer(
        *server, dir,
        {data + QStringLiteral("zotero.ris"), data + QStringLiteral("pubmed.nbib"),
         data + QStringLiteral("covidence.csv"), data + QStringLiteral("cnki_gb18030.ris")});
    const QJsonArray records = expectSameRecords(file, url);
    ASSERT_EQ(records.size(), 7);
    // Every record's full text and metadata, one by one, by its number in the list.
    for (int n = 1; n <= records.size(); ++n) {
        const QString number = QString::number(n);
        EXPECT_EQ(rowsWithout("[" + cli({QStringLiteral("show"), url, number, QStringLiteral("--json")}).out + "]",
                              QStringLiteral("id")),
                  rowsWithout("[" + cli({QStringLiteral("show"), file, number, QStringLiteral("--json")}).out + "]",
                              QStringLiteral("id")))
            << "record " << n;
    }
    expectSameSnippets(file, url, {QStringLiteral("卫生"), QStringLiteral("信任"), QStringLiteral("care*"),
                                   QStringLiteral("\"primary care\""), QStringLiteral("follow*")});
}

TEST(TeamCli, ImportOfTheAdhdCorpusIsTheSameInAFileAndOnTheServer)
{
    const QString csv = QStringLiteral(DYAD_SHARED_DIR "/corpora/asreview_srd/Cohen_2006_ADHD.csv");
    if (!QFile::exists(csv))
        GTEST_SKIP() << "corpus absent (" << csv.toStdString() << "): would have imported its 851 records into a "
                     << "file and into a team server and compared the records and the snippets of four searches";
    REQUIRE_TEAM_SERVER(server, "the 851 records of the ADHD corpus import the same into a file and a server");
    QTemporaryDir dir;
    const auto [file, url] = importIntoFileAndServer(*server, dir, {csv});
    EXPECT_EQ(expectSameRecords(file, url).size(), 851);
    expectSameSnippets(file, url, {QStringLiteral("methylphenidate"), QStringLiteral("\"double blind\""),
                                   QStringLiteral("random*"), QStringLiteral("attention deficit")});
}

TEST(TeamCli, AReviewersImportIsRefusedByTheServerAndLeavesNothing)
{
    REQUIRE_TEAM_SERVER(server, "records sent in a batch still pass the server's policies: a reviewer's import is "
                                "refused, naming the first record and its file, and leaves no record");
    const QString db = server->newDatabase();
    const QString url = server->url(db);
    ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("create"), url, QStringLiteral("--title"),
                   QStringLiteral("Pilot")}).exitCode, 0);
    const QString role = db + QStringLiteral("_bob");
    ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Bob"),
                   QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--login"), role, QStringLiteral("--no-password")}).exitCode,
              0);
    const QString ris = QStringLiteral(DYAD_SOURCE_DIR "/tests/data/import/zotero.ris");
    const CliRun refused = cli({QStringLiteral("import"), server->url(db, role), ris});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Record 1: ") + ris + QStringLiteral(": ")))
        << refused.err.toStdString();
    // In words a reviewer can act on, as a single write would say it; the server's text after.
    EXPECT_TRUE(refused.err.contains(QStringLiteral("The team server refused this: your role (") + role
                                     + QStringLiteral(", reviewer) may not add or change records: only leads and "
                                                      "adjudicators import or correct records.")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("row-level security"))) << refused.err.toStdString();
    EXPECT_TRUE(rowsWithout(cli({QStringLiteral("records"), url, QStringLiteral("--json")}).out, QStringLiteral("id"))
                    .isEmpty());
    // The lead's import of the same file goes through.
    const QString leadRole = db + QStringLiteral("_lena");
    ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Lena"),
                   QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("--login"), leadRole, QStringLiteral("--no-password")}).exitCode,
              0);
    const CliRun imported = cli({QStringLiteral("import"), server->url(db, leadRole), ris});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(rowsWithout(cli({QStringLiteral("records"), url, QStringLiteral("--json")}).out, QStringLiteral("id")).size(),
              2);
}
