// Coding in the workbench by keyboard and by mouse; undo/redo restores the database exactly.
#include "fixture.h"
#include "uitest.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/document.h"
#include "ui/workbench/inspectordock.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QUndoStack>

using namespace dyad;

class TestCoding : public QObject
{
    Q_OBJECT

private:
    test::Study m_study;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::RecordTextEdit *m_text = nullptr;

    core::Project &project() { return m_window->document()->project(); }
    QUndoStack *stack() { return m_window->document()->undoStack(); }

    std::vector<core::Coding> aliceCodings(const QUuid &record)
    {
        core::CodingQuery q;
        q.recordId = record;
        q.reviewerId = m_study.alice.id;
        return project().codings(q);
    }

    // Puts the caret at code point `cp` using only the keyboard.
    void caretTo(int cp)
    {
        QTest::keyClick(m_text, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < cp; ++i)
            QTest::keyClick(m_text, Qt::Key_Right);
    }

    void selectByKeyboard(int startCp, int length)
    {
        caretTo(startCp);
        for (int i = 0; i < length; ++i)
            QTest::keyClick(m_text, Qt::Key_Right, Qt::ShiftModifier);
    }

    QPoint pointAt(int utf16)
    {
        QTextCursor c(m_text->document());
        c.setPosition(utf16);
        const QRect r = m_text->cursorRect(c);
        return QPoint(r.left() + 1, r.center().y());
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_study = test::makeStudyProject();
        const QUuid alice = m_study.alice.id;
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(m_study.project)), alice);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_text = m_window->recordView()->textEdit();
        m_window->showRecord(m_study.englishRecord);
        QCOMPARE(m_window->recordView()->recordId(), m_study.englishRecord);
        m_text->setFocus();
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup() { m_window.reset(); }

    void quickKeysDefaultToTheFirstLeafCodes()
    {
        ui::CodebookModel *codebook = m_window->codebookModel();
        QCOMPARE(codebook->quickKeyCode(1), m_study.mutualTrust);
        QCOMPARE(codebook->quickKeyCode(2), m_study.distrust);
        QCOMPARE(codebook->quickKeyCode(3), m_study.cost);
    }

    void codeBySelectingWithKeyboardAndQuickKey()
    {
        selectByKeyboard(0, 9); // "Community"
        QCOMPARE(m_text->selectedSpan(), std::optional(core::Span{0, 9}));
        QTest::keyClick(m_text, Qt::Key_1);
        const auto codings = aliceCodings(m_study.englishRecord);
        QCOMPARE(codings.size(), size_t(1));
        QCOMPARE(codings[0].codeId, m_study.mutualTrust);
        QCOMPARE(codings[0].span, (core::Span{0, 9}));
        QCOMPARE(codings[0].roundId, m_study.pilot.id); // the round the record is assigned in
        QCOMPARE(m_text->codings().size(), size_t(1));
        // The record list follows: one coding on that row.
        QCOMPARE(m_window->recordListView()->currentIndex().siblingAtColumn(4).data().toInt(), 1);
    }

    void codeBySelectingWithMouseAndQuickKey()
    {
        // Drag across "health workers" (UTF-16 10..24 in an ASCII text).
        QWidget *viewport = m_text->viewport();
        const QPoint from = pointAt(10), to = pointAt(24);
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(m_text->selectedSpan(), std::optional(core::Span{10, 24}));
        QTest::keyClick(m_text, Qt::Key_3);
        const auto codings = aliceCodings(m_study.englishRecord);
        QCOMPARE(codings.size(), size_t(1));
        QCOMPARE(codings[0].codeId, m_study.cost);
        QCOMPARE(codings[0].span, (core::Span{10, 24}));
    }

    void offsetsAreCodePointsAfterSupplementaryCharacters()
    {
        // "Patients wrote 𠀀🙂 trust builds…": 𠀀 and 🙂 are one code point but two UTF-16 units each.
        m_window->showRecord(m_study.astralRecord);
        m_text->setFocus();
        selectByKeyboard(18, 12); // the caret steps over each astral character in one key press
        QCOMPARE(m_text->textCursor().selectedText(), QStringLiteral("trust builds"));
        QTest::keyClick(m_text, Qt::Key_2);
        const auto codings = aliceCodings(m_study.astralRecord);
        QCOMPARE(codings.size(), size_t(1));
        QCOMPARE(codings[0].span, (core::Span{18, 30}));
        // And back: the stored span highlights exactly those words.
        const ui::DisplayedCoding &shown = m_text->codings().front();
        QCOMPARE(m_text->recordText().mid(shown.start16, shown.end16 - shown.start16), QStringLiteral("trust builds"));
    }

    void offsetsInChineseText()
    {
        m_window->showRecord(m_study.chineseRecord);
        m_text->setFocus();
        const QString text = m_text->recordText();
        const int at = static_cast<int>(text.indexOf(QStringLiteral("看病费用")));
        selectByKeyboard(at, 4);
        QTest::keyClick(m_text, Qt::Key_3);
        const auto codings = aliceCodings(m_study.chineseRecord);
        QCOMPARE(codings.size(), size_t(1));
        QCOMPARE(codings[0].span, (core::Span{at, at + 4}));
    }

    void undoAndRedoRestoreTheDatabaseExactly()
    {
        const auto before = test::snapshot(project().codings());
        selectByKeyboard(0, 9);
        QTest::keyClick(m_text, Qt::Key_1);
        selectByKeyboard(25, 5);
        QTest::keyClick(m_text, Qt::Key_2);
        const auto after = test::snapshot(project().codings());
        QCOMPARE(after.size(), before.size() + 2);

        stack()->undo();
        stack()->undo();
        QCOMPARE(test::snapshot(project().codings()), before);
        QVERIFY(!m_window->document()->isModified());
        stack()->redo();
        stack()->redo();
        QCOMPARE(test::snapshot(project().codings()), after); // same ids, times, rounds
        QVERIFY(m_window->document()->isModified());

        // Removing a coding and undoing brings back the very same row.
        const QUuid removed = aliceCodings(m_study.englishRecord).front().id;
        m_text->setSelectedCoding(removed);
        m_window->action(QStringLiteral("removeCoding"))->trigger();
        QVERIFY(!project().coding(removed));
        stack()->undo();
        QCOMPARE(test::snapshot(project().codings()), after);
    }

    void adjustBoundariesByKeyboardIsOneUndoStep()
    {
        selectByKeyboard(0, 9);
        QTest::keyClick(m_text, Qt::Key_1);
        const QUuid id = aliceCodings(m_study.englishRecord).front().id;
        QCOMPARE(m_text->selectedCoding(), id);
        const int steps = stack()->count();
        for (int i = 0; i < 7; ++i)
            QTest::keyClick(m_text, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(project().coding(id)->span, (core::Span{0, 16})); // "Community health"
        QTest::keyClick(m_text, Qt::Key_Right, Qt::AltModifier); // shrink the start by one
        QCOMPARE(project().coding(id)->span, (core::Span{1, 16}));
        QCOMPARE(stack()->count(), steps + 1); // nudges of one coding merge
        stack()->undo();
        QCOMPARE(project().coding(id)->span, (core::Span{0, 9}));
    }

    void adjustBoundariesByMouseSelection()
    {
        selectByKeyboard(0, 9);
        QTest::keyClick(m_text, Qt::Key_1);
        const QUuid id = aliceCodings(m_study.englishRecord).front().id;
        // Select "health workers" with the mouse and fit the selected coding to it.
        QWidget *viewport = m_text->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, pointAt(10));
        QMouseEvent move(QEvent::MouseMove, pointAt(24), viewport->mapToGlobal(pointAt(24)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, pointAt(24));
        QCOMPARE(m_text->selectedCoding(), id); // a text selection keeps the selected coding
        m_window->action(QStringLiteral("fitCoding"))->trigger();
        QCOMPARE(project().coding(id)->span, (core::Span{10, 24}));
    }

    void snappingWidensToWholeWords()
    {
        m_window->setSnapToWords(true);
        selectByKeyboard(12, 9); // "alth work"
        QTest::keyClick(m_text, Qt::Key_1);
        QCOMPARE(aliceCodings(m_study.englishRecord).front().span, (core::Span{10, 24}));
        m_window->setSnapToWords(false);
    }

    void clickingCodedTextSelectsTheInnermostCoding()
    {
        selectByKeyboard(0, 24);
        QTest::keyClick(m_text, Qt::Key_1);
        selectByKeyboard(10, 6);
        QTest::keyClick(m_text, Qt::Key_2);
        const auto codings = aliceCodings(m_study.englishRecord);
        const auto inner = std::find_if(codings.begin(), codings.end(), [](const core::Coding &c) {
            return c.span == core::Span{10, 16};
        });
        QVERIFY(inner != codings.end());
        QTest::mouseClick(m_text->viewport(), Qt::LeftButton, Qt::NoModifier, pointAt(12));
        QCOMPARE(m_text->selectedCoding(), inner->id);
        QCOMPARE(m_text->laneCount(), 2);
    }

    void newCodeFromSelectionIsOneStep()
    {
        const int codes = static_cast<int>(project().allCodes().size());
        selectByKeyboard(269, 15); // "transport costs"
        m_window->action(QStringLiteral("inVivo"))->trigger();
        const auto all = project().allCodes();
        QCOMPARE(static_cast<int>(all.size()), codes + 1);
        const auto created = std::find_if(all.begin(), all.end(), [](const core::Code &c) {
            return c.name == QLatin1String("transport costs");
        });
        QVERIFY(created != all.end());
        QVERIFY(!created->shared); // inductive codes are private while blinded
        QCOMPARE(aliceCodings(m_study.englishRecord).front().codeId, created->id);
        stack()->undo();
        QCOMPARE(static_cast<int>(project().allCodes().size()), codes);
        QVERIFY(aliceCodings(m_study.englishRecord).empty());
    }

    void typingAMemoIsOneUndoStep()
    {
        selectByKeyboard(0, 9);
        QTest::keyClick(m_text, Qt::Key_1);
        const QUuid id = aliceCodings(m_study.englishRecord).front().id;
        m_window->inspector()->showCoding(id);
        QPlainTextEdit *memo = m_window->inspector()->codingMemoEdit();
        const int steps = stack()->count();
        const auto memoEdits = [&] {
            const auto log = project().auditLog();
            return std::count_if(log.begin(), log.end(),
                                 [](const core::AuditEntry &e) { return e.action == QStringLiteral("coding.memo"); });
        };
        QTest::mouseClick(memo->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(QApplication::focusWidget(), memo);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("key claim"));
        QCOMPARE(project().coding(id)->memo, QString()); // written when the editing session ends
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // leaves the field
        QCOMPARE(project().coding(id)->memo, QStringLiteral("key claim"));
        QCOMPARE(stack()->count(), steps + 1);
        QCOMPARE(memoEdits(), 1); // one audit row for the session, not one per keystroke
        stack()->undo();
        QCOMPARE(project().coding(id)->memo, QString());
        QCOMPARE(memo->toPlainText(), QString());
    }

    void markDoneAndNextUncoded()
    {
        QTest::keyClick(m_text, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(project().recordStatus(m_study.pilot.id, m_study.englishRecord, m_study.alice.id),
                 std::optional(core::RecordStatus::Done));
        QTest::keyClick(m_text, Qt::Key_F8);
        QCOMPARE(m_window->recordView()->recordId(), m_study.chineseRecord);
        stack()->undo();
        QCOMPARE(project().recordStatus(m_study.pilot.id, m_study.englishRecord, m_study.alice.id),
                 std::optional(core::RecordStatus::NotStarted));
    }
};

QTEST_MAIN(TestCoding)
#include "test_coding.moc"
