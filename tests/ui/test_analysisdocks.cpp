// Layout of the analysis docks in the workbench (issue 14): opening one from the Analysis
// menu by mouse brings it to the front at a readable height, and the co-occurrence matrix
// names its columns.
#include "fixture.h"
#include "uitest.h"

#include "ui/analysis/analysisdocks.h"
#include "ui/analysis/cooccurrenceview.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QTableView>

using namespace dyad;

class TestAnalysisDocks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> m_window;

    // Clicks a menu of the menu bar, then one of its items, with the mouse.
    void clickMenuItem(const QString &menuTitle, const QString &itemText)
    {
        QMenuBar *bar = m_window->menuBar();
        QAction *menuAction = nullptr;
        for (QAction *a : bar->actions())
            if (a->text().remove(QLatin1Char('&')) == menuTitle)
                menuAction = a;
        QVERIFY2(menuAction, qPrintable(menuTitle));
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menuAction).center());
        QMenu *menu = menuAction->menu();
        QTRY_VERIFY(menu->isVisible());
        QAction *item = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().remove(QLatin1Char('&')) == itemText)
                item = a;
        QVERIFY2(item, qPrintable(itemText));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
        QTRY_VERIFY(!menu->isVisible());
    }

    QDockWidget *dock(const char *name) { return test::child<QDockWidget>(m_window.get(), name); }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        test::Study s = test::makeStudyProject(QString(), true);
        const QUuid lead = s.lead.id;
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(s.project)), lead);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup() { m_window.reset(); }

    void aDockOpenedFromTheMenuIsInFrontAndTallEnoughToRead()
    {
        clickMenuItem(QStringLiteral("Analysis"), QStringLiteral("Frequencies"));
        QDockWidget *frequencies = dock("analysisFrequencies");
        QTRY_VERIFY(frequencies->isVisible());
        clickMenuItem(QStringLiteral("Analysis"), QStringLiteral("Co-occurrence"));
        QDockWidget *cooccurrence = dock("analysisCooccurrence");
        QTRY_VERIFY(cooccurrence->isVisible());
        // The newer one is the tab in front, and the strip is not a 200-px sliver.
        QTRY_VERIFY(!cooccurrence->visibleRegion().isEmpty());
        QVERIFY(frequencies->visibleRegion().isEmpty());
        QTRY_VERIFY2(cooccurrence->height() >= m_window->height() * 40 / 100,
                     qPrintable(QStringLiteral("%1 of %2").arg(cooccurrence->height()).arg(m_window->height())));

        // Its columns carry the code names, as its rows do.
        auto *view = cooccurrence->findChild<ui::analysis::CooccurrenceView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->heatmap()->model()->columnCount() > 0);
        QAbstractItemModel *m = view->heatmap()->model();
        for (int c = 0; c < m->columnCount(); ++c) {
            const QString column = m->headerData(c, Qt::Horizontal).toString();
            const QString row = m->headerData(c, Qt::Vertical).toString();
            QVERIFY2(row.startsWith(column.chopped(column.endsWith(QStringLiteral("…")) ? 1 : 0)),
                     qPrintable(column + QStringLiteral(" / ") + row));
            QVERIFY2(!column.at(0).isDigit(), qPrintable(column));
        }
    }

    void eachDockOpenedByItsMenuKeyIsInFrontFocusedAndReadable()
    {
        // Alt+A opens Analysis, a letter opens the dock: each comes to the front of the
        // tabbed docks, at least 40 % of the window tall, with the keyboard focus inside it.
        const std::pair<Qt::Key, const char *> docks[] = {{Qt::Key_F, "analysisFrequencies"},
                                                          {Qt::Key_C, "analysisCooccurrence"},
                                                          {Qt::Key_W, "analysisWords"},
                                                          {Qt::Key_A, "analysisAgreement"}};
        m_window->recordView()->textEdit()->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
        QDockWidget *previous = nullptr;
        for (const auto &[key, name] : docks) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
            QTest::keyClick(QApplication::activePopupWidget(), key);
            QDockWidget *d = dock(name);
            QTRY_VERIFY2(d->isVisible() && !d->visibleRegion().isEmpty(), name);
            if (previous) // the one before is behind it now, as a tab
                QTRY_VERIFY2(previous->visibleRegion().isEmpty(), name);
            QTRY_VERIFY2(d->height() >= m_window->height() * 40 / 100,
                         qPrintable(QStringLiteral("%1: %2 of %3").arg(QLatin1String(name)).arg(d->height())
                                        .arg(m_window->height())));
            QTRY_VERIFY2(QApplication::focusWidget() && d->isAncestorOf(QApplication::focusWidget()), name);
            previous = d;
        }
    }

    void aRestoredLayoutKeepsTheDocksReadableAndOnTheScreen()
    {
        // Saved: Words floating far off the screen, Frequencies squeezed to a sliver.
        clickMenuItem(QStringLiteral("Analysis"), QStringLiteral("Words"));
        QDockWidget *words = dock("analysisWords");
        QTRY_VERIFY(words->isVisible());
        words->setFloating(true);
        const QRect screen = m_window->screen()->availableGeometry();
        words->setGeometry(screen.right() + 400, screen.bottom() + 300, 700, 500);
        clickMenuItem(QStringLiteral("Analysis"), QStringLiteral("Frequencies"));
        QDockWidget *frequencies = dock("analysisFrequencies");
        QTRY_VERIFY(frequencies->isVisible());
        m_window->resizeDocks({frequencies}, {1}, Qt::Vertical); // as low as it goes
        QTRY_VERIFY2(frequencies->height() < 200, qPrintable(QString::number(frequencies->height())));
        QVERIFY(m_window->close()); // keeps the layout in the settings
        m_window.reset();

        // The next start restores it, and fits it once the window shows.
        test::Study s = test::makeStudyProject(QString(), true);
        const QUuid lead = s.lead.id;
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::make_unique<ui::Document>(std::move(s.project)), lead);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        frequencies = dock("analysisFrequencies");
        words = dock("analysisWords");
        QVERIFY(frequencies->isVisible() && !frequencies->isFloating());
        QVERIFY(words->isVisible() && words->isFloating());
        const int readable = std::min(320, m_window->height() / 2);
        QTRY_VERIFY2(frequencies->height() >= readable,
                     qPrintable(QStringLiteral("%1 of %2").arg(frequencies->height()).arg(m_window->height())));
        QTRY_VERIFY2(screen.contains(words->geometry()),
                     qPrintable(QStringLiteral("(%1,%2) %3x%4")
                                    .arg(words->x())
                                    .arg(words->y())
                                    .arg(words->width())
                                    .arg(words->height())));
        QSettings().clear();
    }
};

QTEST_MAIN(TestAnalysisDocks)
#include "test_analysisdocks.moc"
