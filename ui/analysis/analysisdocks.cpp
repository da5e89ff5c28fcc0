#include "ui/analysis/analysisdocks.h"

#include "ui/analysis/agreementview.h"
#include "ui/analysis/cooccurrenceview.h"
#include "ui/analysis/frequencyview.h"
#include "ui/analysis/wordsview.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QTimer>

#include <algorithm>

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

/** Below this the charts' labels are elided and the bars are hair-thin. */
constexpr int kReadableHeight = 320;

/** The first widget inside `dock` that takes the keyboard focus by Tab, or its content. */
QWidget *firstFocusable(QDockWidget *dock)
{
    QWidget *content = dock->widget();
    for (QWidget *w = content->nextInFocusChain(); w && w != content; w = w->nextInFocusChain()) {
        if (!content->isAncestorOf(w))
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(dock) && w->isEnabled())
            return w;
    }
    return content;
}

void bringForward(QMainWindow *window, QDockWidget *dock)
{
    dock->raise(); // a tabbed dock's tab comes to the front
    if (!dock->isFloating()) {
        // About half the window (never less than readable, never more than leaves the text
        // its share), whatever strip the area kept from before or from a restored layout.
        const int wanted = std::max(window->height() * 45 / 100, std::min(kReadableHeight, window->height() / 2));
        if (dock->height() < wanted)
            window->resizeDocks({dock}, {wanted}, Qt::Vertical);
    }
    dock->activateWindow();
    firstFocusable(dock)->setFocus(Qt::OtherFocusReason);
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
        // Opened from the menu: in front of its tabbed siblings, tall enough to read (the
        // bottom area otherwise keeps the strip it had, often ~200 px), and with the focus,
        // so the keyboard works in it at once.
        connect(d->toggleViewAction(), &QAction::triggered, this, [window, d](bool checked) {
            if (checked)
                bringForward(window, d);
        });
        // a dock shown (or brought to front) with stale figures recomputes
        connect(d, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                m_debounce->start();
        });
    }
    // A layout restored from the settings may hold a dock as a sliver, or floating where a
    // larger screen was: it is set right when the window is first shown.
    window->installEventFilter(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &AnalysisDocks::refresh);
}

bool AnalysisDocks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched == parent()) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, &AnalysisDocks::fitRestoredLayout);
    }
    return QObject::eventFilter(watched, event);
}

void AnalysisDocks::fitRestoredLayout()
{
    auto *window = static_cast<QMainWindow *>(parent());
    const QScreen *screen = window->screen();
    for (QDockWidget *d : docks()) {
        if (!d->isVisible())
            continue;
        if (d->isFloating() && screen) {
            const QRect available = screen->availableGeometry();
            const QSize size = d->size().boundedTo(available.size());
            QRect target(d->pos(), size);
            target.moveLeft(std::clamp(target.left(), available.left(), available.right() - size.width() + 1));
            target.moveTop(std::clamp(target.top(), available.top(), available.bottom() - size.height() + 1));
            d->setGeometry(target);
        } else if (!d->visibleRegion().isEmpty() && d->height() < std::min(kReadableHeight, window->height() / 2)) {
            window->resizeDocks({d}, {std::min(kReadableHeight, window->height() / 2)}, Qt::Vertical);
        }
    }
}

QList<QDockWidget *> AnalysisDocks::docks() const
{
    return {m_frequencyDock, m_cooccurrenceDock, m_wordsDock, m_agreementDock};
}

QMenu *AnalysisDocks::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("&Analysis"), parent);
    // The dock titles, with a letter each: Alt+A then F opens Frequencies.
    const QString texts[] = {tr("&Frequencies"), tr("&Co-occurrence"), tr("&Words"), tr("&Agreement")};
    const QList<QDockWidget *> all = docks();
    for (qsizetype i = 0; i < all.size(); ++i) {
        all[i]->toggleViewAction()->setText(texts[i]);
        menu->addAction(all[i]->toggleViewAction());
    }
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
