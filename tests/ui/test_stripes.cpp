// The coding stripes beside a text, one widget for the workbench and the comparison view:
// the stripes sit in the lanes core assigns, say on hover whose coding they are, and a click
// on one in the workbench selects its coding.
#include "fixture.h"
#include "uitest.h"

#include "core/text/lanes.h"
#include "ui/document.h"
#include "ui/reconcile/comparisonview.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/codingmargin.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>

using namespace dyad;

class TestStripes : public QObject
{
    Q_OBJECT

private:
    test::Study m_study;

    std::vector<core::Coding> codingsOf(core::Project &project, const QUuid &reviewer)
    {
        core::CodingQuery q;
        q.recordId = m_study.englishRecord;
        q.reviewerId = reviewer;
        return project.codings(q);
    }

    static QString hover(ui::CodingMargin *margin, const ui::CodingMargin::Stripe &stripe)
    {
        // (the offscreen platform has no hover timer: the tooltip request Qt would send is sent)
        const QPoint at = margin->stripeRect(stripe).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, at, margin->mapToGlobal(at));
        QCoreApplication::sendEvent(margin, &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init() { m_study = test::makeStudyProject(QString(), true); }

    void theComparisonViewStripesEachSideInTheWorkbenchLanes()
    {
        core::Project &p = *m_study.project;
        ui::ComparisonView view;
        ui::ComparisonView::Layer alice{QStringLiteral("Alice"), codingsOf(p, m_study.alice.id)};
        ui::ComparisonView::Layer bob{QStringLiteral("Bob"), codingsOf(p, m_study.bob.id)};
        QHash<QUuid, core::Code> codes;
        for (const core::Code &c : p.allCodes())
            codes.insert(c.id, c);
        view.setRecord(p.record(m_study.englishRecord)->text, alice, bob, codes);
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QList<ui::CodingMargin *> margins = view.findChildren<ui::CodingMargin *>();
        QCOMPARE(margins.size(), 2);
        for (const auto &[margin, layer] : {std::pair{margins[0], &alice}, std::pair{margins[1], &bob}}) {
            QCOMPARE(margin->stripes().size(), layer->codings.size());
            std::vector<core::Span> spans;
            for (const core::Coding &c : layer->codings)
                spans.push_back(c.span);
            const std::vector<int> lanes = core::assignLanes(spans);
            for (size_t i = 0; i < lanes.size(); ++i) {
                QCOMPARE(margin->stripes()[i].id, layer->codings[i].id);
                QCOMPARE(margin->stripes()[i].lane, lanes[i]);
            }
        }
        // Alice's Access [242,316) overlaps her Distance and Cost: two lanes; Bob's three do not.
        QCOMPARE(margins[0]->laneCount(), 2);
        QCOMPARE(margins[1]->laneCount(), 1);
        QVERIFY(margins[0]->width() > margins[1]->width());

        // Hovering Alice's Training stripe names the code, the reviewer and the passage.
        const auto training = std::find_if(alice.codings.begin(), alice.codings.end(),
                                           [&](const core::Coding &c) { return c.codeId == m_study.training; });
        QVERIFY(training != alice.codings.end());
        const ui::CodingMargin::Stripe *stripe = nullptr;
        for (const auto &s : margins[0]->stripes())
            if (s.id == training->id)
                stripe = &s;
        QVERIFY(stripe);
        const QString tip = hover(margins[0], *stripe);
        QVERIFY2(tip.contains(QStringLiteral("Training")) && tip.contains(QStringLiteral("— Alice"))
                     && tip.contains(QStringLiteral("training in mental health")),
                 qPrintable(tip));
    }

    void clickingAStripeInTheWorkbenchSelectsItsCoding()
    {
        const QUuid alice = m_study.alice.id;
        const std::vector<core::Coding> mine = codingsOf(*m_study.project, alice);
        ui::MainWindow window;
        window.setDocument(std::make_unique<ui::Document>(std::move(m_study.project)), alice);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showRecord(m_study.englishRecord);
        ui::RecordTextEdit *text = window.recordView()->textEdit();
        auto *margin = text->findChild<ui::CodingMargin *>();
        QVERIFY(margin);
        QTRY_COMPARE(margin->stripes().size(), mine.size());

        const auto training = std::find_if(mine.begin(), mine.end(),
                                           [&](const core::Coding &c) { return c.codeId == m_study.training; });
        const ui::CodingMargin::Stripe *stripe = nullptr;
        for (const auto &s : margin->stripes())
            if (s.id == training->id)
                stripe = &s;
        QVERIFY(stripe);
        QTest::mouseClick(margin, Qt::LeftButton, {}, margin->stripeRect(*stripe).center().toPoint());
        QCOMPARE(text->selectedCoding(), training->id);
        QVERIFY2(hover(margin, *stripe).contains(QStringLiteral("Mental health training specifically.")),
                 "the memo is in the stripe's tooltip");
        // Beside every stripe (below the text's last line): nothing is selected.
        QTest::mouseClick(margin, Qt::LeftButton, {}, QPoint(margin->width() / 2, margin->height() - 4));
        QCOMPARE(text->selectedCoding(), QUuid());
    }
};

QTEST_MAIN(TestStripes)
#include "test_stripes.moc"
