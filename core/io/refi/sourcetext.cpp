#include "core/io/refi/sourcetext.h"

#include <QStringDecoder>

#include <algorithm>

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
        out.adjustments << QStringLiteral("removed a UTF-8 byte-order mark");
        out.text = QString::fromUtf8(bytes.mid(3));
        return out;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        out.text = dec(bytes.mid(2));
        out.adjustments << QStringLiteral("read as UTF-16 (the standard asks for UTF-8)");
        return out;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out.text = utf8(bytes);
    if (utf8.hasError()) {
        // Not UTF-8: Windows-1252 is what older tools write; Latin-1 covers its bytes closely enough.
        out.text = QString::fromLatin1(bytes);
        out.adjustments << QStringLiteral("not valid UTF-8; read as Latin-1");
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
    // NFC changed the text: the offset is the length of the normalised prefix. Exact at
    // boundaries between normalisation segments, which is where selections begin and end.
    return codePointCount(m_lf.left(lfUtf16).normalized(QString::NormalizationForm_C));
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

OffsetDecision decideOffsetModel(const SourceOffsets &offsets, const std::vector<RawSelection> &selections)
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
    std::vector<int> matches(models.size(), 0);
    for (size_t m = 0; m < models.size(); ++m)
        for (const RawSelection &s : selections)
            if (quoteMatches(s.quote, offsets.covered(models[m], s.start, s.end)))
                ++matches[m];
    const auto best = std::max_element(matches.begin(), matches.end());
    if (*best > 0) {
        d.model = models[static_cast<size_t>(best - matches.begin())];
        d.quoteMatches = *best;
        d.quotesUsable = true;
        d.decisive = models.size() > 1 && std::count(matches.begin(), matches.end(), *best) == 1;
        return d;
    }
    std::vector<bool> fit(models.size());
    for (size_t m = 0; m < models.size(); ++m)
        fit[m] = modelFits(offsets, selections, models[m]);
    for (size_t m = 0; m < models.size(); ++m) {
        if (!fit[m])
            continue;
        d.model = models[m];
        // Decisive when every model of the other unit is ruled out by the text's length.
        bool otherUnitFits = false;
        for (size_t k = 0; k < models.size(); ++k)
            if (models[k].utf16 != models[m].utf16 && fit[k])
                otherUnitFits = true;
        d.decisive = offsets.hasSupplementary() && !otherUnitFits;
        return d;
    }
    return d; // nothing fits everything: the standard model; misfits are reported and skipped
}

} // namespace dyad::core::io
