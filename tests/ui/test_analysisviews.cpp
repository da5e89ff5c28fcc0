// The analysis docks on a small hand-built project: the views show what core computes, a
// click on a heat-map cell lists that cell's passages, and exports write real files.
#include "core/analysis/cooccurrence.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "ui/analysis/agreementview.h"
#include "ui/analysis/analysisdocks.h"
#include "ui/analysis/cooccurrenceview.h"
#include "ui/analysis/frequencyview.h"
#include "ui/analysis/rotatedheader.h"
#include "ui/analysis/wordsview.h"

#include <QApplication>
#include <QDockWidget>
#include <QHelpEvent>
#include <QMainWindow>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>

using namespace dyad;

class TestAnalysisViews : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<core::Project> m_project;
    core::Code m_cost, m_distance, m_trust;
    QTemporaryDir m_dir;

    core::Project *project() { return m_project.get(); }

    void code(const core::Reviewer &who, const QUuid &record, const core::Code &c, core::Span span)
    {
        core::Coding x;
        x.recordId = record;
        x.codeId = c.id;
        x.reviewerId = who.id;
        x.span = span;
        QVERIFY(m_project->addCoding(x).ok());
    }

private slots:
    void initTestCase()
    {
        m_project = core::createInMemoryProject().value();
        const auto alice = m_project->addReviewer(QStringLiteral("Alice")).value();
        const auto bob = m_project->addReviewer(QStringLiteral("Bob")).value();
        std::vector<core::Record> records(2);
        records[0].title = QStringLiteral("Fees");
        // "Fees are high." [0,14) "The clinic is far away." [15,38) "Patients trust the workers." [39,66)
        records[0].text = QStringLiteral("Fees are high. The clinic is far away. Patients trust the workers.");
        records[1].title = QStringLiteral("社区");
        records[1].text = QStringLiteral("社区卫生工作者在农村社区开展卫生服务。");
        const auto ids = m_project->addRecords(records).value();
        core::Code access;
        access.name = QStringLiteral("Access");
        access = m_project->createCode(access).value();
        m_cost.name = QStringLiteral("Cost");
        m_cost.parentId = access.id;
        m_cost = m_project->createCode(m_cost).value();
        m_distance.name = QStringLiteral("Distance");
        m_distance.parentId = access.id;
        m_distance = m_project->createCode(m_distance).value();
        m_trust.name = QStringLiteral("Trust");
        m_trust = m_project->createCode(m_trust).value();
        code(alice, ids[0], m_cost, {0, 25});      // overlaps Distance on "The clinic"
        code(alice, ids[0], m_distance, {15, 37});
        code(alice, ids[0], m_trust, {39, 65});
        code(alice, ids[1], m_trust, {0, 18});
        code(bob, ids[0], m_cost, {0, 13});
        code(bob, ids[0], m_distance, {29, 37});
        code(bob, ids[1], m_trust, {0, 7});
        QVERIFY(m_dir.isValid());
    }

    void docksAreAddedTabbedAndHidden()
    {
        QMainWindow window;
        auto *docks = ui::analysis::addAnalysisDocks(&window, [this] { return project(); });
        QCOMPARE(docks->docks().size(), 4);
        for (QDockWidget *d : docks->docks()) {
            QVERIFY(!d->objectName().isEmpty());
            QVERIFY(d->isHidden());
            QCOMPARE(window.dockWidgetArea(d), Qt::BottomDockWidgetArea);
        }
    }

    void frequencyTableSortsByCounts()
    {
        ui::analysis::FrequencyView view([this] { return project(); });
        view.reload();
        view.refresh();
        // Access, Cost, Distance, Trust; columns: code, then Alice / Bob / Consensus × 3
        QCOMPARE(view.model()->rowCount(), 4);
        QCOMPARE(view.model()->columnCount(), 10);
        // Alice's segments (column 2): Access 1 merged passage, Cost 1, Distance 1, Trust 2
        view.table()->sortByColumn(2, Qt::DescendingOrder);
        QCOMPARE(view.proxy()->index(0, 0).data().toString().trimmed(), QStringLiteral("Trust"));
        QCOMPARE(view.proxy()->index(0, 2).data().toInt(), 2);
        // Bob's records for Access (theme, rolled up): 1 of 2 records
        view.table()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(view.proxy()->index(0, 4).data().toString(), QStringLiteral("1 (50.0 %)"));
    }

    void clickingAHeatmapCellListsItsPassages()
    {
        ui::analysis::CooccurrenceView view([this] { return project(); });
        view.reload();
        view.refresh();
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto &m = view.model()->matrix();
        const int cost = m.rowOf(m_cost.id), distance = m.rowOf(m_distance.id);
        QVERIFY(cost >= 0 && distance >= 0);
        QCOMPARE(view.model()->index(cost, distance).data().toInt(), 1); // Alice only; Bob's do not overlap
        const QRect cell = view.heatmap()->visualRect(view.model()->index(cost, distance));
        QTest::mouseClick(view.heatmap()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view.passages()->rowCount(), 1);
        QCOMPARE(view.passages()->item(0, 1)->text(), QStringLiteral("Alice"));
        QCOMPARE(view.passages()->item(0, 3)->text(), QStringLiteral("Fees are high. The clinic is far away"));
    }

    // The heat map's columns are 40 pixels wide: written across, "Distrust of institutions"
    // showed as "Di…". Written upwards, each column shows its whole name in a narrow matrix;
    // a name too long for the header ends in "…" and its tooltip gives the whole path.
    void narrowHeatmapColumnsEachShowTheirName()
    {
        auto project = core::createInMemoryProject().value();
        const auto alice = project->addReviewer(QStringLiteral("Alice")).value();
        std::vector<core::Record> records(1);
        records[0].text = QStringLiteral("Nurses from the district visit the village clinic every month.");
        const QUuid record = project->addRecords(records).value().front();
        const QString longName
            = QStringLiteral("Supervision and mentoring of community health workers by district nurses");
        std::vector<QUuid> codes;
        QUuid parent;
        for (const QString &name : { QStringLiteral("Workforce"), QStringLiteral("Distrust of institutions"),
                 QStringLiteral("Village clinics"), longName }) {
            core::Code c;
            c.name = name;
            c.parentId = name == longName ? parent : QUuid();
            codes.push_back(project->createCode(c).value().id);
            if (name == QLatin1String("Workforce"))
                parent = codes.back();
            core::Coding x;
            x.recordId = record;
            x.codeId = codes.back();
            x.reviewerId = alice.id;
            x.span = { 0, 30 }; // all four overlap
            QVERIFY(project->addCoding(x).ok());
        }

        ui::analysis::CooccurrenceView view([&project] { return project.get(); });
        view.reload();
        view.refresh();
        view.resize(420, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *header = qobject_cast<ui::analysis::RotatedHeaderView *>(view.heatmap()->horizontalHeader());
        QVERIFY(header);
        const auto &m = view.model()->matrix();
        QCOMPARE(m.size(), 4);
        for (int column = 0; column < m.size(); ++column) {
            const QString name = m.tree.node(m.nodes[size_t(column)]).name;
            QCOMPARE(header->sectionSize(column), 40); // the matrix stays narrow
            if (name == longName) {
                QVERIFY2(
                    header->shownText(column).endsWith(QStringLiteral("…")), qPrintable(header->shownText(column)));
                QVERIFY(name.startsWith(header->shownText(column).chopped(1)));
                QVERIFY(header->shownText(column).size() >= 20);
            } else {
                QCOMPARE(header->shownText(column), name);
            }
        }
        // Hovering the long column's header shows the whole path.
        const int column = m.rowOf(codes.back());
        const QPoint at(header->sectionViewportPosition(column) + 20, header->height() / 2);
        QTest::mouseMove(header->viewport(), at);
        QHelpEvent help(QEvent::ToolTip, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("Workforce > ") + longName);
    }

    void selectingAWordShowsKeywordInContext()
    {
        ui::analysis::WordsView view([this] { return project(); });
        view.reload();
        view.source()->setCurrentIndex(view.source()->findData(QStringLiteral("whole")));
        view.refresh();
        // 社区 twice and 卫生 twice in the Chinese record (ICU: 社区|卫生|工作|者|在|农村|社区|开展|卫生|服务)
        const auto &words = view.model()->table().words;
        QVERIFY(!words.empty());
        QCOMPARE(words[0].count, 2);
        view.showKwic(QStringLiteral("社区"));
        QCOMPARE(view.kwic()->rowCount(), 2);
        QCOMPARE(view.kwic()->item(0, 2)->text(), QStringLiteral("社区"));
        QCOMPARE(view.kwic()->item(1, 1)->text().right(2), QStringLiteral("农村"));
    }

    void agreementReportAndChartsExport()
    {
        ui::analysis::AgreementView view([this] { return project(); });
        view.resize(900, 600);
        view.refresh();
        QVERIFY(view.analysis().has_value());
        QCOMPARE(view.analysis()->records, 2);
        QVERIFY(view.report()->toPlainText().contains(QStringLiteral("Landis and Koch (1977)")));
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        QWidget *chart = view.tabs()->widget(1); // the per-code chart (a QChartView)
        QVERIFY(ui::analysis::writeChart(chart, png));
        QVERIFY(ui::analysis::writeChart(chart, svg));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 2 * chart->width());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(ui::analysis::writePdf(pdf, view.report()->toHtml()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "test_analysisviews.moc"
