// Exporters behind one interface (core/io/export/exporter.h): every registered kind writes
// its file, keeps the blinding rule it declares, and dyad-cli's `export` lists exactly the
// registered kinds (dyad-cli runs as a second process).

#include "export_fixture.h"

#include "core/io/export/exporter.h"

#include <QProcess>
#include <QSet>

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

struct ExportRegistryTest : dyad::testing::CodedProjectFixture
{
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /** Puts both records with codings into an independent round for Alice and Bob; Bob is not done. */
    void startBlindedRound()
    {
        project->setActor(lead.id);
        const Round pilot = project->createRound(QStringLiteral("Pilot")).value();
        ASSERT_TRUE(project->assign(pilot.id, {r1, r2}, {alice.id, bob.id}).ok());
        project->setActor(QUuid());
    }
};

} // namespace

TEST_F(ExportRegistryTest, TheRegistryHoldsTheKindsBothFrontEndsOffer)
{
    // File › Export's order; the names are the ones dyad-cli has always taken.
    EXPECT_EQ(exporterNames(), (QStringList{QStringLiteral("codebook"), QStringLiteral("themes"),
                                            QStringLiteral("segments"), QStringLiteral("qdpx"), QStringLiteral("qdc"),
                                            QStringLiteral("reviewer-copy")}));
    int entries = 0;
    for (const Exporter *e : exporters()) {
        EXPECT_EQ(exporterFor(e->name()), e);
        EXPECT_FALSE(e->suffixes().isEmpty()) << e->name().toStdString();
        for (const QString &suffix : e->suffixes()) { // every extension it writes is in its file-dialog filter
            if (suffix != QLatin1String("htm")) {
                EXPECT_TRUE(QString::fromUtf8(e->nameFilter()).contains(QStringLiteral("*.") + suffix))
                    << e->name().toStdString() << " " << suffix.toStdString();
            }
        }
        entries += static_cast<int>(e->menuEntries().size());
    }
    EXPECT_EQ(entries, 7); // qdpx has two: code points, and UTF-16 offsets for NVivo
    EXPECT_EQ(exporterFor(QStringLiteral("pdf")), nullptr);
    // The whole-project kinds wait for blinding to end; segments and reviewer copies do not.
    QStringList waiting;
    for (const Exporter *e : exporters())
        if (e->needsUnblindedProject())
            waiting << e->name();
    EXPECT_EQ(waiting, (QStringList{QStringLiteral("codebook"), QStringLiteral("themes"), QStringLiteral("qdpx"),
                                    QStringLiteral("qdc")}));
}

TEST_F(ExportRegistryTest, EveryRegisteredExporterWritesItsFile)
{
    QSet<QString> written;
    for (const Exporter *e : exporters()) {
        const QString suffix = e->suffixes().first();
        const QString out = path(e->name() + QLatin1Char('.') + suffix);
        // The reviewer copy is Alice's; the others are written as the lead would, without a viewer.
        const QUuid viewer = e->blinding() == ExportBlinding::ViewerCopy ? alice.id : QUuid();
        const auto r = e->write(*project, viewer, out, {});
        ASSERT_TRUE(r.ok()) << e->name().toStdString() << ": " << r.error().toStdString();
        EXPECT_TRUE(r->summary.contains(out)) << r->summary.toStdString();
        const QByteArray bytes = readAll(out);
        ASSERT_FALSE(bytes.isEmpty()) << out.toStdString();
        written.insert(e->name());
        const QString name = e->name();
        if (name == QLatin1String("codebook")) {
            // One row per code, the definition as written.
            EXPECT_TRUE(bytes.contains("Mutual trust"));
            EXPECT_TRUE(bytes.contains("Trust that runs both ways between workers and families."));
        } else if (name == QLatin1String("themes")) {
            EXPECT_TRUE(bytes.contains("Governance"));
            EXPECT_TRUE(bytes.contains("Access"));
        } else if (name == QLatin1String("segments")) {
            // Five codings (Alice 3, Bob 1, Consensus 1): the Consensus layer by default, "build trust".
            EXPECT_EQ(r->details.value(QStringLiteral("rows")).toInt(), 1);
            EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("build trust")));
        } else if (name == QLatin1String("qdpx")) {
            EXPECT_TRUE(bytes.startsWith("PK")); // a zip: project.qde and the sources
            EXPECT_EQ(r->details.value(QStringLiteral("codings")).toInt(), 5);
            EXPECT_EQ(r->details.value(QStringLiteral("sources")).toInt(), 3);
        } else if (name == QLatin1String("qdc")) {
            EXPECT_TRUE(bytes.contains("<CodeBook"));
            EXPECT_EQ(r->details.value(QStringLiteral("codes")).toInt(), 5);
        } else if (name == QLatin1String("reviewer-copy")) {
            EXPECT_TRUE(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
            EXPECT_EQ(r->details.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Alice"));
            EXPECT_EQ(r->details.value(QStringLiteral("codings")).toInt(), 3); // Alice's own, nobody else's
        }
    }
    EXPECT_EQ(written.size(), static_cast<qsizetype>(exporters().size()));
}

TEST_F(ExportRegistryTest, TablesTakeTheFormatFromTheExtensionAndPdfNeedsAWriter)
{
    const Exporter *codebook = exporterFor(QStringLiteral("codebook"));
    ASSERT_NE(codebook, nullptr);
    const QString md = path(QStringLiteral("cb.md"));
    ASSERT_TRUE(codebook->write(*project, {}, md, {}).ok());
    EXPECT_TRUE(readAll(md).contains("Mutual trust"));
    EXPECT_FALSE(readAll(md).contains("<html"));

    // Core has no PDF engine: without a writer a .pdf is refused and nothing is written.
    const QString pdf = path(QStringLiteral("cb.pdf"));
    const auto refused = codebook->write(*project, {}, pdf, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("PDF"))) << refused.error().toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    // With one, the writer gets the codebook's HTML page and the project's title.
    ExportOptions options;
    QString gotHtml, gotTitle;
    options.pdfWriter = [&](const QString &file, const QString &html, const QString &title) -> Status {
        gotHtml = html;
        gotTitle = title;
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return makeError(f.errorString());
        f.write("%PDF-1.4 stand-in");
        return {};
    };
    ASSERT_TRUE(codebook->write(*project, {}, pdf, options).ok());
    EXPECT_TRUE(gotHtml.contains(QStringLiteral("Mutual trust")));
    EXPECT_EQ(gotTitle, QStringLiteral("Trust review"));

    const QString txt = path(QStringLiteral("cb.txt"));
    const auto unknown = codebook->write(*project, {}, txt, {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral(".csv, .xlsx, .md, .html or .pdf"))) << unknown.error().toStdString();
    EXPECT_FALSE(QFile::exists(txt));
}

TEST_F(ExportRegistryTest, BlindingIsKeptByTheExporterWhateverTheCallerChecked)
{
    startBlindedRound();
    ASSERT_GT(blindedRecordCount(*project, bob.id), 0);
    for (const Exporter *e : exporters()) {
        if (!e->needsUnblindedProject())
            continue;
        const QString out = path(QStringLiteral("bob-") + e->name() + QLatin1Char('.') + e->suffixes().first());
        const auto r = e->write(*project, bob.id, out, {});
        EXPECT_FALSE(r.ok()) << e->name().toStdString() << " carried Alice's blinded work to Bob";
        if (!r.ok()) {
            EXPECT_TRUE(r.error().contains(QStringLiteral("still blinded"))) << r.error().toStdString();
        }
        EXPECT_FALSE(QFile::exists(out)) << out.toStdString();
    }
    // Bob's coded segments hold his own coding only ("build trust with families"), none of Alice's.
    ExportOptions all;
    all.layer = LayerChoice{LayerChoice::Kind::All, {}};
    const QString csv = path(QStringLiteral("bob-segments.csv"));
    const auto segments = exporterFor(QStringLiteral("segments"))->write(*project, bob.id, csv, all);
    ASSERT_TRUE(segments.ok()) << segments.error().toStdString();
    EXPECT_EQ(segments->details.value(QStringLiteral("rows")).toInt(), 1);
    const QString text = QString::fromUtf8(readAll(csv));
    EXPECT_TRUE(text.contains(QStringLiteral("build trust with families"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Alice"))) << text.toStdString();
    // The lead, without a viewer, still exports the whole project.
    EXPECT_TRUE(exporterFor(QStringLiteral("qdpx"))->write(*project, {}, path(QStringLiteral("lead.qdpx")), {}).ok());
    // A reviewer copy needs to know whose copy it is.
    const auto nobody = exporterFor(QStringLiteral("reviewer-copy"))->write(*project, {}, path(QStringLiteral("x.dyad")), {});
    EXPECT_FALSE(nobody.ok());
}

TEST_F(ExportRegistryTest, DyadCliExportListsTheRegisteredKinds)
{
#ifndef DYAD_CLI_PATH
    GTEST_SKIP() << "dyad-cli is not part of this build; would have checked that 'export --help' lists every "
                    "registered exporter";
#else
    QProcess help;
    help.start(QStringLiteral(DYAD_CLI_PATH), {QStringLiteral("export"), QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(60000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput() + help.readAllStandardError());
    for (const Exporter *e : exporters()) {
        const QString line = QStringLiteral("  %1 %2").arg(e->name(), -14).arg(e->description().section(QLatin1Char('\n'), 0, 0));
        EXPECT_TRUE(text.contains(line)) << "missing: " << line.toStdString() << "\nin:\n" << text.toStdString();
    }
    // An unknown kind is refused with the registry's list.
    QProcess bad;
    bad.start(QStringLiteral(DYAD_CLI_PATH), {QStringLiteral("export"), QStringLiteral("docx"), project->path(),
                                              path(QStringLiteral("x.docx"))});
    ASSERT_TRUE(bad.waitForFinished(60000));
    EXPECT_EQ(bad.exitCode(), 2);
    const QString err = QString::fromUtf8(bad.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("unknown kind \"docx\" (one of %1)").arg(exporterNames().join(QStringLiteral(", ")))))
        << err.toStdString();
    // An option only some kinds take is refused for the others, naming those that take it.
    QProcess offsets;
    offsets.start(QStringLiteral(DYAD_CLI_PATH), {QStringLiteral("export"), QStringLiteral("qdc"), project->path(),
                                                  path(QStringLiteral("x.qdc")), QStringLiteral("--offsets"),
                                                  QStringLiteral("utf16")});
    ASSERT_TRUE(offsets.waitForFinished(60000));
    EXPECT_EQ(offsets.exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(offsets.readAllStandardError()).contains(QStringLiteral("--offsets applies to qdpx only")));
#endif
}
