#include "ui/workbench/codeallhits.h"

#include "core/model/project.h"
#include "core/text/searchhits.h"

#include <algorithm>

namespace dyad::ui {

SearchHitCodings codingsForSearchHits(const core::Project &project, const QUuid &reviewerId, const QUuid &codeId,
                                      const std::vector<QUuid> &records, const QString &query)
{
    SearchHitCodings out;
    for (const QUuid &recordId : records) {
        const std::vector<core::Span> hits =
            core::text::searchHitSpans(project.recordText(recordId), query);
        if (hits.empty())
            continue;
        core::CodingQuery mine;
        mine.recordId = recordId;
        mine.reviewerId = reviewerId;
        mine.codeId = codeId;
        const std::vector<core::Coding> existing = project.codings(mine);
        bool added = false;
        for (const core::Span &span : hits) {
            if (std::any_of(existing.begin(), existing.end(), [&](const core::Coding &c) { return c.span == span; })) {
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
    return out;
}

} // namespace dyad::ui
