#include "ui/analysis/analysisdocks.h"

#include "ui/analysis/agreementview.h"
#include "ui/analysis/cooccurrenceview.h"
#include "ui/analysis/frequencyview.h"
#include "ui/analysis/wordsview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>

namespace dyad::ui::analysis {

namespace {

QDockWidget *makeDock(QMainWindow *window, const QString &title, const QString &objectName, QWidget *content)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName); // saveState()/restoreState() need it
    dock->setWidget(content);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    return dock;
}

} // namespace

AnalysisDocks::AnalysisDocks(QMainWindow *window, ProjectAccessor project)
    : QObject(window)
    , m_project(std::move(project))
    , m_frequencies(new FrequencyView(m_project))
    , m_cooccurrence(new CooccurrenceView(m_project))
    , m_words(new WordsView(m_project))
    , m_agreement(new AgreementView(m_project))
    , m_debounce(new QTimer(this))
{
    m_frequencyDock = makeDock(window, tr("Frequencies"), QStringLiteral("analysisFrequencies"), m_frequencies);
    m_cooccurrenceDock = makeDock(window, tr("Co-occurrence"), QStringLiteral("analysisCooccurrence"), m_cooccurrence);
    m_wordsDock = makeDock(window, tr("Words"), QStringLiteral("analysisWords"), m_words);
    m_agreementDock = makeDock(window, tr("Agreement"), QStringLiteral("analysisAgreement"), m_agreement);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_frequencyDock);
    window->tabifyDockWidget(m_frequencyDock, m_cooccurrenceDock);
    window->tabifyDockWidget(m_cooccurrenceDock, m_wordsDock);
    window->tabifyDockWidget(m_wordsDock, m_agreementDock);
    for (QDockWidget *d : docks()) {
        d->hide();
        // Opened from the menu: in front of its tabbed siblings, and tall enough to read
        // (the bottom area otherwise keeps the strip it had, often ~200 px).
        connect(d->toggleViewAction(), &QAction::triggered, this, [window, d](bool checked) {
            if (!checked)
                return;
            d->raise();
            const int wanted = window->height() * 45 / 100;
            if (!d->isFloating() && d->height() < wanted)
                window->resizeDocks({d}, {wanted}, Qt::Vertical);
        });
        // a dock shown (or brought to front) with stale figures recomputes
        connect(d, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                m_debounce->start();
        });
    }
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &AnalysisDocks::refresh);
}

QList<QDockWidget *> AnalysisDocks::docks() const
{
    return {m_frequencyDock, m_cooccurrenceDock, m_wordsDock, m_agreementDock};
}

QMenu *AnalysisDocks::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("&Analysis"), parent);
    for (QDockWidget *d : docks())
        menu->addAction(d->toggleViewAction());
    return menu;
}

void AnalysisDocks::projectReplaced()
{
    m_frequencies->reload();
    m_cooccurrence->reload();
    m_words->reload();
    m_agreement->reload();
    refresh();
}

void AnalysisDocks::projectChanged()
{
    m_debounce->start();
}

void AnalysisDocks::refresh()
{
    if (!m_frequencyDock->visibleRegion().isEmpty())
        m_frequencies->refresh();
    if (!m_cooccurrenceDock->visibleRegion().isEmpty())
        m_cooccurrence->refresh();
    if (!m_wordsDock->visibleRegion().isEmpty())
        m_words->refresh();
    if (!m_agreementDock->visibleRegion().isEmpty())
        m_agreement->refresh();
}

AnalysisDocks *addAnalysisDocks(QMainWindow *window, ProjectAccessor project)
{
    return new AnalysisDocks(window, std::move(project));
}

} // namespace dyad::ui::analysis
