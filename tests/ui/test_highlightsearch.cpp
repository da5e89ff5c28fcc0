// The document view's highlight filter and legend, and the record search (issue 14): layers
// and a code switched off by mouse and keyboard, hovering says whose coding it is, typing a
// prefix finds and marks whole words (Chinese too), and Code All Hits is one undo step.
#include "fixture.h"
#include "uitest.h"

#include "ui/document.h"
#include "ui/shell/application.h"
#include "ui/workbench/highlightfilterbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordfiltermodel.h"
#include "ui/workbench/recordlistmodel.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QStyleOptionToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace dyad;

using test::whenShown;

class TestHighlightSearch : public QObject
{
    Q_OBJECT

private:
    test::Study m_study;
    std::unique_ptr<ui::MainWindow> m_window;

    core::Project &project() { return m_window->document()->project(); }
    ui::RecordTextEdit *text() { return m_window->recordView()->textEdit(); }

    int countLayer(ui::DisplayedCoding::Layer layer)
    {
        return int(std::count_if(text()->codings().begin(), text()->codings().end(),
                                 [&](const ui::DisplayedCoding &c) { return c.layer == layer; }));
    }

    void open()
    {
        const QUuid alice = m_study.alice.id;
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(m_study.project)), alice);
        m_window->resize(1300, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_window->showRecord(m_study.englishRecord);
    }

    // Where a code-point offset of the shown (ASCII) text is on screen, in viewport coordinates.
    QPoint pointAt(int position)
    {
        QTextCursor c(text()->document());
        c.setPosition(position);
        return text()->cursorRect(c).center() + QPoint(2, 0);
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_study = test::makeStudyProject(QString(), true);
        core::Project &p = *m_study.project;
        // The lead lifts blinding and records one Consensus coding: Alice sees three layers.
        p.setActor(m_study.lead.id);
        QVERIFY(p.unblindRound(m_study.pilot.id).ok());
        core::Coding c;
        c.recordId = m_study.englishRecord;
        c.codeId = m_study.trust;
        c.reviewerId = p.consensusReviewer().id;
        c.span = {0, 9};
        QVERIFY(p.addCoding(c).ok());
        p.setActor({});
    }

    void cleanup() { m_window.reset(); }

    void layersAndACodeCanBeSwitchedOffAndHoverSaysWhose()
    {
        open();
        QCOMPARE(countLayer(ui::DisplayedCoding::Layer::Mine), 8);
        QCOMPARE(countLayer(ui::DisplayedCoding::Layer::OtherReviewer), 3);
        QCOMPARE(countLayer(ui::DisplayedCoding::Layer::Consensus), 1);

        // Hovering "Community" names all three: Alice's, Bob's and the Consensus' Trust. (The
        // offscreen platform has no hover timer: the tooltip request Qt would send is sent.)
        const QPoint at = pointAt(3);
        QHelpEvent hover(QEvent::ToolTip, at, text()->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(text()->viewport(), &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QStringLiteral("— you")) && tip.contains(QStringLiteral("— Bob"))
                     && tip.contains(QStringLiteral("— Consensus")),
                 qPrintable(tip));

        // Layers menu by mouse: switch Bob off.
        auto *layers = m_window->findChild<QToolButton *>(QStringLiteral("HighlightLayers"));
        bool clicked = false;
        whenShown(this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return false;
            for (QAction *a : menu->actions())
                if (a->text() == QLatin1String("Bob")) {
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
                    clicked = true;
                }
            return true;
        });
        QTest::mouseClick(layers, Qt::LeftButton);
        QTRY_VERIFY(clicked);
        QTRY_COMPARE(countLayer(ui::DisplayedCoding::Layer::OtherReviewer), 0);
        QCOMPARE(countLayer(ui::DisplayedCoding::Layer::Mine), 8);
        QCOMPARE(countLayer(ui::DisplayedCoding::Layer::Consensus), 1);
        QCOMPARE(layers->text(), QStringLiteral("Layers: 1 hidden"));

        // The code list by keyboard: only Access and what is below it (Cost, Distance).
        auto *codes = m_window->findChild<QComboBox *>(QStringLiteral("HighlightCode"));
        QTest::mouseClick(codes, Qt::LeftButton);
        QTRY_VERIFY(codes->view()->isVisible());
        const int access = codes->findData(m_study.access);
        QVERIFY(access > 0);
        for (int i = 0; i < access; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(codes->currentIndex(), access);
        QStringList shown;
        for (const ui::DisplayedCoding &c : text()->codings())
            shown << c.codeName;
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("Access"), QStringLiteral("Cost"), QStringLiteral("Cost"),
                                     QStringLiteral("Distance")}));
    }

    void typingAPrefixFindsAndMarksWholeWordsAndCodeAllHitsIsOneStep()
    {
        open();
        // Ctrl+F, then type: "work" finds "workers" (the exact word would find nothing).
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_F,
                        Qt::ControlModifier);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("RecordSearch"));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("work"));
        QCOMPARE(project().search(QStringLiteral("work")).value().size(), size_t(0));
        QTRY_COMPARE(m_window->recordFilterModel()->rowCount(), 1);
        QCOMPARE(m_window->recordView()->recordId(), m_study.englishRecord);
        // "workers" three times and "Workers" once, each marked whole.
        std::vector<core::Span> expected;
        const QString english = text()->recordText();
        for (qsizetype at = 0; (at = english.indexOf(QStringLiteral("workers"), at, Qt::CaseInsensitive)) >= 0; at += 7)
            expected.push_back({at, at + 7});
        QCOMPARE(expected.size(), size_t(4));
        QTRY_VERIFY(text()->searchHits() == expected);
        QCOMPARE(text()->extraSelections().size(), 4);

        // Code All Hits with Training, chosen in the picker by typing.
        const size_t before = project().codings({{}, m_study.alice.id, m_study.training, {}}).size();
        const int steps = m_window->document()->undoStack()->count();
        bool picked = false;
        auto pickTraining = [&] {
            QWidget *picker = QApplication::activePopupWidget(); // the picker is a popup
            if (!picker || !QApplication::focusWidget() || !picker->isAncestorOf(QApplication::focusWidget()))
                return false;
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Training"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            return picked = true;
        };
        whenShown(this, pickTraining);
        QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("CodeAllHitsButton")), Qt::LeftButton);
        QVERIFY(picked);
        const auto coded = project().codings({m_study.englishRecord, m_study.alice.id, m_study.training, {}});
        QCOMPARE(coded.size(), before + 4);
        QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
        // Running it again adds nothing: every hit carries the code already.
        picked = false;
        whenShown(this, pickTraining);
        QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("CodeAllHitsButton")), Qt::LeftButton);
        QVERIFY(picked);
        QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
        // The focus is back in the document, so one Ctrl+Z takes all four away (in the search
        // box it would only undo the typing).
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(text()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(project().codings({{}, m_study.alice.id, m_study.training, {}}).size(), before);

        // Chinese: "乡村" lists and marks the Chinese record.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier); // focuses, selects all
        // Chinese arrives from an input method as committed text, as with a real IME.
        QInputMethodEvent ime;
        ime.setCommitString(QStringLiteral("乡村"));
        QCoreApplication::sendEvent(QApplication::focusWidget(), &ime);
        QTRY_COMPARE(m_window->recordFilterModel()->index(0, 0).data(ui::RecordListModel::RecordIdRole).toUuid(),
                     m_study.chineseRecord);
        QCOMPARE(m_window->recordFilterModel()->rowCount(), 1);
        QTreeView *list = m_window->recordListView();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 0)).center());
        QTRY_COMPARE(m_window->recordView()->recordId(), m_study.chineseRecord);
        QTRY_VERIFY(text()->searchHits() == (std::vector<core::Span>{{0, 2}}));
    }

    void theLayersButtonShowsItsWholeTextBesideItsArrow()
    {
        // The button's text was cut by its menu arrow ("Layers: al|"). In English and in
        // Chinese, with every layer shown and with one hidden, the room left of the arrow
        // holds the whole text.
        open();
        auto check = [](QWidget *window) {
            auto *layers = window->findChild<QToolButton *>(QStringLiteral("HighlightLayers"));
            QVERIFY(layers);
            QTRY_VERIFY(layers->isVisible());
            // As wide as the same text needs on a button without a menu, plus the arrow.
            QToolButton plain;
            plain.setToolButtonStyle(Qt::ToolButtonTextOnly);
            plain.setFont(layers->font());
            plain.setText(layers->text());
            QStyleOptionToolButton option;
            option.initFrom(layers);
            option.features = QStyleOptionToolButton::HasMenu;
            const int arrow = layers->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, layers);
            // (after the text changed, the layout gives the button its new width shortly)
            QTRY_VERIFY2(layers->width() >= plain.sizeHint().width() + arrow,
                         qPrintable(QStringLiteral("%1: %2 px wide, the text needs %3 and the arrow %4")
                                        .arg(layers->text())
                                        .arg(layers->width())
                                        .arg(plain.sizeHint().width())
                                        .arg(arrow)));
        };
        check(m_window.get());
        // One layer hidden: the longer text still fits.
        auto *layers = m_window->findChild<QToolButton *>(QStringLiteral("HighlightLayers"));
        bool clicked = false;
        whenShown(this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return false;
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(menu->actions().back()).center());
            clicked = true;
            return true;
        });
        QTest::mouseClick(layers, Qt::LeftButton);
        QTRY_VERIFY(clicked);
        QTRY_VERIFY(layers->text() != QLatin1String("Layers: all"));
        check(m_window.get());

        QCOMPARE(ui::installTranslators(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        {
            ui::MainWindow zh;
            zh.resize(1300, 900);
            zh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&zh));
            auto *zhLayers = zh.findChild<QToolButton *>(QStringLiteral("HighlightLayers"));
            QVERIFY(zhLayers->text() != QLatin1String("Layers: all")); // translated
            check(&zh);
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    }
};

QTEST_MAIN(TestHighlightSearch)
#include "test_highlightsearch.moc"
