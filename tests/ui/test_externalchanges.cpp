// The workbench open beside dyad-cli: what another process writes shows up in the open
// window (record list, codebook, coding counts) without reopening, and the window can go on
// writing after it.
#include "fixture.h"
#include "uitest.h"

#include "ui/codebookmodel.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/recordlistmodel.h"
#include "ui/recordview.h"

#include <QApplication>
#include <QProcess>
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
};

QTEST_MAIN(TestExternalChanges)
#include "test_externalchanges.moc"
