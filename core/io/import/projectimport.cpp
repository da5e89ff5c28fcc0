#include "core/io/import/projectimport.h"

#include "core/io/import/importreader.h"
#include "core/model/project.h"
#include "core/base/parallel.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <iterator>

namespace dyad::core::importer {

namespace {

} // namespace

std::vector<ExistingRecordKey> existingRecordKeys(const Project &project)
{
    std::vector<ExistingRecordKey> keys;
    // Fingerprints and text digests are not read here (that would read every text of a
    // large project): compareWithStoredRecords() reads the few records a plan matches.
    for (const RecordKey &k : project.recordKeys())
        keys.push_back({k.id, k.doi, k.pmid, k.title, k.year, k.hasCodings, QString(), QString()});
    return keys;
}

void compareWithStoredRecords(const Project &project, ImportPlan &plan)
{
    compareWithStoredRecords(project, plan.records, plan.decisions);
}

void compareWithStoredRecords(const Project &project, const std::vector<Record> &records,
                              std::vector<DuplicateDecision> &decisions)
{
    // 1. Notes without DOI or PMID: the same text as a stored record (same title first, so
    //    only a few texts are read) is that record.
    QHash<QString, std::vector<QUuid>> untitledByTitle;
    bool indexed = false;
    for (size_t i = 0; i < records.size() && i < decisions.size(); ++i) {
        DuplicateDecision &d = decisions[i];
        const QString digest = textDigest(records[i]);
        if (d.action != DuplicateAction::Add || digest.isEmpty())
            continue;
        if (!indexed) {
            for (const RecordKey &k : project.recordKeys())
                if (k.doi.trimmed().isEmpty() && k.pmid.trimmed().isEmpty())
                    untitledByTitle[normalizeTitleKey(k.title)].push_back(k.id);
            indexed = true;
        }
        for (const QUuid &id : untitledByTitle.value(normalizeTitleKey(records[i].title))) {
            if (textDigest(project.recordText(id)) != digest)
                continue;
            d.action = DuplicateAction::SkipExisting;
            d.matchedBy = MatchKey::Text;
            d.existingId = id;
            d.reason = QCoreApplication::translate("Import", "%1 as an existing record with the same metadata").arg(QCoreApplication::translate("Import", "same text (no DOI or PMID on either)"));
            break;
        }
    }
    // 2. A skip as "the same" whose stored fingerprint differs is a correction to apply.
    for (size_t i = 0; i < records.size() && i < decisions.size(); ++i) {
        DuplicateDecision &d = decisions[i];
        if (d.action != DuplicateAction::SkipExisting || d.existingId.isNull())
            continue;
        const auto stored = project.record(d.existingId);
        if (!stored || metadataFingerprint(*stored) == metadataFingerprint(records[i]))
            continue;
        if (!project.codings({d.existingId, {}, {}, {}}).empty())
            continue; // "already has codings": never changed
        d.action = DuplicateAction::UpdateExisting;
        // the sentence after its "%1" (the match), in the user's language
        d.reason = d.reason.replace(QCoreApplication::translate("Import", "%1 as an existing record with the same metadata").arg(QString()),
                                    QCoreApplication::translate("Import", "%1 as an existing uncoded record whose abstract, authors, journal or other "
                                                   "metadata differ; it may be updated").arg(QString()));
    }
}

ImportPlan buildImportPlan(std::vector<ImportSource> sources, const std::vector<ExistingRecordKey> &existing)
{
    ImportPlan plan;
    plan.sources = std::move(sources);
    for (ImportSource &s : plan.sources) {
        s.recordCount = static_cast<qsizetype>(s.report.records.size());
        std::move(s.report.records.begin(), s.report.records.end(), std::back_inserter(plan.records));
        s.report.records.clear();
    }
    plan.decisions = classifyDuplicates(plan.records, existing);
    return plan;
}

QString importCancelledError()
{
    return QCoreApplication::translate("Import", "The import was cancelled; nothing was added.");
}

int ImportPlan::count(DuplicateAction action) const
{
    return static_cast<int>(
        std::count_if(decisions.begin(), decisions.end(), [&](const DuplicateDecision &d) { return d.action == action; }));
}

int ImportPlan::malformed() const
{
    int n = 0;
    for (const ImportSource &s : sources)
        for (const Diagnostic &d : s.report.diagnostics)
            n += d.severity == Severity::Error && d.recordNo > 0 ? 1 : 0;
    return n;
}

bool ImportPlan::refusedAny() const
{
    return std::any_of(sources.begin(), sources.end(), [](const ImportSource &s) { return s.report.refused; });
}

bool ImportPlan::cancelled() const
{
    return std::any_of(sources.begin(), sources.end(), [](const ImportSource &s) { return s.report.cancelled; });
}

ImportPlan planImport(const Project &project, const QStringList &files, const ImportOptions &options)
{
    ImportPlan plan = planImport(existingRecordKeys(project), files, options);
    compareWithStoredRecords(project, plan);
    return plan;
}

ImportPlan planImport(const std::vector<ExistingRecordKey> &existing, const QStringList &files,
                      const ImportOptions &options)
{
    return planImport(existing, ImportInputs{files, std::vector<bool>(static_cast<size_t>(files.size()), false), {}},
                      options);
}

ImportPlan planImport(const Project &project, const ImportInputs &inputs, const ImportOptions &options)
{
    ImportPlan plan = planImport(existingRecordKeys(project), inputs, options);
    compareWithStoredRecords(project, plan);
    return plan;
}

ImportPlan planImport(const std::vector<ExistingRecordKey> &existing, const ImportInputs &inputs,
                      const ImportOptions &options)
{
    const QStringList &files = inputs.files;
    // Files are independent: parse them on all cores, keep the input order.
    std::vector<ImportSource> sources(static_cast<size_t>(files.size()));
    std::atomic<bool> cancelled{false};
    ParallelOptions parallel;
    parallel.cancelled = [&cancelled] { return cancelled.load(); };
    parallelFor(
        sources.size(),
        [&](size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i) {
                const qsizetype at = static_cast<qsizetype>(i);
                ImportOptions o = options;
                if (o.sourceName.isEmpty())
                    o.sourceName = files[at];
                if (!o.format && i < inputs.plainText.size() && inputs.plainText[i])
                    o.format = Format::Text;
                sources[i] = {files[at], parseFile(files[at], o), 0};
                if (sources[i].report.cancelled)
                    cancelled = true;
            }
        },
        parallel);
    std::erase_if(sources, [](const ImportSource &s) { return s.name.isNull(); }); // not reached after a cancel
    return buildImportPlan(std::move(sources), existing);
}

ImportPlan planPastedImport(const Project &project, const QString &text, const ImportOptions &options)
{
    ImportPlan plan = planPastedImport(existingRecordKeys(project), text, options);
    compareWithStoredRecords(project, plan);
    return plan;
}

ImportPlan planPastedImport(const std::vector<ExistingRecordKey> &existing, const QString &text,
                            const ImportOptions &options)
{
    ImportOptions o = options;
    if (o.sourceName.isEmpty())
        o.sourceName = QStringLiteral("pasted");
    if (!o.format)
        o.format = Format::Pasted;
    std::vector<ImportSource> sources;
    sources.push_back({o.sourceName, parseText(text, o), 0});
    return buildImportPlan(std::move(sources), existing);
}

Result<ImportSummary> applyImport(Project &project, const ImportPlan &plan, const ProgressFn &progress)
{
    if (plan.cancelled())
        return makeError(importCancelledError());
    for (const ImportSource &s : plan.sources)
        if (s.report.refused) {
            QString why;
            for (const Diagnostic &d : s.report.diagnostics)
                if (d.severity == Severity::Error) {
                    why = d.toString();
                    break;
                }
            return makeError(QCoreApplication::translate("Import", "%1 was refused, so nothing was imported: %2").arg(s.name, why));
        }

    ImportSummary summary;
    summary.malformed = plan.malformed();
    qint64 total = 0;
    bool cancelled = false;
    qint64 done = 0;
    // Called between chunks; a cancel becomes an error so that the one transaction rolls back.
    auto step = [&](qint64 n) -> bool {
        done += n;
        if (progress && !progress(done, total))
            cancelled = true;
        return !cancelled;
    };
    Status st = project.transact([&]() -> Status {
        // The plan was made before the write lock was taken, and another process may have
        // imported the same records since: decide again against the records the file holds
        // now, so two imports running at once cannot both add one record.
        std::vector<DuplicateDecision> decisions = classifyDuplicates(plan.records, existingRecordKeys(project));
        compareWithStoredRecords(project, plan.records, decisions); // corrections and notes, as planned
        std::vector<Record> toAdd;
        std::vector<std::pair<QUuid, Record>> toUpdate;
        for (size_t i = 0; i < plan.records.size(); ++i) {
            const DuplicateDecision &d = decisions[i];
            switch (d.action) {
            case DuplicateAction::Add: toAdd.push_back(plan.records[i]); break;
            case DuplicateAction::UpdateExisting: toUpdate.emplace_back(d.existingId, plan.records[i]); break;
            case DuplicateAction::SkipExisting: ++summary.skippedExisting; break;
            case DuplicateAction::SkipWithinFile: ++summary.skippedWithinInput; break;
            }
        }
        total = qint64(toAdd.size() + toUpdate.size());
        if (!toAdd.empty()) {
            auto added = project.addRecords(
                toAdd, [&](qint64 written, qint64) { return step(written - done); }, kApplyChunkSize);
            if (!added)
                return cancelled ? makeError(importCancelledError()) : added.takeError();
            summary.added = static_cast<int>(added->size());
        }
        qint64 sinceStep = 0;
        for (auto &[id, incoming] : toUpdate) {
            if (++sinceStep == kApplyChunkSize) {
                sinceStep = 0;
                if (!step(kApplyChunkSize))
                    return makeError(importCancelledError());
            }
            auto current = project.record(id);
            if (!current)
                continue;
            // Codings may have arrived since the plan was made: never change a coded record.
            if (!project.codings({id, {}, {}, {}}).empty()) {
                ++summary.skippedExisting;
                continue;
            }
            Record updated = incoming;
            updated.id = id;
            if (auto s = project.updateRecordMetadata(updated); !s)
                return s;
            if (auto s = project.replaceRecordText(id, incoming.text); !s)
                return s.takeError();
            ++summary.updated;
        }
        if (sinceStep > 0 && !step(sinceStep))
            return makeError(importCancelledError());
        QJsonArray files;
        for (const ImportSource &s : plan.sources)
            files.append(s.name);
        return project.audit(QStringLiteral("import"), QStringLiteral("project"), project.projectId(),
                             {{QStringLiteral("files"), files},
                              {QStringLiteral("added"), summary.added},
                              {QStringLiteral("updated"), summary.updated},
                              {QStringLiteral("skippedExisting"), summary.skippedExisting},
                              {QStringLiteral("skippedWithinInput"), summary.skippedWithinInput},
                              {QStringLiteral("malformed"), summary.malformed}});
    });
    if (!st)
        return st.takeError();
    return summary;
}

} // namespace dyad::core::importer
