#include "core/io/import/dedupe.h"

#include "core/io/import/identifiers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

namespace dyad::core::importer {

QString normalizeTitleKey(const QString &title)
{
    const QString decomposed = title.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        char32_t c = decomposed[i].unicode();
        if (decomposed[i].isHighSurrogate() && i + 1 < decomposed.size()) {
            c = QChar::surrogateToUcs4(decomposed[i], decomposed[i + 1]);
            ++i;
        }
        const auto cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
            || cat == QChar::Mark_Enclosing)
            continue;
        if (!QChar::isLetterOrNumber(c))
            continue;
        const char32_t one[1] = {c};
        out.append(QString::fromUcs4(one, 1));
    }
    return out.toCaseFolded();
}

QString metadataFingerprint(const Record &r)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    auto add = [&h](const QString &s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    add(r.title);
    add(r.authors.join(u'\x1e'));
    add(r.year ? QString::number(*r.year) : QString());
    add(r.journal);
    add(normalizeDoi(r.doi));
    add(r.pmid);
    add(r.keywords.join(u'\x1e'));
    add(r.language);
    add(r.text);
    return QString::fromLatin1(h.result().toHex());
}

QString textDigest(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    return QString::fromLatin1(
        QCryptographicHash::hash(text.simplified().toCaseFolded().toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString textDigest(const Record &r)
{
    if (!normalizeDoi(r.doi).isEmpty() || !r.pmid.trimmed().isEmpty())
        return QString();
    return textDigest(r.text);
}

QString actionName(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Add: return QStringLiteral("add");
    case DuplicateAction::UpdateExisting: return QStringLiteral("update-existing");
    case DuplicateAction::SkipExisting: return QStringLiteral("duplicate-of-existing");
    case DuplicateAction::SkipWithinFile: return QStringLiteral("duplicate-within-file");
    }
    return QString();
}

namespace {

struct Keys
{
    QString doi;
    QString pmid;
    QString title;
    std::optional<int> year;
    QString text;     ///< textDigest(), only for records without DOI and PMID
};

QString titleYearKey(const Keys &k)
{
    return k.year ? k.title + u'|' + QString::number(*k.year) : QString();
}

/** Index of entries by DOI, PMID, title+year and title. */
template<typename Id>
struct Index
{
    QHash<QString, Id> byDoi, byPmid, byTitleYear, byTitle, byText;

    void add(const Keys &k, Id id)
    {
        if (!k.doi.isEmpty() && !byDoi.contains(k.doi))
            byDoi.insert(k.doi, id);
        if (!k.pmid.isEmpty() && !byPmid.contains(k.pmid))
            byPmid.insert(k.pmid, id);
        if (!k.text.isEmpty() && !byText.contains(k.text))
            byText.insert(k.text, id);
        if (!k.title.isEmpty()) {
            const QString ty = titleYearKey(k);
            if (!ty.isEmpty() && !byTitleYear.contains(ty))
                byTitleYear.insert(ty, id);
            if (!byTitle.contains(k.title))
                byTitle.insert(k.title, id);
        }
    }
};

/** Finds a match for k; keysOf gives the stored keys of a candidate (for conflict checks). */
template<typename Id, typename KeysOf>
std::optional<std::pair<Id, MatchKey>> find(const Index<Id> &idx, const Keys &k, KeysOf keysOf)
{
    if (!k.doi.isEmpty()) {
        const auto it = idx.byDoi.constFind(k.doi);
        if (it != idx.byDoi.constEnd())
            return std::pair{it.value(), MatchKey::Doi};
    }
    if (!k.pmid.isEmpty()) {
        const auto it = idx.byPmid.constFind(k.pmid);
        if (it != idx.byPmid.constEnd()) {
            const Keys other = keysOf(it.value());
            if (k.doi.isEmpty() || other.doi.isEmpty() || other.doi == k.doi)
                return std::pair{it.value(), MatchKey::Pmid};
        }
    }
    // Notes and minutes have no identifiers and often short titles ("Steering group, March"):
    // the same text, read again, is the same record.
    auto byText = [&]() -> std::optional<std::pair<Id, MatchKey>> {
        if (k.text.isEmpty())
            return std::nullopt;
        const auto it = idx.byText.constFind(k.text);
        if (it == idx.byText.constEnd())
            return std::nullopt;
        return std::pair{it.value(), MatchKey::Text};
    };
    if (k.title.isEmpty())
        return byText();
    auto compatible = [&k](const Keys &o) {
        if (!k.doi.isEmpty() && !o.doi.isEmpty() && k.doi != o.doi)
            return false;
        if (!k.pmid.isEmpty() && !o.pmid.isEmpty() && k.pmid != o.pmid)
            return false;
        return true;
    };
    const QString ty = titleYearKey(k);
    if (!ty.isEmpty()) {
        const auto it = idx.byTitleYear.constFind(ty);
        if (it != idx.byTitleYear.constEnd() && compatible(keysOf(it.value())))
            return std::pair{it.value(), MatchKey::TitleYear};
    }
    if (k.title.size() >= kMinTitleKeyLength) {
        const auto it = idx.byTitle.constFind(k.title);
        if (it != idx.byTitle.constEnd()) {
            const Keys o = keysOf(it.value());
            // Title alone only when a year is missing on one side.
            if ((!k.year || !o.year) && compatible(o))
                return std::pair{it.value(), MatchKey::Title};
        }
    }
    return byText();
}

QString describe(MatchKey key, const Keys &k)
{
    switch (key) {
    case MatchKey::Doi: return QCoreApplication::translate("Import", "same DOI %1").arg(k.doi);
    case MatchKey::Pmid: return QCoreApplication::translate("Import", "same PMID %1").arg(k.pmid);
    case MatchKey::TitleYear:
        return QCoreApplication::translate("Import", "same title and year (%1)").arg(k.year ? *k.year : 0);
    case MatchKey::Title: return QCoreApplication::translate("Import", "same title (one of the two has no year)");
    case MatchKey::Text: return QCoreApplication::translate("Import", "same text (no DOI or PMID on either)");
    case MatchKey::None: break;
    }
    return QString();
}

} // namespace

std::vector<DuplicateDecision> classifyDuplicates(const std::vector<Record> &incoming,
                                                  const std::vector<ExistingRecordKey> &existing)
{
    std::vector<Keys> existingKeys;
    existingKeys.reserve(existing.size());
    Index<int> existingIdx;
    for (size_t i = 0; i < existing.size(); ++i) {
        const auto &e = existing[i];
        existingKeys.push_back({normalizeDoi(e.doi), e.pmid.trimmed(), normalizeTitleKey(e.title), e.year, e.textDigest});
        existingIdx.add(existingKeys.back(), int(i));
    }
    std::vector<Keys> incomingKeys;
    incomingKeys.reserve(incoming.size());
    for (const Record &r : incoming)
        incomingKeys.push_back({normalizeDoi(r.doi), r.pmid.trimmed(), normalizeTitleKey(r.title), r.year, textDigest(r)});

    Index<int> seen;
    std::vector<DuplicateDecision> out(incoming.size());
    for (size_t i = 0; i < incoming.size(); ++i) {
        const Keys &k = incomingKeys[i];
        DuplicateDecision &d = out[i];
        if (auto m = find(seen, k, [&](int j) { return incomingKeys[size_t(j)]; })) {
            d.action = DuplicateAction::SkipWithinFile;
            d.matchedBy = m->second;
            d.firstIndex = m->first;
            d.reason = QCoreApplication::translate("Import", "repeats input record %1: %2")
                           .arg(m->first + 1)
                           .arg(describe(m->second, k));
            continue;
        }
        seen.add(k, int(i));
        if (auto m = find(existingIdx, k, [&](int j) { return existingKeys[size_t(j)]; })) {
            const ExistingRecordKey &e = existing[size_t(m->first)];
            d.matchedBy = m->second;
            d.existingId = e.id;
            bool differs;
            if (!e.fingerprint.isEmpty()) {
                differs = e.fingerprint != metadataFingerprint(incoming[i]);
            } else {
                const Keys &ek = existingKeys[size_t(m->first)];
                differs = ek.doi != k.doi || ek.pmid != k.pmid || e.title != incoming[i].title
                    || ek.year != k.year;
            }
            const QString why = describe(m->second, k);
            if (e.hasCodings) {
                d.action = DuplicateAction::SkipExisting;
                d.reason = QCoreApplication::translate("Import", "%1 as an existing record that already has codings, so "
                                          "it is left unchanged")
                               .arg(why);
            } else if (differs) {
                d.action = DuplicateAction::UpdateExisting;
                d.reason = QCoreApplication::translate("Import", "%1 as an existing uncoded record whose metadata differ; "
                                          "it may be updated")
                               .arg(why);
            } else {
                d.action = DuplicateAction::SkipExisting;
                d.reason = QCoreApplication::translate("Import", "%1 as an existing record with the same metadata").arg(why);
            }
            continue;
        }
        d.action = DuplicateAction::Add;
    }
    return out;
}

} // namespace dyad::core::importer
