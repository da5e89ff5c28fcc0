#include "ui/analysis/common.h"

#include "core/io/atomicfile.h"
#include "core/io/csv.h"
#include "core/model/project.h"
#include "print/htmlpdf.h"

#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>

namespace dyad::ui::analysis {

LayerPicker::LayerPicker(QWidget *parent)
    : QComboBox(parent)
{
    setToolTip(tr("Which coding layer to analyse"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void LayerPicker::reload(const core::Project &project)
{
    const QString keep = spec();
    QSignalBlocker block(this);
    clear();
    addItem(tr("Consensus"), QStringLiteral("consensus"));
    addItem(tr("All layers"), QStringLiteral("all"));
    const QUuid consensus = project.consensusReviewer().id;
    for (const core::Reviewer &r : project.reviewers())
        if (r.id != consensus)
            addItem(r.name, core::uuidText(r.id));
    const int at = findData(keep);
    setCurrentIndex(at >= 0 ? at : 1);
}

QString LayerPicker::spec() const
{
    return currentData().toString();
}

QToolButton *exportButton(QWidget *parent, const QList<std::pair<QString, std::function<void()>>> &entries)
{
    auto *button = new QToolButton(parent);
    button->setText(QObject::tr("Export"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    for (const auto &[label, run] : entries)
        QObject::connect(menu->addAction(label), &QAction::triggered, button, run);
    button->setMenu(menu);
    return button;
}

void saveText(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
              const QString &text, bool csvBom)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
    if (path.isEmpty())
        return;
    const auto st = csvBom ? core::io::writeCsvFile(path, text) : core::io::writeFileAtomically(path, text.toUtf8());
    if (!st)
        QMessageBox::warning(parent, title, st.error());
}

bool writePdf(const QString &path, const QString &html, QString *error)
{
    // The same writer as dyad-cli's --out FILE.pdf, so both give the same pages.
    return print::writeHtmlPdf(path, html, {QFileInfo(path).completeBaseName(), false}, error);
}

void savePdf(QWidget *parent, const QString &suggestedName, const QString &html)
{
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Save as PDF"), suggestedName,
                                                      QObject::tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePdf(path, html, &error))
        QMessageBox::warning(parent, QObject::tr("Save as PDF"), error);
}

bool writeChart(QWidget *view, const QString &path, QString *error)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        if (auto *chartView = qobject_cast<QChartView *>(view))
            svg.setTitle(chartView->chart()->title());
        svg.setDescription(QObject::tr("Chart exported from Dyad"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = QObject::tr("Could not write the SVG file %1.").arg(path);
            return false;
        }
        view->render(&painter);
        painter.end();
        return true;
    }
    QPixmap pixmap(view->size() * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::white);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = QObject::tr("Could not write the PNG file %1.").arg(path);
        return false;
    }
    return true;
}

void saveChart(QWidget *parent, QWidget *view, const QString &suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Save chart"), suggestedName,
                                                      QObject::tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeChart(view, path, &error))
        QMessageBox::warning(parent, QObject::tr("Save chart"), error);
}

} // namespace dyad::ui::analysis
