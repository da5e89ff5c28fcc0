#include "projectagreement.h"

#include "agreementstore.h"

#include "core/io/csv.h"
#include "core/model/codelookup.h"
#include "core/model/project.h"
#include "core/base/parallel.h"
#include "core/text/breaks.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <cmath>
#include <limits>

namespace dyad::core::agreement {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct UnitEntry
{
    Unit unit;
    const char *name;
};
constexpr UnitEntry kUnits[] = {
    {Unit::Record, "record"},       {Unit::RecordCoded, "record-coded"},       {Unit::Character, "character"},
    {Unit::CharacterCoded, "character-coded"}, {Unit::Token, "token"},       {Unit::TokenCoded, "token-coded"},
    {Unit::Segment, "segment"},     {Unit::Unitizing, "unitizing"},
};

struct SelectionEntry
{
    RecordSelection selection;
    const char *name;
};
constexpr SelectionEntry kSelections[] = {
    {RecordSelection::Auto, "auto"},          {RecordSelection::Assigned, "assigned"},
    {RecordSelection::Done, "done"},          {RecordSelection::CodedByAny, "coded-by-any"},
    {RecordSelection::CodedByAll, "coded-by-all"}, {RecordSelection::All, "all"},
};

QJsonArray idArray(const std::vector<QUuid> &ids)
{
    QJsonArray a;
    for (const QUuid &id : ids)
        a.append(uuidText(id));
    return a;
}

std::vector<QUuid> idsFrom(const QJsonValue &value)
{
    std::vector<QUuid> out;
    const QJsonArray a = value.toArray();
    for (const QJsonValue &v : a)
        out.push_back(QUuid::fromString(v.toString()));
    return out;
}

double numberFrom(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toDouble() : kNaN;
}

/** Resolves a code by UUID, by path "Theme > Code" (quoted names allowed) or by a unique name. */
std::optional<Code> resolveCode(const std::vector<Code> &all, const QString &text, QString *error)
{
    auto found = findCodeBySpec(all, text);
    if (found)
        return *found;
    *error = found.error();
    return std::nullopt;
}

/** Parent-chain paths of every code, computed once from the list. */
QHash<QUuid, QString> codePathsOf(const std::vector<Code> &all)
{
    QHash<QUuid, const Code *> byId;
    for (const Code &c : all)
        byId.insert(c.id, &c);
    QHash<QUuid, QString> out;
    for (const Code &c : all) {
        QStringList path;
        const Code *n = &c;
        for (int depth = 0; n && depth < 64; ++depth) {
            path.prepend(n->name);
            n = n->parentId.isNull() ? nullptr : byId.value(n->parentId);
        }
        out.insert(c.id, path.join(QStringLiteral(" > ")));
    }
    return out;
}

/**
 * Open-addressing map from a UUID's text form to an index. UUIDs are random, so the first
 * eight hex digits hash well enough; lookups compare the bytes, never parse them.
 */
class TextIdIndex
{
public:
    explicit TextIdIndex(size_t expected)
    {
        size_t size = 16;
        while (size < 2 * expected)
            size *= 2;
        m_slots.assign(size, -1);
        m_mask = size - 1;
        m_keys.reserve(expected);
    }

    void insert(QByteArray key, int value)
    {
        size_t i = slotOf(key);
        while (m_slots[i] >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = int(m_keys.size());
        m_keys.push_back(std::move(key));
        m_values.push_back(value);
    }

    /** The value, or −1. */
    int find(QByteArrayView key) const
    {
        for (size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            const int k = m_slots[i];
            if (k < 0)
                return -1;
            if (m_keys[size_t(k)] == key)
                return m_values[size_t(k)];
        }
    }

private:
    size_t slotOf(QByteArrayView key) const
    {
        std::uint64_t h = 0;
        std::memcpy(&h, key.data(), std::min<size_t>(sizeof h, size_t(key.size())));
        h ^= std::uint64_t(key.size()) << 56;
        return size_t((h * 0x9E3779B97F4A7C15ull) >> 17) & m_mask;
    }

    std::vector<int> m_slots;
    std::vector<QByteArray> m_keys;
    std::vector<int> m_values;
    size_t m_mask = 0;
};

/** A raw coding as read: indices instead of UUIDs. */
struct RawCoding
{
    int record;
    int code;
    Span span;
};

/**
 * The engine reports every codebook node as a code and sums them all into the pooled scope.
 * A node nobody applied (a theme that is only a parent) would add a table of nothing but
 * "both absent" there and inflate p_o; it is taken out and the pooled figures recomputed
 * (tables are sums, so subtracting is exact; such a node adds nothing to segments or α_U).
 */
void dropStructuralCodes(AgreementReport &report, const QStringList &structural)
{
    const QSet<QString> drop(structural.begin(), structural.end());
    auto less = [](UnitResult &pooled, const UnitResult &node) {
        Table2x2 &t = pooled.counts;
        t.a -= node.counts.a;
        t.b -= node.counts.b;
        t.c -= node.counts.c;
        t.d -= node.counts.d;
    };
    for (PairReport &p : report.pairs) {
        ScopeResult &pooled = p.pooled;
        for (const ScopeResult &s : p.codes) {
            if (!drop.contains(s.key))
                continue;
            less(pooled.record, s.record);
            less(pooled.recordCoded, s.recordCoded);
            less(pooled.characters, s.characters);
            less(pooled.charactersCoded, s.charactersCoded);
            less(pooled.tokens, s.tokens);
            less(pooled.tokensCoded, s.tokensCoded);
        }
        for (UnitResult *u : {&pooled.record, &pooled.recordCoded, &pooled.characters, &pooled.charactersCoded,
                              &pooled.tokens, &pooled.tokensCoded})
            u->coefficients = computeCoefficients(u->counts);
        const Table2x2 &c = pooled.characters.counts;
        pooled.characterJaccard = (c.a + c.b + c.c) > 0 ? double(c.a) / double(c.a + c.b + c.c) : kNaN;
        std::erase_if(p.codes, [&](const ScopeResult &s) { return drop.contains(s.key); });
    }
    std::erase_if(report.multiRater, [&](const MultiRaterCode &m) { return drop.contains(m.key); });
}

} // namespace

// --- names --------------------------------------------------------------------------

QString unitName(Unit unit)
{
    for (const UnitEntry &e : kUnits)
        if (e.unit == unit)
            return QLatin1String(e.name);
    return {};
}

std::optional<Unit> unitFromName(const QString &name)
{
    for (const UnitEntry &e : kUnits)
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.unit;
    return std::nullopt;
}

std::vector<Unit> allUnits()
{
    std::vector<Unit> out;
    for (const UnitEntry &e : kUnits)
        out.push_back(e.unit);
    return out;
}

bool isTableUnit(Unit unit)
{
    return unit != Unit::Segment && unit != Unit::Unitizing;
}

bool needsTokens(Unit unit)
{
    return unit == Unit::Token || unit == Unit::TokenCoded;
}

QString selectionName(RecordSelection selection)
{
    for (const SelectionEntry &e : kSelections)
        if (e.selection == selection)
            return QLatin1String(e.name);
    return {};
}

std::optional<RecordSelection> selectionFromName(const QString &name)
{
    for (const SelectionEntry &e : kSelections)
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.selection;
    return std::nullopt;
}

// --- options ------------------------------------------------------------------------

QJsonObject ProjectAgreementOptions::toJson() const
{
    QJsonArray links;
    for (const CodeLink &l : mapping)
        links.append(QJsonObject{{QStringLiteral("a"), uuidText(l.codeA)}, {QStringLiteral("b"), uuidText(l.codeB)}});
    return {{QStringLiteral("reviewers"), idArray(reviewers)},
            {QStringLiteral("round"), round ? QJsonValue(uuidText(*round)) : QJsonValue()},
            {QStringLiteral("records"), selectionName(records)},
            {QStringLiteral("codes"), idArray(codes)},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("segmentThreshold"), segmentThreshold},
            {QStringLiteral("perRecordUnitizing"), perRecordUnitizing},
            {QStringLiteral("mapping"), links},
            {QStringLiteral("viewer"), viewer.isNull() ? QJsonValue() : QJsonValue(uuidText(viewer))}};
}

ProjectAgreementOptions ProjectAgreementOptions::fromJson(const QJsonObject &json)
{
    ProjectAgreementOptions o;
    o.reviewers = idsFrom(json.value(QStringLiteral("reviewers")));
    const QUuid round = QUuid::fromString(json.value(QStringLiteral("round")).toString());
    if (!round.isNull())
        o.round = round;
    o.records = selectionFromName(json.value(QStringLiteral("records")).toString()).value_or(RecordSelection::Auto);
    o.codes = idsFrom(json.value(QStringLiteral("codes")));
    o.tokens = json.value(QStringLiteral("tokens")).toBool(true);
    o.segmentThreshold = json.value(QStringLiteral("segmentThreshold")).toDouble(0.9);
    o.perRecordUnitizing = json.value(QStringLiteral("perRecordUnitizing")).toBool(true);
    o.viewer = QUuid::fromString(json.value(QStringLiteral("viewer")).toString());
    const QJsonArray links = json.value(QStringLiteral("mapping")).toArray();
    for (const QJsonValue &v : links) {
        const QJsonObject l = v.toObject();
        o.mapping.push_back({QUuid::fromString(l.value(QStringLiteral("a")).toString()),
                             QUuid::fromString(l.value(QStringLiteral("b")).toString())});
    }
    return o;
}

// --- token cache --------------------------------------------------------------------

bool TokenCache::take(const QUuid &recordId, int textVersion, std::vector<Span> *out)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_tokens.find(recordId);
    if (it == m_tokens.end())
        return false;
    const bool current = it->second.first == textVersion;
    if (current)
        *out = std::move(it->second.second);
    m_tokens.erase(it); // taken, or stale
    return current;
}

void TokenCache::insert(const QUuid &recordId, int textVersion, std::vector<Span> tokens)
{
    QMutexLocker lock(&m_mutex);
    m_tokens[recordId] = {textVersion, std::move(tokens)};
}

void TokenCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_tokens.clear();
}

size_t TokenCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokens.size();
}

// --- preparing a job ----------------------------------------------------------------

std::vector<QUuid> defaultAgreementReviewerIds(const Project &project, const std::optional<QUuid> &round)
{
    std::vector<QUuid> out;
    for (const Reviewer &r : project.reviewers())
        if (r.role == ReviewerRole::Reviewer && project.codingCount({{}, r.id, {}, round}) > 0)
            out.push_back(r.id);
    return out;
}

Result<AgreementJob> prepareAgreement(const Project &project, const ProjectAgreementOptions &options,
                                      TokenCache *cache)
{
    auto storeOr = openAgreementStore(project);
    if (!storeOr)
        return storeOr.takeError();
    const AgreementStore &store = **storeOr;
    AgreementJob job;
    job.options = options;
    ProjectAgreementOptions &opt = job.options;

    if (opt.round) {
        const auto round = project.round(*opt.round);
        if (!round)
            return makeError(QCoreApplication::translate("Agreement", "The round to compare does not exist."));
        job.roundName = round->name;
    }

    // Reviewers: the chosen ones, or everybody with the reviewer role who coded.
    if (opt.reviewers.empty()) {
        opt.reviewers = defaultAgreementReviewerIds(project, opt.round);
        if (opt.reviewers.size() < 2)
            return makeError(QCoreApplication::translate("Agreement", "Agreement needs two reviewers who coded%1; found %2. Choose the reviewers.")
                                 .arg(opt.round ? QCoreApplication::translate("Agreement", " in round \"%1\"").arg(job.roundName) : QString())
                                 .arg(opt.reviewers.size()));
    }
    if (opt.reviewers.size() < 2)
        return makeError(QCoreApplication::translate("Agreement", "Agreement needs at least two reviewers; %1 chosen.").arg(opt.reviewers.size()));
    for (size_t i = 0; i < opt.reviewers.size(); ++i) {
        const auto r = project.reviewer(opt.reviewers[i]);
        if (!r)
            return makeError(QCoreApplication::translate("Agreement", "Reviewer %1 does not exist in this project.").arg(uuidText(opt.reviewers[i])));
        for (size_t j = 0; j < i; ++j)
            if (opt.reviewers[j] == opt.reviewers[i])
                return makeError(QCoreApplication::translate("Agreement", "Reviewer \"%1\" is chosen twice.").arg(r->name));
        job.reviewerIds.push_back(r->id);
        job.input.reviewers << r->name;
    }
    const size_t reviewerCount = opt.reviewers.size();
    // Codebook, subset and mapping, all as indices into `all`.
    const std::vector<Code> all = project.allCodes();
    const QHash<QUuid, QString> paths = codePathsOf(all);
    std::unordered_map<QUuid, int, UuidHash> codeIndex;
    for (size_t i = 0; i < all.size(); ++i)
        codeIndex.emplace(all[i].id, int(i));
    std::vector<int> parent(all.size(), -1);
    std::vector<std::vector<int>> children(all.size());
    for (size_t i = 0; i < all.size(); ++i)
        if (const auto it = codeIndex.find(all[i].parentId); it != codeIndex.end()) {
            parent[i] = it->second;
            children[size_t(it->second)].push_back(int(i));
        }
    std::vector<char> inSubset(all.size(), opt.codes.empty() ? 1 : 0);
    for (const QUuid &id : opt.codes) {
        const auto it = codeIndex.find(id);
        if (it == codeIndex.end())
            return makeError(QCoreApplication::translate("Agreement", "Code %1 does not exist in this project.").arg(uuidText(id)));
        std::vector<int> stack{it->second};
        while (!stack.empty()) {
            const int c = stack.back();
            stack.pop_back();
            if (inSubset[size_t(c)])
                continue;
            inSubset[size_t(c)] = 1;
            for (int child : children[size_t(c)])
                stack.push_back(child);
        }
    }
    std::vector<int> remap(all.size());
    for (size_t i = 0; i < all.size(); ++i)
        remap[i] = int(i);
    for (const CodeLink &link : opt.mapping) {
        const auto a = codeIndex.find(link.codeA), b = codeIndex.find(link.codeB);
        if (a == codeIndex.end() || b == codeIndex.end())
            return makeError(QCoreApplication::translate("Agreement", "The code mapping names a code that does not exist (%1).")
                                 .arg(uuidText(a == codeIndex.end() ? link.codeA : link.codeB)));
        int &target = remap[size_t(b->second)];
        if (target != b->second && target != a->second)
            return makeError(QCoreApplication::translate("Agreement", "The code mapping links \"%1\" to two codes (\"%2\" and \"%3\").")
                                 .arg(paths.value(link.codeB), paths.value(all[size_t(target)].id), paths.value(link.codeA)));
        target = a->second;
    }
    // Records and codings: one lean pass over the codings, ids matched as text.
    const std::vector<RecordGeometry> geometry = store.recordGeometry();
    const size_t recordCount = geometry.size();
    TextIdIndex recordIndex(recordCount);
    for (size_t i = 0; i < recordCount; ++i)
        recordIndex.insert(uuidText(geometry[i].id).toLatin1(), int(i));
    TextIdIndex codeIndexByText(all.size());
    for (size_t i = 0; i < all.size(); ++i)
        codeIndexByText.insert(uuidText(all[i].id).toLatin1(), int(i));
    std::vector<std::vector<RawCoding>> raw(reviewerCount);
    std::vector<std::vector<char>> codedBy(reviewerCount, std::vector<char>(recordCount, 0));
    qint64 unknown = 0;
    const Status read = store.forEachCoding(opt.reviewers, opt.round,
                                            [&](int v, QByteArrayView rec, QByteArrayView code, Span span) {
                                                const int r = recordIndex.find(rec);
                                                const int c = codeIndexByText.find(code);
                                                if (r < 0 || c < 0) {
                                                    ++unknown;
                                                    return;
                                                }
                                                raw[size_t(v)].push_back({r, c, span});
                                                codedBy[size_t(v)][size_t(r)] = 1;
                                            });
    if (!read)
        return read.takeError();
    if (unknown > 0)
        return makeError(QCoreApplication::translate("Agreement", "%1 coding(s) refer to a record or code that does not exist; run 'dyad-cli check'.")
                             .arg(unknown));
    // Which records enter.
    RecordSelection selection = opt.records;
    if (selection == RecordSelection::Auto)
        selection = opt.round ? RecordSelection::Assigned : RecordSelection::CodedByAny;
    if ((selection == RecordSelection::Assigned || selection == RecordSelection::Done) && !opt.round)
        return makeError(QCoreApplication::translate("Agreement", "Choosing records by assignment (\"%1\") needs a round.").arg(selectionName(selection)));
    opt.records = selection;
    std::vector<char> candidate(recordCount, opt.round ? 0 : 1);
    std::vector<int> assigned(recordCount, 0), done(recordCount, 0);
    if (opt.round) {
        for (const AssignedRecord &a : store.assignedRecords(*opt.round)) {
            const int r = recordIndex.find(uuidText(a.recordId).toLatin1());
            if (r < 0 || std::find(opt.reviewers.begin(), opt.reviewers.end(), a.reviewerId) == opt.reviewers.end())
                continue;
            candidate[size_t(r)] = 1;
            ++assigned[size_t(r)];
            if (a.status == RecordStatus::Done)
                ++done[size_t(r)];
        }
    }
    // Blinding (invariant 5): a reviewer asking sees figures only of records whose codings
    // they may all see.
    const QSet<QUuid> hidden = opt.viewer.isNull() ? QSet<QUuid>() : project.recordsHiddenFrom(opt.viewer, opt.reviewers);
    std::vector<int> slot(recordCount, -1);
    for (size_t r = 0; r < recordCount; ++r) {
        if (!candidate[r])
            continue;
        size_t codedCount = 0;
        for (size_t v = 0; v < reviewerCount; ++v)
            codedCount += codedBy[v][r] ? 1 : 0;
        bool take = false;
        switch (selection) {
        case RecordSelection::Auto: // resolved above
        case RecordSelection::Assigned: take = size_t(assigned[r]) == reviewerCount; break;
        case RecordSelection::Done: take = size_t(done[r]) == reviewerCount; break;
        case RecordSelection::CodedByAny: take = codedCount > 0; break;
        case RecordSelection::CodedByAll: take = codedCount == reviewerCount; break;
        case RecordSelection::All: take = true; break;
        }
        if (take && hidden.contains(geometry[r].id)) {
            take = false;
            ++job.recordsBlinded;
        }
        if (take) {
            slot[r] = int(job.recordIds.size());
            job.recordIds.push_back(geometry[r].id);
            job.textVersions.push_back(geometry[r].textVersion);
        }
    }
    // Codes that enter: used (after mapping, inside the subset) on included records, plus
    // their ancestors inside the subset so themes roll them up.
    std::vector<char> usedByA(all.size(), 0), usedByOthers(all.size(), 0);
    std::vector<std::vector<int>> perRecordCount(reviewerCount, std::vector<int>(job.recordIds.size(), 0));
    for (size_t v = 0; v < reviewerCount; ++v)
        for (RawCoding &c : raw[v]) {
            if (v > 0)
                c.code = remap[size_t(c.code)];
            if (slot[size_t(c.record)] < 0 || !inSubset[size_t(c.code)]) {
                c.record = -1;
                continue;
            }
            (v == 0 ? usedByA : usedByOthers)[size_t(c.code)] = 1;
            ++perRecordCount[v][size_t(slot[size_t(c.record)])];
        }
    std::vector<char> inCodebook(all.size(), 0);
    for (size_t i = 0; i < all.size(); ++i)
        if (usedByA[i] || usedByOthers[i])
            for (int n = int(i); n >= 0 && inSubset[size_t(n)] && !inCodebook[size_t(n)]; n = parent[size_t(n)])
                inCodebook[size_t(n)] = 1;
    std::vector<QString> keys(all.size());
    // Depth-first, siblings in the store's order, so reports read like the codebook tree.
    std::vector<int> order;
    std::vector<int> stack;
    for (size_t i = all.size(); i-- > 0;)
        if (inCodebook[i] && (parent[i] < 0 || !inCodebook[size_t(parent[i])]))
            stack.push_back(int(i));
    while (!stack.empty()) {
        const int c = stack.back();
        stack.pop_back();
        order.push_back(c);
        const auto &kids = children[size_t(c)];
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            if (inCodebook[size_t(*it)])
                stack.push_back(*it);
    }
    for (int c : order) {
        const Code &code = all[size_t(c)];
        keys[size_t(c)] = uuidText(code.id);
        const int p = parent[size_t(c)];
        job.input.codes.push_back({keys[size_t(c)], p >= 0 && inCodebook[size_t(p)] ? uuidText(all[size_t(p)].id) : QString(),
                                   code.name});
        job.codePaths.insert(keys[size_t(c)], paths.value(code.id));
        if (usedByA[size_t(c)] && !usedByOthers[size_t(c)])
            job.unmappedA << keys[size_t(c)];
        if (usedByOthers[size_t(c)] && !usedByA[size_t(c)])
            job.unmappedB << keys[size_t(c)];
        if (!usedByA[size_t(c)] && !usedByOthers[size_t(c)])
            job.structuralCodes << keys[size_t(c)];
    }
    // The engine's records.
    job.input.segmentThreshold = opt.segmentThreshold;
    job.input.perRecordUnitizing = opt.perRecordUnitizing;
    job.input.records.resize(job.recordIds.size());
    for (size_t s = 0; s < job.recordIds.size(); ++s) {
        ReportRecord &rec = job.input.records[s];
        rec.key = uuidText(job.recordIds[s]);
        rec.codings.resize(reviewerCount);
        for (size_t v = 0; v < reviewerCount; ++v)
            rec.codings[v].reserve(size_t(perRecordCount[v][s]));
    }
    for (size_t r = 0; r < recordCount; ++r)
        if (slot[r] >= 0)
            job.input.records[size_t(slot[r])].textLength = geometry[r].length;
    job.codingCounts.assign(reviewerCount, 0);
    for (size_t v = 0; v < reviewerCount; ++v)
        for (const RawCoding &c : raw[v]) {
            if (c.record < 0)
                continue;
            job.input.records[size_t(slot[size_t(c.record)])].codings[v].push_back({keys[size_t(c.code)], c.span});
            ++job.codingCounts[v];
        }
    // Tokens: borrowed from the cache where the text version matches (runAgreement() gives
    // them back), the rest read here and tokenised in runAgreement().
    if (opt.tokens) {
        job.pendingTexts.resize(job.recordIds.size());
        size_t pendingCount = 0;
        std::vector<char> pending(job.recordIds.size(), 0);
        for (size_t s = 0; s < job.recordIds.size(); ++s)
            if (!cache || !cache->take(job.recordIds[s], job.textVersions[s], &job.input.records[s].tokens)) {
                pending[s] = 1;
                ++pendingCount;
            }
        if (pendingCount > 0 && pendingCount < 2000) {
            for (size_t s = 0; s < job.recordIds.size(); ++s)
                if (pending[s])
                    job.pendingTexts[s] = project.recordText(job.recordIds[s]);
        } else if (pendingCount > 0) {
            size_t r = 0;
            bool inOrder = true;
            const Status st = store.forEachRecordText([&](const QUuid &id, const QString &text) {
                // texts come in the order of recordGeometry()
                if (r >= recordCount || geometry[r].id != id) {
                    inOrder = false;
                    return;
                }
                if (slot[r] >= 0 && pending[size_t(slot[r])])
                    job.pendingTexts[size_t(slot[r])] = text;
                ++r;
            });
            if (!st)
                return st.takeError();
            if (!inOrder)
                return makeError(QCoreApplication::translate("Agreement", "The records changed while agreement was being prepared; try again."));
        }
    }
    return job;
}

// --- running a job ------------------------------------------------------------------

Result<ProjectAgreement> runAgreement(AgreementJob job, TokenCache *cache, const AgreementProgress &progress)
{
    std::vector<size_t> todo;
    for (size_t s = 0; s < job.pendingTexts.size(); ++s)
        if (!job.pendingTexts[s].isEmpty())
            todo.push_back(s);
    if (!todo.empty()) {
        // ICU iterators are cached per thread, so records are shared out in chunks.
        constexpr size_t kChunk = 64;
        ParallelOptions options;
        options.chunk = kChunk;
        options.maxThreads = 4;
        options.minItemsPerThread = 4 * kChunk;
        if (progress)
            options.progress = [&](size_t done, size_t total) {
                progress(int(done), int(total), QStringLiteral("tokenising"));
            };
        parallelFor(
            todo.size(),
            [&](size_t begin, size_t end) {
                for (size_t i = begin; i < end; ++i) {
                    const size_t s = todo[i];
                    job.input.records[s].tokens = text::wordTokens(job.pendingTexts[s]);
                }
            },
            options);
    }
    job.pendingTexts.clear();
    if (progress)
        progress(0, 1, QStringLiteral("computing"));
    auto report = computeAgreementReport(job.input);
    if (!report)
        return report.takeError();
    if (cache && !job.input.records.empty() && job.options.tokens) // the tokens go (back) to the cache
        for (size_t s = 0; s < job.input.records.size(); ++s)
            cache->insert(job.recordIds[s], job.textVersions[s], std::move(job.input.records[s].tokens));
    if (!job.structuralCodes.isEmpty())
        dropStructuralCodes(report.value(), job.structuralCodes);
    if (progress)
        progress(1, 1, QStringLiteral("computing"));
    return ProjectAgreement{std::move(job), std::move(report).value()};
}

Result<ProjectAgreement> computeProjectAgreement(const Project &project, const ProjectAgreementOptions &options,
                                                 TokenCache *cache)
{
    auto job = prepareAgreement(project, options, cache);
    if (!job)
        return job.takeError();
    return runAgreement(std::move(job).value(), cache);
}

const ScopeResult *ProjectAgreement::scope(const QString &key, int pairIndex) const
{
    if (pairIndex < 0 || size_t(pairIndex) >= report.pairs.size())
        return nullptr;
    const PairReport &p = report.pairs[size_t(pairIndex)];
    if (key.isEmpty())
        return &p.pooled;
    for (const auto *list : {&p.codes, &p.themes})
        for (const ScopeResult &s : *list)
            if (s.key == key)
                return &s;
    return nullptr;
}

// --- code mapping -------------------------------------------------------------------

Result<CodeMapping> suggestProjectCodeMapping(const Project &project, const ProjectAgreementOptions &options,
                                              double minJaccard)
{
    ProjectAgreementOptions o = options;
    o.mapping.clear();
    o.tokens = false;
    auto job = prepareAgreement(project, o);
    if (!job)
        return job.takeError();
    if (job->reviewerIds.size() != 2)
        return makeError(QCoreApplication::translate("Agreement", "A code mapping is suggested for two reviewers; %1 are chosen.")
                             .arg(job->reviewerIds.size()));
    std::vector<RecordInput> records;
    records.reserve(job->input.records.size());
    for (ReportRecord &r : job->input.records)
        records.push_back({r.textLength, {}, std::move(r.codings[0]), std::move(r.codings[1])});
    return suggestCodeMapping(records, minJaccard);
}

std::vector<CodeLink> linksFrom(const CodeMapping &mapping)
{
    std::vector<CodeLink> out;
    for (const CodePair &p : mapping.pairs)
        if (p.codeA != p.codeB) // a shared code that matches itself needs no renaming
            out.push_back({QUuid::fromString(p.codeA), QUuid::fromString(p.codeB)});
    return out;
}

Result<std::vector<CodeLink>> readCodeMappingCsv(const Project &project, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Agreement", "Cannot read the code mapping %1: %2").arg(path, file.errorString()));
    io::CsvReadOptions options;
    options.restoreFormulas = true; // paths written by codeMappingCsv() are guarded
    const auto read = io::readCsv(file.readAll(), path, options);
    if (!read)
        return read.takeError();
    const std::vector<io::CsvRow> &rows = *read;
    if (rows.empty())
        return makeError(QCoreApplication::translate("Agreement", "%1: the code mapping is empty (expected a header row with code_a,code_b).").arg(path));
    const QStringList &header = rows.front().fields;
    qsizetype colA = -1, colB = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        if (h == QLatin1String("code_a"))
            colA = i;
        else if (h == QLatin1String("code_b"))
            colB = i;
    }
    if (colA < 0 || colB < 0)
        return makeError(QCoreApplication::translate("Agreement", "%1, line 1: expected the columns code_a and code_b in the header row.").arg(path));
    const std::vector<Code> all = project.allCodes();
    std::vector<CodeLink> out;
    for (size_t i = 1; i < rows.size(); ++i) {
        const int line = rows[i].line;
        const QStringList &row = rows[i].fields;
        const QString a = row.value(colA).trimmed(), b = row.value(colB).trimmed();
        if (a.isEmpty() || b.isEmpty())
            continue; // an unmapped code listed for information
        QString error;
        const auto codeA = resolveCode(all, a, &error);
        if (!codeA)
            return makeError(QCoreApplication::translate("Agreement", "%1, line %2: code_a: %3.").arg(path).arg(line).arg(error));
        const auto codeB = resolveCode(all, b, &error);
        if (!codeB)
            return makeError(QCoreApplication::translate("Agreement", "%1, line %2: code_b: %3.").arg(path).arg(line).arg(error));
        out.push_back({codeA->id, codeB->id});
    }
    return out;
}

QString codeMappingCsv(const Project &project, const CodeMapping &mapping)
{
    const std::vector<Code> all = project.allCodes();
    const QHash<QUuid, QString> paths = codePathsOf(all);
    auto pathOf = [&](const QString &key) { return paths.value(QUuid::fromString(key)); };
    io::CsvWriter csv({QStringLiteral("code_a"), QStringLiteral("code_b"), QStringLiteral("jaccard"),
                       QStringLiteral("shared_characters"), QStringLiteral("path_a"), QStringLiteral("path_b")});
    for (const CodePair &p : mapping.pairs)
        csv.addCells({p.codeA, p.codeB, io::CsvCell::number(QString::number(p.jaccard, 'f', 4)), io::CsvCell(p.intersection),
                    pathOf(p.codeA), pathOf(p.codeB)});
    for (const QString &a : mapping.unmappedA)
        csv.addRow({a, QString(), QString(), QString(), pathOf(a), QString()});
    for (const QString &b : mapping.unmappedB)
        csv.addRow({QString(), b, QString(), QString(), QString(), pathOf(b)});
    return csv.text();
}

// --- figures ------------------------------------------------------------------------

Figures figures(const ScopeResult &s, Unit unit)
{
    Figures f;
    f.unit = unit;
    const UnitResult *u = nullptr;
    switch (unit) {
    case Unit::Record: u = &s.record; break;
    case Unit::RecordCoded: u = &s.recordCoded; break;
    case Unit::Character: u = &s.characters; break;
    case Unit::CharacterCoded: u = &s.charactersCoded; break;
    case Unit::Token: u = &s.tokens; break;
    case Unit::TokenCoded: u = &s.tokensCoded; break;
    case Unit::Segment:
    case Unit::Unitizing: break;
    }
    if (u) {
        const Coefficients &c = u->coefficients;
        f.counts = u->counts;
        f.observed = c.observed;
        f.kappa = c.kappa;
        f.kappaSe = c.kappaSe;
        f.kappaLow = c.kappaCi95.low;
        f.kappaHigh = c.kappaCi95.high;
        f.scottPi = c.scottPi;
        f.brennanPrediger = c.brennanPrediger;
        f.ac1 = c.ac1;
        f.pabak = c.pabak;
        f.alpha = c.alpha;
        f.prevalenceIndex = c.prevalenceIndex;
        f.biasIndex = c.biasIndex;
        f.positiveAgreement = c.positiveAgreement;
        f.negativeAgreement = c.negativeAgreement;
        f.band = c.landisKoch;
        f.paradox = c.kappaParadox;
    } else {
        f.observed = f.kappa = f.kappaSe = f.kappaLow = f.kappaHigh = f.scottPi = f.brennanPrediger = f.ac1 = f.pabak =
            f.alpha = f.prevalenceIndex = f.biasIndex = f.positiveAgreement = f.negativeAgreement = kNaN;
    }
    f.segments = s.segments;
    f.segmentScore = s.segments.score();
    f.alphaU = s.unitizing.alpha;
    f.jaccard = s.characterJaccard;
    return f;
}

double Figures::headline() const
{
    if (unit == Unit::Segment)
        return segmentScore;
    if (unit == Unit::Unitizing)
        return alphaU;
    return kappa;
}

QStringList figureNames()
{
    return {QStringLiteral("kappa"), QStringLiteral("ac1"),   QStringLiteral("alpha"),  QStringLiteral("pabak"),
            QStringLiteral("observed"), QStringLiteral("pi"), QStringLiteral("bp"),     QStringLiteral("score"),
            QStringLiteral("alphaU"), QStringLiteral("jaccard")};
}

double Figures::value(const QString &figure) const
{
    const QString f = figure.trimmed();
    if (f.isEmpty() || f == QLatin1String("headline"))
        return headline();
    if (f == QLatin1String("kappa"))
        return kappa;
    if (f == QLatin1String("ac1"))
        return ac1;
    if (f == QLatin1String("alpha"))
        return alpha;
    if (f == QLatin1String("pabak"))
        return pabak;
    if (f == QLatin1String("observed"))
        return observed;
    if (f == QLatin1String("pi"))
        return scottPi;
    if (f == QLatin1String("bp"))
        return brennanPrediger;
    if (f == QLatin1String("score"))
        return segmentScore;
    if (f == QLatin1String("alphaU"))
        return alphaU;
    if (f == QLatin1String("jaccard"))
        return jaccard;
    return kNaN;
}

QJsonObject Figures::toJson() const
{
    QJsonObject o;
    if (isTableUnit(unit)) {
        o = {{QStringLiteral("a"), qint64(counts.a)},
             {QStringLiteral("b"), qint64(counts.b)},
             {QStringLiteral("c"), qint64(counts.c)},
             {QStringLiteral("d"), qint64(counts.d)},
             {QStringLiteral("observed"), jsonNumber(observed)},
             {QStringLiteral("kappa"), jsonNumber(kappa)},
             {QStringLiteral("kappaSe"), jsonNumber(kappaSe)},
             {QStringLiteral("kappaLow"), jsonNumber(kappaLow)},
             {QStringLiteral("kappaHigh"), jsonNumber(kappaHigh)},
             {QStringLiteral("pi"), jsonNumber(scottPi)},
             {QStringLiteral("bp"), jsonNumber(brennanPrediger)},
             {QStringLiteral("ac1"), jsonNumber(ac1)},
             {QStringLiteral("pabak"), jsonNumber(pabak)},
             {QStringLiteral("alpha"), jsonNumber(alpha)},
             {QStringLiteral("pi_prevalence"), jsonNumber(prevalenceIndex)},
             {QStringLiteral("bi_bias"), jsonNumber(biasIndex)},
             {QStringLiteral("positive"), jsonNumber(positiveAgreement)},
             {QStringLiteral("negative"), jsonNumber(negativeAgreement)},
             {QStringLiteral("band"), band},
             {QStringLiteral("paradox"), paradox}};
        if (unit == Unit::Character)
            o.insert(QStringLiteral("jaccard"), jsonNumber(jaccard));
    } else if (unit == Unit::Segment) {
        o = {{QStringLiteral("matched"), qint64(segments.matched)},
             {QStringLiteral("aOnly"), qint64(segments.aOnly)},
             {QStringLiteral("bOnly"), qint64(segments.bOnly)},
             {QStringLiteral("score"), jsonNumber(segmentScore)}};
    } else {
        o = {{QStringLiteral("alphaU"), jsonNumber(alphaU)}};
    }
    return o;
}

Figures Figures::fromJson(Unit unit, const QJsonObject &o)
{
    Figures f;
    f.unit = unit;
    f.counts = {o.value(QStringLiteral("a")).toInteger(), o.value(QStringLiteral("b")).toInteger(),
                o.value(QStringLiteral("c")).toInteger(), o.value(QStringLiteral("d")).toInteger()};
    f.observed = numberFrom(o, QStringLiteral("observed"));
    f.kappa = numberFrom(o, QStringLiteral("kappa"));
    f.kappaSe = numberFrom(o, QStringLiteral("kappaSe"));
    f.kappaLow = numberFrom(o, QStringLiteral("kappaLow"));
    f.kappaHigh = numberFrom(o, QStringLiteral("kappaHigh"));
    f.scottPi = numberFrom(o, QStringLiteral("pi"));
    f.brennanPrediger = numberFrom(o, QStringLiteral("bp"));
    f.ac1 = numberFrom(o, QStringLiteral("ac1"));
    f.pabak = numberFrom(o, QStringLiteral("pabak"));
    f.alpha = numberFrom(o, QStringLiteral("alpha"));
    f.prevalenceIndex = numberFrom(o, QStringLiteral("pi_prevalence"));
    f.biasIndex = numberFrom(o, QStringLiteral("bi_bias"));
    f.positiveAgreement = numberFrom(o, QStringLiteral("positive"));
    f.negativeAgreement = numberFrom(o, QStringLiteral("negative"));
    f.band = o.value(QStringLiteral("band")).toString();
    f.paradox = o.value(QStringLiteral("paradox")).toBool();
    f.segments = {o.value(QStringLiteral("matched")).toInteger(), o.value(QStringLiteral("aOnly")).toInteger(),
                  o.value(QStringLiteral("bOnly")).toInteger()};
    f.segmentScore = numberFrom(o, QStringLiteral("score"));
    f.alphaU = numberFrom(o, QStringLiteral("alphaU"));
    f.jaccard = numberFrom(o, QStringLiteral("jaccard"));
    return f;
}

// --- drill-down ---------------------------------------------------------------------

std::vector<RecordEvidence> scopeEvidence(const ProjectAgreement &result, const QString &scopeKey, int pairIndex)
{
    std::vector<RecordEvidence> out;
    if (pairIndex < 0 || size_t(pairIndex) >= result.report.pairs.size())
        return out;
    const ReportInput &in = result.job.input;
    const PairReport &pair = result.report.pairs[size_t(pairIndex)];
    const size_t ra = size_t(pair.reviewerA), rb = size_t(pair.reviewerB);
    const bool pooled = scopeKey.isEmpty();
    QSet<QString> keys; // the code and its descendants
    if (!pooled) {
        keys.insert(scopeKey);
        for (bool grew = true; grew;) {
            grew = false;
            for (const CodeNode &n : in.codes)
                if (!n.parentKey.isEmpty() && keys.contains(n.parentKey) && !keys.contains(n.key)) {
                    keys.insert(n.key);
                    grew = true;
                }
        }
    }
    static const std::vector<CodedSpan> kNone;
    for (size_t r = 0; r < in.records.size(); ++r) {
        const ReportRecord &rec = in.records[r];
        const auto &codingsA = ra < rec.codings.size() ? rec.codings[ra] : kNone;
        const auto &codingsB = rb < rec.codings.size() ? rec.codings[rb] : kNone;
        RecordEvidence e;
        e.recordId = result.job.recordIds[r];
        e.recordIndex = int(r);
        if (pooled) {
            // per code, summed: the pooled figures are sums of per-code tables
            QHash<QString, std::pair<std::vector<Span>, std::vector<Span>>> byCode;
            for (const CodedSpan &c : codingsA)
                byCode[c.codeKey].first.push_back(c.span);
            for (const CodedSpan &c : codingsB)
                byCode[c.codeKey].second.push_back(c.span);
            if (byCode.isEmpty())
                continue;
            for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
                const auto &[a, b] = it.value();
                e.a.insert(e.a.end(), a.begin(), a.end());
                e.b.insert(e.b.end(), b.begin(), b.end());
                e.characters += characterTable(normalizeSpans(a, rec.textLength), normalizeSpans(b, rec.textLength),
                                               rec.textLength);
                e.record += Table2x2{!a.empty() && !b.empty(), !a.empty() && b.empty(), a.empty() && !b.empty(), 0};
            }
        } else {
            for (const CodedSpan &c : codingsA)
                if (keys.contains(c.codeKey))
                    e.a.push_back(c.span);
            for (const CodedSpan &c : codingsB)
                if (keys.contains(c.codeKey))
                    e.b.push_back(c.span);
            if (e.a.empty() && e.b.empty())
                continue;
            e.characters = characterTable(normalizeSpans(e.a, rec.textLength), normalizeSpans(e.b, rec.textLength),
                                          rec.textLength);
            e.record = {!e.a.empty() && !e.b.empty(), !e.a.empty() && e.b.empty(), e.a.empty() && !e.b.empty(), 0};
        }
        std::sort(e.a.begin(), e.a.end());
        std::sort(e.b.begin(), e.b.end());
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace dyad::core::agreement
