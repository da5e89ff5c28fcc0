// In the Chinese interface the documents File › Export writes for people to read speak
// Chinese too (issue 16): the codebook, the theme summary and the coded segments as HTML,
// Markdown and PDF carry Chinese headings, labels, table headers and counts, and none of the
// English ones. CSV stays English: other programs read it, and the codebook import reads the
// codebook's columns back by name.
//
// The study fixture's data is English (code names, definitions, the coded record), so every
// Chinese word below comes from the labels; for the PDFs, a CJK font is embedded only
// because the labels are Chinese.
#include "fixture.h"
#include "uitest.h"

#include "core/io/export/exporter.h"
#include "ui/document.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QApplication>
#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace dyad;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/** The English labels a Chinese document must not carry (besides data the user wrote). */
QStringList englishLeft(const QString &text, const QStringList &labels)
{
    QStringList left;
    for (const QString &l : labels)
        if (text.contains(l))
            left << l;
    return left;
}

} // namespace

class TestDocumentsZh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::Study m_study;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_target, m_message;
    QTimer m_answer;

    /** File › Export › entry `index` (registry order) by keys, answering the file dialog with `file`. */
    QString exportByKeys(int index, const QString &file)
    {
        m_target = m_dir.filePath(file);
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return {};
        m_window->recordView()->textEdit()->setFocus();
        test::exportByKeys(*m_window, index);
        if (!QTest::qWaitFor([&] { return QFile::exists(m_target) && !QApplication::activeModalWidget(); }, 20000))
            qWarning("no %s: status \"%s\", message \"%s\"", qPrintable(file),
                qPrintable(m_window->statusBar()->currentMessage()), qPrintable(m_message));
        return m_target;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        QCOMPARE(ui::installTranslators(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QVERIFY(m_dir.isValid());
        m_study = test::makeStudyProject(m_dir.filePath(QStringLiteral("study.dyad")), true);
        core::Project &p = *m_study.project;
        p.setActor(m_study.lead.id);
        core::Code mutual = p.code(m_study.mutualTrust).value();
        mutual.useWhen = QStringLiteral("Workers and households both rely on each other.");
        mutual.doNotUseWhen = QStringLiteral("Confidence that runs one way only.");
        mutual.example = QStringLiteral("mutual trust grew when workers lived in the village");
        QVERIFY(p.updateCode(mutual).ok());
        core::Code reciprocity; // a code below a sub-theme, never applied
        reciprocity.name = QStringLiteral("Reciprocity");
        reciprocity.parentId = m_study.mutualTrust;
        QVERIFY(p.createCode(reciprocity).ok());

        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(m_study.project)), m_study.lead.id);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        test::answerExportDialogs(m_answer, &m_message, &m_target);
    }

    void cleanupTestCase()
    {
        m_answer.stop();
        m_window.reset();
    }

    void theMenuIsChinese()
    {
        // The entries these tests choose by position, as the user reads them.
        QCOMPARE(QCoreApplication::translate("Export", core::io::exporters()[0]->menuEntries()[0].text),
            QStringLiteral("编码本（CSV、XLSX、Markdown、HTML、PDF）…"));
        QCOMPARE(QCoreApplication::translate("Export", core::io::exporters()[1]->menuEntries()[0].text),
            QStringLiteral("主题摘要…"));
        QCOMPARE(QCoreApplication::translate("Export", core::io::exporters()[2]->menuEntries()[0].text),
            QStringLiteral("已编码片段…"));
    }

    void codebookAsHtmlAndMarkdown()
    {
        const QString html = readText(exportByKeys(0, QStringLiteral("codebook.html")));
        QVERIFY2(
            html.contains(QStringLiteral("<title>编码本：Community health study</title>")), qPrintable(html.left(600)));
        QVERIFY(html.contains(QStringLiteral("<h1>编码本：Community health study</h1>")));
        QVERIFY(html.contains(QStringLiteral("</span>主题：Trust</h2>")));
        QVERIFY(html.contains(QStringLiteral("</span>子主题：Mutual trust</h3>")));
        QVERIFY(html.contains(QStringLiteral("</span>Reciprocity</h4>"))); // a code has no prefix
        QVERIFY(html.contains(QStringLiteral("<dt>定义</dt><dd>Trust described as going both ways")));
        QVERIFY(
            html.contains(QStringLiteral("<dt>适用情形</dt><dd>Workers and households both rely on each other.</dd>")));
        QVERIFY(html.contains(QStringLiteral("<dt>不适用情形</dt><dd>Confidence that runs one way only.</dd>")));
        QVERIFY(html.contains(QStringLiteral("<dt>示例</dt><dd><blockquote>mutual trust grew when")));
        // Mutual trust: Alice [114, 165) and Bob [114, 131) on the English record.
        QVERIFY2(html.contains(QStringLiteral("<p class=\"counts\">1 条记录，2 个编码标注（Alice 1，Bob 1）</p>")),
            qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<p class=\"counts\">尚未使用</p>")));
        const QStringList english { QStringLiteral("Codebook"), QStringLiteral("Theme: "), QStringLiteral("Sub-theme"),
            QStringLiteral("Definition"), QStringLiteral("Use when"), QStringLiteral("Do not use"),
            QStringLiteral("Example"), QStringLiteral("record(s)"), QStringLiteral("coding(s)"),
            QStringLiteral("not yet applied") };
        QVERIFY2(englishLeft(html, english).isEmpty(), qPrintable(englishLeft(html, english).join(u',')));

        const QString md = readText(exportByKeys(0, QStringLiteral("codebook.md")));
        QVERIFY2(md.startsWith(QStringLiteral("# 编码本：Community health study\n")), qPrintable(md.left(300)));
        QVERIFY(md.contains(QStringLiteral("\n## 主题：Trust\n")));
        QVERIFY(md.contains(QStringLiteral("\n### 子主题：Mutual trust\n")));
        QVERIFY(md.contains(QStringLiteral("\n**适用情形：** Workers and households both rely on each other.\n")));
        QVERIFY(md.contains(QStringLiteral("\n**不适用情形：** Confidence that runs one way only.\n")));
        QVERIFY(md.contains(QStringLiteral("\n**示例：**\n\n> mutual trust grew when workers lived in the village\n")));
        QVERIFY(md.contains(QStringLiteral("*1 条记录，2 个编码标注（Alice 1，Bob 1）*")));
        QVERIFY2(englishLeft(md, english).isEmpty(), qPrintable(englishLeft(md, english).join(u',')));

        // CSV is for programs: its columns keep their English names.
        const QString csv = readText(exportByKeys(0, QStringLiteral("codebook.csv")));
        QVERIFY2(csv.contains(QStringLiteral("Path,Level,Name,Parent,Definition,Use when,Do not use when,Example")),
            qPrintable(csv.left(300)));
        QVERIFY(csv.contains(QStringLiteral(",sub-theme,Mutual trust,")));
    }

    void themeSummaryAsHtmlAndMarkdown()
    {
        // All reviewers (no Consensus yet). Trust: Alice 3 + Bob 2 = 5 segments; Access: Alice 4
        // + Bob 1 = 5; Workforce: 1. The average of 11 / 3 makes Trust and Access major.
        const QString html = readText(exportByKeys(1, QStringLiteral("themes.html")));
        QVERIFY2(html.contains(QStringLiteral("<h1>主题：Community health study</h1>")), qPrintable(html.left(600)));
        QVERIFY(html.contains(QStringLiteral("<tr><th>主题</th><th>子主题</th><th>已编码片段</th><th>记录数</th>"
                                             "<th>权重</th></tr>")));
        QVERIFY(html.contains(
            QStringLiteral("<tr class=\"major\"><td>Trust</td><td></td><td>5</td><td>1</td><td>主要</td></tr>")));
        QVERIFY(html.contains(QStringLiteral("<tr><td>Workforce</td><td></td><td>1</td><td>1</td><td>次要</td></tr>")));
        QVERIFY(html.contains(QStringLiteral("否则为<b>次要</b>。")));
        const QStringList english { QStringLiteral("Themes"), QStringLiteral(">Theme<"), QStringLiteral("Sub-theme"),
            QStringLiteral("Coded segments"), QStringLiteral("Records"), QStringLiteral("Weight"),
            QStringLiteral(">major<"), QStringLiteral(">minor<"), QStringLiteral("average") };
        QVERIFY2(englishLeft(html, english).isEmpty(), qPrintable(englishLeft(html, english).join(u',')));

        const QString md = readText(exportByKeys(1, QStringLiteral("themes.md")));
        QVERIFY2(md.startsWith(QStringLiteral(
                     "# 主题：Community health study\n\n| 主题 | 子主题 | 已编码片段 | 记录数 | 权重 |\n")),
            qPrintable(md.left(300)));
        QVERIFY(md.contains(QStringLiteral("\n| Trust |  | 5 | 1 | 主要 |\n")));
        QVERIFY(md.contains(QStringLiteral("\n| Trust | Distrust of institutions | 1 | 1 | 次要 |\n")));
        const QStringList englishMd { QStringLiteral("Themes"), QStringLiteral("| Theme"), QStringLiteral("Weight"),
            QStringLiteral("| major"), QStringLiteral("| minor") };
        QVERIFY2(englishLeft(md, englishMd).isEmpty(), qPrintable(englishLeft(md, englishMd).join(u',')));
    }

    void codedSegmentsAsHtmlAndMarkdown()
    {
        const QString html = readText(exportByKeys(2, QStringLiteral("segments.html")));
        QVERIFY2(html.contains(QStringLiteral(
                     "<h1>已编码片段：Community health study</h1>\n<p class=\"counts\">共 11 个已编码片段</p>")),
            qPrintable(html.left(600)));
        QVERIFY(
            html.contains(QStringLiteral("<p class=\"counts\">Mwangi, Grace 等 (2021) BMC Health Services Research")));
        QVERIFY(html.contains(QStringLiteral("<th width=\"22%\">编码</th><th width=\"44%\">引文</th>"
                                             "<th width=\"14%\">评审员</th><th width=\"20%\">备忘</th>")));
        const QStringList english { QStringLiteral("Coded segments"), QStringLiteral("coded segment(s)"),
            QStringLiteral("et al."), QStringLiteral(">Code<"), QStringLiteral(">Quote<"), QStringLiteral(">Reviewer<"),
            QStringLiteral(">Memo<"), QStringLiteral("consensus") };
        QVERIFY2(englishLeft(html, english).isEmpty(), qPrintable(englishLeft(html, english).join(u',')));

        const QString md = readText(exportByKeys(2, QStringLiteral("segments.md")));
        QVERIFY2(md.startsWith(QStringLiteral(
                     "# 已编码片段：Community health study\n\n| 记录 ID | 标题 | 作者 | 年份 | 期刊 | DOI | "
                     "PMID | 编码路径 | 编码 | 起点 | 终点 | 引文 | 评审员 | 层 | 轮次 | 备忘 | "
                     "编码标注 ID |\n")),
            qPrintable(md.left(400)));
        // Alice's Trust on [0, 74), in the reviewer layer of the pilot round.
        QVERIFY2(
            md.contains(QStringLiteral(" | Trust | Trust | 0 | 74 | Community health workers build trust between rural "
                                       "households and clinics. | Alice | 评审员 | ")),
            qPrintable(md.left(1500)));
        const QStringList englishMd { QStringLiteral("Coded segments"), QStringLiteral("Record ID"),
            QStringLiteral("Code path"), QStringLiteral("| Quote"), QStringLiteral("| reviewer |"),
            QStringLiteral("Coding ID") };
        QVERIFY2(englishLeft(md, englishMd).isEmpty(), qPrintable(englishLeft(md, englishMd).join(u',')));
    }

    void pdfsAreMadeFromTheChineseHtml()
    {
        // The PDF is the HTML page laid out on A4. Its text streams are compressed, so what is
        // checked is the page the exporter hands the PDF writer, and that the file written by
        // the menu embeds a CJK font: nothing else in these documents is Chinese.
        for (int kind = 0; kind < 3; ++kind) {
            const core::io::Exporter *exporter = core::io::exporters()[size_t(kind)];
            QString page;
            core::io::ExportOptions options;
            options.pdfWriter = [&page](const QString &, const QString &html, const QString &) {
                page = html;
                return core::Status {};
            };
            const auto written = exporter->write(m_window->document()->project(), m_study.lead.id,
                m_dir.filePath(QStringLiteral("capture.pdf")), options);
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
            const QString heading = kind == 0 ? QStringLiteral("<h1>编码本：")
                : kind == 1                   ? QStringLiteral("<h1>主题：")
                                              : QStringLiteral("<h1>已编码片段：");
            QVERIFY2(page.contains(heading), qPrintable(page.left(400)));
            const QStringList english { QStringLiteral("Codebook:"), QStringLiteral("Themes:"),
                QStringLiteral("Coded segments"), QStringLiteral("Definition"), QStringLiteral("Weight"),
                QStringLiteral(">Quote<") };
            QVERIFY2(englishLeft(page, english).isEmpty(), qPrintable(englishLeft(page, english).join(u',')));

            const QString name = exporter->name() + QStringLiteral(".pdf");
            QFile pdf(exportByKeys(kind, name));
            QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray bytes = pdf.readAll();
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY2(bytes.contains("CJK"), qPrintable(name + QStringLiteral(": no CJK font embedded")));
        }
    }
};

QTEST_MAIN(TestDocumentsZh)
#include "test_documents_zh.moc"
