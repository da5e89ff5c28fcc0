// Every path of the user guide's key tables, taken as a person takes it: the window is shown,
// and keys and clicks go to whatever widget has the focus (QApplication::focusWidget()).
// Nothing here calls the slot a key would reach.
#include "fixture.h"
#include "core/open/open.h"
#include "uitest.h"

#include "ui/shell/application.h"
#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/codebook/codepicker.h"
#include "ui/document.h"
#include "ui/workbench/inspectordock.h"
#include "ui/shell/mainwindow.h"
#include "ui/import/pastedialog.h"
#include "ui/reconcile/reconcilewindow.h"
#include "ui/workbench/recordfiltermodel.h"
#include "ui/workbench/recordlistmodel.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace dyad;

class TestKeyboardPaths : public QObject
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

    std::optional<core::Code> codeNamed(const QString &name)
    {
        for (const core::Code &c : project().allCodes())
            if (c.name == name)
                return c;
        return std::nullopt;
    }

    static QWidget *focused()
    {
        QWidget *w = QApplication::focusWidget();
        if (!w)
            qFatal("nothing has the keyboard focus");
        return w;
    }

    /** A key as a person presses it: to the widget with the focus. */
    static void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(focused(), static_cast<Qt::Key>(key), mods);
    }

    static void type(const QString &text) { QTest::keyClicks(focused(), text); }

    void selectByKeyboard(int startCp, int length)
    {
        QTest::mouseClick(m_text->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(4, 4));
        QCOMPARE(focused(), static_cast<QWidget *>(m_text));
        press(Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < startCp; ++i)
            press(Qt::Key_Right);
        for (int i = 0; i < length; ++i)
            press(Qt::Key_Right, Qt::ShiftModifier);
    }

    QPoint pointAt(int utf16)
    {
        QTextCursor c(m_text->document());
        c.setPosition(utf16);
        const QRect r = m_text->cursorRect(c);
        return QPoint(r.left() + 1, r.center().y());
    }

    void clickCode(const QUuid &id)
    {
        ui::CodebookView *view = m_window->codebookView();
        const QModelIndex index = m_window->codebookModel()->indexOf(id);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(index).center());
    }

    /**
     * Presses `key` to open a modal picker and runs `inside` while it is open (its exec()
     * blocks the key press). A picker still open after `inside` is closed, so a broken Enter
     * fails the test instead of hanging it.
     */
    void withPicker(int key, Qt::KeyboardModifiers mods, const std::function<void()> &inside)
    {
        QTimer::singleShot(0, this, [inside] {
            inside();
            QTimer::singleShot(0, [] {
                if (QWidget *popup = QApplication::activePopupWidget())
                    popup->close();
            });
        });
        press(key, mods);
        // The window system hands the activation back after the popup: wait for it.
        QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    }

    QLabel *positionLabel() { return test::child<QLabel>(m_window->statusBar(), "RecordPosition"); }

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
        QApplication::setActiveWindow(m_window.get());
        m_text = m_window->recordView()->textEdit();
        m_window->showRecord(m_study.englishRecord);
        QTest::mouseClick(m_text->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(4, 4));
    }

    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    // --- Ctrl+K and Merge Into ------------------------------------------------------------

    void ctrlKTypesIntoThePickerAndEnterApplies()
    {
        selectByKeyboard(0, 9); // "Community"
        QString focusName, heading;
        withPicker(Qt::Key_K, Qt::ControlModifier, [&] {
            focusName = focused()->objectName();
            heading = test::child<QLabel>(QApplication::activePopupWidget(), "PickerHeading")->text();
            type(QStringLiteral("distr"));
            press(Qt::Key_Return);
        });
        QCOMPARE(focusName, QStringLiteral("PickerFilter"));
        QCOMPARE(heading, QStringLiteral("Apply a code to “Community”:"));
        const auto codings = aliceCodings(m_study.englishRecord);
        QCOMPARE(codings.size(), size_t(1));
        QCOMPARE(codings[0].codeId, m_study.distrust);
        QCOMPARE(codings[0].span, (core::Span{0, 9}));
        QCOMPARE(stack()->undoText(), QStringLiteral("Apply Distrust of institutions to “Community health workers and trust…”"));
    }

    void ctrlKArrowKeysChooseAndEnterCreatesWhenNothingMatches()
    {
        selectByKeyboard(10, 6); // "health"
        withPicker(Qt::Key_K, Qt::ControlModifier, [&] {
            type(QStringLiteral("trust"));
            press(Qt::Key_Down); // Trust, then Trust › Mutual trust
            press(Qt::Key_Return);
        });
        QCOMPARE(aliceCodings(m_study.englishRecord).front().codeId, m_study.mutualTrust);

        selectByKeyboard(17, 7); // "workers"
        withPicker(Qt::Key_K, Qt::ControlModifier, [&] {
            type(QStringLiteral("Lay health workers"));
            press(Qt::Key_Return);
        });
        const auto created = codeNamed(QStringLiteral("Lay health workers"));
        QVERIFY(created);
        const auto codings = aliceCodings(m_study.englishRecord);
        QVERIFY(std::any_of(codings.begin(), codings.end(), [&](const core::Coding &c) {
            return c.codeId == created->id && c.span == core::Span{17, 24};
        }));
        // One undo step takes both the code and the coding back.
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!codeNamed(QStringLiteral("Lay health workers")));
    }

    void escapeClosesThePickerWithoutCoding()
    {
        selectByKeyboard(0, 9);
        bool open = false;
        withPicker(Qt::Key_K, Qt::ControlModifier, [&] {
            open = QApplication::activePopupWidget() != nullptr;
            type(QStringLiteral("cost"));
            press(Qt::Key_Escape);
        });
        QVERIFY(open);
        QVERIFY(aliceCodings(m_study.englishRecord).empty());
        QCOMPARE(focused(), static_cast<QWidget *>(m_text)); // back where the person was
    }

    void mergeIntoPickerSaysWhatIsMergedAndStaysOnTheWindow()
    {
        // Alice codes with Cost, then merges Cost into Distance from the codebook.
        selectByKeyboard(0, 9);
        press(Qt::Key_3);
        QCOMPARE(aliceCodings(m_study.englishRecord).front().codeId, m_study.cost);
        clickCode(m_study.cost);
        QCOMPARE(focused(), static_cast<QWidget *>(m_window->codebookView()));
        QString heading, focusName;
        QRect picker;
        QStringList offered;
        withPicker(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier, [&] {
            QWidget *popup = QApplication::activePopupWidget();
            heading = test::child<QLabel>(popup, "PickerHeading")->text();
            focusName = focused()->objectName();
            picker = popup->frameGeometry();
            auto *list = popup->findChild<QListWidget *>();
            for (int i = 0; i < list->count(); ++i)
                offered << list->item(i)->text();
            type(QStringLiteral("dista"));
            press(Qt::Key_Return);
        });
        QCOMPARE(heading, QStringLiteral("Merge “Cost” into:"));
        QCOMPARE(focusName, QStringLiteral("PickerFilter"));
        QVERIFY(!offered.contains(QStringLiteral("Access › Cost"))); // not into itself
        const QRect window = m_window->frameGeometry();
        QVERIFY2(window.contains(picker), qPrintable(QStringLiteral("picker %1,%2 %3x%4 outside the window")
                                                         .arg(picker.x()).arg(picker.y()).arg(picker.width()).arg(picker.height())));
        QVERIFY(!project().code(m_study.cost));
        QCOMPARE(aliceCodings(m_study.englishRecord).front().codeId, m_study.distance);
        QCOMPARE(stack()->undoText(), QStringLiteral("Merge Cost into Distance"));
    }

    void mergePickerNearTheBottomEdgeIsPulledBackIn()
    {
        // The last code of a long, scrolled codebook sits at the bottom of the window.
        m_window->codebookView()->expandAll();
        clickCode(m_study.training);
        QRect picker;
        withPicker(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier, [&] {
            picker = QApplication::activePopupWidget()->frameGeometry();
            press(Qt::Key_Escape);
        });
        QVERIFY(m_window->frameGeometry().contains(picker));
        QVERIFY(project().code(m_study.training));
    }

    // --- in vivo --------------------------------------------------------------------------

    void inVivoWithSnappingNamesTheCodeAfterTheSnappedWords()
    {
        press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->action(QStringLiteral("snapToWords"))->isChecked());
        selectByKeyboard(11, 10); // "ealth work"
        press(Qt::Key_I, Qt::ControlModifier);
        const auto code = codeNamed(QStringLiteral("health workers"));
        QVERIFY2(code, "the code is named after the whole words it covers");
        QCOMPARE(code->example, QStringLiteral("health workers"));
        QCOMPARE(aliceCodings(m_study.englishRecord).front().span, (core::Span{10, 24}));
        QCOMPARE(stack()->undoText(), QStringLiteral("New Code “health workers” from Selection"));
        press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->action(QStringLiteral("snapToWords"))->isChecked());
    }

    void inVivoLeavesOutSpacesAndPunctuationAtTheEnds()
    {
        // " mutual trust grew when workers lived in the village, " with its spaces and comma.
        const QString text = m_text->recordText();
        const int at = static_cast<int>(text.indexOf(QStringLiteral(" mutual trust")));
        selectByKeyboard(at, 1 + 12);
        press(Qt::Key_I, Qt::ControlModifier);
        QVERIFY(codeNamed(QStringLiteral("mutual trust")));
        QCOMPARE(aliceCodings(m_study.englishRecord).front().span, (core::Span{at + 1, at + 13}));

        // Chinese: "访谈发现，" with the full-width comma.
        m_window->showRecord(m_study.chineseRecord);
        const QString zh = m_text->recordText();
        const int z = static_cast<int>(zh.indexOf(QStringLiteral("访谈发现，")));
        selectByKeyboard(z, 5);
        QCOMPARE(m_text->textCursor().selectedText(), QStringLiteral("访谈发现，"));
        press(Qt::Key_I, Qt::ControlModifier);
        QVERIFY(codeNamed(QStringLiteral("访谈发现")));
        QCOMPARE(aliceCodings(m_study.chineseRecord).front().span, (core::Span{z, z + 4}));
    }

    void aCodingNeverStartsOrEndsWithASpace()
    {
        // Ctrl+Shift+Right selects a word with the space after it.
        QTest::mouseClick(m_text->viewport(), Qt::LeftButton, Qt::NoModifier, pointAt(0));
        press(Qt::Key_Home, Qt::ControlModifier);
        press(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_text->textCursor().selectedText(), QStringLiteral("Community "));
        press(Qt::Key_1);
        QCOMPARE(aliceCodings(m_study.englishRecord).front().span, (core::Span{0, 9}));
    }

    // --- the key tables of the user guide ------------------------------------------------

    void adjustingAndRemovingCodingsByKeys()
    {
        selectByKeyboard(0, 9);
        press(Qt::Key_1);
        selectByKeyboard(17, 7); // "workers"
        press(Qt::Key_2);
        const auto codings = aliceCodings(m_study.englishRecord);
        QCOMPARE(codings.size(), size_t(2));
        QUuid community, workers;
        for (const core::Coding &c : codings)
            (c.span.start == 0 ? community : workers) = c.id;

        // Alt+Up / Alt+Down step through the record's codings in text order.
        press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(m_text->selectedCoding(), community);
        press(Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(m_text->selectedCoding(), workers);

        // Alt+Left moves its start left, Alt+Shift+Left its end left.
        press(Qt::Key_Left, Qt::AltModifier);
        press(Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
        const core::Span nudged = project().coding(workers)->span;
        QVERIFY2(nudged == (core::Span{16, 23}), qPrintable(QStringLiteral("[%1, %2)").arg(nudged.start).arg(nudged.end)));

        // Ctrl+Shift+B fits it to a selection made with the mouse.
        QTest::mousePress(m_text->viewport(), Qt::LeftButton, Qt::NoModifier, pointAt(25));
        QMouseEvent move(QEvent::MouseMove, pointAt(30), m_text->viewport()->mapToGlobal(pointAt(30)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_text->viewport(), &move);
        QTest::mouseRelease(m_text->viewport(), Qt::LeftButton, Qt::NoModifier, pointAt(30));
        QCOMPARE(m_text->selectedCoding(), workers);
        press(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(project().coding(workers)->span, (core::Span{25, 30})); // "build"

        // Ctrl+Z / Ctrl+Shift+Z undo and redo the fit.
        press(Qt::Key_Z, Qt::ControlModifier); // the nudges and the fit were one run: one step
        QCOMPARE(project().coding(workers)->span, (core::Span{17, 24}));
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(project().coding(workers)->span, (core::Span{25, 30}));

        // Delete removes the selected coding.
        QTest::mouseClick(m_text->viewport(), Qt::LeftButton, Qt::NoModifier, pointAt(27));
        QCOMPARE(m_text->selectedCoding(), workers);
        press(Qt::Key_Delete);
        QVERIFY(!project().coding(workers));
        QCOMPARE(stack()->undoText(), QStringLiteral("Remove Distrust of institutions from “Community health workers and trust…”"));
    }

    void ctrlMOpensTheMemoAndDigitsTypedThereStayText()
    {
        selectByKeyboard(0, 9);
        press(Qt::Key_1);
        const QUuid id = aliceCodings(m_study.englishRecord).front().id;
        press(Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(m_window->inspector()->codingMemoEdit()));
        type(QStringLiteral("seen in 3 of 42 interviews"));
        press(Qt::Key_Tab); // the memo is written when the editing session ends
        QCOMPARE(project().coding(id)->memo, QStringLiteral("seen in 3 of 42 interviews"));
        QCOMPARE(aliceCodings(m_study.englishRecord).size(), size_t(1)); // 3, 4 and 2 applied nothing
    }

    void ctrlFSearchesAndDigitsThereAreText()
    {
        selectByKeyboard(0, 9); // a selection, so a quick key would code it
        press(Qt::Key_F, Qt::ControlModifier);
        auto *search = test::child<QLineEdit>(m_window.get(), "RecordSearch");
        QCOMPARE(focused(), static_cast<QWidget *>(search));
        type(QStringLiteral("42 workers"));
        QCOMPARE(search->text(), QStringLiteral("42 workers"));
        QVERIFY(aliceCodings(m_study.englishRecord).empty());
        QTRY_COMPARE(m_window->recordFilterModel()->rowCount(), 1);
        QCOMPARE(positionLabel()->text(), QStringLiteral("Record 1 of 1"));
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        // Chinese arrives as an input method's commit, as from a pinyin IME.
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("乡村"));
        QApplication::sendEvent(focused(), &commit);
        QCOMPARE(search->text(), QStringLiteral("乡村"));
        QTRY_COMPARE(m_window->recordFilterModel()->index(0, 0).data(ui::RecordListModel::RecordIdRole).toUuid(),
                     m_study.chineseRecord);
        QCOMPARE(m_window->recordFilterModel()->rowCount(), 1);
    }

    void ctrlPageDownAndUpStepThroughTheRecords()
    {
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->recordView()->recordId(), m_study.chineseRecord);
        QCOMPARE(positionLabel()->text(), QStringLiteral("Record 2 of 3"));
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->recordView()->recordId(), m_study.astralRecord);
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(m_window->recordView()->recordId(), m_study.chineseRecord);
    }

    void newCodeSubCodeAndRenameByKeys()
    {
        clickCode(m_study.cost);
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); // next to Cost, editor open
        type(QStringLiteral("Waiting time"));
        press(Qt::Key_Return);
        QTRY_VERIFY(codeNamed(QStringLiteral("Waiting time"))); // the editor commits after the key
        const auto waiting = codeNamed(QStringLiteral("Waiting time"));
        QVERIFY(waiting);
        QCOMPARE(waiting->parentId, m_study.access);

        press(Qt::Key_N, Qt::ControlModifier | Qt::AltModifier); // under the new code
        type(QStringLiteral("At the clinic"));
        press(Qt::Key_Return);
        QTRY_VERIFY(codeNamed(QStringLiteral("At the clinic")));
        const auto child = codeNamed(QStringLiteral("At the clinic"));
        QVERIFY(child);
        QCOMPARE(child->parentId, waiting->id);

        clickCode(m_study.cost);
        press(Qt::Key_F2);
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("User fees"));
        press(Qt::Key_Return);
        QTRY_COMPARE(project().code(m_study.cost)->name, QStringLiteral("User fees"));
        QCOMPARE(stack()->undoText(), QStringLiteral("Rename Cost to User fees"));
        // Renaming again right away is the same step, and its entry says so.
        press(Qt::Key_F2);
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Fees at the door"));
        press(Qt::Key_Return);
        QTRY_COMPARE(project().code(m_study.cost)->name, QStringLiteral("Fees at the door"));
        QCOMPARE(stack()->undoText(), QStringLiteral("Rename Cost to Fees at the door"));
    }

    void draggingTheSelectionOntoACodeCodesIt()
    {
        // The drag carries what the text view itself puts on a drag (and the clipboard).
        selectByKeyboard(25, 5); // "build"
        m_text->copy();
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime->hasFormat(QLatin1String(ui::RecordTextEdit::SpanMimeType)));
        ui::CodebookView *view = m_window->codebookView();
        const QPoint at = view->visualRect(m_window->codebookModel()->indexOf(m_study.training)).center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        const auto codings = aliceCodings(m_study.englishRecord);
        QCOMPARE(codings.size(), size_t(1));
        QCOMPARE(codings[0].codeId, m_study.training);
        QCOMPARE(codings[0].span, (core::Span{25, 30}));
    }

    // --- menus, status bar, layout ---------------------------------------------------------

    void noTwoMenusShareAMnemonicInEnglish() { checkMnemonics(m_window.get()); }

    void noTwoMenusShareAMnemonicInChinese()
    {
        const QString language = ui::installTranslators(*qApp, QStringLiteral("zh_CN"));
        QCOMPARE(language, QStringLiteral("zh_CN"));
        {
            ui::MainWindow zh;
            QCOMPARE(zh.menuBar()->actions().front()->text(), QStringLiteral("文件(&F)"));
            checkMnemonics(&zh);
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    }

    void altVOpensTheViewMenu()
    {
        QMenu *view = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text() == QLatin1String("&View"))
                view = a->menu();
        QVERIFY(view);
        press(Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(view->isVisible());
        press(Qt::Key_Escape);
    }

    void statusBarCountsPastedRecordsAtOnce()
    {
        // An empty project: nothing to count, then Paste Record adds one.
        auto empty = core::createInMemoryProject().value();
        const core::Reviewer me = empty->addReviewer(QStringLiteral("Ada")).value();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(empty)), me.id);
        QCOMPARE(positionLabel()->text(), QStringLiteral("0 records"));
        // Copied from a page first, then File › Paste Record (Ctrl+Shift+V).
        QApplication::clipboard()->setText(QStringLiteral(
            "Village doctors and the cost of care\n"
            "Abstract\n"
            "Fees charged at the door kept older women away from village clinics. Workers who lived in the "
            "village were trusted more. Transport costs mattered as much as fees for those who lived far away.\n"));
        press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = m_window->findChild<ui::PasteDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(test::child<QPushButton>(dialog, "pasteParse"), Qt::LeftButton);
        auto *import = test::child<QPushButton>(dialog, "pasteImport");
        QVERIFY2(import->isEnabled(), qPrintable(test::child<QLabel>(dialog, "pasteDecision")->text()));
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(project().recordSummaries().size(), size_t(1));
        QCOMPARE(positionLabel()->text(), QStringLiteral("Record 1 of 1"));
        QCOMPARE(m_window->recordView()->textEdit()->recordText().left(36),
                 QStringLiteral("Village doctors and the cost of care"));

        // A second paste: the record on screen stays the current row of the longer list.
        QApplication::clipboard()->setText(QStringLiteral(
            "Peer supporters in rural clinics\n"
            "Abstract\n"
            "Peer supporters met patients at the clinic door. Patients who met them came back more often. "
            "Clinics without peer supporters lost more patients to follow-up within a year of the first visit.\n"));
        press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *second = qobject_cast<ui::PasteDialog *>(QApplication::activeModalWidget());
        QVERIFY(second);
        QTest::mouseClick(test::child<QPushButton>(second, "pasteParse"), Qt::LeftButton);
        QTest::mouseClick(test::child<QPushButton>(second, "pasteImport"), Qt::LeftButton);
        QCOMPARE(project().recordSummaries().size(), size_t(2));
        QCOMPARE(positionLabel()->text(), QStringLiteral("Record 1 of 2"));
        QVERIFY(m_window->recordListView()->currentIndex().isValid());
    }

    void historyEntriesNameTheCodeAndTheRecord()
    {
        selectByKeyboard(0, 9);
        press(Qt::Key_1);
        press(Qt::Key_Return, Qt::ControlModifier); // mark done
        QStringList entries;
        for (int i = 0; i < stack()->count(); ++i)
            entries << stack()->text(i);
        QCOMPARE(entries, (QStringList{
                              QStringLiteral("Apply Mutual trust to “Community health workers and trust…”"),
                              QStringLiteral("Mark “Community health workers and trust…” Done"),
                          }));
    }

    void restoredGeometryFitsTheScreen()
    {
        // A layout saved on a taller screen: 1400×1433 does not fit this one.
        {
            QWidget tall;
            tall.setGeometry(40, 40, 1400, 1433);
            QSettings().setValue(QStringLiteral("mainWindow/geometry"), tall.saveGeometry());
        }
        m_window.reset();
        ui::MainWindow restored;
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        const QRect screen = restored.screen()->availableGeometry();
        QTRY_VERIFY2(screen.contains(restored.frameGeometry()),
                     qPrintable(QStringLiteral("%1x%2 at %3,%4 on a %5x%6 screen")
                                    .arg(restored.width()).arg(restored.height()).arg(restored.x()).arg(restored.y())
                                    .arg(screen.width()).arg(screen.height())));
        QVERIFY(screen.contains(restored.statusBar()->geometry().translated(restored.geometry().topLeft())));
    }

    void reconcileWindowOpensWithinTheScreen()
    {
        press(Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        auto *reconcile = m_window->findChild<ui::ReconcileWindow *>();
        QVERIFY(reconcile);
        QVERIFY(QTest::qWaitForWindowExposed(reconcile));
        // Never larger than the screen allows (1400×850 on a 1280×720 screen hung off it), and
        // small enough for a 1024×768 screen (the test platform's screen is 800×800).
        const QRect screen = reconcile->screen()->availableGeometry();
        const QSize least = reconcile->minimumSizeHint();
        QVERIFY2(least.width() <= 1024 - 16 && least.height() <= 768 - 48,
                 qPrintable(QStringLiteral("needs at least %1x%2").arg(least.width()).arg(least.height())));
        QVERIFY(reconcile->width() <= std::max(screen.width(), least.width()));
        QVERIFY(reconcile->height() <= std::max(screen.height(), least.height()));
        QVERIFY(reconcile->width() < 1400); // shrunk from its preferred size
        // And it opens ready for the decision keys.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(reconcile->queueView()));
    }

    void selectingACodingKeepsTheDocksSizes()
    {
        // A coding whose code name is long would widen a dock that grows with its content.
        core::Code longName;
        longName.name = QStringLiteral("Trust built through years of home visits by the same community health worker");
        project().setActor(m_study.alice.id);
        QVERIFY(project().createCode(longName));
        auto *codebook = m_window->findChild<QDockWidget *>(QStringLiteral("CodebookDock"));
        QTest::qWait(200); // the first-start layout is applied after the window is shown
        const int dockWidth = codebook->width(), textWidth = m_text->width();
        selectByKeyboard(0, 160);
        withPicker(Qt::Key_K, Qt::ControlModifier, [&] {
            type(QStringLiteral("home visits"));
            press(Qt::Key_Return);
        });
        QVERIFY(!m_text->selectedCoding().isNull()); // the new coding is selected and inspected
        QTest::qWait(50);
        QCOMPARE(codebook->width(), dockWidth);
        QCOMPARE(m_window->inspector()->width(), dockWidth);
        QCOMPARE(m_text->width(), textWidth);
    }

    void theCodebookGetsMoreRoomThanTheInspectorOnFirstStart()
    {
        auto *codebook = m_window->findChild<QDockWidget *>(QStringLiteral("CodebookDock"));
        QTRY_VERIFY(codebook->height() > m_window->inspector()->height());
    }

private:
    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    static void checkMnemonics(ui::MainWindow *window)
    {
        // Alt+letter must open one menu; inside a menu, a letter must reach one entry.
        QHash<QChar, QString> top;
        for (QAction *menu : window->menuBar()->actions()) {
            const QChar m = mnemonic(menu->text());
            QVERIFY2(!m.isNull(), qPrintable(menu->text() + QStringLiteral(" has no mnemonic")));
            QVERIFY2(!top.contains(m), qPrintable(QStringLiteral("%1 and %2 share Alt+%3").arg(top.value(m), menu->text(), m)));
            top.insert(m, menu->text());
            std::function<void(QMenu *)> inside = [&](QMenu *sub) {
                QHash<QChar, QString> seen;
                for (QAction *a : sub->actions()) {
                    if (a->isSeparator() || !a->isVisible())
                        continue;
                    const QChar k = mnemonic(a->text());
                    if (!k.isNull()) {
                        QVERIFY2(!seen.contains(k), qPrintable(QStringLiteral("%1: %2 and %3 share %4")
                                                                   .arg(sub->title(), seen.value(k), a->text(), k)));
                        seen.insert(k, a->text());
                    }
                    if (a->menu())
                        inside(a->menu());
                }
            };
            inside(menu->menu());
        }
    }
};

QTEST_MAIN(TestKeyboardPaths)
#include "test_keyboard_paths.moc"
