// The workbench open beside dyad-cli: what another process writes shows up in the open
// window (record list, codebook, coding counts) without reopening, and the window can go on
// writing after it.
#include "fixture.h"
#include "uitest.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordlistmodel.h"
#include "ui/workbench/recordview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QScrollBar>
#include <QTreeView>
#include <QTemporaryDir>

using namespace dyad;

class TestExternalChanges : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::Study m_study;
    std::unique_ptr<ui::MainWindow> m_window;

    static QString cli()
    {
#ifdef DYAD_CLI_PATH
        return QStringLiteral(DYAD_CLI_PATH);
#else
        return QString();
#endif
    }

    static void run(const QStringList &args)
    {
        QProcess p;
        p.start(cli(), args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    core::Project &project() { return m_window->document()->project(); }

    int aliceCodings(const QUuid &record)
    {
        auto *model = m_window->recordListModel();
        return model->data(model->indexOf(record, ui::RecordListModel::CodingsColumn)).toInt();
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        if (cli().isEmpty())
            QSKIP("dyad-cli was not built, so no second process can write the open project");
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("shared-%1.dyad").arg(QUuid::createUuid().toString(QUuid::Id128)));
        m_study = test::makeStudyProject(m_path, true);
        const QUuid alice = m_study.alice.id;
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(m_study.project)), alice);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void writesOfAnotherProcessAppearInTheOpenWindow()
    {
        const int records = m_window->recordListModel()->rowCount();
        const int coded = aliceCodings(m_study.englishRecord);
        QVERIFY(coded > 0);

        run({QStringLiteral("codes"), m_path, QStringLiteral("--add"), QStringLiteral("Hope"), QStringLiteral("--as"),
             QStringLiteral("Lena")});
        run({QStringLiteral("code"), m_path, m_study.englishRecord.toString(QUuid::WithoutBraces), QStringLiteral("Cost"),
             QStringLiteral("75:80"), QStringLiteral("--as"), QStringLiteral("Alice")});
        run({QStringLiteral("import"), m_path, QStringLiteral(DYAD_TEST_DATA_DIR "/import/zotero.ris")});

        QUuid hope;
        for (const core::Code &c : project().allCodes())
            if (c.name == QStringLiteral("Hope"))
                hope = c.id;
        QVERIFY(!hope.isNull()); // the open project reads the file as it is now
        QTRY_VERIFY_WITH_TIMEOUT(m_window->codebookModel()->indexOf(hope).isValid(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->recordListModel()->rowCount(), records + 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(aliceCodings(m_study.englishRecord), coded + 1, 5000);

        // The list was reloaded under the record being read: that record is still the current
        // row, and the keyboard walks on from it to the records the other process imported.
        QTreeView *list = m_window->recordListView();
        const QUuid shown = m_window->recordView()->recordId();
        QVERIFY(!shown.isNull());
        QCOMPARE(list->currentIndex().data(ui::RecordListModel::RecordIdRole).toUuid(), shown);
        list->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        const auto last = project().record(m_window->recordView()->recordId());
        QVERIFY(last);
        QCOMPARE(last->title, QStringLiteral("Coding together: reflexivity in team-based analysis"));

        // The window writes on after the other process without "database is locked".
        core::Coding c;
        c.recordId = m_study.englishRecord;
        c.codeId = hope;
        c.span = {90, 95};
        auto added = project().addCoding(c);
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error()));
        QTRY_COMPARE_WITH_TIMEOUT(aliceCodings(m_study.englishRecord), coded + 2, 5000);
        QVERIFY(project().check().ok());
    }

    void metadataCorrectedElsewhereShowsWithoutLosingThePlace()
    {
        // A list long enough to scroll: 200 uncoded records with DOIs, added by this window.
        std::vector<core::Record> more;
        for (int i = 0; i < 200; ++i) {
            core::Record r;
            r.title = QStringLiteral("Village clinic survey %1").arg(i);
            r.year = 2019;
            r.doi = QStringLiteral("10.5555/village.%1").arg(i);
            r.text = QStringLiteral("Survey %1 of a village clinic.").arg(i);
            more.push_back(r);
        }
        project().setActor(m_study.lead.id);
        const std::vector<QUuid> ids = project().addRecords(more).value();
        project().setActor(m_study.alice.id);
        QTreeView *list = m_window->recordListView();
        QTRY_COMPARE(m_window->recordListModel()->rowCount(), 203);

        // The reader walks down to survey 120 and reads it, then scrolls the list elsewhere.
        list->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        for (int i = 0; i < 123; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        const QUuid reading = m_window->recordView()->recordId();
        const auto at = std::find(ids.begin(), ids.end(), reading);
        QVERIFY(at != ids.end()); // one of the surveys, whatever the list's sort order
        const int n = static_cast<int>(at - ids.begin());
        QCOMPARE(list->currentIndex().data(ui::RecordListModel::RecordIdRole).toUuid(), reading);
        QScrollBar *scroll = list->verticalScrollBar();
        QVERIFY(scroll->maximum() > 40);
        scroll->setValue(scroll->maximum() / 4); // the current row is now out of sight
        const int scrolled = scroll->value();
        auto *codebook = m_window->codebookModel();
        auto costCount = [&] { return codebook->indexOf(m_study.cost, ui::CodebookModel::CountColumn).data().toString(); };
        QTRY_VERIFY(!codebook->countsPending()); // the counts after the earlier reload have arrived
        const QString costBefore = costCount();

        // Another process re-imports that survey with a corrected title (same DOI, no codings:
        // the record is updated, no record is added) and Alice codes Cost once more.
        const QString ris = m_dir.filePath(QStringLiteral("corrected.ris"));
        {
            QFile f(ris);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("TY  - JOUR\r\nTI  - Village clinic survey %1: fees and distances\r\nPY  - 2019\r\n"
                                   "DO  - 10.5555/village.%1\r\nAB  - Survey %1 of a village clinic, corrected.\r\n"
                                   "ER  - \r\n")
                        .arg(n)
                        .toUtf8());
        }
        run({QStringLiteral("import"), m_path, ris});
        run({QStringLiteral("code"), m_path, m_study.englishRecord.toString(QUuid::WithoutBraces), QStringLiteral("Cost"),
             QStringLiteral("75:80"), QStringLiteral("--as"), QStringLiteral("Alice")});

        const QString corrected = QStringLiteral("Village clinic survey %1: fees and distances").arg(n);
        auto *model = m_window->recordListModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->indexOf(reading, ui::RecordListModel::TitleColumn)).toString(),
                                  corrected, 5000);
        QCOMPARE(model->rowCount(), 203);
        // The header above the text says it too.
        bool headerShows = false;
        for (const QLabel *label : m_window->recordView()->findChildren<QLabel *>())
            headerShows = headerShows || label->text() == corrected;
        QVERIFY(headerShows);
        // The codebook counts Alice's new coding.
        QTRY_VERIFY_WITH_TIMEOUT(!codebook->countsPending() && costCount() != costBefore, 5000);
        QCOMPARE(costCount().toInt(), costBefore.toInt() + 1);
        // Nothing moved under the reader: same current row, same scroll position.
        QCOMPARE(list->currentIndex().data(ui::RecordListModel::RecordIdRole).toUuid(), reading);
        QCOMPARE(scroll->value(), scrolled);
        QCOMPARE(m_window->recordView()->recordId(), reading);
        // The keyboard walks on from there.
        const QUuid below = list->model()->index(list->currentIndex().row() + 1, 0).data(ui::RecordListModel::RecordIdRole).toUuid();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTRY_COMPARE(m_window->recordView()->recordId(), below);
    }
    void countsStayUntilTheRecountArrivesAfterAWriteElsewhere()
    {
        // Alice's counts as the window shows them, once the first count has arrived: the
        // fixture gives her two Cost codings, three under Trust (with its two sub-codes) and
        // eight on the English record.
        auto *codebook = m_window->codebookModel();
        auto *records = m_window->recordListModel();
        auto count = [&](const QUuid &code) {
            return codebook->indexOf(code, ui::CodebookModel::CountColumn).data().toInt();
        };
        QTRY_VERIFY(!codebook->countsPending() && !records->countsPending());
        const int cost = count(m_study.cost), trust = count(m_study.trust);
        const int english = aliceCodings(m_study.englishRecord);
        QCOMPARE(cost, 2);
        QCOMPARE(trust, 3);
        QCOMPARE(english, 8);

        // Another process codes Cost once more; the window notices, reloads and recounts in
        // the background. Every read until the new figures arrive shows the old ones.
        run({QStringLiteral("code"), m_path, m_study.englishRecord.toString(QUuid::WithoutBraces), QStringLiteral("Cost"),
             QStringLiteral("75:80"), QStringLiteral("--as"), QStringLiteral("Alice")});
        QElapsedTimer clock;
        clock.start();
        int reads = 0;
        while (count(m_study.cost) != cost + 1 && clock.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            ++reads;
            QCOMPARE(count(m_study.trust), trust); // never 0 in between
            const int costShown = count(m_study.cost);
            QVERIFY2(costShown == cost || costShown == cost + 1, qPrintable(QString::number(costShown)));
            const int shown = aliceCodings(m_study.englishRecord);
            QVERIFY2(shown == english || shown == english + 1, qPrintable(QString::number(shown)));
        }
        QCOMPARE(count(m_study.cost), cost + 1);
        QTRY_COMPARE_WITH_TIMEOUT(aliceCodings(m_study.englishRecord), english + 1, 5000);
        QCOMPARE(count(m_study.trust), trust);
        QVERIFY(reads > 0);
    }
};

QTEST_MAIN(TestExternalChanges)
#include "test_externalchanges.moc"
