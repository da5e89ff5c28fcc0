// Two windows or processes changing the same coding or memo of one project file: the first
// change stands, the second is refused with a message saying what changed, who changed it
// and when, and nothing of the first is overwritten. Two Project objects on one file are two
// connections, as two `dyad` windows are; dyad-cli runs as a real second process.

#include "clirun.h"

#include "core/model/project.h"
#include "core/open/open.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using dyad::test::cli;
using dyad::test::CliRun;

namespace {

struct RowVersionTest : ::testing::Test
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Project> here, there; // two windows on one file
    Reviewer alice, lena;
    QUuid record;
    Code trust;
    Coding coding;

    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("memo.dyad"));
        here = createProject(path).value();
        alice = here->addReviewer(QStringLiteral("Alice")).value();
        lena = here->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        Record r;
        r.title = QStringLiteral("Trust in village health workers");
        r.text = QStringLiteral("Village health workers build trust with mothers.");
        record = here->addRecords({r}).value().front();
        here->setActor(alice.id);
        Code c;
        c.name = QStringLiteral("Trust");
        trust = here->createCode(c).value();
        Coding k;
        k.recordId = record;
        k.codeId = trust.id;
        k.span = {29, 34}; // "trust"
        coding = here->addCoding(k).value();
        auto opened = openProject(path);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        there = std::move(opened).value();
        there->setActor(alice.id);
    }
};

} // namespace

TEST_F(RowVersionTest, EveryChangeOfACodingRaisesItsVersion)
{
    const qint64 first = here->coding(coding.id)->version;
    EXPECT_EQ(first, 1);
    ASSERT_TRUE(here->updateCodingMemo(coding.id, QStringLiteral("mothers' trust")).ok());
    EXPECT_EQ(there->coding(coding.id)->version, 2);
    ASSERT_TRUE(here->updateCodingSpan(coding.id, {23, 34}).ok());
    EXPECT_EQ(there->coding(coding.id)->version, 3);
    EXPECT_EQ(there->codings({record, {}, {}, {}}).front().version, 3);
}

TEST_F(RowVersionTest, SecondWindowEditingACodingMemoIsRefusedAndTheFirstStands)
{
    // Both windows show the coding as it is now.
    const qint64 seen = there->coding(coding.id)->version;
    ASSERT_EQ(here->coding(coding.id)->version, seen);
    ASSERT_TRUE(here->updateCodingMemo(coding.id, QStringLiteral("trust is earned"), seen).ok());
    const Status late = there->updateCodingMemo(coding.id, QStringLiteral("trust is given"), seen);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.errorKind(), ErrorKind::Conflict);
    EXPECT_TRUE(late.error().startsWith(QStringLiteral("You changed the memo of the coding \"Trust\" on \"Trust in "
                                                       "village health workers\" in another window or program at ")))
        << late.error().toStdString();
    EXPECT_TRUE(late.error().endsWith(QStringLiteral("Your text was not saved."))) << late.error().toStdString();
    EXPECT_EQ(here->coding(coding.id)->memo, QStringLiteral("trust is earned"));
    int memoEdits = 0;
    for (const AuditEntry &e : here->auditLog())
        memoEdits += e.action == QStringLiteral("coding.memo") ? 1 : 0;
    EXPECT_EQ(memoEdits, 1);
    // Made again on what is there now, the change goes through.
    EXPECT_TRUE(there->updateCodingMemo(coding.id, QStringLiteral("trust is given"), seen + 1).ok());
}

TEST_F(RowVersionTest, ALeadMovingTheSpanIsNamedInTheReviewersMessage)
{
    const qint64 seen = there->coding(coding.id)->version;
    here->setActor(lena.id);
    ASSERT_TRUE(here->updateCodingSpan(coding.id, {23, 34}, seen).ok());
    const Status late = there->updateCodingCode(coding.id, trust.id, seen);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.errorKind(), ErrorKind::Conflict);
    EXPECT_TRUE(late.error().startsWith(QStringLiteral("Lena changed the span of the coding \"Trust\" on \"Trust in "
                                                       "village health workers\" at ")))
        << late.error().toStdString();
    EXPECT_TRUE(late.error().endsWith(QStringLiteral("after you read it. Your change was not saved.")))
        << late.error().toStdString();
    EXPECT_EQ(here->coding(coding.id)->span, (Span{23, 34}));
}

TEST_F(RowVersionTest, SecondWindowWritingARecordMemoIsRefusedAndTheFirstStands)
{
    const RecordMemo none = there->recordMemoWithVersion(record);
    EXPECT_EQ(none.version, 0);
    auto first = here->setRecordMemo(record, QStringLiteral("Ask Lena about scope."), none.version);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(*first, 1);
    // The second window still thinks there is no memo.
    auto late = there->setRecordMemo(record, QStringLiteral("Out of scope: no mothers."), none.version);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.errorKind(), ErrorKind::Conflict);
    EXPECT_TRUE(late.error().startsWith(QStringLiteral("You changed your memo on \"Trust in village health workers\" "
                                                       "in another window or program at ")))
        << late.error().toStdString();
    EXPECT_EQ(there->recordMemo(record), QStringLiteral("Ask Lena about scope."));
    // On top of what is there now it goes through, and the versions go on counting.
    auto again = there->setRecordMemo(record, QStringLiteral("Out of scope: no mothers."), 1);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(*again, 2);
    EXPECT_EQ(here->recordMemoWithVersion(record).text, QStringLiteral("Out of scope: no mothers."));
    // Removing a memo someone changed meanwhile is refused as well.
    auto remove = here->setRecordMemo(record, QString(), 1);
    ASSERT_FALSE(remove.ok());
    EXPECT_EQ(remove.errorKind(), ErrorKind::Conflict);
    EXPECT_EQ(there->recordMemo(record), QStringLiteral("Out of scope: no mothers."));
}

TEST_F(RowVersionTest, CliWriteOnAStaleVersionIsRefusedAndPrintsTheText)
{
    // dyad-cli reads the memo in one process, this test's window changes it, then a second
    // dyad-cli process writes on the version the first one read.
    ASSERT_TRUE(here->setRecordMemo(record, QStringLiteral("first draft"), 0).ok());
    here.reset();
    there.reset();
    const CliRun read = cli({QStringLiteral("memo"), path, QStringLiteral("1"), QStringLiteral("--as"),
                             QStringLiteral("Alice"), QStringLiteral("--json")});
    ASSERT_EQ(read.exitCode, 0) << read.err.toStdString();
    const QJsonObject shown = QJsonDocument::fromJson(read.outText().toUtf8()).object();
    EXPECT_EQ(shown.value(QStringLiteral("text")).toString(), QStringLiteral("first draft"));
    const qint64 version = shown.value(QStringLiteral("version")).toInteger();
    EXPECT_EQ(version, 1);

    auto window = openProject(path).value();
    window->setActor(alice.id);
    ASSERT_TRUE(window->setRecordMemo(record, QStringLiteral("second draft, from the window"), version).ok());

    const CliRun late = cli({QStringLiteral("memo"), path, QStringLiteral("1"), QStringLiteral("--as"),
                             QStringLiteral("Alice"), QStringLiteral("--set"), QStringLiteral("draft from a script"),
                             QStringLiteral("--if-version"), QString::number(version)});
    EXPECT_EQ(late.exitCode, 1);
    EXPECT_TRUE(late.err.contains(QStringLiteral("You changed your memo on \"Trust in village health workers\" in "
                                                 "another window or program at ")))
        << late.err.toStdString();
    EXPECT_TRUE(late.err.contains(QStringLiteral("Your text was:\ndraft from a script\n"))) << late.err.toStdString();
    EXPECT_EQ(window->recordMemo(record), QStringLiteral("second draft, from the window"));

    // On the version it now reads, the script's write goes through.
    const CliRun ok = cli({QStringLiteral("memo"), path, QStringLiteral("1"), QStringLiteral("--as"),
                           QStringLiteral("Alice"), QStringLiteral("--set"), QStringLiteral("draft from a script"),
                           QStringLiteral("--if-version"), QStringLiteral("2")});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_EQ(window->recordMemo(record), QStringLiteral("draft from a script"));
}

TEST_F(RowVersionTest, CliCodingMemoOnAStaleVersionIsRefused)
{
    const qint64 seen = coding.version;
    ASSERT_TRUE(here->updateCodingMemo(coding.id, QStringLiteral("from the window"), seen).ok());
    here.reset();
    there.reset();
    const CliRun late = cli({QStringLiteral("memo"), path, QStringLiteral("--coding"), coding.id.toString(),
                             QStringLiteral("--as"), QStringLiteral("Alice"), QStringLiteral("--set"),
                             QStringLiteral("from a script"), QStringLiteral("--if-version"), QString::number(seen)});
    EXPECT_EQ(late.exitCode, 1);
    EXPECT_TRUE(late.err.contains(QStringLiteral("the memo of the coding \"Trust\""))) << late.err.toStdString();
    EXPECT_TRUE(late.err.contains(QStringLiteral("Your text was:\nfrom a script"))) << late.err.toStdString();
    const CliRun read = cli({QStringLiteral("memo"), path, QStringLiteral("--coding"), coding.id.toString(),
                             QStringLiteral("--as"), QStringLiteral("Alice")});
    EXPECT_EQ(read.outText().trimmed(), QStringLiteral("from the window"));
}
