#include "fuzz_common.h"
#include "fuzz_files.h"

#include "core/agreement/ratingstable.h"

// The ratings table of `dyad-cli stats`: parse, then every view of it the command uses.
DYAD_FUZZ_TARGET(ratings_csv)
{
    using namespace dyad::core::agreement;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto table = parseRatingsCsv(bytes, QStringLiteral("fuzz.csv"));
    if (!table) {
        dyad::fuzz::checkMessage(table.error());
        return 0;
    }
    if (table->raters.size() > kMaxRaters || table->categories().size() > kMaxCategories)
        std::abort();
    const ReliabilityData d = table->reliabilityData();
    if (d.size() != size_t(table->units.size()))
        std::abort();
    (void)krippendorffAlpha(d, MetricLevel::Nominal);
    if (table->isNumeric())
        (void)krippendorffAlpha(d, MetricLevel::Interval);
    return 0;
}
