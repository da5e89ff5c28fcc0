// Retrieval (issue 14): double-clicking a code in the codebook lists every passage coded with
// it; Enter jumps to one in the document; the list follows new codings and unblinding, shows
// a blinded reviewer only their own passages, and exports as CSV. The codebook's counts kept
// from change events agree with a fresh count after apply, undo, redo and recode.
#include "fixture.h"
#include "uitest.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordlistmodel.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"
#include "ui/workbench/retrievaldock.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace dyad;

using test::whenShown;

class TestRetrieval : public QObject
{
    Q_OBJECT

private:
    test::Study m_study;
    std::unique_ptr<ui::MainWindow> m_window;
    QUuid m_chineseTrust; // Alice's Trust on "乡村医生" in the Chinese record

    core::Project &project() { return m_window->document()->project(); }
    ui::RetrievalDock *dock() { return m_window->retrievalDock(); }

    void openAs(const core::Reviewer &who)
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(m_study.project)), who.id);
        m_window->resize(1300, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    // A real double-click on the code's row in the codebook tree.
    void doubleClickCode(const QUuid &code)
    {
        ui::CodebookView *view = m_window->codebookView();
        const QModelIndex index = m_window->codebookModel()->indexOf(code);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCoreApplication::processEvents();
    }

    QStringList listed(int column)
    {
        QStringList out;
        QAbstractItemModel *m = dock()->list()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, column).data().toString();
        return out;
    }

    int uses(const QUuid &code)
    {
        return m_window->codebookModel()->indexOf(code, ui::CodebookModel::CountColumn).data().toInt();
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_study = test::makeStudyProject(QString(), true);
        core::Project &p = *m_study.project;
        p.setActor(m_study.alice.id);
        core::Coding c;
        c.recordId = m_study.chineseRecord;
        c.codeId = m_study.trust;
        c.span = {0, 4};
        m_chineseTrust = p.addCoding(c).value().id;
        p.setActor({});
    }

    void cleanup() { m_window.reset(); }

    void doubleClickingACodeListsItsPassagesAndEnterJumpsToOne()
    {
        openAs(m_study.alice);
        QVERIFY(!dock()->isVisible());
        doubleClickCode(m_study.trust);
        QVERIFY(dock()->isVisible());
        QCOMPARE(dock()->codeId(), m_study.trust);
        // Alice's two Trust passages; Bob's (same span) stays hidden: the pilot round is blind.
        QCOMPARE(listed(2), (QStringList{QStringLiteral("Community health workers build trust between rural "
                                                        "households and clinics."),
                                         QStringLiteral("乡村医生")}));
        QCOMPARE(listed(1), (QStringList{QStringLiteral("Alice"), QStringLiteral("Alice")}));
        QCOMPARE(listed(0).at(1), QStringLiteral("乡村医生与村民之间的信任：一项定性研究"));

        // The list has focus: Down, then Enter shows that passage in the document.
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dock()->list()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(m_window->recordView()->recordId(), m_study.chineseRecord);
        ui::RecordTextEdit *text = m_window->recordView()->textEdit();
        QCOMPARE(text->selectedCoding(), m_chineseTrust);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(text));
    }

    void aBlindedReviewerSeesOnlyOwnPassagesUntilTheLeadUnblinds()
    {
        const core::Reviewer lead = m_study.lead;
        const QUuid pilot = m_study.pilot.id;
        openAs(m_study.bob);
        doubleClickCode(m_study.trust);
        QCOMPARE(listed(1), QStringList{QStringLiteral("Bob")});
        // Asking for Alice's layer does not reveal it either.
        QComboBox *layer = dock()->findChild<QComboBox *>(QStringLiteral("PassageLayer"));
        layer->setFocus();
        const int alice = layer->findText(QStringLiteral("Alice"));
        QVERIFY(alice > 0);
        while (layer->currentIndex() != alice)
            QTest::keyClick(layer, layer->currentIndex() < alice ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(dock()->passages().size(), size_t(0));
        while (layer->currentIndex() != 0)
            QTest::keyClick(layer, Qt::Key_Up);

        // The lead lifts blinding (another window would do this): the list follows.
        project().setActor(lead.id);
        QVERIFY(project().unblindRound(pilot).ok());
        project().setActor(m_study.bob.id);
        QTRY_COMPARE(dock()->passages().size(), size_t(3));
        QCOMPARE(listed(1), (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Alice")}));
    }

    void applyingTheCodeByKeyAddsThePassageAndTheCounts()
    {
        openAs(m_study.alice);
        doubleClickCode(m_study.mutualTrust);
        QCOMPARE(dock()->passages().size(), size_t(1));
        QCOMPARE(uses(m_study.mutualTrust), 1);
        QCOMPARE(uses(m_study.trust), 4); // Trust 2 + Mutual trust 1 + Distrust 1, Alice's only

        m_window->showRecord(m_study.englishRecord);
        ui::RecordTextEdit *text = m_window->recordView()->textEdit();
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 9; ++i) // "Community"
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1); // quick key 1 = Mutual trust
        QTRY_COMPARE(dock()->passages().size(), size_t(2));
        QCOMPARE(listed(2).at(0), QStringLiteral("Community"));
        QCOMPARE(uses(m_study.mutualTrust), 2);
        QCOMPARE(uses(m_study.trust), 5);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(dock()->passages().size(), size_t(1));
        QCOMPARE(uses(m_study.mutualTrust), 1);
        QCOMPARE(uses(m_study.trust), 4);
    }

    void countsKeptFromEventsEqualAFreshCount()
    {
        openAs(m_study.alice);
        ui::Document *doc = m_window->document();
        core::Project &p = project();
        // Recode one of Alice's Cost codings to Training, remove another, add two, undo, redo.
        core::CodingQuery q;
        q.reviewerId = m_study.alice.id;
        q.codeId = m_study.cost;
        const auto costs = p.codings(q);
        QCOMPARE(costs.size(), size_t(2));
        QVERIFY(p.updateCodingCode(costs[0].id, m_study.training).ok());
        QVERIFY(p.removeCoding(costs[1].id).ok());
        ui::RecordTextEdit *text = m_window->recordView()->textEdit();
        m_window->showRecord(m_study.englishRecord);
        text->setFocus();
        text->selectSpan({10, 16});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
        text->selectSpan({17, 24});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
        doc->undoStack()->undo();
        doc->undoStack()->redo();

        ui::CodebookModel fresh; // counts from the one query, nothing incremental
        fresh.setDocument(doc);
        for (const QUuid &id : m_window->codebookModel()->codesInTreeOrder())
            QCOMPARE(uses(id), fresh.indexOf(id, ui::CodebookModel::CountColumn).data().toInt());
        QCOMPARE(uses(m_study.cost), 1);     // 2 − 1 recoded − 1 removed + 1 by key 3 (undone, redone)
        QCOMPARE(uses(m_study.training), 2); // 1 + 1 recoded
        QCOMPARE(uses(m_study.distrust), 2); // 1 + 1 by key 2
        QCOMPARE(uses(m_study.access), 3);   // Access 1 + Cost 1 + Distance 1
        QCOMPARE(uses(m_study.trust), 5);    // Trust 2 + Mutual trust 1 + Distrust 2
    }

    void countsOnAProjectFileArriveFromTheBackgroundAndMissNothing()
    {
        QTemporaryDir dir;
        m_study = test::makeStudyProject(dir.filePath(QStringLiteral("counts.dyad")), true);
        const QUuid alice = m_study.alice.id, bob = m_study.bob.id;
        openAs(m_study.alice);
        ui::CodebookModel *codebook = m_window->codebookModel();
        QTRY_VERIFY(!codebook->countsPending());
        QCOMPARE(uses(m_study.trust), 3); // Trust + Mutual trust + Distrust, Alice's own
        QCOMPARE(uses(m_study.access), 4); // Access + Cost 2 + Distance

        // Switch reviewer and back: counted again off the GUI thread. A code applied by key
        // while that count is on its way must still be in the figures.
        m_window->document()->setReviewer(bob);
        m_window->document()->setReviewer(alice);
        QVERIFY(codebook->countsPending());
        m_window->showRecord(m_study.englishRecord);
        ui::RecordTextEdit *text = m_window->recordView()->textEdit();
        text->setFocus();
        text->selectSpan({0, 9});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1); // Mutual trust
        QTRY_VERIFY(!codebook->countsPending());
        QTRY_VERIFY(!m_window->recordListModel()->countsPending());
        QCOMPARE(uses(m_study.mutualTrust), 2);
        QCOMPARE(uses(m_study.trust), 4);
        QCOMPARE(m_window->recordListModel()->indexOf(m_study.englishRecord, ui::RecordListModel::CodingsColumn)
                     .data()
                     .toInt(),
                 9);
    }

    void theListExportsAsCsvThroughTheSaveDialog()
    {
        openAs(m_study.alice);
        doubleClickCode(m_study.trust);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trust-passages.csv"));
        bool answered = false;
        whenShown(this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || !QApplication::focusWidget() || !dialog->isAncestorOf(QApplication::focusWidget()))
                return false; // not there yet, or not focused yet
            QTest::keyClicks(QApplication::focusWidget(), path);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            return answered = true;
        });
        QTest::mouseClick(dock()->findChild<QPushButton *>(QStringLiteral("PassageExport")), Qt::LeftButton);
        QVERIFY(answered);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto rows = test::parseCsv(QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)));
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].mid(0, 3), (QStringList{QStringLiteral("record"), QStringLiteral("record_id"),
                                                 QStringLiteral("reviewer")}));
        QCOMPARE(rows[1].at(6), QStringLiteral("Community health workers build trust between rural households and "
                                               "clinics."));
        QCOMPARE(rows[1].at(7), QStringLiteral("The study's main claim."));
        QCOMPARE(rows[2].at(6), QStringLiteral("乡村医生"));
    }
};

QTEST_MAIN(TestRetrieval)
#include "test_retrieval.moc"
