// Outputs named for a format are that format: dyad-cli run as a second process writes a
// real PDF for .pdf and refuses extensions a command cannot write, listing those it can.

#include "export_fixture.h"

#include <QProcess>

namespace {

struct CliOutputTest : dyad::testing::CodedProjectFixture
{
    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    Run cli(const QStringList &args)
    {
        Run r;
#ifdef DYAD_CLI_PATH
        QProcess p;
        p.start(QStringLiteral(DYAD_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000)) << p.errorString().toStdString();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
#else
        Q_UNUSED(args);
#endif
        return r;
    }

    QString projectFile() const { return project->path(); }

    static QByteArray head(const QString &file, int n)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
    }

    static QByteArray all(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /** A PDF: the header, a page tree with at least `pages` pages and the end-of-file marker. */
    static void expectPdf(const QString &file, int pages)
    {
        const QByteArray bytes = all(file);
        ASSERT_TRUE(bytes.startsWith("%PDF-1.")) << file.toStdString() << " starts with " << bytes.left(40).toStdString();
        EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
        EXPECT_GE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page/") + bytes.count("/Type /Page>"), pages);
        EXPECT_FALSE(bytes.contains("<html")); // not HTML under another name
    }
};

#ifndef DYAD_CLI_PATH
#define REQUIRE_CLI() GTEST_SKIP() << "dyad-cli is not part of this build; would have run it as a second process"
#else
#define REQUIRE_CLI() (void)0
#endif

} // namespace

TEST_F(CliOutputTest, AgreementReportAsPdfIsAPdf)
{
    REQUIRE_CLI();
#ifndef DYAD_CLI_PDF
    GTEST_SKIP() << "dyad-cli was built without Qt Gui: would have checked that --out r.pdf writes a PDF";
#endif
    const QString pdf = path(QStringLiteral("r.pdf"));
    const Run r = cli({QStringLiteral("report"), QStringLiteral("agreement"), projectFile(), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    expectPdf(pdf, 1);
    // The same report as HTML is HTML: the extension decides.
    const QString html = path(QStringLiteral("r.html"));
    ASSERT_EQ(cli({QStringLiteral("report"), QStringLiteral("agreement"), projectFile(), QStringLiteral("--out"), html}).exitCode, 0);
    EXPECT_TRUE(head(html, 15).startsWith("<!DOCTYPE html")) << head(html, 40).toStdString();
}

TEST_F(CliOutputTest, CodebookAsPdfIsAPdf)
{
    REQUIRE_CLI();
#ifndef DYAD_CLI_PDF
    GTEST_SKIP() << "dyad-cli was built without Qt Gui: would have checked that export codebook cb.pdf writes a PDF";
#endif
    const QString pdf = path(QStringLiteral("cb.pdf"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("codebook"), projectFile(), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    expectPdf(pdf, 1);
    // Segments as PDF, laid out per record.
    const QString segments = path(QStringLiteral("segments.pdf"));
    const Run seg = cli({QStringLiteral("export"), QStringLiteral("segments"), projectFile(), segments});
    ASSERT_EQ(seg.exitCode, 0) << seg.err.toStdString();
    expectPdf(segments, 1);
    const QString csv = path(QStringLiteral("cb.csv"));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("codebook"), projectFile(), csv}).exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(all(csv)).contains(QStringLiteral("Mutual trust")));
    EXPECT_FALSE(all(csv).startsWith("%PDF"));
}

TEST_F(CliOutputTest, ExtensionsACommandCannotWriteAreRefusedWithTheList)
{
    REQUIRE_CLI();
    const QString docx = path(QStringLiteral("r.docx"));
    Run r = cli({QStringLiteral("report"), QStringLiteral("agreement"), projectFile(), QStringLiteral("--out"), docx});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral(".html, .pdf, .csv or .json"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(docx));

    const QString txt = path(QStringLiteral("cb.txt"));
    r = cli({QStringLiteral("export"), QStringLiteral("codebook"), projectFile(), txt});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("codebook cannot be written as .txt; it writes .csv, .xlsx, .md, .html")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(txt));

    const QString qdpxAsPdf = path(QStringLiteral("project.pdf"));
    r = cli({QStringLiteral("export"), QStringLiteral("qdpx"), projectFile(), qdpxAsPdf});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("qdpx cannot be written as .pdf; it writes .qdpx"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(qdpxAsPdf));

    // The decision log writes .csv, .json or .txt, by extension; a .pdf is refused.
    const QString logPdf = path(QStringLiteral("decisions.pdf"));
    r = cli({QStringLiteral("decisions"), projectFile(), QStringLiteral("--output"), logPdf});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot be written as .pdf; it writes .csv, .json or .txt"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(logPdf));
    const QString logCsv = path(QStringLiteral("decisions.csv"));
    r = cli({QStringLiteral("decisions"), projectFile(), QStringLiteral("--output"), logCsv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(all(logCsv).contains(',')); // the CSV header, not the plain listing
    EXPECT_FALSE(all(logCsv).contains("decision(s)."));

    // A format that contradicts the extension is refused too, rather than written under the wrong name.
    const QString html = path(QStringLiteral("r2.html"));
    r = cli({QStringLiteral("report"), QStringLiteral("agreement"), projectFile(), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--out"), html});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(html));
}
