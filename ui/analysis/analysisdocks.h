#pragma once

#include "ui/analysis/projectaccessor.h"

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;
class QTimer;

namespace dyad::core {
class Project;
}

namespace dyad::ui::analysis {

class AgreementView;
class CooccurrenceView;
class FrequencyView;
class WordsView;

/**
 * The analysis docks of the main window: Frequencies, Co-occurrence, Words and Agreement
 * (report and charts). They read the project through the accessor, compute in core's
 * dyad::core::analysis, and recompute only while visible: after projectChanged() (debounced)
 * or when the user presses Refresh.
 *
 * Analyses read every reviewer's codings (they are for the lead writing up), so the window
 * should show them only to a lead or once blinding is over.
 */
class AnalysisDocks : public QObject
{
    Q_OBJECT

public:
    AnalysisDocks(QMainWindow *window, ProjectAccessor project);

    QList<QDockWidget *> docks() const;
    /** A "Analysis" menu with one checkable action per dock. */
    QMenu *createMenu(QWidget *parent) const;

    FrequencyView *frequencies() const { return m_frequencies; }
    CooccurrenceView *cooccurrence() const { return m_cooccurrence; }
    WordsView *words() const { return m_words; }
    AgreementView *agreement() const { return m_agreement; }

public slots:
    /** Another project was opened (or closed): refills the layer lists and recomputes. */
    void projectReplaced();
    /** The project's content changed: recompute the visible views shortly. */
    void projectChanged();
    /** Recomputes the visible views now. */
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** A restored layout: floating docks on the screen, docked ones not a sliver. */
    void fitRestoredLayout();

    ProjectAccessor m_project;
    QDockWidget *m_frequencyDock, *m_cooccurrenceDock, *m_wordsDock, *m_agreementDock;
    FrequencyView *m_frequencies;
    CooccurrenceView *m_cooccurrence;
    WordsView *m_words;
    AgreementView *m_agreement;
    QTimer *m_debounce;
};

/**
 * Adds the analysis docks to @p window (tabbed together at the bottom, hidden until shown
 * from the menu; one opened from the menu comes to the front at about half the window's
 * height, with the keyboard focus) and returns the object that owns them (a child of the
 * window).
 */
AnalysisDocks *addAnalysisDocks(QMainWindow *window, ProjectAccessor project);

} // namespace dyad::ui::analysis
