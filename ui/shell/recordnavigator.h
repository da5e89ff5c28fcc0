#pragma once

#include "ui/study/assignrecordsdialog.h"

#include <QObject>
#include <QUuid>

namespace dyad::core {
struct ChangeEvent;
}

namespace dyad::ui {

class DockLayout;
class MainWindow;

/**
 * Moving through the records: the search and filters over the record list, the list's
 * current row and the record on screen, next/previous/next uncoded, and marking a record
 * done (the Record menu).
 */
class RecordNavigator : public QObject
{
    Q_OBJECT

public:
    /** Creates the record actions on @p window and follows the filters in @p docks. */
    RecordNavigator(MainWindow *window, DockLayout *docks);

    /** Shows a record: its row in the list, or the record alone when the filters hide it. */
    void showRecord(const QUuid &recordId);
    void stepRecord(int direction);
    void nextUncodedRecord();
    void markRecordDone();
    /** Applies the search and the filters to the list, keeping the record on screen current. */
    void applyRecordFilters();
    /** Lists the project's rounds in the round filter, keeping the chosen one. */
    void refreshRoundFilter();
    /** The list's rows after an import or a filter: the record on screen stays current. */
    void listChanged();
    /** A reloaded list (another process's change) keeps the record on screen current. */
    void documentChanged(const core::ChangeEvent &event);
    /** The selected and the listed records, and the filter in words (the Study window asks). */
    AssignRecordsDialog::RecordList recordList() const;

private:
    MainWindow *m_window;
    DockLayout *m_docks;
};

} // namespace dyad::ui
