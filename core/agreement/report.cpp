#include "report.h"

#include "core/io/csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace dyad::core::agreement {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/** A coding with its code resolved to an index. */
struct IndexedSpan
{
    int code;
    Span span;
    friend bool operator<(const IndexedSpan &x, const IndexedSpan &y) { return std::tie(x.code, x.span) < std::tie(y.code, y.span); }
};

/** Running sums of one scope for one pair. */
struct Accumulator
{
    Table2x2 record, recordCoded, characters, charactersCoded, tokens, tokensCoded;
    SegmentCounts segments;
    SegmentCurve curve;
    // what the records in which the scope was used contribute to the universes
    std::int64_t usedRecords = 0;
    Offset usedLength = 0, usedCoded = 0;
    std::int64_t usedTokens = 0, usedTokensCoded = 0;
    std::vector<Span> unitsA, unitsB; // for α_U, in concatenated coordinates
    double unitizingObserved = 0, unitizingExpected = 0; // per-record scope: Σ over codes

    void add(const UnitCounts &u)
    {
        record += u.record;
        recordCoded += u.recordCoded;
        characters += u.characters;
        charactersCoded += u.charactersCoded;
        tokens += u.tokens;
        tokensCoded += u.tokensCoded;
        segments += u.segments;
        for (int i = 0; i < kCurvePoints; ++i)
            curve[size_t(i)] += u.curve[size_t(i)];
    }
};

UnitResult unitResult(const Table2x2 &t)
{
    return {t, computeCoefficients(t)};
}

void finish(ScopeResult &s, const Accumulator &acc)
{
    s.record = unitResult(acc.record);
    s.recordCoded = unitResult(acc.recordCoded);
    s.characters = unitResult(acc.characters);
    s.charactersCoded = unitResult(acc.charactersCoded);
    s.tokens = unitResult(acc.tokens);
    s.tokensCoded = unitResult(acc.tokensCoded);
    const auto &c = acc.characters;
    s.characterJaccard = (c.a + c.b + c.c) > 0 ? double(c.a) / double(c.a + c.b + c.c) : kNaN;
    s.segments = acc.segments;
    s.curve = acc.curve;
}

/** Shared, reviewer-independent preparation. */
struct Prepared
{
    int codeCount = 0;
    std::vector<int> themeSlot;              ///< code → index in themes, or −1
    std::vector<int> themeNode;              ///< theme index → code
    std::vector<std::vector<int>> rollUp;    ///< code → theme slots of itself (if a theme) and ancestors
    std::vector<Offset> recordOffset;        ///< start of each record in the concatenated continuum
    Offset totalLength = 0;
    std::int64_t totalTokens = 0;
    std::vector<std::vector<std::vector<IndexedSpan>>> codings; ///< record → reviewer → sorted codings
};

Result<Prepared> prepare(const ReportInput &in)
{
    Prepared p;
    p.codeCount = int(in.codes.size());
    QHash<QString, int> index;
    index.reserve(p.codeCount);
    for (int i = 0; i < p.codeCount; ++i) {
        if (index.contains(in.codes[size_t(i)].key))
            return makeError(QCoreApplication::translate("Agreement", "The codebook lists code '%1' twice.").arg(in.codes[size_t(i)].key));
        index.insert(in.codes[size_t(i)].key, i);
    }
    std::vector<int> parent(size_t(p.codeCount), -1);
    std::vector<char> hasChildren(size_t(p.codeCount), 0);
    for (int i = 0; i < p.codeCount; ++i) {
        const QString &pk = in.codes[size_t(i)].parentKey;
        if (pk.isEmpty())
            continue;
        const auto it = index.constFind(pk);
        if (it == index.constEnd())
            return makeError(QCoreApplication::translate("Agreement", "Code '%1' names an unknown parent '%2'.").arg(in.codes[size_t(i)].key, pk));
        parent[size_t(i)] = *it;
        hasChildren[size_t(*it)] = 1;
    }
    p.themeSlot.assign(size_t(p.codeCount), -1);
    for (int i = 0; i < p.codeCount; ++i)
        if (hasChildren[size_t(i)]) {
            p.themeSlot[size_t(i)] = int(p.themeNode.size());
            p.themeNode.push_back(i);
        }
    p.rollUp.resize(size_t(p.codeCount));
    for (int i = 0; i < p.codeCount; ++i) {
        int depth = 0;
        for (int n = i; n >= 0; n = parent[size_t(n)]) {
            if (++depth > p.codeCount)
                return makeError(QCoreApplication::translate("Agreement", "The code hierarchy has a cycle through '%1'.").arg(in.codes[size_t(i)].key));
            if (p.themeSlot[size_t(n)] >= 0)
                p.rollUp[size_t(i)].push_back(p.themeSlot[size_t(n)]);
        }
    }

    const size_t reviewers = size_t(in.reviewers.size());
    p.recordOffset.reserve(in.records.size());
    p.codings.resize(in.records.size());
    for (size_t r = 0; r < in.records.size(); ++r) {
        const ReportRecord &rec = in.records[r];
        p.recordOffset.push_back(p.totalLength);
        p.totalLength += rec.textLength;
        p.totalTokens += std::int64_t(rec.tokens.size());
        if (rec.codings.size() > reviewers)
            return makeError(QCoreApplication::translate("Agreement", "Record '%1' has codings for %2 reviewers, but only %3 are named.")
                                 .arg(rec.key)
                                 .arg(rec.codings.size())
                                 .arg(reviewers));
        auto &out = p.codings[r];
        out.resize(reviewers);
        for (size_t v = 0; v < rec.codings.size(); ++v) {
            out[v].reserve(rec.codings[v].size());
            for (const CodedSpan &c : rec.codings[v]) {
                const auto it = index.constFind(c.codeKey);
                if (it == index.constEnd())
                    return makeError(QCoreApplication::translate("Agreement", "Record '%1': reviewer %2 applied code '%3', which is not in the codebook.")
                                         .arg(rec.key, in.reviewers.value(int(v)), c.codeKey));
                if (c.span.start < 0 || c.span.end > rec.textLength || c.span.isEmpty())
                    return makeError(QCoreApplication::translate("Agreement", "Record '%1': reviewer %2 coded [%3, %4) with '%5', outside the text "
                                                    "of %6 code points (or empty).")
                                         .arg(rec.key, in.reviewers.value(int(v)))
                                         .arg(c.span.start)
                                         .arg(c.span.end)
                                         .arg(c.codeKey)
                                         .arg(rec.textLength));
                out[v].push_back({*it, c.span});
            }
            std::sort(out[v].begin(), out[v].end());
        }
    }
    return p;
}

/** One scope's spans in one record for the two reviewers. */
struct Group
{
    int scope; // code index, or codeCount + theme slot
    int reviewer; // 0 = A, 1 = B
    Span span;
    friend bool operator<(const Group &x, const Group &y)
    {
        return std::tie(x.scope, x.reviewer, x.span) < std::tie(y.scope, y.reviewer, y.span);
    }
};

PairReport computePair(const ReportInput &in, const Prepared &p, int ra, int rb)
{
    PairReport out;
    out.reviewerA = ra;
    out.reviewerB = rb;
    const int C = p.codeCount;
    const int T = int(p.themeNode.size());
    std::vector<Accumulator> acc(size_t(C + T));
    out.records.resize(in.records.size());

    std::int64_t recordsCoded = 0;
    Offset totalCoded = 0;
    std::int64_t totalTokensCoded = 0;

    std::vector<Group> groups;
    std::vector<Span> all, sa, sb;
    for (size_t r = 0; r < in.records.size(); ++r) {
        const ReportRecord &rec = in.records[r];
        const Offset L = rec.textLength;
        const auto &ca = p.codings[r][size_t(ra)];
        const auto &cb = p.codings[r][size_t(rb)];

        all.clear();
        for (const auto &c : ca)
            all.push_back(c.span);
        for (const auto &c : cb)
            all.push_back(c.span);
        const std::vector<Span> anyone = normalizeSpans(all, L);
        const Offset anyoneLength = coveredLength(anyone);
        const std::int64_t anyoneTokens = std::int64_t(coveredTokens(rec.tokens, anyone).size());
        if (!anyone.empty())
            ++recordsCoded;
        totalCoded += anyoneLength;
        totalTokensCoded += anyoneTokens;

        groups.clear();
        for (int side = 0; side < 2; ++side)
            for (const IndexedSpan &c : side == 0 ? ca : cb) {
                groups.push_back({c.code, side, c.span});
                for (int slot : p.rollUp[size_t(c.code)])
                    groups.push_back({C + slot, side, c.span});
            }
        std::sort(groups.begin(), groups.end());

        Accumulator recAcc;
        std::int64_t codesUsed = 0;
        for (size_t g = 0; g < groups.size();) {
            const int scope = groups[g].scope;
            sa.clear();
            sb.clear();
            for (; g < groups.size() && groups[g].scope == scope; ++g)
                (groups[g].reviewer == 0 ? sa : sb).push_back(groups[g].span);
            const auto na = normalizeSpans(sa, L), nb = normalizeSpans(sb, L);
            const bool theme = scope >= C;
            const UnitCounts u = unitCounts(na, nb, theme ? na : sa, theme ? nb : sb, L, rec.tokens, anyone, anyoneTokens,
                                            in.segmentThreshold);
            Accumulator &a = acc[size_t(scope)];
            a.add(u);
            ++a.usedRecords;
            a.usedLength += L;
            a.usedCoded += anyoneLength;
            a.usedTokens += std::int64_t(rec.tokens.size());
            a.usedTokensCoded += anyoneTokens;
            const Offset off = p.recordOffset[r];
            for (const Span &s : na)
                a.unitsA.push_back({s.start + off, s.end + off});
            for (const Span &s : nb)
                a.unitsB.push_back({s.start + off, s.end + off});
            if (!theme) {
                ++codesUsed;
                recAcc.add(u);
                if (in.perRecordUnitizing) {
                    const UnitizingResult ur = unitizingAlpha(sa, sb, L);
                    if (std::isfinite(ur.expectedDisagreement)) {
                        recAcc.unitizingObserved += ur.observedDisagreement;
                        recAcc.unitizingExpected += ur.expectedDisagreement;
                    }
                }
            }
        }

        // codes nobody used in this record: all "both absent"
        const std::int64_t unused = C - codesUsed;
        recAcc.record.d += unused;
        if (!anyone.empty())
            recAcc.recordCoded.d += unused;
        recAcc.characters.d += unused * L;
        recAcc.charactersCoded.d += unused * anyoneLength;
        recAcc.tokens.d += unused * std::int64_t(rec.tokens.size());
        recAcc.tokensCoded.d += unused * anyoneTokens;

        ScopeResult &sr = out.records[r];
        sr.kind = ScopeKind::Record;
        sr.key = rec.key;
        finish(sr, recAcc);
        // per-record scope counts codes, not records: the record table is over codes
        sr.unitizing.continuumLength = L;
        sr.unitizing.coders = 2;
        sr.unitizing.observedDisagreement = recAcc.unitizingObserved;
        sr.unitizing.expectedDisagreement = recAcc.unitizingExpected;
        sr.unitizing.alpha = in.perRecordUnitizing && recAcc.unitizingExpected > 0
            ? 1 - recAcc.unitizingObserved / recAcc.unitizingExpected
            : kNaN;
    }

    const std::int64_t nRecords = std::int64_t(in.records.size());
    Accumulator pooled;
    std::vector<UnitizingResult> perCode;
    out.codes.resize(size_t(C));
    out.themes.resize(size_t(T));
    for (int s = 0; s < C + T; ++s) {
        Accumulator &a = acc[size_t(s)];
        a.record.d += nRecords - a.usedRecords;
        a.recordCoded.d += recordsCoded - a.usedRecords;
        a.characters.d += p.totalLength - a.usedLength;
        a.charactersCoded.d += totalCoded - a.usedCoded;
        a.tokens.d += p.totalTokens - a.usedTokens;
        a.tokensCoded.d += totalTokensCoded - a.usedTokensCoded;
        const bool theme = s >= C;
        const int node = theme ? p.themeNode[size_t(s - C)] : s;
        ScopeResult &sr = theme ? out.themes[size_t(s - C)] : out.codes[size_t(s)];
        sr.kind = theme ? ScopeKind::Theme : ScopeKind::Code;
        sr.key = in.codes[size_t(node)].key;
        sr.name = in.codes[size_t(node)].name;
        finish(sr, a);
        sr.unitizing = unitizingAlpha(a.unitsA, a.unitsB, p.totalLength);
        if (!theme) {
            pooled.add(UnitCounts{a.record, a.recordCoded, a.characters, a.charactersCoded, a.tokens, a.tokensCoded,
                                  a.segments, a.curve});
            perCode.push_back(sr.unitizing);
        }
        std::vector<Span>().swap(a.unitsA);
        std::vector<Span>().swap(a.unitsB);
    }
    out.pooled.kind = ScopeKind::Pooled;
    out.pooled.key = QStringLiteral("pooled");
    finish(out.pooled, pooled);
    out.pooled.unitizing = combineUnitizing(perCode);
    return out;
}

std::vector<MultiRaterCode> computeMultiRater(const ReportInput &in, const Prepared &p)
{
    const int m = int(in.reviewers.size());
    const int C = p.codeCount;
    // present[code][record] = number of reviewers who used the code in the record
    std::vector<std::vector<int>> present(size_t(C), std::vector<int>(in.records.size(), 0));
    const std::vector<std::vector<Span>> perCoder(static_cast<size_t>(m));
    std::vector<std::vector<std::vector<Span>>> units(size_t(C), perCoder);
    for (size_t r = 0; r < in.records.size(); ++r)
        for (int v = 0; v < m; ++v) {
            int last = -1;
            for (const IndexedSpan &c : p.codings[r][size_t(v)]) {
                if (c.code != last)
                    ++present[size_t(c.code)][r];
                last = c.code;
                units[size_t(c.code)][size_t(v)].push_back({c.span.start + p.recordOffset[r], c.span.end + p.recordOffset[r]});
            }
        }
    std::vector<MultiRaterCode> out;
    out.reserve(size_t(C));
    for (int c = 0; c < C; ++c) {
        MultiRaterCode mc;
        mc.key = in.codes[size_t(c)].key;
        mc.name = in.codes[size_t(c)].name;
        std::vector<std::vector<int>> counts;
        counts.reserve(in.records.size());
        for (int k : present[size_t(c)])
            counts.push_back({m - k, k});
        mc.recordAlpha = krippendorffAlphaFromCounts(counts);
        auto fleiss = fleissKappa(counts);
        if (fleiss.ok())
            mc.recordFleiss = std::move(fleiss).value();
        std::vector<std::vector<double>> asDouble;
        asDouble.reserve(counts.size());
        for (const auto &row : counts)
            asDouble.push_back({double(row[0]), double(row[1])});
        if (auto chance = multiRaterAgreement(asDouble); chance.ok())
            mc.recordChance = std::move(chance).value();
        mc.unitizing = unitizingAlpha(units[size_t(c)], p.totalLength);
        out.push_back(std::move(mc));
    }
    return out;
}

QJsonObject unitJson(const UnitResult &u)
{
    return toJson(u.coefficients);
}

QJsonObject scopeJson(const ScopeResult &s, bool tokens)
{
    QJsonObject o{{QStringLiteral("scope"), scopeName(s.kind)}, {QStringLiteral("key"), s.key}};
    if (!s.name.isEmpty())
        o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("record"), unitJson(s.record));
    o.insert(QStringLiteral("recordCodedOnly"), unitJson(s.recordCoded));
    o.insert(QStringLiteral("character"), unitJson(s.characters));
    o.insert(QStringLiteral("characterCodedOnly"), unitJson(s.charactersCoded));
    o.insert(QStringLiteral("characterJaccard"), jsonNumber(s.characterJaccard));
    if (tokens) {
        o.insert(QStringLiteral("token"), unitJson(s.tokens));
        o.insert(QStringLiteral("tokenCodedOnly"), unitJson(s.tokensCoded));
    }
    QJsonObject seg = toJson(s.segments);
    seg.insert(QStringLiteral("curve"), curveJson(s.curve));
    o.insert(QStringLiteral("segment"), seg);
    o.insert(QStringLiteral("unitizing"), toJson(s.unitizing));
    return o;
}

io::CsvCell csvNumber(double v)
{
    return io::CsvCell(v, 10);
}

} // namespace

QString scopeName(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Code: return QStringLiteral("code");
    case ScopeKind::Theme: return QStringLiteral("theme");
    case ScopeKind::Record: return QStringLiteral("record");
    case ScopeKind::Pooled: return QStringLiteral("pooled");
    }
    return QString();
}

Result<AgreementReport> computeAgreementReport(const ReportInput &input)
{
    if (input.reviewers.size() < 2)
        return makeError(QCoreApplication::translate("Agreement", "Agreement needs at least two reviewers; %1 given.").arg(input.reviewers.size()));
    if (!(input.segmentThreshold > 0 && input.segmentThreshold <= 1))
        return makeError(QCoreApplication::translate("Agreement", "The segment threshold must be in (0, 1]; %1 given.").arg(input.segmentThreshold));
    auto prepared = prepare(input);
    if (!prepared)
        return prepared.takeError();
    const Prepared &p = *prepared;

    AgreementReport report;
    report.reviewers = input.reviewers;
    report.segmentThreshold = input.segmentThreshold;
    report.hasTokens = p.totalTokens > 0;
    const int m = int(input.reviewers.size());
    for (int a = 0; a < m; ++a)
        for (int b = a + 1; b < m; ++b)
            report.pairs.push_back(computePair(input, p, a, b));
    if (m > 2)
        report.multiRater = computeMultiRater(input, p);
    return report;
}

QJsonObject AgreementReport::toJson() const
{
    QJsonArray pairArray;
    for (const PairReport &pr : pairs) {
        QJsonArray codes, themes, records;
        for (const auto &s : pr.codes)
            codes.append(scopeJson(s, hasTokens));
        for (const auto &s : pr.themes)
            themes.append(scopeJson(s, hasTokens));
        for (const auto &s : pr.records)
            records.append(scopeJson(s, hasTokens));
        pairArray.append(QJsonObject{{QStringLiteral("reviewerA"), reviewers.value(pr.reviewerA)},
                                     {QStringLiteral("reviewerB"), reviewers.value(pr.reviewerB)},
                                     {QStringLiteral("pooled"), scopeJson(pr.pooled, hasTokens)},
                                     {QStringLiteral("codes"), codes},
                                     {QStringLiteral("themes"), themes},
                                     {QStringLiteral("records"), records}});
    }
    QJsonObject o{{QStringLiteral("reviewers"), QJsonArray::fromStringList(reviewers)},
                  {QStringLiteral("segmentThreshold"), segmentThreshold},
                  {QStringLiteral("tokenRule"), QStringLiteral("a token is coded when at least half of its code points are covered")},
                  {QStringLiteral("pairs"), pairArray}};
    if (!multiRater.empty()) {
        QJsonArray multi;
        for (const MultiRaterCode &mc : multiRater) {
            QJsonObject x{{QStringLiteral("key"), mc.key},
                          {QStringLiteral("name"), mc.name},
                          {QStringLiteral("recordAlpha"), agreement::toJson(mc.recordAlpha)},
                          {QStringLiteral("unitizing"), agreement::toJson(mc.unitizing)}};
            if (mc.recordFleiss)
                x.insert(QStringLiteral("recordFleiss"), agreement::toJson(*mc.recordFleiss));
            if (mc.recordChance)
                x.insert(QStringLiteral("recordChance"), agreement::toJson(*mc.recordChance));
            multi.append(x);
        }
        o.insert(QStringLiteral("multiRater"), multi);
    }
    return o;
}

QString AgreementReport::toCsv() const
{
    io::CsvWriter csv(QStringLiteral(
        "reviewer_a,reviewer_b,scope,key,name,unit,a,b,c,d,n,percent_agreement,kappa,kappa_se,kappa_ci_low,"
        "kappa_ci_high,scott_pi,brennan_prediger,ac1,ac1_se,krippendorff_alpha,pabak,positive_agreement,"
        "negative_agreement,prevalence_index,bias_index,landis_koch,kappa_paradox").split(QLatin1Char(',')));
    using io::CsvCell;
    for (const PairReport &pr : pairs) {
        auto scopeRows = [&](const ScopeResult &s) {
            const std::vector<CsvCell> prefix{reviewers.value(pr.reviewerA), reviewers.value(pr.reviewerB),
                                              scopeName(s.kind), s.key, s.name};
            auto row = [&](std::initializer_list<CsvCell> cells) {
                std::vector<CsvCell> all = prefix;
                all.insert(all.end(), cells);
                all.resize(28, CsvCell(QString()));
                csv.addCells(all);
            };
            auto unitRow = [&](const QString &unit, const UnitResult &u) {
                const Coefficients &c = u.coefficients;
                row({unit, CsvCell(u.counts.a), CsvCell(u.counts.b), CsvCell(u.counts.c), CsvCell(u.counts.d),
                     CsvCell(u.counts.n()), csvNumber(c.observed), csvNumber(c.kappa), csvNumber(c.kappaSe),
                     csvNumber(c.kappaCi95.low), csvNumber(c.kappaCi95.high), csvNumber(c.scottPi),
                     csvNumber(c.brennanPrediger), csvNumber(c.ac1), csvNumber(c.ac1Se), csvNumber(c.alpha),
                     csvNumber(c.pabak), csvNumber(c.positiveAgreement), csvNumber(c.negativeAgreement),
                     csvNumber(c.prevalenceIndex), csvNumber(c.biasIndex), c.landisKoch, CsvCell(c.kappaParadox ? 1 : 0)});
            };
            unitRow(QStringLiteral("record"), s.record);
            unitRow(QStringLiteral("record_coded_only"), s.recordCoded);
            unitRow(QStringLiteral("character"), s.characters);
            unitRow(QStringLiteral("character_coded_only"), s.charactersCoded);
            if (hasTokens) {
                unitRow(QStringLiteral("token"), s.tokens);
                unitRow(QStringLiteral("token_coded_only"), s.tokensCoded);
            }
            // segment: a = matched, b = A only, c = B only; percent_agreement = Dice/F1
            row({QStringLiteral("segment"), CsvCell(s.segments.matched), CsvCell(s.segments.aOnly), CsvCell(s.segments.bOnly),
                 QString(), CsvCell(s.segments.matched + s.segments.aOnly + s.segments.bOnly), csvNumber(s.segments.score())});
            // unitizing: n = continuum length, krippendorff_alpha = α_U
            row({QStringLiteral("unitizing"), QString(), QString(), QString(), QString(), CsvCell(s.unitizing.continuumLength),
                 QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                 csvNumber(s.unitizing.alpha)});
        };
        scopeRows(pr.pooled);
        for (const auto &s : pr.codes)
            scopeRows(s);
        for (const auto &s : pr.themes)
            scopeRows(s);
        for (const auto &s : pr.records)
            scopeRows(s);
    }
    return csv.text();
}

} // namespace dyad::core::agreement
