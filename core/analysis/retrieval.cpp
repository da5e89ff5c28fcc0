#include "core/analysis/retrieval.h"

#include "core/analysis/scope.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dyad::core::analysis {

namespace {

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

// Context before a passage: at most `length` code points, starting at a word boundary
// when one is near, so the snippet does not open in the middle of a word.
QString contextBefore(const std::u32string &text, Offset start, int length)
{
    Offset from = std::max<Offset>(0, start - length);
    if (from > 0) {
        Offset f = from;
        while (f < start && !isSpace(text[size_t(f - 1)]))
            ++f;
        if (f < start)
            from = f;
    }
    return textOf(text, {from, start});
}

QString contextAfter(const std::u32string &text, Offset end, int length)
{
    const Offset n = Offset(text.size());
    Offset to = std::min<Offset>(n, end + length);
    if (to < n) {
        Offset t = to;
        while (t > end && !isSpace(text[size_t(t)]))
            --t;
        if (t > end)
            to = t;
    }
    return textOf(text, {end, to});
}

} // namespace

Result<std::vector<CodedPassage>> retrievePassages(const Project &project, const QUuid &viewer, const RetrievalQuery &query)
{
    const std::vector<Code> visible = project.codes(viewer);
    QHash<QUuid, const Code *> codeById;
    for (const Code &c : visible)
        codeById.insert(c.id, &c);
    if (!codeById.contains(query.codeId))
        return makeError(QCoreApplication::translate("Analysis", "There is no code with id %1 that you may see.").arg(uuidText(query.codeId)));

    std::vector<QUuid> codeIds{query.codeId};
    if (query.withSubCodes) {
        for (size_t i = 0; i < codeIds.size(); ++i) // breadth first; the codebook has no cycles
            for (const Code &c : visible)
                if (c.parentId == codeIds[i] && std::find(codeIds.begin(), codeIds.end(), c.id) == codeIds.end())
                    codeIds.push_back(c.id);
    }
    std::vector<Coding> codings;
    for (const QUuid &id : codeIds)
        for (Coding &c : project.codingsWithCode(id, viewer))
            if (!query.layer || c.reviewerId == *query.layer)
                codings.push_back(std::move(c));

    QHash<QUuid, QString> reviewerNames;
    for (const Reviewer &r : project.reviewers())
        reviewerNames.insert(r.id, r.name);
    QHash<QUuid, std::pair<qint64, QString>> records; // seq, title
    for (const RecordSummary &s : project.recordSummaries())
        records.insert(s.id, {s.seq, s.title});

    std::sort(codings.begin(), codings.end(), [&](const Coding &a, const Coding &b) {
        const qint64 sa = records.value(a.recordId).first, sb = records.value(b.recordId).first;
        if (sa != sb)
            return sa < sb;
        if (a.span.start != b.span.start)
            return a.span.start < b.span.start;
        if (a.span.end != b.span.end)
            return a.span.end < b.span.end;
        return reviewerNames.value(a.reviewerId) < reviewerNames.value(b.reviewerId);
    });

    std::vector<CodedPassage> out;
    out.reserve(codings.size());
    QUuid textOfRecord;
    std::u32string text;
    for (Coding &c : codings) {
        if (c.recordId != textOfRecord) { // codings arrive grouped by record: one read each
            textOfRecord = c.recordId;
            text = codePointsOf(project.recordText(c.recordId));
        }
        CodedPassage p;
        p.codeName = codeById.value(c.codeId)->name;
        const auto rec = records.value(c.recordId);
        p.recordSeq = rec.first;
        p.recordTitle = rec.second;
        p.reviewerName = reviewerNames.value(c.reviewerId);
        p.text = textOf(text, c.span);
        p.before = contextBefore(text, std::clamp<Offset>(c.span.start, 0, Offset(text.size())), query.contextLength);
        p.after = contextAfter(text, std::clamp<Offset>(c.span.end, 0, Offset(text.size())), query.contextLength);
        p.coding = std::move(c);
        out.push_back(std::move(p));
    }
    return out;
}

io::Sheet passagesSheet(const std::vector<CodedPassage> &passages)
{
    io::Sheet sheet;
    sheet.name = QStringLiteral("Passages");
    sheet.header = {QStringLiteral("record"),  QStringLiteral("record_id"), QStringLiteral("reviewer"),
                    QStringLiteral("code"),    QStringLiteral("start"),     QStringLiteral("end"),
                    QStringLiteral("passage"), QStringLiteral("memo"),      QStringLiteral("coding_id")};
    for (const CodedPassage &p : passages)
        sheet.rows.push_back({p.recordTitle, uuidText(p.coding.recordId), p.reviewerName, p.codeName,
                              qint64(p.coding.span.start), qint64(p.coding.span.end), p.text, p.coding.memo,
                              uuidText(p.coding.id)});
    return sheet;
}

} // namespace dyad::core::analysis
