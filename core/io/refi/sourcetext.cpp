#include "core/io/refi/sourcetext.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <numeric>

namespace dyad::core::io {

qint64 codePointCount(const QString &text)
{
    qint64 n = text.size();
    for (QChar c : text)
        if (c.isLowSurrogate())
            --n;
    return n;
}

QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    qint64 cp = 0;
    qsizetype from = -1, to = text.size();
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i].isLowSurrogate())
            continue;
        if (cp == start && from < 0)
            from = i;
        if (cp == end) {
            to = i;
            break;
        }
        ++cp;
    }
    if (from < 0)
        return QString();
    return text.mid(from, to - from);
}

DecodedSource decodeSourceText(const QByteArray &bytes)
{
    DecodedSource out;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.adjustments << QCoreApplication::translate("Import", "removed a UTF-8 byte-order mark");
        out.text = QString::fromUtf8(bytes.mid(3));
        return out;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        out.text = dec(bytes.mid(2));
        out.adjustments << QCoreApplication::translate("Import", "read as UTF-16 (the standard asks for UTF-8)");
        return out;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out.text = utf8(bytes);
    if (utf8.hasError()) {
        // Not UTF-8: Windows-1252 is what older tools write; Latin-1 covers its bytes closely enough.
        out.text = QString::fromLatin1(bytes);
        out.adjustments << QCoreApplication::translate("Import", "not valid UTF-8; read as Latin-1");
    }
    return out;
}

QString normaliseSourceText(const QString &fileText)
{
    QString t = fileText;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.normalized(QString::NormalizationForm_C);
}

namespace {

std::vector<qsizetype> cpIndex(const QString &t)
{
    std::vector<qsizetype> v;
    v.reserve(static_cast<size_t>(t.size()) + 1);
    for (qsizetype i = 0; i < t.size(); ++i)
        if (!t[i].isLowSurrogate() || i == 0 || !t[i - 1].isHighSurrogate())
            v.push_back(i);
    v.push_back(t.size());
    return v;
}

QString squeezeSpaces(const QString &s)
{
    return s.simplified();
}

} // namespace

SourceOffsets::SourceOffsets(const QString &fileText) : m_file(fileText)
{
    m_hasCr = fileText.contains(QLatin1Char('\r'));
    m_fileToLf.resize(static_cast<size_t>(fileText.size()) + 1);
    m_lf.reserve(fileText.size());
    for (qsizetype i = 0; i < fileText.size(); ++i) {
        m_fileToLf[static_cast<size_t>(i)] = m_lf.size();
        const QChar c = fileText[i];
        if (c.isHighSurrogate())
            m_hasSupplementary = true;
        if (c == QLatin1Char('\r') && i + 1 < fileText.size() && fileText[i + 1] == QLatin1Char('\n'))
            continue; // CR of a CRLF: maps onto the LF that follows
        m_lf += c == QLatin1Char('\r') ? QChar(u'\n') : c;
    }
    m_fileToLf.back() = m_lf.size();
    m_cpToU16File = cpIndex(m_file);
    m_cpToU16Lf = cpIndex(m_lf);
    m_lfU16ToCp.assign(static_cast<size_t>(m_lf.size()) + 1, -1);
    for (size_t k = 0; k < m_cpToU16Lf.size(); ++k)
        m_lfU16ToCp[static_cast<size_t>(m_cpToU16Lf[k])] = static_cast<qint64>(k);
    m_final = m_lf.normalized(QString::NormalizationForm_C);
    m_nfcChanges = m_final != m_lf;
    if (m_nfcChanges) {
        // NFC never composes a character with one before it when that character is below
        // U+0300 or a CJK ideograph, so the text normalises piece by piece between such
        // anchors. Counting once per piece keeps every later lookup short.
        m_anchorLf.push_back(0);
        m_anchorCp.push_back(0);
        qint64 cp = 0;
        for (qsizetype i = 1; i <= m_lf.size(); ++i) {
            const char16_t c = i < m_lf.size() ? m_lf[i].unicode() : u' ';
            if (i < m_lf.size() && !(c < 0x300 || (c >= 0x4E00 && c <= 0x9FFF)))
                continue;
            if (i - m_anchorLf.back() < 64 && i < m_lf.size())
                continue; // anchors need not be dense
            cp += codePointCount(m_lf.mid(m_anchorLf.back(), i - m_anchorLf.back()).normalized(QString::NormalizationForm_C));
            m_anchorLf.push_back(i);
            m_anchorCp.push_back(cp);
        }
    }
}

qsizetype SourceOffsets::utf16Index(const OffsetModel &model, qint64 offset) const
{
    const QString &t = textFor(model);
    if (offset < 0)
        return -1;
    if (model.utf16) {
        if (offset > t.size())
            return -1;
        const auto i = static_cast<qsizetype>(offset);
        if (i > 0 && i < t.size() && t[i].isLowSurrogate() && t[i - 1].isHighSurrogate())
            return -1; // would split a surrogate pair
        return i;
    }
    const auto &index = model.lineEndsNormalised ? m_cpToU16Lf : m_cpToU16File;
    if (offset >= static_cast<qint64>(index.size()))
        return -1;
    return index[static_cast<size_t>(offset)];
}

bool SourceOffsets::fits(const OffsetModel &model, qint64 start, qint64 end) const
{
    if (end <= start)
        return false;
    return utf16Index(model, start) >= 0 && utf16Index(model, end) >= 0;
}

QString SourceOffsets::covered(const OffsetModel &model, qint64 start, qint64 end) const
{
    if (!fits(model, start, end))
        return QString();
    const qsizetype a = utf16Index(model, start), b = utf16Index(model, end);
    return textFor(model).mid(a, b - a);
}

qint64 SourceOffsets::finalOffset(qsizetype lfUtf16) const
{
    if (!m_nfcChanges)
        return m_lfU16ToCp[static_cast<size_t>(lfUtf16)];
    // NFC changed the text: the offset is the length of the normalised prefix, counted from
    // the last anchor before it. Exact at boundaries between normalisation segments, which
    // is where selections begin and end.
    const auto it = std::upper_bound(m_anchorLf.begin(), m_anchorLf.end(), lfUtf16) - 1;
    const qsizetype from = *it;
    return m_anchorCp[static_cast<size_t>(it - m_anchorLf.begin())]
        + codePointCount(m_lf.mid(from, lfUtf16 - from).normalized(QString::NormalizationForm_C));
}

std::optional<std::pair<qsizetype, qsizetype>> SourceOffsets::lfRange(const OffsetModel &model, qint64 start,
                                                                     qint64 end) const
{
    if (!fits(model, start, end))
        return std::nullopt;
    qsizetype a = utf16Index(model, start), b = utf16Index(model, end);
    if (!model.lineEndsNormalised) {
        a = m_fileToLf[static_cast<size_t>(a)];
        b = m_fileToLf[static_cast<size_t>(b)];
    }
    return std::make_pair(a, b);
}

std::optional<Span> SourceOffsets::map(const OffsetModel &model, qint64 start, qint64 end) const
{
    if (!fits(model, start, end))
        return std::nullopt;
    qsizetype a = utf16Index(model, start), b = utf16Index(model, end);
    if (!model.lineEndsNormalised) {
        a = m_fileToLf[static_cast<size_t>(a)];
        b = m_fileToLf[static_cast<size_t>(b)];
    }
    // An index inside a CRLF maps onto the LF; never produce an empty span from a non-empty one.
    const qint64 s = finalOffset(a), e = finalOffset(b);
    if (s < 0 || e < 0 || e <= s)
        return std::nullopt;
    return Span{s, e};
}

namespace {

char32_t codePointBefore(const QString &t, qsizetype i)
{
    if (i >= 2 && t[i - 1].isLowSurrogate() && t[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(t[i - 2], t[i - 1]);
    return t[i - 1].unicode();
}

char32_t codePointAt(const QString &t, qsizetype i)
{
    if (i + 1 < t.size() && t[i].isHighSurrogate() && t[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(t[i], t[i + 1]);
    return t[i].unicode();
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

/** Scripts written without spaces: every character boundary may end a word. */
bool isUnspaced(char32_t c)
{
    const QChar::Script s = QChar::script(c);
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana || s == QChar::Script_Thai;
}

bool wordBoundaryAt(const QString &t, qsizetype i)
{
    if (i <= 0 || i >= t.size())
        return true;
    const char32_t before = codePointBefore(t, i), after = codePointAt(t, i);
    return !isWordCharacter(before) || !isWordCharacter(after) || isUnspaced(before) || isUnspaced(after);
}

} // namespace

bool SourceOffsets::onWordBoundaries(const OffsetModel &model, qint64 start, qint64 end) const
{
    if (!fits(model, start, end))
        return false;
    const QString &t = textFor(model);
    return wordBoundaryAt(t, utf16Index(model, start)) && wordBoundaryAt(t, utf16Index(model, end));
}

bool quoteMatches(const QString &quote, const QString &covered)
{
    if (quote.isEmpty() || covered.isNull())
        return false;
    QString q = squeezeSpaces(quote);
    const QString c = squeezeSpaces(covered);
    if (q == c)
        return true;
    // Writers often shorten long quotes: "first words…" or "first words...".
    for (const QString &ellipsis : {QStringLiteral("…"), QStringLiteral("...")}) {
        if (q.endsWith(ellipsis)) {
            q.chop(ellipsis.size());
            q = q.trimmed();
            return q.size() >= 3 && c.startsWith(q);
        }
    }
    return false;
}

bool modelFits(const SourceOffsets &offsets, const std::vector<RawSelection> &selections, const OffsetModel &model)
{
    for (const RawSelection &s : selections)
        if (!offsets.fits(model, s.start, s.end))
            return false;
    return true;
}

std::optional<OffsetModel> originOffsetModel(const QString &origin)
{
    if (origin.contains(QStringLiteral("nvivo"), Qt::CaseInsensitive))
        return OffsetModel{true, false};
    if (origin.contains(QStringLiteral("atlas.ti"), Qt::CaseInsensitive)
        || origin.contains(QStringLiteral("atlasti"), Qt::CaseInsensitive))
        return OffsetModel{false, true};
    return std::nullopt;
}

QString describeOffsetModel(const OffsetModel &model)
{
    return QStringLiteral("%1, %2")
        .arg(model.utf16 ? QCoreApplication::translate("Import", "UTF-16 code units") : QCoreApplication::translate("Import", "code points"),
             model.lineEndsNormalised ? QCoreApplication::translate("Import", "a line break counted as one") : QCoreApplication::translate("Import", "CRLF counted as two"));
}

OffsetDecision decideOffsetModel(const SourceOffsets &offsets, const std::vector<RawSelection> &selections,
                                 const std::optional<OffsetModel> &origin, const std::optional<bool> &fallbackUtf16)
{
    // Only models that read this text differently are candidates, in order of preference
    // (the standard first): UTF-16 matters only with supplementary characters, line-end
    // counting only with CRs.
    std::vector<OffsetModel> models;
    for (bool utf16 : {false, true})
        for (bool lf : {false, true})
            if ((!utf16 || offsets.hasSupplementary()) && (!lf || offsets.hasCarriageReturns()))
                models.push_back({utf16, lf});
    OffsetDecision d;
    d.selections = static_cast<int>(selections.size());
    d.alignedOther = -1;
    auto prefer = [&](const std::vector<size_t> &group) {
        // Within readings that agree on every selection, the origin's habit, else the first.
        if (origin)
            for (size_t m : group)
                if (models[m] == *origin)
                    return models[m];
        return models[group.front()];
    };

    // Readings that map every selection onto the same passage are one reading.
    struct Group
    {
        std::vector<size_t> models;
        int fits = 0, quotes = 0, aligned = 0;
        bool utf16 = false;
    };
    std::vector<Group> groups;
    // Compared in the LF text (no NFC work per selection): what maps alike there maps alike after.
    std::vector<std::vector<std::optional<std::pair<qsizetype, qsizetype>>>> placed(models.size());
    for (size_t m = 0; m < models.size(); ++m) {
        for (const RawSelection &s : selections)
            placed[m].push_back(offsets.lfRange(models[m], s.start, s.end));
        auto same = std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return placed[g.models.front()] == placed[m]; });
        if (same != groups.end()) {
            same->models.push_back(m);
            continue;
        }
        Group g;
        g.models = {m};
        g.utf16 = models[m].utf16;
        for (const RawSelection &s : selections) {
            if (!offsets.fits(models[m], s.start, s.end))
                continue;
            ++g.fits;
            if (quoteMatches(s.quote, offsets.covered(models[m], s.start, s.end)))
                ++g.quotes;
            if (offsets.onWordBoundaries(models[m], s.start, s.end))
                ++g.aligned;
        }
        groups.push_back(g);
    }
    if (groups.size() <= 1) {
        d.model = groups.empty() ? OffsetModel{} : prefer(groups.front().models);
        if (!groups.empty()) {
            d.aligned = groups.front().aligned;
            d.quoteMatches = groups.front().quotes;
            d.quotesUsable = d.quoteMatches > 0;
        }
        return d; // every reading places every selection alike: nothing to decide
    }
    d.ambiguous = true;

    auto bestBy = [&](auto key, const std::vector<size_t> &among) {
        std::vector<size_t> best;
        int top = -1;
        for (size_t g : among) {
            const int v = key(groups[g]);
            if (v > top) {
                top = v;
                best = {g};
            } else if (v == top) {
                best.push_back(g);
            }
        }
        return best;
    };
    std::vector<size_t> all(groups.size());
    std::iota(all.begin(), all.end(), size_t(0));
    auto finish = [&](size_t g) {
        d.model = prefer(groups[g].models);
        d.quoteMatches = groups[g].quotes;
        d.aligned = groups[g].aligned;
        for (size_t o = 0; o < groups.size(); ++o)
            if (o != g)
                d.alignedOther = std::max(d.alignedOther, groups[o].aligned);
        if (d.decisive && origin) {
            const bool originInGroup = std::any_of(groups[g].models.begin(), groups[g].models.end(),
                                                   [&](size_t m) { return models[m] == *origin; });
            if (!originInGroup) {
                d.clearCut = false;
                d.reason += QCoreApplication::translate("Import", "; this is not how the writing application is known to count (%1)")
                                .arg(describeOffsetModel(*origin));
            }
        }
        return d;
    };

    // 1. Quotes.
    const auto byQuotes = bestBy([](const Group &g) { return g.quotes; }, all);
    if (groups[byQuotes.front()].quotes > 0) {
        d.quotesUsable = true;
        if (byQuotes.size() == 1) {
            d.decisive = true;
            d.reason = QCoreApplication::translate("Import", "%1 of %2 selection names quote the text under this reading")
                           .arg(groups[byQuotes.front()].quotes)
                           .arg(d.selections);
            return finish(byQuotes.front());
        }
    }
    // 2. Length: readings that leave a selection outside the text or on half a character.
    const auto byFit = bestBy([](const Group &g) { return g.fits; }, d.quotesUsable ? byQuotes : all);
    if (byFit.size() == 1 && groups[byFit.front()].fits == d.selections) {
        d.decisive = true;
        d.reason = QCoreApplication::translate("Import", "only this reading keeps all %1 selections inside the text").arg(d.selections);
        return finish(byFit.front());
    }
    // 3. Word boundaries: people select words; a wrong unit cuts through them.
    const auto byAligned = bestBy([](const Group &g) { return g.aligned; }, byFit);
    int runnerUp = -1;
    for (size_t g : byFit)
        if (std::find(byAligned.begin(), byAligned.end(), g) == byAligned.end())
            runnerUp = std::max(runnerUp, groups[g].aligned);
    const int top = groups[byAligned.front()].aligned;
    const int margin = std::max(2, (d.selections + 9) / 10);
    if (byAligned.size() == 1 && (runnerUp < 0 || top - runnerUp >= margin)) {
        d.decisive = true;
        d.reason = QCoreApplication::translate("Import", "%1 of %2 selections start and end on word boundaries under this reading, at most %3 "
                                  "under another")
                       .arg(top)
                       .arg(d.selections)
                       .arg(std::max(runnerUp, 0));
        return finish(byAligned.front());
    }
    // 4. Not settled by this source: what the project's other sources showed, then the origin.
    d.clearCut = false;
    const QString evidence = QCoreApplication::translate("Import", "its selections do not tell the readings apart (%1 of %2 on word boundaries "
                                            "under the best reading%3)")
                                 .arg(top)
                                 .arg(d.selections)
                                 .arg(runnerUp >= 0 ? QCoreApplication::translate("Import", ", %1 under the next").arg(runnerUp) : QString());
    auto pick = [&](auto accept) -> std::optional<size_t> {
        for (size_t g : byFit)
            for (size_t m : groups[g].models)
                if (accept(models[m]))
                    return g;
        return std::nullopt;
    };
    if (fallbackUtf16) {
        if (auto g = pick([&](const OffsetModel &m) { return m.utf16 == *fallbackUtf16; })) {
            d.reason = evidence + QCoreApplication::translate("Import", "; the project's other sources were counted this way");
            return finish(*g);
        }
    }
    if (origin) {
        if (auto g = pick([&](const OffsetModel &m) { return m == *origin; })) {
            d.reason = evidence + QCoreApplication::translate("Import", "; the writing application is known to count this way");
            return finish(*g);
        }
    }
    d.reason = evidence + QCoreApplication::translate("Import", "; REFI-QDA's unit (code points) was assumed");
    if (auto g = pick([](const OffsetModel &m) { return !m.utf16 && !m.lineEndsNormalised; }))
        return finish(*g);
    return finish(byFit.front());
}

} // namespace dyad::core::io
