#pragma once

#include <QObject>

class QMenu;

namespace dyad::core::io {
class Exporter;
struct ExportMenuEntry;
}

namespace dyad::ui {

class MainWindow;

/**
 * File › Export, built from core's exporter registry (core/io/export/exporter.h): one entry
 * per exporter (two for REFI-QDA: code points and NVivo's UTF-16). Each asks where to write
 * and writes as the current reviewer: the whole-project exports wait until nothing is
 * blinded for them, the coded segments hold what they may see.
 */
class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(MainWindow *window);

    /** Fills File › Export. */
    void fillMenu(QMenu *menu);
    void exportData(const core::io::Exporter &exporter, const core::io::ExportMenuEntry &entry);

private:
    MainWindow *m_window;
};

} // namespace dyad::ui
