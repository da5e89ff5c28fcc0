// A project file edited by hand (the sqlite3 shell ignores Dyad's CHECK constraints when
// asked) or damaged: `check` names every impossible row, and no command reads outside a text.
#include "core/db/database.h"
#include "core/io/export/codebookexport.h"
#include "core/io/refi/refiexport.h"
#include "core/io/refi/safezip.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "export_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dyad::core;

namespace {

QString cliPath()
{
#ifdef DYAD_CLI_PATH
    return QStringLiteral(DYAD_CLI_PATH);
#else
    return QString();
#endif
}

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out, err;
};

CliResult cli(const QStringList &args)
{
    QProcess p;
    p.start(cliPath(), args);
    CliResult r;
    r.crashed = !p.waitForFinished(60000) || p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

struct TamperedProject : ::testing::Test
{
    QTemporaryDir dir;
    QString path;
    QUuid record, round;
    Coding negative, pastEnd, inverted, twice;
    QUuid twin = QUuid::createUuid();

    // "Trust between workers and families." — 35 code points:
    // Trust [0,5)  between [6,13)  workers [14,21)  families. [26,35)
    void SetUp() override
    {
        if (cliPath().isEmpty())
            GTEST_SKIP() << "dyad-cli was not built, so check and codings cannot be run on a tampered file";
        path = dir.filePath(QStringLiteral("tampered.dyad"));
        auto p = createProject(path);
        ASSERT_TRUE(p.ok());
        Project &project = **p;
        Record r;
        r.title = QStringLiteral("Tampered");
        r.text = QStringLiteral("Trust between workers and families.");
        record = project.addRecords({r}).value().front();
        const Reviewer alice = project.addReviewer(QStringLiteral("Alice")).value();
        project.setActor(alice.id);
        Code c;
        c.name = QStringLiteral("Trust");
        const QUuid code = project.createCode(c).value().id;
        // Only a lead creates rounds.
        const Reviewer lead = project.addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        project.setActor(lead.id);
        round = project.createRound(QStringLiteral("Pilot")).value().id;
        project.setActor(alice.id);
        auto add = [&](Offset s, Offset e) {
            Coding coding;
            coding.recordId = record;
            coding.codeId = code;
            coding.span = {s, e};
            return project.addCoding(coding).value();
        };
        negative = add(0, 5);
        pastEnd = add(26, 35);
        inverted = add(6, 13);
        twice = add(14, 21);
        p->reset();

        auto db = db::Database::open(path, db::OpenMode::ReadWrite);
        ASSERT_TRUE(db.ok());
        const QByteArray sql =
            "PRAGMA ignore_check_constraints = ON;"
            "UPDATE codings SET start_pos = -3 WHERE id = '" + negative.id.toByteArray(QUuid::WithoutBraces) + "';"
            "UPDATE codings SET end_pos = 80 WHERE id = '" + pastEnd.id.toByteArray(QUuid::WithoutBraces) + "';"
            "UPDATE codings SET start_pos = 13, end_pos = 6 WHERE id = '" + inverted.id.toByteArray(QUuid::WithoutBraces) + "';"
            "INSERT INTO codings (id, record_id, code_id, reviewer_id, round_id, start_pos, end_pos, text_version, memo, "
            "created, modified) SELECT '" + twin.toByteArray(QUuid::WithoutBraces) + "', record_id, code_id, reviewer_id, "
            "round_id, start_pos, end_pos, text_version, memo, created, modified FROM codings WHERE id = '"
            + twice.id.toByteArray(QUuid::WithoutBraces) + "';"
            "UPDATE rounds SET phase = 'bogus';";
        ASSERT_TRUE(db->exec(sql.constData()).ok()) << db->lastError().toStdString();
    }

    static QString id(const QUuid &u) { return u.toString(QUuid::WithoutBraces); }
};

} // namespace

TEST_F(TamperedProject, CheckNamesEveryImpossibleRowAndPrintsNothingElse)
{
    const CliResult r = cli({QStringLiteral("check"), path});
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 1);
    const QString rec = id(record);
    QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The duplicate pair is named in either order.
    const QString duplicatesA = QStringLiteral("codings %1, %2 are duplicates: the same reviewer put the same code on "
                                               "[14, 21) of record %3").arg(id(twice.id), id(twin), rec);
    const QString duplicatesB = QStringLiteral("codings %1, %2 are duplicates: the same reviewer put the same code on "
                                               "[14, 21) of record %3").arg(id(twin), id(twice.id), rec);
    const bool hasDuplicates = lines.removeAll(duplicatesA) + lines.removeAll(duplicatesB) == 1;
    EXPECT_TRUE(hasDuplicates) << r.err.toStdString();
    const QStringList expected{
        QStringLiteral("coding %1 [26, 80) ends beyond the text of record %2 (35 characters)").arg(id(pastEnd.id), rec),
        QStringLiteral("coding %1 [-3, 5) on record %2 starts before the text (a negative start)").arg(id(negative.id), rec),
        QStringLiteral("coding %1 [13, 6) on record %2 ends where or before it starts").arg(id(inverted.id), rec),
        QStringLiteral("round %1 has an unknown phase \"bogus\" (expected independent, reconciliation or closed)")
            .arg(id(round)),
        QStringLiteral("dyad-cli: %1 has 5 problem(s).").arg(path),
    };
    EXPECT_EQ(lines, expected) << r.err.toStdString(); // and no Qt warning among them
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
}

TEST_F(TamperedProject, CodingsNeverReadsOutsideTheTextAndNamesTheBadCodings)
{
    const CliResult r = cli({QStringLiteral("codings"), path, QStringLiteral("--json")});
    ASSERT_FALSE(r.crashed) << "codings crashed on a span past the end of the text";
    EXPECT_EQ(r.exitCode, 1);
    for (const Coding *c : {&negative, &pastEnd, &inverted})
        EXPECT_TRUE(r.err.contains(id(c->id))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(id(twice.id))) << "a sound span was called bad";
    // What lies inside the text is shown, cut at its ends; an inverted span shows nothing.
    QMap<QString, QString> quotes;
    for (const QJsonValue &row : QJsonDocument::fromJson(r.out.toUtf8()).array())
        quotes.insert(row[QStringLiteral("id")].toString(), row[QStringLiteral("quote")].toString());
    EXPECT_EQ(quotes.value(id(negative.id)), QStringLiteral("Trust"));
    EXPECT_EQ(quotes.value(id(pastEnd.id)), QStringLiteral("families."));
    EXPECT_EQ(quotes.value(id(inverted.id), QStringLiteral("missing")), QString());
    EXPECT_EQ(quotes.value(id(twice.id)), QStringLiteral("workers"));
    EXPECT_EQ(quotes.value(id(twin)), QStringLiteral("workers"));

    const CliResult table = cli({QStringLiteral("codings"), path});
    ASSERT_FALSE(table.crashed);
    EXPECT_EQ(table.exitCode, 1);
    EXPECT_TRUE(table.out.contains(QStringLiteral("5 coding(s)"))) << table.out.toStdString();
    EXPECT_TRUE(table.err.contains(QStringLiteral("3 coding(s) do not fit their text"))) << table.err.toStdString();
}

TEST_F(TamperedProject, TheSameProblemsFromTheApi)
{
    auto p = openProject(path, true);
    ASSERT_TRUE(p.ok());
    const CheckReport report = (*p)->check();
    EXPECT_EQ(report.problems.size(), 5);
    EXPECT_TRUE(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("\"bogus\"")));
}

// The cycle and text-length checks printed "QString::arg: 1 argument(s) missing" beside
// their findings.
TEST_F(TamperedProject, ACycleInTheCodebookIsNamedWithoutQtWarnings)
{
    QUuid a, b;
    {
        auto p = openProject(path);
        ASSERT_TRUE(p.ok());
        Code ca, cb;
        ca.name = QStringLiteral("Alpha");
        cb.name = QStringLiteral("Beta");
        a = (*p)->createCode(ca).value().id;
        b = (*p)->createCode(cb).value().id;
    }
    auto db = db::Database::open(path, db::OpenMode::ReadWrite);
    ASSERT_TRUE(db.ok());
    const QByteArray sql = "UPDATE codes SET parent_id = '" + b.toByteArray(QUuid::WithoutBraces) + "' WHERE id = '"
        + a.toByteArray(QUuid::WithoutBraces) + "'; UPDATE codes SET parent_id = '" + a.toByteArray(QUuid::WithoutBraces)
        + "' WHERE id = '" + b.toByteArray(QUuid::WithoutBraces) + "'; UPDATE records SET text_length = 3;";
    ASSERT_TRUE(db->exec(sql.constData()).ok());
    const CliResult r = cli({QStringLiteral("check"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("code %1 is its own ancestor (a cycle in the codebook)").arg(id(a))));
    EXPECT_TRUE(r.err.contains(QStringLiteral("code %1 is its own ancestor (a cycle in the codebook)").arg(id(b))));
    EXPECT_TRUE(r.err.contains(QStringLiteral("record %1 has a stale text length").arg(id(record))));
    EXPECT_FALSE(r.err.contains(QStringLiteral("QString"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("%1"))) << r.err.toStdString();
}

// The segments table (CSV, XLSX, ...) never quotes outside a text: the bad spans are cut to the
// text ("Trust" and "families." as 'codings' shows them), the inverted one is left out, each is
// named, and the command exits 1 having written the rest.
TEST_F(TamperedProject, SegmentsExportCutsOrLeavesOutImpossibleSpansAndNamesThem)
{
    {
        auto p = openProject(path, true);
        ASSERT_TRUE(p.ok());
        QStringList warnings;
        const io::Sheet sheet = io::segmentsSheet(**p, {}, &warnings);
        const qsizetype idColumn = sheet.header.indexOf(QStringLiteral("Coding ID"));
        const qsizetype startColumn = sheet.header.indexOf(QStringLiteral("Start"));
        const qsizetype endColumn = sheet.header.indexOf(QStringLiteral("End"));
        const qsizetype quoteColumn = sheet.header.indexOf(QStringLiteral("Quote"));
        ASSERT_GE(std::min({idColumn, startColumn, endColumn, quoteColumn}), 0);
        QMap<QString, QString> rows; // coding id -> "start end quote"
        for (const QVariantList &row : sheet.rows)
            rows.insert(row[idColumn].toString(), QStringLiteral("%1 %2 %3")
                                                       .arg(row[startColumn].toString(), row[endColumn].toString(),
                                                            row[quoteColumn].toString()));
        const QMap<QString, QString> expected{
            {id(negative.id), QStringLiteral("0 5 Trust")},
            {id(pastEnd.id), QStringLiteral("26 35 families.")},
            {id(twice.id), QStringLiteral("14 21 workers")},
            {id(twin), QStringLiteral("14 21 workers")},
        };
        EXPECT_EQ(rows, expected);
        ASSERT_EQ(warnings.size(), 3) << warnings.join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(warnings[0].contains(id(negative.id)) || warnings[1].contains(id(negative.id))
                    || warnings[2].contains(id(negative.id)));
        const QString all = warnings.join(QLatin1Char('\n'));
        EXPECT_TRUE(all.contains(QStringLiteral("coding %1 has the span [13, 6)").arg(id(inverted.id))));
        EXPECT_TRUE(all.contains(QStringLiteral("left out"))) << all.toStdString();
        EXPECT_TRUE(all.contains(QStringLiteral("coding %1 has the span [26, 80)").arg(id(pastEnd.id))));
        EXPECT_TRUE(all.contains(QStringLiteral("exported as [26, 35)"))) << all.toStdString();
    }

    const QString out = dir.filePath(QStringLiteral("segments.csv"));
    const CliResult r = cli({QStringLiteral("export"), QStringLiteral("segments"), path, out});
    ASSERT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 1);
    for (const Coding *c : {&negative, &pastEnd, &inverted})
        EXPECT_TRUE(r.err.contains(id(c->id))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(id(twice.id))) << "a sound span was called bad";
    EXPECT_TRUE(r.err.contains(QStringLiteral("3 coding(s) do not fit their text"))) << r.err.toStdString();
    QFile csv(out);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << "the rest was not written";
    const QString written = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(written.contains(id(negative.id)));
    EXPECT_FALSE(written.contains(id(inverted.id))) << "an empty quote was written";
    EXPECT_FALSE(written.contains(QStringLiteral(",-3,"))) << written.toStdString();
    EXPECT_FALSE(written.contains(QStringLiteral(",80,"))) << written.toStdString();
}

// The .qdpx the command writes holds no PlainTextSelection outside its 35-character source.
TEST_F(TamperedProject, QdpxExportNeverWritesAnOffsetOutsideTheText)
{
    const QString out = dir.filePath(QStringLiteral("tampered.qdpx"));
    const CliResult r = cli({QStringLiteral("export"), QStringLiteral("qdpx"), path, out});
    ASSERT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 1);
    for (const Coding *c : {&negative, &pastEnd, &inverted})
        EXPECT_TRUE(r.err.contains(id(c->id))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("3 coding(s) do not fit their text"))) << r.err.toStdString();

    auto zip = io::SafeZip::open(out);
    ASSERT_TRUE(zip.ok()) << zip.error().toStdString();
    auto qde = (*zip)->read(QStringLiteral("project.qde"));
    ASSERT_TRUE(qde.ok());
    QMap<QString, QString> selections; // coding GUID -> "start end name"
    QXmlStreamReader xml(*qde);
    QString start, end, name;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("PlainTextSelection")) {
            start = xml.attributes().value(QLatin1String("startPosition")).toString();
            end = xml.attributes().value(QLatin1String("endPosition")).toString();
            name = xml.attributes().value(QLatin1String("name")).toString();
        } else if (xml.name() == QLatin1String("Coding")) {
            selections.insert(xml.attributes().value(QLatin1String("guid")).toString().toLower(),
                              QStringLiteral("%1 %2 %3").arg(start, end, name));
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    const QMap<QString, QString> expected{
        {id(negative.id), QStringLiteral("0 5 Trust")},
        {id(pastEnd.id), QStringLiteral("26 35 families.")},
        {id(twice.id), QStringLiteral("14 21 workers")},
        {id(twin), QStringLiteral("14 21 workers")},
    };
    EXPECT_EQ(selections, expected);
}

TEST_F(TamperedProject, QdpxOfADamagedFileStillValidatesAgainstTheRefiSchema)
{
    const QString xsd = dyad::testing::refiDir() + QStringLiteral("/Project.xsd");
    if (!QFile::exists(xsd))
        GTEST_SKIP() << "the REFI-QDA schema (../shared/refi-qda/Project.xsd) is absent: would have checked with "
                        "xmllint that the project.qde of a file with impossible spans is valid (no negative offset)";
    auto p = openProject(path, true);
    ASSERT_TRUE(p.ok());
    io::ExportReport report;
    const QByteArray qde = io::projectQdeXml(**p, &report);
    EXPECT_EQ(report.codings, 4);
    EXPECT_EQ(report.spanProblems.size(), 3);
    EXPECT_EQ(dyad::testing::xsdProblems(qde, xsd, dir.path()), std::string());
}
