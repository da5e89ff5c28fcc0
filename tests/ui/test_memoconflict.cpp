// A memo typed in the window while another process (dyad-cli) changes the same memo: the
// window does not overwrite the other text, says who changed it and when, and keeps what was
// typed in the editor until the user picks "Use Theirs" or "Keep Mine".
#include "fixture.h"
#include "uitest.h"

#include "core/model/project.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/inspectordock.h"
#include "ui/workbench/recordmemodock.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextCursor>

using namespace dyad;

namespace {

#define press(...)                                                                                      \
    do {                                                                                                \
        QWidget *focus = QApplication::focusWidget();                                                  \
        QVERIFY2(focus, "nothing has the keyboard focus");                                             \
        QTest::keyClick(focus, __VA_ARGS__);                                                           \
    } while (false)

#define type(text)                                                                                      \
    do {                                                                                                \
        QWidget *focus = QApplication::focusWidget();                                                  \
        QVERIFY2(focus, "nothing has the keyboard focus");                                             \
        QTest::keyClicks(focus, text);                                                                 \
    } while (false)

QString cli()
{
#ifdef DYAD_CLI_PATH
    return QStringLiteral(DYAD_CLI_PATH);
#else
    return QString();
#endif
}

} // namespace

class TestMemoConflict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        if (cli().isEmpty())
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
        press(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        auto *memo = test::child<QPlainTextEdit>(&window, "RecordMemoEdit");
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        type(QStringLiteral("Ask Lena"));
        QCOMPARE(project.recordMemo(record), QStringLiteral("Ask Lena"));

        // Meanwhile a script, signed in as Alice too, rewrites the memo.
        QProcess p;
        p.start(cli(), {QStringLiteral("memo"), path, record.toString(QUuid::WithoutBraces), QStringLiteral("--as"),
                        QStringLiteral("Alice"), QStringLiteral("--set"), QStringLiteral("Excluded: not a trial.")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        // Alice types on: nothing of hers overwrites the script's memo, and she is told.
        type(QStringLiteral(" about scope"));
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
        press(Qt::Key_End, Qt::ControlModifier);
        type(QStringLiteral("?"));
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

        press(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        auto *memo = test::child<QPlainTextEdit>(&window, "RecordMemoEdit");
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        type(QStringLiteral("Mine"));
        QProcess p;
        p.start(cli(), {QStringLiteral("memo"), path, record.toString(QUuid::WithoutBraces), QStringLiteral("--as"),
                        QStringLiteral("Alice"), QStringLiteral("--set"), QStringLiteral("Theirs")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        type(QStringLiteral("!"));
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
        press(Qt::Key_A, Qt::ControlModifier); // typed over the memo it had
        type(QStringLiteral("trust is earned slowly"));
        QProcess p;
        p.start(cli(), {QStringLiteral("memo"), path, QStringLiteral("--coding"), id.toString(QUuid::WithoutBraces),
                        QStringLiteral("--as"), QStringLiteral("Alice"), QStringLiteral("--set"),
                        QStringLiteral("from the script")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        // Leaving the field would write it: refused, her text stays, the note says why.
        press(Qt::Key_Tab);
        QCOMPARE(project.coding(id)->memo, QStringLiteral("from the script"));
        QCOMPARE(memo->toPlainText(), QStringLiteral("trust is earned slowly"));
        QLabel *note = window.inspector()->codingMemoNote();
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QStringLiteral("You changed the memo of the coding \"")),
                 qPrintable(note->text()));
        // The window's own check for others' changes does not throw her text away.
        QTest::qWait(1500);
        QCOMPARE(memo->toPlainText(), QStringLiteral("trust is earned slowly"));

        // Back in the field and out again: she has read the message, and her text is saved.
        QTest::mouseClick(memo->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(memo));
        press(Qt::Key_Tab);
        QCOMPARE(project.coding(id)->memo, QStringLiteral("trust is earned slowly"));
    }
};

QTEST_MAIN(TestMemoConflict)
#include "test_memoconflict.moc"
