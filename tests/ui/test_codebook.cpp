// The codebook tree: item-model contracts, drag-and-drop regrouping, merge from the tree
// (undo restores codes and codings with their ids), renames merging, and the record list.
#include "fixture.h"
#include "uitest.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordfiltermodel.h"
#include "ui/workbench/recordlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMimeData>
#include <QUndoStack>

using namespace dyad;

class TestCodebook : public QObject
{
    Q_OBJECT

private:
    test::Study m_study;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_codebookTester, m_recordsTester, m_filterTester;

    core::Project &project() { return m_window->document()->project(); }
    QUndoStack *stack() { return m_window->document()->undoStack(); }
    ui::CodebookModel *model() { return m_window->codebookModel(); }

    QUuid parentInTree(const QUuid &code) { return model()->codeId(model()->indexOf(code).parent()); }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_study = test::makeStudyProject(QString(), true);
        const QUuid alice = m_study.alice.id;
        m_window = std::make_unique<ui::MainWindow>();
        // Testers first: they then watch every signal the models send from here on.
        m_codebookTester = std::make_unique<QAbstractItemModelTester>(
            m_window->codebookModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_recordsTester = std::make_unique<QAbstractItemModelTester>(
            m_window->recordListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_window->recordFilterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->setDocument(std::make_unique<ui::Document>(std::move(m_study.project)), alice);
        m_window->show();
    }

    void cleanup()
    {
        m_codebookTester.reset();
        m_recordsTester.reset();
        m_filterTester.reset();
        m_window.reset();
    }

    void noTwoCommandsShareAShortcut()
    {
        // A key bound to two window-wide actions fires neither (Qt reports it as ambiguous):
        // Import Records and In Vivo both had Ctrl+I once.
        QHash<QString, QString> owner;
        QStringList clashes;
        for (const QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcutContext() == Qt::WidgetShortcut || a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
                continue;
            for (const QKeySequence &key : a->shortcuts()) {
                const QString k = key.toString(QKeySequence::PortableText);
                const QString name = a->text().remove(QLatin1Char('&'));
                if (owner.contains(k) && owner.value(k) != name)
                    clashes << QStringLiteral("%1: %2 / %3").arg(k, owner.value(k), name);
                owner.insert(k, name);
            }
        }
        QVERIFY(owner.size() > 20); // the menus are there
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void treeShowsThemesAndCountsForTheReviewer()
    {
        QCOMPARE(model()->rowCount(), 3); // Trust, Access, Workforce
        const QModelIndex trust = model()->indexOf(m_study.trust);
        QCOMPARE(model()->rowCount(trust), 2);
        QCOMPARE(parentInTree(m_study.mutualTrust), m_study.trust);
        // Alice applied Cost twice; Access once directly, so the theme totals 1 + 2 + 1.
        QCOMPARE(model()->indexOf(m_study.cost, ui::CodebookModel::CountColumn).data().toInt(), 2);
        QCOMPARE(model()->indexOf(m_study.access, ui::CodebookModel::CountColumn).data().toInt(), 4);
        QVERIFY(model()->indexOf(m_study.cost).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("Money as a barrier")));
    }

    void dragAndDropRegroupsThroughMoveCode()
    {
        QMimeData *mime = model()->mimeData({model()->indexOf(m_study.training)});
        QVERIFY(mime);
        const QModelIndex trust = model()->indexOf(m_study.trust);
        QVERIFY(model()->canDropMimeData(mime, Qt::MoveAction, -1, -1, trust));
        model()->dropMimeData(mime, Qt::MoveAction, -1, -1, trust);
        delete mime;
        QCOMPARE(project().code(m_study.training)->parentId, m_study.trust);
        QCOMPARE(parentInTree(m_study.training), m_study.trust);
        stack()->undo();
        QCOMPARE(project().code(m_study.training)->parentId, m_study.workforce);
        QCOMPARE(parentInTree(m_study.training), m_study.workforce);

        // A theme cannot be dropped into its own sub-code.
        QMimeData *cycle = model()->mimeData({model()->indexOf(m_study.trust)});
        QVERIFY(!model()->canDropMimeData(cycle, Qt::MoveAction, -1, -1, model()->indexOf(m_study.mutualTrust)));
        delete cycle;
    }

    void droppingTextOnACodeCodesIt()
    {
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("application/x-dyad-span"),
                      QByteArray(core::uuidText(m_study.englishRecord).toLatin1() + " 30 35"));
        const QModelIndex training = model()->indexOf(m_study.training);
        QVERIFY(model()->dropMimeData(mime, Qt::CopyAction, -1, -1, training));
        delete mime;
        core::CodingQuery q;
        q.codeId = m_study.training;
        q.reviewerId = m_study.alice.id;
        const auto codings = project().codings(q);
        QVERIFY(std::any_of(codings.begin(), codings.end(), [](const core::Coding &c) {
            return c.span == core::Span{30, 35};
        }));
    }

    void mergeFromTheTreeAndUndoRestoresEverything()
    {
        const auto codingsBefore = test::snapshot(project().codings(), false);
        const core::Code costBefore = *project().code(m_study.cost);
        // Select Cost and Distance, Distance current: "Merge Codes" merges Cost into Distance.
        ui::CodebookView *view = m_window->codebookView();
        view->selectionModel()->select(model()->indexOf(m_study.cost),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(model()->indexOf(m_study.distance),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->selectedCodes().size(), size_t(2));
        m_window->action(QStringLiteral("mergeCodes"))->trigger();

        QVERIFY(!project().code(m_study.cost));
        QVERIFY(!model()->indexOf(m_study.cost).isValid());
        core::CodingQuery q;
        q.codeId = m_study.distance;
        q.reviewerId = m_study.alice.id;
        QCOMPARE(project().codings(q).size(), size_t(3)); // 1 own + 2 from Cost
        QCOMPARE(model()->indexOf(m_study.distance, ui::CodebookModel::CountColumn).data().toInt(), 3);

        stack()->undo();
        const auto costAfter = project().code(m_study.cost);
        QVERIFY(costAfter);
        QCOMPARE(costAfter->name, costBefore.name);
        QCOMPARE(costAfter->parentId, costBefore.parentId);
        QCOMPARE(costAfter->color, costBefore.color);
        QCOMPARE(costAfter->definition, costBefore.definition);
        QCOMPARE(test::snapshot(project().codings(), false), codingsBefore);
        QCOMPARE(parentInTree(m_study.cost), m_study.access);
        QCOMPARE(model()->indexOf(m_study.cost, ui::CodebookModel::CountColumn).data().toInt(), 2);

        stack()->redo();
        QVERIFY(!project().code(m_study.cost));
    }

    void mergingAThemeReparentsItsCodesAndUndoPutsThemBack()
    {
        // Workforce (with Training) into Trust: Training moves under Trust; undo moves it back.
        m_window->mergeCodes({m_study.workforce}, m_study.trust);
        QCOMPARE(project().code(m_study.training)->parentId, m_study.trust);
        stack()->undo();
        QCOMPARE(project().code(m_study.training)->parentId, m_study.workforce);
        QCOMPARE(parentInTree(m_study.training), m_study.workforce);
    }

    void renamingInTheTreeMergesIntoOneStep()
    {
        const QModelIndex cost = model()->indexOf(m_study.cost);
        const int steps = stack()->count();
        QVERIFY(model()->setData(cost, QStringLiteral("Costs")));
        QVERIFY(model()->setData(model()->indexOf(m_study.cost), QStringLiteral("Costs of care")));
        QCOMPARE(project().code(m_study.cost)->name, QStringLiteral("Costs of care"));
        QCOMPARE(model()->indexOf(m_study.cost).data().toString(), QStringLiteral("Costs of care"));
        QCOMPARE(stack()->count(), steps + 1);
        stack()->undo();
        QCOMPARE(project().code(m_study.cost)->name, QStringLiteral("Cost"));
    }

    void createAndDeleteCodes()
    {
        m_window->codebookView()->selectCode(m_study.trust);
        m_window->action(QStringLiteral("newSubCode"))->trigger();
        const auto all = project().allCodes();
        const auto created = std::find_if(all.begin(), all.end(), [&](const core::Code &c) {
            return c.parentId == m_study.trust && c.name == QLatin1String("New code");
        });
        QVERIFY(created != all.end());
        QCOMPARE(parentInTree(created->id), m_study.trust);
        stack()->undo();
        QVERIFY(!model()->indexOf(created->id).isValid());
        stack()->redo();
        QCOMPARE(project().code(created->id)->color, created->color); // same identity and colour
    }

    void quickKeysCanBeRebound()
    {
        model()->setQuickKey(1, m_study.training);
        QCOMPARE(model()->quickKeyCode(1), m_study.training);
        QCOMPARE(model()->indexOf(m_study.training, ui::CodebookModel::KeyColumn).data().toInt(), 1);
        QCOMPARE(model()->quickKeyOf(m_study.mutualTrust), 0);
    }

    void recordListFiltersBySearchStatusAndCoding()
    {
        ui::RecordFilterModel *filter = m_window->recordFilterModel();
        QCOMPARE(filter->rowCount(), 3);
        QString error;
        QVERIFY2(filter->setSearch(QStringLiteral("乡村医生"), &error), qPrintable(error));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(ui::RecordListModel::RecordIdRole).toUuid(), m_study.chineseRecord);
        QVERIFY(filter->setSearch(QStringLiteral("clinics")));
        QCOMPARE(filter->rowCount(), 2); // the English record and the one with emoji
        filter->setSearch(QString());
        filter->setCoded(ui::RecordFilterModel::Coded::Coded);
        QCOMPARE(filter->rowCount(), 1);
        filter->setCoded(ui::RecordFilterModel::Coded::Uncoded);
        QCOMPARE(filter->rowCount(), 2);
        filter->setCoded(ui::RecordFilterModel::Coded::Any);
        filter->setStatus(core::RecordStatus::Done);
        QCOMPARE(filter->rowCount(), 0);
    }
};

QTEST_MAIN(TestCodebook)
#include "test_codebook.moc"
