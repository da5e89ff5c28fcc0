#pragma once

#include "units.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace dyad::core::agreement {

/** A suggested correspondence between one of A's codes and one of B's. */
struct CodePair
{
    QString codeA;
    QString codeB;
    double jaccard = 0;        ///< |A_c ∩ B_d| / |A_c ∪ B_d| over covered code points, all records
    Offset intersection = 0;   ///< code points both covered
    Offset unionLength = 0;    ///< code points either covered
};

/** One-to-one suggestion for two independently grown (inductive) codebooks. */
struct CodeMapping
{
    std::vector<CodePair> pairs;   ///< sorted by jaccard, highest first
    QStringList unmappedA;         ///< A's codes without a partner (no overlap, or more codes than B)
    QStringList unmappedB;

    QJsonObject toJson() const;
};

/**
 * Suggests a one-to-one mapping of reviewer A's codes onto reviewer B's that maximises the
 * summed Jaccard overlap of covered characters (Hungarian algorithm, Kuhn 1955 / Munkres
 * 1957). Pairs whose Jaccard is below @p minJaccard (default: any overlap) are not
 * proposed. Uses each record's RecordInput::a and ::b; tokens are ignored. The caller
 * applies the mapping (e.g. by merging codes) after review.
 */
CodeMapping suggestCodeMapping(const std::vector<RecordInput> &records, double minJaccard = 0.0);

/**
 * Minimum-cost assignment of rows to columns of a rows × cols cost matrix (row-major):
 * returns, for each row, its column or −1 when rows > cols left it out.
 */
std::vector<int> hungarianAssignment(const std::vector<double> &cost, int rows, int cols);

} // namespace dyad::core::agreement
