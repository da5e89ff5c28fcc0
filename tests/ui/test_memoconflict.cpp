// A memo typed in the window while another process (dyad-cli) changes the same memo: the
// window does not overwrite the other text, says who changed it and when, and keeps what was
// typed in the editor until the user picks "Use Theirs" or "Keep Mine".
#include "fixture.h"
#include "uitest.h"
#include "clirun.h"

#include "core/model/project.h"
#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/inspectordock.h"
#include "ui/workbench/recordmemodock.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QUndoStack>

using namespace dyad;

namespace {

/** Opens `study` in `window` as Alice, shown and active; returns its document (null: not active). */
ui::Document *openAsAlice(ui::MainWindow &window, test::Study &study)
{
    auto *document = new ui::Document(std::move(study.project));
    window.setDocument(std::unique_ptr<ui::Document>(document), study.alice.id);
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window) ? document : nullptr;
}

/** Clicks the code in the codebook, as a person selects it for the Inspector. */
void clickCode(ui::MainWindow &window, const QUuid &code)
{
    ui::CodebookView *view = window.codebookView();
    const QModelIndex index = window.codebookModel()->indexOf(code);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestMemoConflict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        if (test::cliPath().isEmpty())
            QSKIP("dyad-cli was not built, so no second process can change the memo the window shows");
    }

    void memoChangedByAnotherProcessIsNotOverwrittenAndTheTypedTextStays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("memo.dyad"));
        test::Study study = test::makeStudyProject(path);
        const QUuid record = study.englishRecord;
        const QString title = study.project->record(record)->title;
        ui::MainWindow window;
        auto *document = new ui::Document(std::move(study.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), study.alice.id);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showRecord(record);
        core::Project &project = document->project();

        // Record ▸ Edit Record Memo (Ctrl+Alt+M), and a first note saved as it is typed.
        pressKey(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        auto *memo = test::child<QPlainTextEdit>(&window, "RecordMemoEdit");
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        typeText(QStringLiteral("Ask Lena"));
        QCOMPARE(project.recordMemo(record), QStringLiteral("Ask Lena"));

        // Meanwhile a script, signed in as Alice too, rewrites the memo.
        const test::CliRun script =
            test::cli({QStringLiteral("memo"), path, record.toString(QUuid::WithoutBraces), QStringLiteral("--as"),
                       QStringLiteral("Alice"), QStringLiteral("--set"), QStringLiteral("Excluded: not a trial.")});
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));

        // Alice types on: nothing of hers overwrites the script's memo, and she is told.
        typeText(QStringLiteral(" about scope"));
        auto *conflict = test::child<QLabel>(&window, "RecordMemoConflict");
        QTRY_VERIFY(conflict->isVisible());
        QVERIFY2(conflict->text().startsWith(QStringLiteral("You changed your memo on \"%1").arg(title.left(40))),
                 qPrintable(conflict->text()));
        QVERIFY2(conflict->text().contains(QStringLiteral("\" in another window or program at ")),
                 qPrintable(conflict->text()));
        QVERIFY2(conflict->text().contains(QStringLiteral("Your text was not saved.")), qPrintable(conflict->text()));
        QCOMPARE(project.recordMemo(record), QStringLiteral("Excluded: not a trial."));
        QCOMPARE(memo->toPlainText(), QStringLiteral("Ask Lena about scope")); // all she typed, to copy
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));

        // "Keep Mine" saves her text over the script's, which she has now seen named.
        auto *keep = test::child<QPushButton>(&window, "KeepMine");
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(!conflict->isVisible());
        QCOMPARE(project.recordMemo(record), QStringLiteral("Ask Lena about scope"));
        // And typing goes on being saved.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        pressKey(Qt::Key_End, Qt::ControlModifier);
        typeText(QStringLiteral("?"));
        QCOMPARE(project.recordMemo(record), QStringLiteral("Ask Lena about scope?"));
    }

    void useTheirsShowsTheSavedMemo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("memo.dyad"));
        test::Study study = test::makeStudyProject(path);
        const QUuid record = study.englishRecord;
        ui::MainWindow window;
        auto *document = new ui::Document(std::move(study.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), study.alice.id);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showRecord(record);

        pressKey(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        auto *memo = test::child<QPlainTextEdit>(&window, "RecordMemoEdit");
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        typeText(QStringLiteral("Mine"));
        const test::CliRun script =
            test::cli({QStringLiteral("memo"), path, record.toString(QUuid::WithoutBraces), QStringLiteral("--as"),
                       QStringLiteral("Alice"), QStringLiteral("--set"), QStringLiteral("Theirs")});
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));
        typeText(QStringLiteral("!"));
        auto *conflict = test::child<QLabel>(&window, "RecordMemoConflict");
        QTRY_VERIFY(conflict->isVisible());
        QCOMPARE(memo->toPlainText(), QStringLiteral("Mine!"));

        QTest::mouseClick(test::child<QPushButton>(&window, "UseTheirs"), Qt::LeftButton);
        QTRY_VERIFY(!conflict->isVisible());
        QCOMPARE(memo->toPlainText(), QStringLiteral("Theirs"));
        QCOMPARE(document->project().recordMemo(record), QStringLiteral("Theirs"));
    }

    void codingMemoChangedElsewhereStaysInTheInspectorWithTheMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("coding.dyad"));
        test::Study study = test::makeStudyProject(path, true);
        const QUuid record = study.englishRecord;
        ui::MainWindow window;
        auto *document = new ui::Document(std::move(study.project));
        window.setDocument(std::unique_ptr<ui::Document>(document), study.alice.id);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showRecord(record);
        core::Project &project = document->project();

        // Alice clicks one of her codings; the Inspector shows it.
        const core::Coding mine = project.codings({record, study.alice.id, {}, {}}).front();
        ui::RecordTextEdit *text = window.recordView()->textEdit();
        QTextCursor at(text->document());
        at.setPosition(int(mine.span.start) + 1);
        const QRect r = text->cursorRect(at);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(r.left() + 1, r.center().y()));
        const QUuid id = text->selectedCoding();
        QVERIFY(!id.isNull());

        // She writes a memo in the Inspector while a script changes that coding's memo.
        QPlainTextEdit *memo = window.inspector()->codingMemoEdit();
        QTest::mouseClick(memo->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        pressKey(Qt::Key_A, Qt::ControlModifier); // typed over the memo it had
        typeText(QStringLiteral("trust is earned slowly"));
        const test::CliRun script =
            test::cli({QStringLiteral("memo"), path, QStringLiteral("--coding"), id.toString(QUuid::WithoutBraces),
                       QStringLiteral("--as"), QStringLiteral("Alice"), QStringLiteral("--set"),
                       QStringLiteral("from the script")});
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));

        // Leaving the field would write it: refused, her text stays, the note says why.
        pressKey(Qt::Key_Tab);
        QCOMPARE(project.coding(id)->memo, QStringLiteral("from the script"));
        QCOMPARE(memo->toPlainText(), QStringLiteral("trust is earned slowly"));
        QLabel *note = window.inspector()->codingMemoNote();
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QStringLiteral("You changed the memo of the coding \"")),
                 qPrintable(note->text()));
        // The window's own check for others' changes does not throw her text away.
        QTest::qWait(1500);
        QCOMPARE(memo->toPlainText(), QStringLiteral("trust is earned slowly"));
        QCOMPARE(project.coding(id)->memo, QStringLiteral("from the script"));

        // Back in the field and out again: she has read the message, and her text is saved.
        QTest::mouseClick(memo->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        pressKey(Qt::Key_Tab);
        QCOMPARE(project.coding(id)->memo, QStringLiteral("trust is earned slowly"));
    }
    void codeDefinitionChangedElsewhereStaysInTheInspectorWithTheMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("definition.dyad"));
        test::Study study = test::makeStudyProject(path);
        ui::MainWindow window;
        ui::Document *document = openAsAlice(window, study);
        QVERIFY(document);
        core::Project &project = document->project();
        const QString before = project.code(study.trust)->definition;

        // Alice clicks "Trust" in the codebook, then into its definition, and types over it.
        clickCode(window, study.trust);
        QPlainTextEdit *definition = window.inspector()->codeDefinitionEdit();
        QTRY_VERIFY(definition->isVisible());
        QCOMPARE(definition->toPlainText(), before);
        QTest::mouseClick(definition->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(definition));
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("Confidence that others will act in good faith."));

        // Meanwhile Bob, in dyad-cli, defines the same code.
        const test::CliRun script =
            test::cli({QStringLiteral("codes"), path, QStringLiteral("--define"), QStringLiteral("Trust"),
                       QStringLiteral("--definition"), QStringLiteral("Belief in the reliability of services."),
                       QStringLiteral("--as"), QStringLiteral("Bob")});
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));

        // Leaving the field would write it: refused, her text stays, the note names Bob.
        pressKey(Qt::Key_Tab);
        QCOMPARE(project.code(study.trust)->definition, QStringLiteral("Belief in the reliability of services."));
        QCOMPARE(definition->toPlainText(), QStringLiteral("Confidence that others will act in good faith."));
        QLabel *note = window.inspector()->codeNote();
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QStringLiteral("Bob changed the definition of the code \"Trust\" at ")),
                 qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("Your change was not saved.")), qPrintable(note->text()));
        QVERIFY(!document->undoStack()->canUndo()); // nothing of hers was written
        // The window's own check for others' changes (the codebook re-selects the code) neither
        // throws her text away nor writes it.
        QTest::qWait(1500);
        QCOMPARE(definition->toPlainText(), QStringLiteral("Confidence that others will act in good faith."));
        QCOMPARE(project.code(study.trust)->definition, QStringLiteral("Belief in the reliability of services."));
        QVERIFY(note->isVisible());

        // Back in the field and out again: she has read Bob's, and hers is saved over it.
        QTest::mouseClick(definition->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(definition));
        pressKey(Qt::Key_Tab);
        QCOMPARE(project.code(study.trust)->definition,
                 QStringLiteral("Confidence that others will act in good faith."));
        QVERIFY(!note->isVisible());

        // Ctrl+Z in the codebook puts Bob's definition back, not the one she first saw.
        clickCode(window, study.trust);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.codebookView()));
        pressKey(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(project.code(study.trust)->definition, QStringLiteral("Belief in the reliability of services."));
    }

    void renameElsewhereIsNotRevertedByTheNameField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rename.dyad"));
        test::Study study = test::makeStudyProject(path);
        ui::MainWindow window;
        ui::Document *document = openAsAlice(window, study);
        QVERIFY(document);
        core::Project &project = document->project();

        clickCode(window, study.trust);
        auto *name = test::child<QLineEdit>(&window, "InspectorCodeName");
        QTRY_VERIFY(name->isVisible());
        QCOMPARE(name->text(), QStringLiteral("Trust"));
        QTest::mouseClick(name, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
        pressKey(Qt::Key_End);
        typeText(QStringLiteral(" and care"));

        // Bob renames the code in dyad-cli before she presses Return.
        const test::CliRun script =
            test::cli({QStringLiteral("codes"), path, QStringLiteral("--rename"), QStringLiteral("Trust"),
                       QStringLiteral("--to"), QStringLiteral("Trust in services"), QStringLiteral("--as"),
                       QStringLiteral("Bob")});
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));
        pressKey(Qt::Key_Return);

        // His name stands and the field shows it; the note says what she had typed.
        QCOMPARE(project.code(study.trust)->name, QStringLiteral("Trust in services"));
        QTRY_COMPARE(name->text(), QStringLiteral("Trust in services"));
        QLabel *note = window.inspector()->codeNote();
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QStringLiteral("Bob changed the name of the code \"Trust in services\" at ")),
                 qPrintable(note->text()));
        QVERIFY2(note->text().endsWith(QStringLiteral("The name you typed was \"Trust and care\".")),
                 qPrintable(note->text()));

        // Typing a name on top of his goes through.
        pressKey(Qt::Key_End);
        typeText(QStringLiteral(" and care"));
        pressKey(Qt::Key_Return);
        QCOMPARE(project.code(study.trust)->name, QStringLiteral("Trust in services and care"));
        QVERIFY(!note->isVisible());
    }
};

QTEST_MAIN(TestMemoConflict)
#include "test_memoconflict.moc"
