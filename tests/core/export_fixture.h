#pragma once

// Shared fixture for the export, REFI-QDA and merge suites: a small coded project whose
// texts mix Latin, CJK, an emoji and a supplementary-plane ideograph (U+20000), so every
// offset path is exercised with characters that take two UTF-16 units.

#include "core/model/project.h"
#include "core/open/open.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace dyad::testing {

using namespace dyad::core;

struct CodedProjectFixture : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Reviewer alice, bob, lead, consensus;
    Code governance, trust, mutualTrust, access, cost;
    QUuid r1, r2, r3;
    Coding a1, a2, b1, c1, a3;

    // Record 2: "患者信任 😀 社区 𠀀 workers trust." — 😀 and 𠀀 are two UTF-16 units each.
    static QString cjkText()
    {
        return QStringLiteral("患者信任 \U0001F600 社区 \U00020000 workers trust.");
    }

    QString path(const QString &name) const { return dir.filePath(name); }

    void SetUp() override
    {
        auto p = createProject(path(QStringLiteral("source.dyad")), QStringLiteral("Trust review"));
        ASSERT_TRUE(p.ok()) << p.error().toStdString();
        project = std::move(p).value();
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        lead = project->addReviewer(QStringLiteral("Lena"), ReviewerRole::Lead).value();
        consensus = project->consensusReviewer();

        Record a, b, c;
        a.title = QStringLiteral("Community health workers and trust");
        a.text = QStringLiteral("Community health workers build trust with families.\nCost was a barrier.");
        a.authors = QStringList{QStringLiteral("Ng, Amy"), QStringLiteral("Osei, Kwame")};
        a.year = 2021;
        a.journal = QStringLiteral("BMJ Global Health");
        a.doi = QStringLiteral("10.1136/bmjgh-2020-000001");
        a.pmid = QStringLiteral("33000001");
        a.keywords = QStringList{QStringLiteral("trust"), QStringLiteral("cost")};
        a.language = QStringLiteral("en");
        b.title = QStringLiteral("社区卫生工作者");
        b.text = cjkText();
        b.language = QStringLiteral("zh");
        c.title = QStringLiteral("Uncoded record");
        c.text = QStringLiteral("=SUM(A1) nothing coded here.");
        const auto ids = project->addRecords({a, b, c}).value();
        r1 = ids[0];
        r2 = ids[1];
        r3 = ids[2];

        project->setActor(lead.id);
        governance = makeCode(QStringLiteral("Governance"), {}, QStringLiteral("#3366cc"));
        trust = makeCode(QStringLiteral("Trust"), governance.id, QStringLiteral("#22aa44"));
        Code m;
        m.name = QStringLiteral("Mutual trust");
        m.parentId = trust.id;
        m.color = QStringLiteral("#aa2244");
        m.definition = QStringLiteral("Trust that runs both ways between workers and families.");
        m.useWhen = QStringLiteral("Both sides are said to trust each other.");
        m.doNotUseWhen = QStringLiteral("Only one side trusts.");
        m.example = QStringLiteral("\"they trusted us and we trusted them\"");
        m.memo = QStringLiteral("Merged from 'two-way trust' in round 1.");
        mutualTrust = project->createCode(m).value();
        access = makeCode(QStringLiteral("Access"), {}, QStringLiteral("#ff8800"));
        cost = makeCode(QStringLiteral("Cost"), access.id, QStringLiteral("#996633"));

        a1 = code(alice, mutualTrust, r1, 25, 36, QStringLiteral("clear case"));   // "build trust"
        a2 = code(alice, cost, r1, 52, 56, QString());                              // "Cost"
        b1 = code(bob, mutualTrust, r1, 25, 50, QString());                         // "build trust with families"
        // Offsets in code points over record 2: 患者信任(0-4) ' ' 😀(5) ' ' 社区(7-9) ' ' 𠀀(10) ' ' workers(12-19)
        a3 = code(alice, trust, r2, 5, 11, QStringLiteral("emoji → 𠀀"));          // "😀 社区 𠀀"
        c1 = code(consensus, mutualTrust, r1, 25, 36, QStringLiteral("agreed"));
        project->setActor(alice.id);
        ASSERT_TRUE(project->setRecordMemo(r1, QStringLiteral("Alice's note on record 1")).ok());
        project->setActor(QUuid());
    }

    Code makeCode(const QString &name, const QUuid &parent, const QString &color)
    {
        Code c;
        c.name = name;
        c.parentId = parent;
        c.color = color;
        auto created = project->createCode(c);
        EXPECT_TRUE(created.ok()) << created.error().toStdString();
        return created.ok() ? created.value() : Code{};
    }

    Coding code(const Reviewer &who, const Code &c, const QUuid &record, Offset s, Offset e, const QString &memo)
    {
        project->setActor(who.role == ReviewerRole::Consensus ? lead.id : who.id);
        Coding coding;
        coding.recordId = record;
        coding.codeId = c.id;
        coding.reviewerId = who.id;
        coding.span = {s, e};
        coding.memo = memo;
        auto added = project->addCoding(coding);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        project->setActor(QUuid());
        return added.ok() ? added.value() : Coding{};
    }
};

/**
 * The REFI-QDA schema folder: $DYAD_SHARED_DIR/refi-qda at run time, else the build-time
 * DYAD_REFI_DIR (the shared folder beside the checkout). The schemas are not part of the
 * repository, so on a bare clone the folder is absent and schema tests skip.
 */
inline QString refiDir()
{
    if (const QByteArray env = qgetenv("DYAD_SHARED_DIR"); !env.isEmpty())
        return QString::fromLocal8Bit(env) + QStringLiteral("/refi-qda");
    return QStringLiteral(DYAD_REFI_DIR);
}

/** Whether the REFI-QDA schemas (Project.xsd, Codebook.xsd) can be read. */
inline bool refiSchemasPresent()
{
    return QFileInfo::exists(refiDir() + QStringLiteral("/Project.xsd"))
        && QFileInfo::exists(refiDir() + QStringLiteral("/Codebook.xsd"));
}

/** Skips a test that validates against the REFI-QDA schemas when they are absent, saying what it would have checked. */
#define DYAD_REQUIRE_REFI_SCHEMAS(what)                                                                          \
    do {                                                                                                        \
        if (!dyad::testing::refiSchemasPresent())                                                               \
            GTEST_SKIP() << "REFI-QDA schemas not found in " << dyad::testing::refiDir().toStdString()          \
                         << " (the shared folder beside the checkout, or $DYAD_SHARED_DIR/refi-qda): would have " \
                            "checked with xmllint --schema that "                                               \
                         << what;                                                                               \
    } while (false)

/** Runs xmllint against an XSD; returns its diagnostics, empty when the document is valid. */
inline QString xsdProblemsText(const QByteArray &xml, const QString &xsd, const QString &workDir)
{
    const QString file = QDir(workDir).filePath(QStringLiteral("validate-%1.xml").arg(qHash(xml)));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(file);
    f.write(xml);
    f.close();
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, file});
    if (!lint.waitForFinished(60000))
        return QStringLiteral("xmllint did not run: %1").arg(lint.errorString());
    if (lint.exitStatus() != QProcess::NormalExit || lint.exitCode() != 0)
        return QString::fromUtf8(lint.readAllStandardError());
    return QString();
}

inline std::string xsdProblems(const QByteArray &xml, const QString &xsd, const QString &workDir)
{
    return xsdProblemsText(xml, xsd, workDir).toStdString();
}

} // namespace dyad::testing
