#include "print/htmlpdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryFile>
#include <QTextDocument>

namespace dyad::print {

bool writeHtmlPdf(const QString &path, const QString &html, const PdfOptions &options, QString *error)
{
    auto failed = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("Print", "Cannot write the PDF %1: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return failed(QCoreApplication::translate("Print", "PDF output needs Qt's GUI module to lay out the text."));
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX")));
    if (!temp.open())
        return failed(temp.errorString());
    {
        QPdfWriter writer(&temp);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Dyad"));
        writer.setTitle(options.title);
        QTextDocument doc;
        doc.setHtml(html);
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.print(&writer);
    } // the writer finishes the file when it goes
    temp.flush();
    if (temp.size() < 5)
        return failed(QCoreApplication::translate("Print", "nothing was written."));
    QFile::remove(path);
    if (!temp.rename(path))
        return failed(temp.errorString());
    temp.setAutoRemove(false);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

} // namespace dyad::print
