#pragma once

#include <QString>
#include <QStringView>

/**
 * @file
 * Identifier hygiene shared by the readers and by duplicate matching.
 */

namespace dyad::core::importer {

/**
 * A DOI as stored in Record::doi: lowercase, without resolver prefix ("https://doi.org/",
 * "dx.doi.org/", "doi:"), URL escapes decoded, trailing punctuation and a MEDLINE " [doi]"
 * suffix removed. Empty when @p text holds no DOI of the form 10.NNNN/suffix.
 */
QString normalizeDoi(QStringView text);

/** The first DOI found anywhere in @p text, normalised; empty if none. */
QString findDoi(QStringView text);

/** A PMID: the digits of "PMID: 12345678", "12345678 [pubmed]"...; empty unless 1–9 digits. */
QString normalizePmid(QStringView text);

} // namespace dyad::core::importer
