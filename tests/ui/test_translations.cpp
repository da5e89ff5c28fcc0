// In Chinese the standard buttons and Qt's own dialogs are translated too (issue 14): the
// workbench loads Qt's catalogue (qtbase_zh_CN.qm, Debian package qt6-translations-l10n,
// installed by dyad.sh) besides its own.
// Core's errors and reports go through the same catalogue (issue 16): every text lupdate finds
// in ui/, core/ (sources and headers) and print/ is translated with its placeholders, an import
// problem reaches the import dialog in Chinese, the team server's and the PDF writer's messages
// are Chinese, and the agreement report names the Landis & Koch band and the kappa paradox in
// Chinese.
#include "uitest.h"

#include "ui/document.h"
#include "ui/import/importdialog.h"
#include "ui/shell/application.h"

#include "core/analysis/agreementreport.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "core/pg/teamproject.h"
#include "print/htmlpdf.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <map>

using namespace dyad;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool finished = true;
};

std::vector<Message> readTs(const QString &path, QString *error)
{
    std::vector<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            out.push_back({context, {}, {}, true});
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source") && !out.empty()) {
            out.back().source = xml.readElementText();
        } else if (name == QLatin1String("translation") && !out.empty()) {
            out.back().finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!numerus)
                out.back().translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform") && !out.empty()) {
            out.back().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1, line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

/** %1…%99 and %n, sorted: a translation must use exactly the placeholders of its source. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(n|L?\\d{1,2})"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

/** Every problem of a catalogue: unfinished or empty translations, placeholders lost or added. */
QStringList catalogueProblems(const std::vector<Message> &messages)
{
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(" / \"") + m.source.left(60) + QStringLiteral("\"");
        if (!m.finished)
            problems << where + QStringLiteral(": not translated");
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << where + QStringLiteral(": empty translation");
            else if (placeholders(t) != placeholders(m.source))
                problems << where + QStringLiteral(": placeholders %1 in the source, %2 in \"%3\"")
                                        .arg(placeholders(m.source).join(u' '), placeholders(t).join(u' '), t);
        }
    }
    return problems;
}

QStringList filesUnder(const QString &dir, const QStringList &patterns)
{
    QStringList out;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

const QString kSourceDir = QStringLiteral(DYAD_SOURCE_DIR);
const QString kCatalogue = kSourceDir + QStringLiteral("/resources/translations/dyad_zh_CN.ts");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DyadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("dyad-ui-tests"));
        QCOMPARE(dyad::ui::installTranslators(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    }

    void standardButtonsAreChinese()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QVERIFY2(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"),
                 qPrintable(QStringLiteral("\"%1\": is qtbase_zh_CN.qm in %2?")
                                .arg(box.button(QDialogButtonBox::Cancel)->text(),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))));
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("关闭"));
    }

    void qtsFileDialogIsChinese()
    {
        QFileDialog dialog(nullptr, QStringLiteral("t"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        QStringList labels;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            labels << b->text();
        QVERIFY2(labels.contains(QStringLiteral("取消")), qPrintable(labels.join(QStringLiteral(", "))));
    }

    void everyTextOfUiAndCoreIsTranslated()
    {
        // What the update_translations target would find today, merged into a copy of the
        // catalogue: a text added to ui/ or core/ without a translation shows up unfinished.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("dyad_zh_CN.ts"));
        QVERIFY(QFile::copy(kCatalogue, ts));
        QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                         QStringLiteral("-I"), kSourceDir,
                         QStringLiteral("-I"), QLibraryInfo::path(QLibraryInfo::HeadersPath)};
        args << filesUnder(kSourceDir + QStringLiteral("/ui"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") })
             << kSourceDir + QStringLiteral("/app/gui/main.cpp")
             << filesUnder(kSourceDir + QStringLiteral("/core"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") })
             << filesUnder(kSourceDir + QStringLiteral("/print"), { QStringLiteral("*.cpp") });
        args << QStringLiteral("-ts") << ts;
        QProcess lupdate;
        lupdate.start(QStringLiteral(DYAD_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const std::vector<Message> found = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList problems = catalogueProblems(found);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 texts:\n").arg(problems.size()).arg(found.size())
                                                + problems.join(u'\n')));

        // core's rooms are in it, not only the widgets
        std::map<QString, int> perContext;
        for (const Message &m : found)
            ++perContext[m.context];
        for (const char *room : {"Import", "Export", "Project", "Storage", "Agreement", "AgreementReport", "Analysis",
                                 "Reconcile"})
            QVERIFY2(perContext[QString::fromLatin1(room)] >= 10, room);
        QVERIFY2(perContext[QStringLiteral("Import")] >= 200, qPrintable(QString::number(perContext[QStringLiteral("Import")])));
    }

    void theCommittedCatalogueIsComplete()
    {
        QString error;
        const std::vector<Message> messages = readTs(kCatalogue, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1500);
        const QStringList problems = catalogueProblems(messages);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The checks above can fail: a lost placeholder is found.
        Message broken{QStringLiteral("Import"), QStringLiteral("%1, line %2: %3"), {QStringLiteral("%1，第 %2 行")}, true};
        QCOMPARE(catalogueProblems({broken}).size(), 1);
    }

    void anImportProblemFromCoreReachesTheDialogInChinese()
    {
        // A RIS export cut off in its second record, which has neither title nor abstract.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cut.ris"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("TY  - JOUR\n"
                   "TI  - 村医与慢性病管理\n"
                   "AB  - 乡村医生在高血压随访中的作用。\n"
                   "ER  - \n"
                   "TY  - JOUR\n"
                   "AU  - Wang, Li\n"
                   "PY  - 2020\n");
        file.close();

        ui::Document document(core::createInMemoryProject().value()); // the dialog writes: it holds the document
        ui::ImportDialog dialog(&document);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Add Files… opens Qt's file dialog; the file name is typed into its name field, which
        // has the focus, and Return accepts it. Under load the name's completion list may open
        // first and take a Return of its own, so Return is pressed until the dialog is gone.
        bool typed = false;
        test::whenShown(&dialog, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!files)
                return typed;
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                return false;
            if (!typed) {
                if (focus != files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    return false;
                QTest::keyClicks(focus, path);
                typed = true;
            }
            QTest::keyClick(focus, Qt::Key_Return);
            return false;
        });
        // Never hang: a file dialog still open after a minute fails the test below.
        QTimer::singleShot(60000, &dialog, [] {
            if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget()))
                files->reject();
        });
        QTest::mouseClick(test::child<QPushButton>(&dialog, "addFiles"), Qt::LeftButton);
        QVERIFY(typed);
        QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("importFiles"))->count() == 1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReading(), 20000);

        auto *problems = test::child<QListWidget>(&dialog, "importDiagnostics");
        QStringList lines;
        for (int i = 0; i < problems->count(); ++i)
            lines << problems->item(i)->text();
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("最后一条记录（从第 5 行开始）没有结束行“ER  - ”；文件可能不完整，但该记录已保留")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("：错误：该记录既无标题也无摘要，没有可编码的内容；已跳过")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("the record")) && !all.contains(QStringLiteral("error:")), qPrintable(all));
    }

    void teamServerAndPdfMessagesInChinese()
    {
        // A program that cannot open team projects says so in the user's language.
        auto noServer = core::openProject(QStringLiteral("postgresql:///review"));
        QVERIFY(!noServer);
        QVERIFY2(noServer.error().contains(QStringLiteral("dyad-cli")) && !noServer.error().contains(QStringLiteral("team project")),
                 qPrintable(noServer.error()));

        core::pg::registerTeamProjects(); // as the dyad program does at its start
        // Opening a team project with a password in its location is refused before any
        // connection, in the user's language.
        auto withPassword = core::openProject(QStringLiteral("postgresql://bob:secret@localhost/review"));
        QVERIFY(!withPassword);
        QCOMPARE(withPassword.error(),
            QStringLiteral("服务器位置中包含密码。请将密码去掉，改放在 ~/.pgpass（或 PGPASSWORD）中，"
                           "或使用 peer 认证或证书认证。"));
        // Nothing listens on port 1: the connection fails and says so in Chinese, with the advice
        // for an unreachable server; libpq's own reason follows on the next line.
        auto unreachable = core::openProject(QStringLiteral("postgresql://127.0.0.1:1/review?connect_timeout=5"));
        QVERIFY(!unreachable);
        QVERIFY2(unreachable.error().startsWith(
                     QStringLiteral("无法连接团队服务器。请检查位置，并确认服务器正在运行且可从此处访问。\n服务器返回：")),
            qPrintable(unreachable.error()));

        // A PDF into a folder that does not exist.
        QTemporaryDir dir;
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("missing/report.pdf"));
        QVERIFY(!print::writeHtmlPdf(pdf, QStringLiteral("<p>x</p>"), {}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("无法写入 PDF %1：").arg(QDir::toNativeSeparators(pdf))),
            qPrintable(error));
    }

    void agreementReportNamesBandAndParadoxInChinese()
    {
        // 20 records. Both reviewers code every record's first word "Village" with Trust, so all
        // 20 are compared. Cost is rare: Ann applies it to records 1 and 2, Ben to records 1
        // and 3 (the word "cost"), so at the record unit a = 1, b = 1, c = 1, d = 17: p_o = 0.90, p_e = 0.82,
        // κ = 0.08 / 0.18 = 0.444 ("moderate", Landis & Koch 1977), PI = (1 − 17) / 20 = −0.80,
        // BI = 0, AC1 = (0.90 − 0.18) / 0.82 = 0.878, PABAK = 0.800: the kappa paradox
        // (p_o ≥ 0.85 with κ < 0.60; Feinstein & Cicchetti 1990).
        auto project = core::createInMemoryProject().value();
        const core::Reviewer ann = project->addReviewer(QStringLiteral("Ann")).value();
        const core::Reviewer ben = project->addReviewer(QStringLiteral("Ben")).value();
        std::vector<core::Record> records(20);
        for (int i = 0; i < 20; ++i)
            records[size_t(i)].text = QStringLiteral("Village clinics and the cost of care, record %1.").arg(i + 1);
        const std::vector<QUuid> ids = project->addRecords(records).value();
        core::Code trust, cost;
        trust.name = QStringLiteral("Trust");
        trust = project->createCode(trust).value();
        cost.name = QStringLiteral("Cost");
        cost = project->createCode(cost).value();
        auto code = [&](const core::Reviewer &who, const core::Code &what, int record, core::Span span) {
            core::Coding c;
            c.recordId = ids[size_t(record)];
            c.codeId = what.id;
            c.reviewerId = who.id;
            c.span = span;
            return project->addCoding(c).ok();
        };
        for (int i = 0; i < 20; ++i)
            QVERIFY(code(ann, trust, i, {0, 7}) && code(ben, trust, i, {0, 7}));
        QVERIFY(code(ann, cost, 0, {24, 28}) && code(ann, cost, 1, {24, 28}));
        QVERIFY(code(ben, cost, 0, {24, 28}) && code(ben, cost, 2, {24, 28}));
        auto analysis = core::analysis::computeAgreementAnalysis(*project, {});
        QVERIFY2(analysis.ok(), qPrintable(analysis.ok() ? QString() : analysis.error()));

        const QString html = core::analysis::agreementHtml(*analysis, {});
        QVERIFY2(html.contains(QStringLiteral("<h1>评审员间一致性</h1>")),
                 qPrintable(html.left(300)));
        // the band of the record-unit row, in Chinese
        QVERIFY2(html.contains(QStringLiteral("<td>中等</td>")), qPrintable(html.mid(html.indexOf(QStringLiteral("<table")), 3000)));
        // the paradox note, with its figures
        QVERIFY2(html.contains(QStringLiteral("观察一致性很高（90.0 %），kappa 却低得多（0.444）：这是由出现率偏斜（PI -0.80）"
                                              "或偏倚（BI 0.00）造成的 kappa 悖论。请将 Gwet 的 AC1（0.878）和 PABAK（0.800）"
                                              "与 kappa 一并解读。")),
                 qPrintable(html.mid(html.indexOf(QStringLiteral("<h2>Kappa")), 2000)));
        for (const char *english : {"moderate", "substantial", "almost perfect", "slight", "High observed agreement",
                                    "skewed prevalence", "alongside kappa", "Landis and Koch (1977) —"})
            QVERIFY2(!html.contains(QString::fromLatin1(english)), english);
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
