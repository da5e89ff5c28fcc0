#pragma once

#include "core/analysis/scope.h"
#include "ui/analysis/projectaccessor.h"

#include <QComboBox>

#include <functional>

class QChartView;
class QTableView;
class QToolButton;
class QWidget;

namespace dyad::core {
class Project;
}

namespace dyad::ui::analysis {

/** A combo box of coding layers: Consensus, every reviewer, and "All layers". */
class LayerPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit LayerPicker(QWidget *parent = nullptr);
    /** Refills from the project, keeping the selection when it still exists. */
    void reload(const core::Project &project);
    /** The layer specification for core::analysis::resolveScope(). */
    QString spec() const;
};

/** A tool button with a menu of exports ("HTML…", "CSV…", "PDF…"); each entry runs a callback. */
QToolButton *exportButton(QWidget *parent, const QList<std::pair<QString, std::function<void()>>> &entries);

/** Asks for a file name and writes @p text (UTF-8; CSV with a byte-order mark). */
void saveText(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
              const QString &text, bool csvBom = false);
/** Asks for a file name and prints @p html to PDF through QTextDocument and QPdfWriter (A4). */
void savePdf(QWidget *parent, const QString &suggestedName, const QString &html);
/** Writes @p html to a PDF file; false with @p error on failure. Used by savePdf() and tests. */
bool writePdf(const QString &path, const QString &html, QString *error = nullptr);

/**
 * Saves a chart view (any widget, in fact) as PNG (at twice its on-screen size) or SVG
 * (QSvgGenerator), by the file's suffix.
 */
bool writeChart(QWidget *view, const QString &path, QString *error = nullptr);
/** Asks for a file name and saves the chart (PNG or SVG). */
void saveChart(QWidget *parent, QWidget *view, const QString &suggestedName);

} // namespace dyad::ui::analysis
