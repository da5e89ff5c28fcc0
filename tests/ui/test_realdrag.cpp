// Drag and drop as a person does it: the mouse is pressed on one widget, moved past the
// drag distance (the widget starts a real QDrag), moved over the target and released. The
// events come in through the window system interface (QTest's QWindow overloads), the way
// the platform delivers them, so the views' own drag code and Qt's drag loop run.
//
// Qt's offscreen platform ends every QDrag at once without a drop, so this suite runs on
// the minimal platform, whose drag loop is Qt's portable one (QSimpleDrag): moves and the
// release inside the loop are turned into drag-enter/move/drop events on the window under
// the pointer.
#include "fixture.h"
#include "uitest.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QApplication>
#include <QDrag>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>

#include <functional>

using namespace dyad;

class TestRealDrag : public QObject
{
    Q_OBJECT

private:
    test::Study m_study;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::RecordTextEdit *m_text = nullptr;

    core::Project &project() { return m_window->document()->project(); }

    std::vector<core::Coding> aliceCodings(const QUuid &record)
    {
        core::CodingQuery q;
        q.recordId = record;
        q.reviewerId = m_study.alice.id;
        return project().codings(q);
    }

    /** A point of `widget` in the coordinates of the window it is shown in. */
    QPoint inWindow(QWidget *widget, QPoint at) const { return widget->mapTo(m_window.get(), at); }

    QWindow *handle() const { return m_window->windowHandle(); }

    void selectByKeyboard(int startCp, int length)
    {
        m_text->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < startCp; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        for (int i = 0; i < length; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ShiftModifier);
    }

    QPoint textPoint(int utf16) const
    {
        QTextCursor c(m_text->document());
        c.setPosition(utf16);
        const QRect r = m_text->cursorRect(c);
        return QPoint(r.left() + 2, r.center().y());
    }

    QPoint codePoint(const QUuid &code) const
    {
        ui::CodebookView *view = m_window->codebookView();
        const QModelIndex index = m_window->codebookModel()->indexOf(code);
        view->scrollTo(index);
        return view->visualRect(index).center();
    }

    /**
     * Presses the left button at `from` (window coordinates), moves it past the drag
     * distance, and once the drag loop runs moves over `path` and releases at its last
     * point. Returns whether a drag loop ran at all (a QDrag was started by the press and
     * moves).
     */
    bool dragBetween(QPoint from, const std::vector<QPoint> &path)
    {
        // The first move past the drag distance starts QDrag::exec, which does not return
        // until the button is released: the rest of the gesture is sent from inside it, as
        // soon as the drag exists (the views parent their QDrag to themselves).
        bool dragRan = false;
        test::whenShown(this, [&] {
            if (!m_window->findChild<QDrag *>())
                return false;
            dragRan = true;
            for (const QPoint &p : path)
                QTest::mouseMove(handle(), p);
            QTest::mouseRelease(handle(), Qt::LeftButton, Qt::NoModifier, path.back());
            return true;
        });
        QTest::mousePress(handle(), Qt::LeftButton, Qt::NoModifier, from);
        const int step = QApplication::startDragDistance() + 2;
        for (int i = 1; i <= 3 && !dragRan; ++i)
            QTest::mouseMove(handle(), from + QPoint(step * i, step * i / 3));
        if (!dragRan) // no drag started: let go of the button, so the next test starts clean
            QTest::mouseRelease(handle(), Qt::LeftButton, Qt::NoModifier, path.back());
        return dragRan;
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_study = test::makeStudyProject();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(m_study.project)), m_study.alice.id);
        m_window->resize(1200, 800);
        m_window->move(0, 0);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_text = m_window->recordView()->textEdit();
        m_window->showRecord(m_study.englishRecord);
    }

    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    void draggingACodeOntoTheSelectedTextCodesIt()
    {
        // "Community health workers build trust ...": "build" is code points 25..30.
        selectByKeyboard(25, 5);
        QCOMPARE(m_text->selectedSpan(), (core::Span{25, 30}));
        QVERIFY(aliceCodings(m_study.englishRecord).empty());

        const QPoint from = inWindow(m_window->codebookView()->viewport(), codePoint(m_study.training));
        // Over the text away from the selection, then onto the selected word itself.
        const QPoint over = inWindow(m_text->viewport(), textPoint(60));
        const QPoint onto = inWindow(m_text->viewport(), textPoint(27));
        QVERIFY(dragBetween(from, {over, onto}));

        const auto codings = aliceCodings(m_study.englishRecord);
        QCOMPARE(codings.size(), size_t(1));
        QCOMPARE(codings[0].codeId, m_study.training);
        QCOMPARE(codings[0].span, (core::Span{25, 30}));
        // One step in the history, named like every other application of a code.
        QVERIFY(m_window->document()->undoStack()->undoText().startsWith(QStringLiteral("Apply Training")));
        // The text keeps its selection and is the window's focus (the minimal platform does not
        // give the window back its activation after the drag, so QApplication's focus is not
        // asked): another code can go onto the same words.
        QCOMPARE(m_text->selectedSpan(), (core::Span{25, 30}));
        QCOMPARE(m_window->focusWidget(), static_cast<QWidget *>(m_text));
    }

    void droppingACodeWithNothingSelectedCodesNothing()
    {
        // No selection: the text refuses the drop (the codebook does not move the code either).
        const QPoint from = inWindow(m_window->codebookView()->viewport(), codePoint(m_study.training));
        const QPoint onto = inWindow(m_text->viewport(), textPoint(27));
        const auto parentBefore = project().code(m_study.training)->parentId;
        QVERIFY(dragBetween(from, {onto}));
        QVERIFY(aliceCodings(m_study.englishRecord).empty());
        QCOMPARE(project().code(m_study.training)->parentId, parentBefore);
    }

    // With nobody signed in (File › Switch Reviewer not chosen yet) the text took the drop onto
    // its selection and did nothing, silently: the user could not tell a refused drop from a
    // lost one. Still nothing is coded, and the status bar says who must be chosen first.
    void aDropWithoutAReviewerSaysWhy()
    {
        m_window->document()->setReviewer(QUuid());
        m_window->showRecord(m_study.englishRecord);
        selectByKeyboard(25, 5); // "build"
        QCOMPARE(m_text->selectedSpan(), (core::Span { 25, 30 }));
        m_window->statusBar()->clearMessage();
        const QPoint from = inWindow(m_window->codebookView()->viewport(), codePoint(m_study.training));
        QVERIFY(dragBetween(from, { inWindow(m_text->viewport(), textPoint(27)) }));
        core::CodingQuery all;
        all.recordId = m_study.englishRecord;
        QVERIFY(project().codings(all).empty());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(
                     QStringLiteral("choose who you are (File › Switch Reviewer)")),
            qPrintable(m_window->statusBar()->currentMessage()));
    }

    void draggingTheSelectedTextOntoACodeCodesIt()
    {
        // The other direction: press inside the selected text, drag it onto a code.
        selectByKeyboard(10, 6); // "health"
        const QPoint from = inWindow(m_text->viewport(), textPoint(12));
        const QPoint onto = inWindow(m_window->codebookView()->viewport(), codePoint(m_study.workforce));
        QVERIFY(dragBetween(from, {onto}));
        const auto codings = aliceCodings(m_study.englishRecord);
        QCOMPARE(codings.size(), size_t(1));
        QCOMPARE(codings[0].codeId, m_study.workforce);
        QCOMPARE(codings[0].span, (core::Span{10, 16}));
    }
};

int main(int argc, char **argv)
{
    // See the top of the file: offscreen has no drag loop; the minimal platform has Qt's own.
    qputenv("QT_QPA_PLATFORM", "minimal:enable_fonts");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestRealDrag test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_realdrag.moc"
