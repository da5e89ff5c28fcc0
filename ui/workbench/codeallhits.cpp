#include "ui/workbench/codeallhits.h"

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/text/searchhits.h"
#include "ui/taskrunner.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_set>

namespace dyad::ui {

namespace {
struct SpanKey
{
    QUuid record;
    core::Offset start, end;
    bool operator==(const SpanKey &) const = default;
};
struct SpanKeyHash
{
    size_t operator()(const SpanKey &k) const noexcept { return qHashMulti(0, k.record, k.start, k.end); }
};
} // namespace

SearchHitCodings codingsForSearchHits(const core::Project &project, const QUuid &reviewerId, const QUuid &codeId,
                                      const std::vector<QUuid> &records, const QString &query,
                                      const std::function<bool(qint64, qint64)> &progress)
{
    SearchHitCodings out;
    // What the reviewer has coded with the code already, in one query rather than one a record.
    std::unordered_set<SpanKey, SpanKeyHash> existing;
    core::CodingQuery mine;
    mine.reviewerId = reviewerId;
    mine.codeId = codeId;
    for (const core::Coding &c : project.codings(mine))
        existing.insert({c.recordId, c.span.start, c.span.end});
    const qint64 total = qint64(records.size());
    // About a hundred reports for the whole run, whatever its size.
    const qint64 reportEvery = std::max<qint64>(1, total / 100);
    for (qint64 done = 0; done < total; ++done) {
        if (progress && done % reportEvery == 0 && !progress(done, total)) {
            out.cancelled = true;
            return out;
        }
        const QUuid &recordId = records[size_t(done)];
        const auto record = project.record(recordId);
        if (!record)
            continue;
        bool added = false;
        for (const core::Span &span : core::text::searchHitSpans(record->text, query)) {
            if (existing.contains({recordId, span.start, span.end})) {
                ++out.alreadyCoded;
                continue;
            }
            core::Coding c;
            c.recordId = recordId;
            c.codeId = codeId;
            c.reviewerId = reviewerId;
            c.span = span;
            out.codings.push_back(c);
            added = true;
        }
        out.records += added ? 1 : 0;
    }
    if (progress && !progress(total, total))
        out.cancelled = true;
    return out;
}

std::optional<SearchHitCodings> findSearchHitCodings(QWidget *parent, const core::Project &project,
                                                     const QUuid &reviewerId, const QUuid &codeId,
                                                     const std::vector<QUuid> &records, const QString &query)
{
    const QString path = project.path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) // no second connection to an in-memory project
        return codingsForSearchHits(project, reviewerId, codeId, records, query);

    SearchHitCodings found;
    bool opened = false;
    const QString title = QCoreApplication::translate("CodeAllHits", "Finding the search hits…");
    // A large search shows its progress at once; a few hundred records end before the dialog
    // would be read.
    const int showAfterMs = records.size() > 1000 ? 0 : 400;
    const auto ran = TaskRunner::run(
        parent, title,
        [&](TaskContext &context) -> QVariant {
            auto own = core::openProject(path, true);
            if (!own)
                return {};
            opened = true;
            (*own)->setActor(reviewerId);
            found = codingsForSearchHits(**own, reviewerId, codeId, records, query,
                                         [&context](qint64 done, qint64 total) {
                                             context.setProgress(done, total);
                                             return !context.isCanceled();
                                         });
            return {};
        },
        showAfterMs);
    if (!ran || found.cancelled)
        return std::nullopt;
    if (!opened) // the worker could not open the file: search here, as before
        return codingsForSearchHits(project, reviewerId, codeId, records, query);
    return found;
}

} // namespace dyad::ui
