// The agreement dashboard: computes on a worker thread, shows the hand-checked counts,
// sorts numerically, filters, drills down to records and emits openComparison(), exports
// CSV and charts snapshots.
#include "ui/agreement/agreementdashboard.h"
#include "ui/document.h"
#include "ui/agreement/agreementtablemodel.h"

#include "core/agreement/snapshots.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dyad;
using namespace dyad::core;

class TestAgreementDashboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::Document> m_document; // the dashboard saves snapshots, so it holds the document
    Project *m_project = nullptr;
    Reviewer m_alice, m_bob;
    std::vector<QUuid> m_records;
    Code m_trust, m_funding;

    void code(const Reviewer &who, int record, const Code &c, Offset s, Offset e)
    {
        Coding coding;
        coding.recordId = m_records[size_t(record)];
        coding.codeId = c.id;
        coding.reviewerId = who.id;
        coding.span = {s, e};
        QVERIFY(m_project->addCoding(coding).ok());
    }

    static int rowOf(const QAbstractItemModel *model, const QString &code)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, ui::AgreementTableModel::CodeColumn).data().toString() == code)
                return r;
        return -1;
    }

private slots:
    void init()
    {
        m_document = std::make_unique<ui::Document>(createInMemoryProject().value());
        m_project = &m_document->project();
        m_alice = m_project->addReviewer(QStringLiteral("Alice")).value();
        m_bob = m_project->addReviewer(QStringLiteral("Bob")).value();
        std::vector<Record> rs(4);
        for (size_t i = 0; i < rs.size(); ++i) {
            rs[i].title = QStringLiteral("Record %1").arg(i);
            rs[i].text = QStringLiteral("社区卫生工作者 build trust \U0001F600 slowly"); // 28 code points
        }
        m_records = m_project->addRecords(rs).value();
        Code t;
        t.name = QStringLiteral("Trust");
        m_trust = m_project->createCode(t).value();
        Code f;
        f.name = QStringLiteral("Funding");
        m_funding = m_project->createCode(f).value();
        // Trust: both in record 0, Alice only in record 1; Funding: both in records 0 and 2
        code(m_alice, 0, m_trust, 14, 19);
        code(m_bob, 0, m_trust, 14, 19);
        code(m_alice, 1, m_trust, 14, 19);
        code(m_alice, 0, m_funding, 0, 7);
        code(m_bob, 0, m_funding, 0, 7);
        code(m_alice, 2, m_funding, 0, 7);
        code(m_bob, 2, m_funding, 0, 7);
    }

    void computesAndShowsTheCounts()
    {
        ui::AgreementDashboard dashboard(m_document.get());
        QSignalSpy done(&dashboard, &ui::AgreementDashboard::computed);
        dashboard.compute();
        QVERIFY(done.wait(10000));
        QVERIFY(dashboard.result());
        const QAbstractItemModel *model = dashboard.proxyModel();
        QCOMPARE(model->rowCount(), 3); // Trust, Funding, pooled
        const int trust = rowOf(model, QStringLiteral("Trust"));
        QVERIFY(trust >= 0);
        // records 0–2 were coded; characters over 3 × 28 code points: a = 5, b = 5, c = 0, d = 74
        QCOMPARE(model->index(trust, ui::AgreementTableModel::ACol).data().toString(), QStringLiteral("5"));
        QCOMPARE(model->index(trust, ui::AgreementTableModel::BCol).data().toString(), QStringLiteral("5"));
        QCOMPARE(model->index(trust, ui::AgreementTableModel::DCol).data().toString(), QStringLiteral("74"));
    }

    void sortsNumericallyAndFilters()
    {
        ui::AgreementDashboard dashboard(m_document.get());
        QSignalSpy done(&dashboard, &ui::AgreementDashboard::computed);
        dashboard.compute();
        QVERIFY(done.wait(10000));
        dashboard.tableView()->sortByColumn(ui::AgreementTableModel::KappaCol, Qt::DescendingOrder);
        const QAbstractItemModel *model = dashboard.proxyModel();
        // Funding agrees perfectly (κ = 1), so it leads
        QCOMPARE(model->index(0, ui::AgreementTableModel::CodeColumn).data().toString(), QStringLiteral("Funding"));
        dashboard.proxyModel()->setFilterFixedString(QStringLiteral("trus"));
        QCOMPARE(model->rowCount(), 1);
    }

    void drillDownEmitsOpenComparison()
    {
        ui::AgreementDashboard dashboard(m_document.get());
        QSignalSpy done(&dashboard, &ui::AgreementDashboard::computed);
        dashboard.compute();
        QVERIFY(done.wait(10000));
        const int trust = rowOf(dashboard.proxyModel(), QStringLiteral("Trust"));
        dashboard.tableView()->setCurrentIndex(dashboard.proxyModel()->index(trust, 0));
        QTreeWidget *evidence = dashboard.evidenceView();
        QCOMPARE(evidence->topLevelItemCount(), 2); // records 0 and 1
        // the disagreement (record 1, Alice only) is listed first
        QCOMPARE(evidence->topLevelItem(0)->text(0), QStringLiteral("Record 1"));
        QCOMPARE(evidence->topLevelItem(0)->text(2), QString());
        QSignalSpy open(&dashboard, &ui::AgreementDashboard::openComparison);
        emit evidence->itemActivated(evidence->topLevelItem(0), 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.front().front().toUuid(), m_records[1]);
    }

    void codeOfOneReviewerIsNotAParadox()
    {
        // Access: only Alice, in record 3 (code points 0–7). Characters over the 4 coded records
        // (4 × 28): a 0, b 7, c 0, d 105; p_o = 105/112 = 0.94 and κ = 0, which the p_o/κ rule
        // alone called a "paradox". It is one reviewer's code: the flag says so instead.
        Code access;
        access.name = QStringLiteral("Access");
        access = m_project->createCode(access).value();
        code(m_alice, 3, access, 0, 7);
        ui::AgreementDashboard dashboard(m_document.get());
        QSignalSpy done(&dashboard, &ui::AgreementDashboard::computed);
        dashboard.compute();
        QVERIFY(done.wait(10000));
        const QAbstractItemModel *model = dashboard.proxyModel();
        const int row = rowOf(model, QStringLiteral("Access"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, ui::AgreementTableModel::DCol).data().toString(), QStringLiteral("105"));
        QCOMPARE(model->index(row, ui::AgreementTableModel::KappaCol).data().toString(), QStringLiteral("0.000"));
        QCOMPARE(model->index(row, ui::AgreementTableModel::FlagCol).data().toString(), QStringLiteral("only Alice"));
        QVERIFY(model->index(row, ui::AgreementTableModel::FlagCol).data(Qt::ToolTipRole).toString().startsWith(
            QStringLiteral("Only Alice applied this code")));
    }

    void exportsCsvAndChartsSnapshots()
    {
        ui::AgreementDashboard dashboard(m_document.get());
        QSignalSpy done(&dashboard, &ui::AgreementDashboard::computed);
        dashboard.compute();
        QVERIFY(done.wait(10000));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.csv"));
        QCOMPARE(dashboard.exportCsvTo(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // A CSV file like every other: byte-order mark (spreadsheets read Chinese), CRLF rows.
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "reviewer_a,reviewer_b,scope,code_id,code,unit,a,b,c,d"));
        QVERIFY(bytes.contains("\r\n"));
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QVERIFY(lines.size() > 3);

        QVERIFY(core::agreement::saveSnapshot(*m_project, *dashboard.result(), core::agreement::Unit::Character,
                                              QStringLiteral("pilot"))
                    .ok());
        dashboard.refreshChart();
        // one line (pooled) while no code is selected, a second one for the selected code
        QCOMPARE(dashboard.chartSeriesNames(), QStringList{QStringLiteral("All codes pooled")});
        const int trust = rowOf(dashboard.proxyModel(), QStringLiteral("Trust"));
        dashboard.tableView()->setCurrentIndex(dashboard.proxyModel()->index(trust, 0));
        QCOMPARE(dashboard.chartSeriesNames(), (QStringList{QStringLiteral("All codes pooled"), QStringLiteral("Trust")}));
    }
};

QTEST_MAIN(TestAgreementDashboard)
#include "test_agreement_dashboard.moc"
