#pragma once

#include "core/analysis/cooccurrence.h"
#include "core/analysis/frequencies.h"
#include "core/analysis/words.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace dyad::core::analysis {

/** What every report states about itself (a methods section needs it). */
struct ReportMeta
{
    QString projectTitle;
    QString projectPath;
    QDateTime generated;          ///< UTC; invalid: now
    QString generator;            ///< e.g. "Dyad 0.1.0"
};

/** Describes the layers of a scope for people: "Alice, Bob, Consensus; round Pilot". */
QString describeScope(const Project &project, const Scope &scope);

// Frequencies ---------------------------------------------------------------------------

/** HTML: one table, codes indented under their themes, records / segments / codings per layer. */
QString frequenciesHtml(const FrequencyTable &table, const ReportMeta &meta, const QString &scopeText);
/** CSV: one row per node × layer: id, path, depth, theme, layer, records, share, segments, codings. */
QString frequenciesCsv(const FrequencyTable &table);
/** CSV: the code-by-record matrix, one row per record, one column per node (header: code paths). */
QString codeRecordMatrixCsv(const CodeRecordMatrix &matrix);

// Co-occurrence --------------------------------------------------------------------------

/** HTML: the matrix as a heat map, plus the strongest pairs with their passages when given. */
QString cooccurrenceHtml(const CooccurrenceMatrix &matrix, const ReportMeta &meta, const QString &scopeText,
                         const Project *passagesFrom = nullptr, int topPairs = 10);
/** CSV: the square matrix with code paths as row and column headers. */
QString cooccurrenceCsv(const CooccurrenceMatrix &matrix);
/** CSV: the passages of one cell. */
QString passagesCsv(const std::vector<Passage> &passages);

// Words ----------------------------------------------------------------------------------

/** HTML: word frequencies (first @p maxWords), and KWIC lines when given. */
QString wordsHtml(const WordTable &table, const ReportMeta &meta, const QString &selectionText,
                  const std::vector<KwicLine> &kwic = {}, const QString &keyword = QString(), int maxWords = 200);
/** CSV: word, count, records. */
QString wordsCsv(const WordTable &table);
/** CSV: record, start, end, left, keyword, right. */
QString kwicCsv(const std::vector<KwicLine> &lines);

/** The background colour of a heat-map cell: white for 0, deepening blue up to @p max. */
QString heatColor(int value, int max);

} // namespace dyad::core::analysis
