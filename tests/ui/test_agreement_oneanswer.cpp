// One question, one answer: the agreement dashboard shows the figures `dyad-cli agreement` and
// `dyad-cli report agreement` print for the same project (run here as separate processes), and
// its drill-down quotes passages and draws the segment curve. Driven with real mouse clicks.
#include "ui/agreement/agreementdashboard.h"
#include "ui/agreement/agreementtablemodel.h"
#include "ui/document.h"

#include "core/analysis/agreementreport.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include "uitest.h"

#include <QApplication>
#include <QChartView>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dyad;
using namespace dyad::core;

namespace {

QJsonObject cliJson(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(QStringLiteral(DYAD_CLI_PATH), args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

double pooledFigure(const QJsonObject &pair, const QString &unit, const QString &figure)
{
    return pair.value(QStringLiteral("pooled")).toObject().value(QStringLiteral("units")).toObject().value(unit).toObject()
        .value(figure).toDouble();
}

} // namespace

class TestAgreementOneAnswer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void dashboardCommandAndReportAgree()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.dyad"));
        QProcess demo;
        demo.start(QStringLiteral(DYAD_CLI_PATH), {QStringLiteral("demo"), path});
        QVERIFY(demo.waitForFinished(120000));
        QCOMPARE(demo.exitCode(), 0);
        auto opened = openProject(path);
        if (!opened.ok())
            QFAIL(qPrintable(opened.error()));
        ui::Document document(std::move(opened).value()); // the dashboard saves snapshots: it holds the document
        Project *project = &document.project();

        ui::AgreementDashboard dashboard(&document);
        dashboard.resize(1300, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QPushButton *compute = nullptr;
        for (QPushButton *b : dashboard.findChildren<QPushButton *>())
            if (b->text() == ui::AgreementDashboard::tr("&Compute"))
                compute = b;
        QVERIFY(compute);
        QSignalSpy done(&dashboard, &ui::AgreementDashboard::computed);
        QTest::mouseClick(compute, Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QVERIFY(dashboard.result());

        QString error;
        const QJsonObject command = cliJson({QStringLiteral("agreement"), path, QStringLiteral("--unit"), QStringLiteral("all"),
                                             QStringLiteral("--format"), QStringLiteral("json")},
                                            &error);
        QVERIFY2(!command.isEmpty(), qPrintable(error));
        const QJsonObject report = cliJson({QStringLiteral("report"), QStringLiteral("agreement"), path,
                                            QStringLiteral("--format"), QStringLiteral("json")},
                                           &error);
        QVERIFY2(!report.isEmpty(), qPrintable(error));
        const QJsonObject cmdPair = command.value(QStringLiteral("pairs")).toArray().first().toObject();
        const QJsonObject reportPooled =
            report.value(QStringLiteral("pairs")).toArray().first().toObject().value(QStringLiteral("pooled")).toObject();

        // The pooled row of the dashboard's table (character unit, the default).
        const QAbstractItemModel *model = dashboard.proxyModel();
        int pooled = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, ui::AgreementTableModel::ScopeColumn).data().toString() == QStringLiteral("pooled"))
                pooled = r;
        QVERIFY(pooled >= 0);
        const double kappa = model->index(pooled, ui::AgreementTableModel::KappaCol).data(ui::AgreementTableModel::SortRole).toDouble();
        const double observed =
            model->index(pooled, ui::AgreementTableModel::ObservedCol).data(ui::AgreementTableModel::SortRole).toDouble();
        QCOMPARE(kappa, pooledFigure(cmdPair, QStringLiteral("character"), QStringLiteral("kappa")));
        QCOMPARE(kappa, reportPooled.value(QStringLiteral("character")).toObject().value(QStringLiteral("kappa")).toDouble());
        QCOMPARE(observed, pooledFigure(cmdPair, QStringLiteral("character"), QStringLiteral("observed")));
        QCOMPARE(observed,
                 reportPooled.value(QStringLiteral("character")).toObject().value(QStringLiteral("percentAgreement")).toDouble());
        QCOMPARE(model->index(pooled, ui::AgreementTableModel::KappaCol).data().toString(),
                 QString::number(pooledFigure(cmdPair, QStringLiteral("character"), QStringLiteral("kappa")), 'f', 3));
        // the same codes are compared
        QCOMPARE(model->rowCount() - 1, cmdPair.value(QStringLiteral("codes")).toArray().size()
                                            + cmdPair.value(QStringLiteral("themes")).toArray().size());
        QVERIFY(dashboard.statusLabel()->text().contains(
            QString::number(command.value(QStringLiteral("records")).toInt())));

        // Click the first code: the drill-down quotes the coded passages, the curve shows it.
        int codeRow = -1;
        for (int r = 0; r < model->rowCount() && codeRow < 0; ++r)
            if (model->index(r, ui::AgreementTableModel::ScopeColumn).data().toString() == QStringLiteral("code"))
                codeRow = r;
        QVERIFY(codeRow >= 0);
        QTableView *table = dashboard.tableView();
        const QRect cell = table->visualRect(model->index(codeRow, ui::AgreementTableModel::CodeColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table->currentIndex().row(), codeRow);
        QTreeWidget *evidence = dashboard.evidenceView();
        QVERIFY(evidence->topLevelItemCount() > 0);
        const QTreeWidgetItem *first = evidence->topLevelItem(0);
        const QString quoted = first->text(1).isEmpty() ? first->text(2) : first->text(1);
        QVERIFY2(quoted.startsWith(QStringLiteral("“")), qPrintable(quoted));
        // the quote is the record's text at the coded offsets (tool tip keeps the offsets)
        const auto record = project->record(QUuid::fromString(first->data(0, Qt::UserRole).toString()));
        QVERIFY(record);
        const QString firstQuote = quoted.section(QLatin1Char('\n'), 0, 0).mid(1).chopped(1);
        QVERIFY2(record->text.simplified().contains(firstQuote.section(QStringLiteral(" … "), 0, 0)), qPrintable(firstQuote));
        QVERIFY(first->toolTip(first->text(1).isEmpty() ? 2 : 1).startsWith(QStringLiteral("Code points ")));
        const QStringList curves = dashboard.curveSeriesNames();
        QCOMPARE(curves.size(), 2);
        QCOMPARE(curves.front(), QStringLiteral("All codes pooled"));
    }

    void reportCurveIsDrawnWhereThePdfIsPrinted()
    {
        // The PDF of the report is the HTML printed by QTextDocument: the curve (an SVG image
        // in a data URI) must be drawn there, in the pooled line's blue (#1f5fa8).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.dyad"));
        QProcess demo;
        demo.start(QStringLiteral(DYAD_CLI_PATH), {QStringLiteral("demo"), path});
        QVERIFY(demo.waitForFinished(120000));
        auto project = openProject(path, true);
        if (!project.ok())
            QFAIL(qPrintable(project.error()));
        auto analysis = core::analysis::computeAgreementAnalysis(**project, {});
        if (!analysis.ok())
            QFAIL(qPrintable(analysis.error()));
        const QString html = core::analysis::agreementHtml(*analysis, {});
        const qsizetype at = html.indexOf(QStringLiteral("data:image/svg+xml;base64,"));
        QVERIFY(at > 0);
        // only the part with the curve, so the image is not one page among many
        const qsizetype from = html.lastIndexOf(QStringLiteral("<p><img"), at);
        const qsizetype to = html.indexOf(QStringLiteral("</p>"), at) + 4;
        QTextDocument doc;
        doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html.mid(from, to - from)));
        doc.setTextWidth(700);
        QImage page(700, int(doc.size().height()) + 10, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            doc.drawContents(&painter);
        }
        QVERIFY2(page.height() > 200, "the image has no height: not loaded");
        int blue = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                blue += std::abs(c.red() - 0x1f) < 30 && std::abs(c.green() - 0x5f) < 30 && std::abs(c.blue() - 0xa8) < 30;
            }
        QVERIFY2(blue > 100, qPrintable(QStringLiteral("%1 blue pixels").arg(blue)));
    }
};

QTEST_MAIN(TestAgreementOneAnswer)
#include "test_agreement_oneanswer.moc"
