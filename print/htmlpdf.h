#pragma once

#include <QString>

namespace dyad::print {

/** How a document is laid out on paper. */
struct PdfOptions
{
    QString title;            ///< the PDF's document title (shown by viewers)
    bool landscape = false;   ///< A4 landscape instead of portrait, for wide tables
};

/**
 * Renders an HTML page (as the GUI shows and prints it) to an A4 PDF at `path` with Qt's
 * PDF writer. Written to a temporary file beside `path` and renamed when complete, so a
 * failed run leaves no half-written PDF. Needs a QGuiApplication (fonts); false with
 * `error` on failure.
 */
bool writeHtmlPdf(const QString &path, const QString &html, const PdfOptions &options = {}, QString *error = nullptr);

} // namespace dyad::print
