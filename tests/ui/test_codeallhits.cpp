// Code All Search Hits on thousands of hits (issue 14): the hits are found off the GUI thread
// while a progress dialog with Cancel shows and the window goes on processing events; Cancel
// adds nothing; a full run adds every hit once, as one undo step that Ctrl+Z takes back.
#include "fixture.h"
#include "uitest.h"

#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordfiltermodel.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QApplication>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace dyad;

using test::whenShown;

class TestCodeAllHits : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRecords = 1500; // four hits each: 6,000 hits, and the fixture's own

    QTemporaryDir m_dir;
    test::Study m_study;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_expectedHits = 0;

    core::Project &project() { return m_window->document()->project(); }
    size_t trainingCodings() { return project().codings({{}, m_study.alice.id, m_study.training, {}}).size(); }

    // Answers the code picker by typing, as a person does.
    bool pickTraining()
    {
        QWidget *picker = QApplication::activePopupWidget();
        if (!picker || !QApplication::focusWidget() || !picker->isAncestorOf(QApplication::focusWidget()))
            return false;
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Training"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        return true;
    }

    // What a person sees while the hits are found: the progress dialog, polled as often as the
    // window's event loop turns.
    struct Watch
    {
        int ticks = 0;         // turns of the event loop while the dialog was up
        int maximum = 0;       // the largest range the bar showed
        QString label;
        bool cancelled = false;
    };

    void watchProgress(Watch &watch, bool cancel)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(0);
        connect(timer, &QTimer::timeout, this, [this, timer, &watch, cancel] {
            auto *dialog = m_window->findChild<QProgressDialog *>();
            if (!dialog || !dialog->isVisible()) {
                if (watch.ticks > 0) // it came and went
                    timer->deleteLater();
                return;
            }
            ++watch.ticks;
            watch.maximum = std::max(watch.maximum, dialog->maximum());
            watch.label = dialog->labelText();
            if (cancel && !watch.cancelled) {
                QPushButton *button = dialog->findChild<QPushButton *>();
                QVERIFY(button);
                QCOMPARE(button->text(), QStringLiteral("Cancel"));
                QTest::mouseClick(button, Qt::LeftButton);
                watch.cancelled = true;
            }
        });
        timer->start();
    }

    void pressCodeAllHits()
    {
        QTRY_VERIFY(QApplication::focusWidget()); // the window has the keyboard again
        whenShown(this, [this] { return pickTraining(); });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("hits-%1.dyad").arg(QUuid::createUuid().toString(QUuid::Id128)));
        m_study = test::makeStudyProject(path, true);
        core::Project &p = *m_study.project;
        p.setActor(m_study.lead.id);
        QVERIFY(p.addRecords(test::recordsWithFourWorkers(kRecords)).ok());
        // The answer, counted apart from the code under test: words starting with "workers".
        const QRegularExpression word(QStringLiteral("\\bworkers\\w*"), QRegularExpression::CaseInsensitiveOption);
        m_expectedHits = 0;
        for (const core::RecordSummary &r : p.recordSummaries())
            m_expectedHits += int(p.record(r.id)->text.count(word));
        QCOMPARE(m_expectedHits, 4 * kRecords + 4); // the fixture's English record has four

        // The window as Alice opens it, active, with the keyboard in it.
        auto document = std::make_unique<ui::Document>(std::move(m_study.project));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1300, 900);
        m_window->setDocument(std::move(document), m_study.alice.id);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());

        // Ctrl+F and type the word; every record is listed.
        m_window->recordView()->textEdit()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(test::child<QLineEdit>(m_window.get(), "RecordSearch")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("workers"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->recordFilterModel()->rowCount(), kRecords + 1, 10000);
    }

    void cleanup() { m_window.reset(); }

    void cancelAddsNothingAndAFullRunIsOneUndoStep()
    {
        const size_t before = trainingCodings();
        QUndoStack *stack = m_window->document()->undoStack();
        const int steps = stack->count();

        // First run: the progress dialog comes up while the window runs on; Cancel.
        Watch cancelled;
        watchProgress(cancelled, true);
        pressCodeAllHits();
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.ticks > 0);
        QCOMPARE(cancelled.label, QStringLiteral("Finding the search hits…"));
        QCOMPARE(trainingCodings(), before);
        QCOMPARE(stack->count(), steps);
        QVERIFY(!m_window->findChild<QProgressDialog *>() || !m_window->findChild<QProgressDialog *>()->isVisible());
        // The keyboard is back in the search box, where it was.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(test::child<QLineEdit>(m_window.get(), "RecordSearch")));

        // Second run, to the end: the bar counts the records searched, the events keep coming.
        Watch full;
        watchProgress(full, false);
        pressCodeAllHits();
        QVERIFY(full.ticks > 0);
        QCOMPARE(full.maximum, kRecords + 1);
        QCOMPARE(trainingCodings(), before + size_t(m_expectedHits));
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY2(stack->text(stack->count() - 1).startsWith(QStringLiteral("Code %1 Search Hit").arg(m_expectedHits)),
                 qPrintable(stack->text(stack->count() - 1)));

        // Once more: every hit carries the code, nothing is added, no step is pushed.
        Watch again;
        watchProgress(again, false);
        pressCodeAllHits();
        QCOMPARE(trainingCodings(), before + size_t(m_expectedHits));
        QCOMPARE(stack->count(), steps + 1);

        // The focus is back in the document: one Ctrl+Z takes every one of them away.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->recordView()->textEdit()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(trainingCodings(), before);
        QVERIFY(project().check().ok());
    }
};

QTEST_MAIN(TestCodeAllHits)
#include "test_codeallhits.moc"
