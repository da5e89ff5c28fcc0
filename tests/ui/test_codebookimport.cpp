// Importing a codebook from the workbench (issue 14): the codebook toolbar's Import button,
// the file dialog and the summary, for a CSV table and a REFI-QDA .qdc; a second import
// changes nothing, and a file that is not a codebook is refused with its name.
#include "fixture.h"
#include "uitest.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <functional>

using namespace dyad;

using test::whenShown;

class TestCodebookImport : public QObject
{
    Q_OBJECT

private:
    test::Study m_study;
    std::unique_ptr<ui::MainWindow> m_window;

    core::Project &project() { return m_window->document()->project(); }

    std::optional<core::Code> codeNamed(const QString &name)
    {
        for (const core::Code &c : project().allCodes())
            if (c.name == name)
                return c;
        return std::nullopt;
    }

    // Clicks the codebook toolbar's Import button, answers the file dialog with `path` and
    // returns the text of the message box that follows (closing it with Enter).
    QString importThroughTheGui(const QString &path)
    {
        QString message;
        whenShown(this, [path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || !QApplication::focusWidget() || !dialog->isAncestorOf(QApplication::focusWidget()))
                return false; // not there yet, or not focused yet
            QTest::keyClicks(QApplication::focusWidget(), path);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            return true;
        });
        whenShown(this, [&message] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !QApplication::focusWidget() || !box->isAncestorOf(QApplication::focusWidget()))
                return false;
            message = box->text();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            return true;
        });
        QAction *import = m_window->action(QStringLiteral("importCodebook"));
        QToolButton *button = nullptr;
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(import)); b && b->isVisible())
                button = b;
        if (!button)
            return QStringLiteral("no visible Import button");
        QTest::mouseClick(button, Qt::LeftButton);
        return message;
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_study = test::makeStudyProject();
        const QUuid alice = m_study.alice.id;
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(m_study.project)), alice);
        m_window->resize(1300, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup() { m_window.reset(); }

    void aCsvTableAddsItsCodesUnderTheirParents()
    {
        const size_t before = project().allCodes().size();
        const QString summary = importThroughTheGui(QStringLiteral(DYAD_TEST_DATA_DIR "/codebook/deductive.csv"));
        QVERIFY2(summary.startsWith(QStringLiteral("deductive.csv: 5 code(s) created, 0 updated")), qPrintable(summary));
        QCOMPARE(project().allCodes().size(), before + 5);
        const auto barriers = codeNamed(QStringLiteral("Barriers"));
        const auto cost = codeNamed(QStringLiteral("Cost of care"));
        QVERIFY(barriers && cost);
        QCOMPARE(cost->parentId, barriers->id);
        QCOMPARE(cost->definition, QStringLiteral("Fees, transport money, lost wages."));
        QCOMPARE(cost->color.toLower(), QStringLiteral("#f58231"));
        // The codebook tree shows them at once (it follows the change events).
        ui::CodebookModel *model = m_window->codebookModel();
        QCOMPARE(model->indexOf(cost->id).parent(), model->indexOf(barriers->id));

        const QString again = importThroughTheGui(QStringLiteral(DYAD_TEST_DATA_DIR "/codebook/deductive.csv"));
        QVERIFY2(again.startsWith(QStringLiteral("deductive.csv: 0 code(s) created, 0 updated, 5 unchanged")),
                 qPrintable(again));
        QCOMPARE(project().allCodes().size(), before + 5);
    }

    void aRefiCodebookKeepsItsGuids()
    {
        const QString summary = importThroughTheGui(QStringLiteral(DYAD_TEST_DATA_DIR "/codebook/deductive.qdc"));
        QVERIFY2(summary.startsWith(QStringLiteral("deductive.qdc: 3 code(s) created")), qPrintable(summary));
        const auto stigma = project().code(QUuid::fromString(QStringLiteral("7d0a6a8e-3c1f-4a52-9a8e-2f1c5b6d7e01")));
        QVERIFY(stigma);
        QCOMPARE(stigma->name, QStringLiteral("Stigma"));
        const auto child = project().code(QUuid::fromString(QStringLiteral("7d0a6a8e-3c1f-4a52-9a8e-2f1c5b6d7e02")));
        QVERIFY(child);
        QCOMPARE(child->parentId, stigma->id);
        QVERIFY(codeNamed(QStringLiteral("信任")));
        QVERIFY(m_window->codebookModel()->indexOf(child->id).isValid());
    }

    void aFileThatIsNotACodebookIsRefusedAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Barriers\nCost\n");
        f.close();
        const size_t before = project().allCodes().size();
        const QString message = importThroughTheGui(path);
        QVERIFY2(message.contains(QStringLiteral("notes.txt is not a codebook")), qPrintable(message));
        QCOMPARE(project().allCodes().size(), before);
    }
};

QTEST_MAIN(TestCodebookImport)
#include "test_codebookimport.moc"
