// dyad-cli as a user runs it, in real processes on a real project file: the agreement command
// and the agreement report give one answer; every command names a record the same way; the
// analysis reports default to every reviewer until a consensus exists; `stats` prints the
// multi-rater coefficients.
#include "clirun.h"

#include "core/io/demoproject.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace dyad::core;
using dyad::test::cli;
using dyad::test::CliRun;

namespace {

struct CliAgreement : ::testing::Test
{
    QTemporaryDir dir;
    QString path;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.dyad"));
        const CliRun demo = cli({QStringLiteral("demo"), path});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
};

double at(const QJsonObject &o, const QStringList &keys)
{
    QJsonValue v = o;
    for (const QString &k : keys)
        v = v.toObject().value(k);
    return v.toDouble(std::nan(""));
}

} // namespace

// The issue: on the demo `agreement` printed character κ 0.603 and p_o 99.1 %, the report
// 0.601 and 98.8 % (one of them summed codebook nodes nobody applied into the pool). Both now
// come from one engine: the figures are identical, not merely close.
TEST_F(CliAgreement, CommandAndReportGiveTheSamePooledFiguresAndTrend)
{
    const CliRun command = cli({QStringLiteral("agreement"), path, QStringLiteral("--unit"), QStringLiteral("all"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(command.exitCode, 0) << command.err.toStdString();
    const CliRun report = cli({QStringLiteral("report"), QStringLiteral("agreement"), path, QStringLiteral("--format"),
                            QStringLiteral("json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    const QJsonObject c = command.json().value(QStringLiteral("pairs")).toArray().first().toObject();
    const QJsonObject r = report.json().value(QStringLiteral("pairs")).toArray().first().toObject();
    ASSERT_FALSE(c.isEmpty());
    ASSERT_FALSE(r.isEmpty());
    const QJsonObject cp = c.value(QStringLiteral("pooled")).toObject().value(QStringLiteral("units")).toObject();
    const QJsonObject rp = r.value(QStringLiteral("pooled")).toObject();
    for (const auto &[cmdUnit, reportUnit] : {std::pair{QStringLiteral("character"), QStringLiteral("character")},
                                              std::pair{QStringLiteral("record"), QStringLiteral("record")},
                                              std::pair{QStringLiteral("token"), QStringLiteral("token")},
                                              std::pair{QStringLiteral("character-coded"), QStringLiteral("characterCodedOnly")}}) {
        SCOPED_TRACE(cmdUnit.toStdString());
        const double kappa = at(cp, {cmdUnit, QStringLiteral("kappa")});
        ASSERT_TRUE(std::isfinite(kappa));
        EXPECT_EQ(kappa, at(rp, {reportUnit, QStringLiteral("kappa")}));
        EXPECT_EQ(at(cp, {cmdUnit, QStringLiteral("observed")}), at(rp, {reportUnit, QStringLiteral("percentAgreement")}));
        EXPECT_EQ(at(cp, {cmdUnit, QStringLiteral("d")}), at(rp, {reportUnit, QStringLiteral("counts"), QStringLiteral("d")}));
    }
    EXPECT_EQ(at(cp, {QStringLiteral("segment"), QStringLiteral("score")}),
              at(rp, {QStringLiteral("segment"), QStringLiteral("score")}));
    // Codes nobody applied are left out of the pool (docs/agreement.md): the pooled record table
    // has one unit per compared record and code somebody applied.
    const int codes = c.value(QStringLiteral("codes")).toArray().size();
    const int records = command.json().value(QStringLiteral("records")).toInt();
    ASSERT_GT(codes, 0);
    const double n = at(cp, {QStringLiteral("record"), QStringLiteral("a")}) + at(cp, {QStringLiteral("record"), QStringLiteral("b")})
        + at(cp, {QStringLiteral("record"), QStringLiteral("c")}) + at(cp, {QStringLiteral("record"), QStringLiteral("d")});
    EXPECT_EQ(n, double(codes) * records);
    EXPECT_EQ(r.value(QStringLiteral("codes")).toArray().size(), codes);

    // The trend across rounds is the command run per round.
    const QJsonArray trend = report.json().value(QStringLiteral("trend")).toArray();
    ASSERT_EQ(trend.size(), 2);
    for (const QJsonValue &v : trend) {
        const QJsonObject t = v.toObject();
        const QString round = t.value(QStringLiteral("round")).toString();
        SCOPED_TRACE(round.toStdString());
        const CliRun perRound = cli({QStringLiteral("agreement"), path, QStringLiteral("--round"), round, QStringLiteral("--unit"),
                                  QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(perRound.exitCode, 0) << perRound.err.toStdString();
        const QJsonObject pooled = perRound.json().value(QStringLiteral("pairs")).toArray().first().toObject()
                                       .value(QStringLiteral("pooled")).toObject().value(QStringLiteral("units")).toObject();
        EXPECT_EQ(t.value(QStringLiteral("characterKappa")).toDouble(), at(pooled, {QStringLiteral("character"), QStringLiteral("kappa")}));
        EXPECT_EQ(t.value(QStringLiteral("recordKappa")).toDouble(), at(pooled, {QStringLiteral("record"), QStringLiteral("kappa")}));
        EXPECT_EQ(t.value(QStringLiteral("records")).toInt(), perRound.json().value(QStringLiteral("records")).toInt());
    }
}

// The segment curve (score at overlap thresholds 0.1 … 1.0) is in the command's JSON for every
// scope, and in the report (a table and an SVG chart). A looser rule can only match more.
TEST_F(CliAgreement, SegmentCurveIsInTheJsonAndTheReport)
{
    const CliRun command = cli({QStringLiteral("agreement"), path, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(command.exitCode, 0) << command.err.toStdString();
    const QJsonObject pooled = command.json().value(QStringLiteral("pairs")).toArray().first().toObject().value(QStringLiteral("pooled")).toObject();
    const QJsonArray curve = pooled.value(QStringLiteral("segmentCurve")).toArray();
    ASSERT_EQ(curve.size(), 10);
    EXPECT_DOUBLE_EQ(curve.first().toObject().value(QStringLiteral("threshold")).toDouble(), 0.1);
    EXPECT_DOUBLE_EQ(curve.last().toObject().value(QStringLiteral("threshold")).toDouble(), 1.0);
    for (int i = 1; i < curve.size(); ++i)
        EXPECT_LE(curve[i].toObject().value(QStringLiteral("matched")).toDouble(),
                  curve[i - 1].toObject().value(QStringLiteral("matched")).toDouble());
    // At 0.9 (the default rule) the curve is the segment figure itself.
    const CliRun seg = cli({QStringLiteral("agreement"), path, QStringLiteral("--unit"), QStringLiteral("segment"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject segPooled = seg.json().value(QStringLiteral("pairs")).toArray().first().toObject().value(QStringLiteral("pooled")).toObject();
    EXPECT_EQ(curve[8].toObject().value(QStringLiteral("matched")).toDouble(),
              at(segPooled, {QStringLiteral("units"), QStringLiteral("segment"), QStringLiteral("matched")}));

    const QString html = dir.filePath(QStringLiteral("agreement.html"));
    const CliRun report = cli({QStringLiteral("report"), QStringLiteral("agreement"), path, QStringLiteral("--out"), html});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    QFile f(html);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Segment agreement by overlap threshold")));
    EXPECT_TRUE(text.contains(QStringLiteral("src=\"data:image/svg+xml;base64,")));
    const QString pooledRow = QStringLiteral("<td>All codes pooled</td><td class=\"n\">%1</td>")
                                  .arg(QString::number(curve.first().toObject().value(QStringLiteral("score")).toDouble(), 'f', 3));
    EXPECT_TRUE(text.contains(pooledRow)) << pooledRow.toStdString();
}

// `codings --record 1` took a list number, `reconcile queue --record 1` refused it; `decide`
// took a key prefix, `undo` refused a decision-id prefix. Now one resolver serves them all.
TEST_F(CliAgreement, EveryCommandNamesARecordAndADecisionTheSameWay)
{
    QString firstId;
    {
        auto project = openProject(path, true);
        ASSERT_TRUE(project.ok());
        firstId = uuidText((*project)->recordSummaries().front().id);
    }
    const QStringList queue{QStringLiteral("reconcile"), QStringLiteral("queue"), path, QStringLiteral("--reviewers"),
                            QStringLiteral("Alice,Bob"), QStringLiteral("--round"), QStringLiteral("Pilot"), QStringLiteral("--json")};
    const CliRun all = cli(queue);
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    int onFirst = 0;
    for (const QJsonValue &v : all.jsonArray())
        onFirst += v.toObject().value(QStringLiteral("record")).toString() == firstId ? 1 : 0;
    ASSERT_GT(onFirst, 0);
    ASSERT_LT(onFirst, all.jsonArray().size());
    for (const QString &name : {QStringLiteral("1"), firstId, firstId.left(8), firstId.left(4).toUpper()}) {
        SCOPED_TRACE(name.toStdString());
        const CliRun one = cli(queue + QStringList{QStringLiteral("--record"), name});
        ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
        EXPECT_EQ(one.jsonArray().size(), onFirst);
        for (const QJsonValue &v : one.jsonArray())
            EXPECT_EQ(v.toObject().value(QStringLiteral("record")).toString(), firstId);
        const CliRun codings = cli({QStringLiteral("codings"), path, QStringLiteral("--record"), name});
        EXPECT_EQ(codings.exitCode, 0) << codings.err.toStdString();
    }
    const CliRun none = cli(queue + QStringList{QStringLiteral("--record"), QStringLiteral("99")});
    EXPECT_NE(none.exitCode, 0);
    EXPECT_TRUE(none.err.contains(QStringLiteral("no record \"99\""))) << none.err.toStdString();
    EXPECT_TRUE(none.err.contains(QStringLiteral("1–12"))) << none.err.toStdString();
    const CliRun tooShort = cli({QStringLiteral("codings"), path, QStringLiteral("--record"), firstId.left(3)});
    EXPECT_NE(tooShort.exitCode, 0);

    // decide on the first record's first group, then undo it by a prefix of the decision id
    const QString key = cli(queue + QStringList{QStringLiteral("--record"), QStringLiteral("1")})
                            .jsonArray().first().toObject().value(QStringLiteral("key")).toString();
    const CliRun decide = cli({QStringLiteral("reconcile"), QStringLiteral("decide"), path, key.left(6), QStringLiteral("--reviewers"),
                            QStringLiteral("Alice,Bob"), QStringLiteral("--round"), QStringLiteral("Pilot"),
                            QStringLiteral("--outcome"), QStringLiteral("both"), QStringLiteral("--as"), QStringLiteral("Lena"),
                            QStringLiteral("--json")});
    ASSERT_EQ(decide.exitCode, 0) << decide.err.toStdString();
    const QString decision = decide.json().value(QStringLiteral("decision")).toString();
    ASSERT_EQ(decision.size(), 36);
    const CliRun badUndo = cli({QStringLiteral("reconcile"), QStringLiteral("undo"), path, QStringLiteral("zz"), QStringLiteral("--as"),
                             QStringLiteral("Lena")});
    EXPECT_NE(badUndo.exitCode, 0);
    EXPECT_TRUE(badUndo.err.contains(QStringLiteral("not a decision id"))) << badUndo.err.toStdString();
    const CliRun undo = cli({QStringLiteral("reconcile"), QStringLiteral("undo"), path, decision.left(8), QStringLiteral("--as"),
                          QStringLiteral("Lena")});
    ASSERT_EQ(undo.exitCode, 0) << undo.err.toStdString();
    EXPECT_TRUE(undo.outText().contains(QStringLiteral("Undid 1 decision(s)"))) << undo.outText().toStdString();
}

// `report frequencies` read the empty Consensus by default and printed zeros on a project not
// reconciled yet. It now reads every reviewer until the Consensus has a coding, and says so.
TEST_F(CliAgreement, ReportsDefaultToEveryReviewerUntilAConsensusExists)
{
    const QStringList freq{QStringLiteral("report"), QStringLiteral("frequencies"), path, QStringLiteral("--format"),
                           QStringLiteral("json")};
    const CliRun before = cli(freq);
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_TRUE(before.err.contains(QStringLiteral("Layer: every reviewer (Alice, Bob): the Consensus has no codings yet")))
        << before.err.toStdString();
    EXPECT_EQ(before.json().value(QStringLiteral("layers")).toArray(), (QJsonArray{QStringLiteral("Alice"), QStringLiteral("Bob")}));
    double codings = 0;
    for (const QJsonValue &row : before.json().value(QStringLiteral("codes")).toArray())
        for (const QJsonValue &cell : row.toObject().value(QStringLiteral("counts")).toArray())
            codings += cell.toObject().value(QStringLiteral("codings")).toDouble();
    EXPECT_GT(codings, 0);
    const CliRun words = cli({QStringLiteral("report"), QStringLiteral("words"), path});
    ASSERT_EQ(words.exitCode, 0) << words.err.toStdString();
    EXPECT_FALSE(words.outText().contains(QStringLiteral("0 words counted"))) << words.outText().toStdString();
    EXPECT_TRUE(words.err.contains(QStringLiteral("every reviewer")));

    // the exact agreements of the pilot go into the consensus: from now on it is the default
    const CliRun accept = cli({QStringLiteral("reconcile"), QStringLiteral("auto-accept"), path, QStringLiteral("--reviewers"),
                            QStringLiteral("Alice,Bob"), QStringLiteral("--round"), QStringLiteral("Pilot"),
                            QStringLiteral("--as"), QStringLiteral("Lena")});
    ASSERT_EQ(accept.exitCode, 0) << accept.err.toStdString();
    const CliRun after = cli(freq);
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_TRUE(after.err.contains(QStringLiteral("Layer: Consensus"))) << after.err.toStdString();
    EXPECT_EQ(after.json().value(QStringLiteral("layers")).toArray().size(), 1);
    // naming a layer still works and is not announced
    const CliRun alice = cli(freq + QStringList{QStringLiteral("--layer"), QStringLiteral("Alice")});
    EXPECT_EQ(alice.exitCode, 0);
    EXPECT_FALSE(alice.err.contains(QStringLiteral("Layer:")));
}

// `stats` on Gwet's (2014) 4 raters × 12 subjects with missing ratings (see
// test_agreement_multirater.cpp for the published figures): AC1 0.775, and with --level
// ordinal the weighted AC2 (quadratic 0.914).
TEST(CliStats, MultiRaterCoefficientsWithMissingRatings)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("ratings.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        const std::vector<std::vector<int>> byRater = {{1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
                                                       {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 0},
                                                       {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3},
                                                       {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0}};
        QByteArray text = "unit,rater,value\n";
        for (size_t r = 0; r < byRater.size(); ++r)
            for (size_t u = 0; u < 12; ++u)
                text += QStringLiteral("%1,R%2,%3\n")
                            .arg(u + 1)
                            .arg(r + 1)
                            .arg(byRater[r][u] ? QString::number(byRater[r][u]) : QString())
                            .toUtf8();
        f.write(text);
    }
    const CliRun nominal = cli({QStringLiteral("stats"), csv, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(nominal.exitCode, 0) << nominal.err.toStdString();
    const QJsonObject m = nominal.json().value(QStringLiteral("multiRater")).toArray().first().toObject();
    EXPECT_NEAR(at(m, {QStringLiteral("ac1"), QStringLiteral("value")}), 0.775, 0.0005);
    EXPECT_NEAR(at(m, {QStringLiteral("ac1"), QStringLiteral("se")}), 0.143, 0.0005);
    EXPECT_NEAR(at(m, {QStringLiteral("fleissKappa"), QStringLiteral("value")}), 0.761, 0.0005);
    EXPECT_TRUE(m.value(QStringLiteral("missingRatings")).toBool());
    const CliRun ordinal = cli({QStringLiteral("stats"), csv, QStringLiteral("--level"), QStringLiteral("ordinal")});
    ASSERT_EQ(ordinal.exitCode, 0) << ordinal.err.toStdString();
    EXPECT_TRUE(ordinal.outText().contains(QStringLiteral("Gwet's AC2, quadratic weights")));
    EXPECT_TRUE(ordinal.outText().contains(QStringLiteral("0.9140"))) << ordinal.outText().toStdString();
}

// docs/analysis.md shows `report words --top 50 --out words.csv`: --top cuts CSV and JSON too
// (it was ignored there); without it they carry every word.
TEST_F(CliAgreement, TopCutsEveryFormatOfTheWordReport)
{
    const QStringList words{QStringLiteral("report"), QStringLiteral("words"), path, QStringLiteral("--all-text")};
    const CliRun all = cli(words + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const int everyWord = all.json().value(QStringLiteral("words")).toArray().size();
    ASSERT_GT(everyWord, 30);
    const CliRun top = cli(words + QStringList{QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(top.exitCode, 0);
    const QJsonArray five = top.json().value(QStringLiteral("words")).toArray();
    ASSERT_EQ(five.size(), 5);
    EXPECT_EQ(five.first(), all.json().value(QStringLiteral("words")).toArray().first());
    const CliRun csv = cli(words + QStringList{QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_EQ(csv.outText().trimmed().split(QLatin1Char('\n')).size(), 6) << csv.outText().toStdString(); // header + 5
}

// docs/agreement.md §1: `agreement` shows one view per run (all text by default, coded text with
// --coded-only, the Jaccard in its JSON); the report shows all three.
TEST_F(CliAgreement, OneViewPerCommandRunAllThreeInTheReport)
{
    const CliRun plain = cli({QStringLiteral("agreement"), path});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.outText().contains(QStringLiteral("unit character: every code point")));
    EXPECT_FALSE(plain.outText().contains(QStringLiteral("character (coded only)")));
    const CliRun coded = cli({QStringLiteral("agreement"), path, QStringLiteral("--coded-only")});
    EXPECT_TRUE(coded.outText().contains(QStringLiteral("unit character (coded only)")));
    EXPECT_FALSE(coded.outText().contains(QStringLiteral("unit character: every code point")));
    const CliRun json = cli({QStringLiteral("agreement"), path, QStringLiteral("--format"), QStringLiteral("json")});
    const double jaccard = at(json.json().value(QStringLiteral("pairs")).toArray().first().toObject(),
                              {QStringLiteral("pooled"), QStringLiteral("units"), QStringLiteral("character"), QStringLiteral("jaccard")});
    // Jaccard = a / (a + b + c) of the pooled character table
    const QJsonObject ch = json.json().value(QStringLiteral("pairs")).toArray().first().toObject()
                               .value(QStringLiteral("pooled")).toObject().value(QStringLiteral("units")).toObject()
                               .value(QStringLiteral("character")).toObject();
    const double a = ch.value(QStringLiteral("a")).toDouble(), b = ch.value(QStringLiteral("b")).toDouble(),
                 c = ch.value(QStringLiteral("c")).toDouble();
    EXPECT_DOUBLE_EQ(jaccard, a / (a + b + c));
    const CliRun html = cli({QStringLiteral("report"), QStringLiteral("agreement"), path, QStringLiteral("--format"), QStringLiteral("html")});
    ASSERT_EQ(html.exitCode, 0);
    EXPECT_TRUE(html.outText().contains(QStringLiteral("<td>Characters</td>")));
    EXPECT_TRUE(html.outText().contains(QStringLiteral("<td>Characters (coded text only)</td>")));
    EXPECT_TRUE(html.outText().contains(QStringLiteral("<th>Jaccard</th>")));
}
