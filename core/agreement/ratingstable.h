#pragma once

#include "core/result.h"
#include "krippendorff.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dyad::core::agreement {

/**
 * Ratings in long form: one value per (unit, rater), read from a CSV with the columns
 * `unit`, `rater`, `value` (header row, any order, other columns ignored; an empty value
 * is a missing rating). Units and raters keep their order of first appearance.
 */
struct RatingsTable
{
    QStringList units;
    QStringList raters;
    /** values[unit][rater]; std::nullopt = missing. */
    std::vector<std::vector<std::optional<QString>>> values;

    /** True when every present value parses as a number. */
    bool isNumeric() const;
    /** Distinct present values: numerically sorted when isNumeric(), else in first-seen order. */
    QStringList categories() const;
    /** Reliability data with values as numbers (isNumeric()) or as category indices. */
    ReliabilityData reliabilityData() const;
};

/** Limits of a ratings table: beyond them the coefficients need gigabytes (60k raters or categories). */
constexpr int kMaxRaters = 1000;
constexpr int kMaxCategories = 2000;
constexpr qint64 kMaxCells = 10'000'000; ///< units × raters

/** Parses CSV text; errors name @p sourceName and the line, and say which limit was passed. */
Result<RatingsTable> parseRatingsCsv(const QByteArray &data, const QString &sourceName);
/** Reads and parses a ratings CSV file. */
Result<RatingsTable> readRatingsCsv(const QString &path);

} // namespace dyad::core::agreement
