#pragma once

#include "core/io/csv.h"
#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace dyad::core::io {

/**
 * A rectangular table for CSV and XLSX output: a header row and rows of cells. A cell is
 * text (QString) or a number (int/qint64/double); anything else is written as text.
 */
struct Sheet
{
    QString name;                          ///< worksheet name in XLSX (max 31 characters)
    QStringList header;
    std::vector<QVariantList> rows;
};

/** CSV text through CsvWriter (RFC 4180, CRLF rows, UTF-8 BOM for Excel, formula guard). */
QByteArray csvBytes(const Sheet &sheet);
/** Writes csvBytes() through AtomicFile. */
Status writeCsv(const Sheet &sheet, const QString &path);
/** Drops characters XML 1.0 cannot carry (control characters, unpaired surrogates). */
QString xmlSafe(const QString &text);
/** Writes one XLSX workbook with one worksheet per sheet; text is always stored as a string. */
Status writeXlsx(const std::vector<Sheet> &sheets, const QString &path);

/** Reads the first worksheet of an .xlsx file as rows of text (shared and inline strings, numbers). */
Result<std::vector<QStringList>> readXlsxRows(const QString &path);

} // namespace dyad::core::io
