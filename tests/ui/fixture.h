#pragma once

#include "core/model/project.h"

#include <memory>
#include <vector>

namespace dyad::test {

/** Ids of what makeStudyProject() creates. */
struct Study
{
    std::unique_ptr<core::Project> project;
    core::Reviewer alice, bob, lead;
    core::Round pilot;
    QUuid trust, mutualTrust, distrust, access, cost, distance, workforce, training; // codes
    QUuid englishRecord, chineseRecord, astralRecord;                                 // records
};

/**
 * A small study: three reviewers (Alice and Bob code, Lena leads), a shared codebook of
 * three themes with sub-codes, a few hand-written abstracts (English, Chinese, and one with
 * supplementary-plane characters), and a pilot round in its independent phase assigning
 * every record to Alice and Bob. In memory when `path` is empty.
 *
 * With `withCodings`, Alice and Bob have coded the English record (overlapping spans).
 */
Study makeStudyProject(const QString &path = QString(), bool withCodings = false);

/** The text of the record with "𠀀🙂": the words after them are "trust builds". */
QString astralText();

/**
 * Records read from the ASReview corpus CSVs (title + abstract as text), at most `limit`
 * (0: all). A tiny RFC-4180 reader: quoted fields may hold commas, quotes and newlines.
 */
std::vector<core::Record> corpusRecords(int limit = 0);

/**
 * `count` short records, each with four words that start with "workers" (a search for it
 * has 4 × count hits), for Code All Search Hits at scale.
 */
std::vector<core::Record> recordsWithFourWorkers(int count);

/** Parses one CSV document into rows of fields. */
std::vector<QStringList> parseCsv(const QString &text);

} // namespace dyad::test
