#include "cliutil.h"
#include "core/open/open.h"

#include "core/model/codelookup.h"

#include <QJsonDocument>

#include <algorithm>

namespace dyad::cli {

using namespace dyad::core;

std::unique_ptr<Project> openProject(const QString &path, bool readOnly)
{
    if (path.isEmpty()) {
        fail(QStringLiteral("no project file given."));
        return nullptr;
    }
    auto project = dyad::core::openProject(path, readOnly);
    if (!project) {
        fail(project.error());
        return nullptr;
    }
    return std::move(project).value();
}

bool refuseViewer(const QStringList &args, const QString &command, const QString &instead)
{
    const bool given = std::any_of(args.begin(), args.end(), [](const QString &a) {
        return a == QLatin1String("--as") || a.startsWith(QLatin1String("--as="));
    });
    if (given)
        fail(QStringLiteral("%1 shows every reviewer's work without blinding (it is for the lead), so it cannot "
                            "act --as a reviewer; %2")
                 .arg(command, instead));
    return given;
}

std::optional<Reviewer> findReviewer(const Project &project, const QString &nameOrId)
{
    const QUuid id = QUuid::fromString(nameOrId);
    if (!id.isNull())
        if (auto r = project.reviewer(id))
            return r;
    if (auto r = project.reviewerByName(nameOrId))
        return r;
    QStringList names;
    for (const Reviewer &r : project.reviewers())
        names << r.name;
    fail(QStringLiteral("no reviewer \"%1\" in this project (reviewers: %2).").arg(nameOrId, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<Code> findCode(const Project &project, const QString &nameOrPath, QString *error)
{
    auto found = findCodeBySpec(project.allCodes(), nameOrPath);
    if (found)
        return *found;
    if (error)
        *error = found.error() + QLatin1Char('.');
    return std::nullopt;
}

namespace {

/** The hex digits of an id or prefix, lower case, hyphens and braces dropped; empty if it is not hex. */
QString hexDigits(const QString &key)
{
    QString out;
    for (const QChar c : key.trimmed()) {
        if (c == QLatin1Char('-') || c == QLatin1Char('{') || c == QLatin1Char('}'))
            continue;
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return {};
        out += c.toLower();
    }
    return out;
}

constexpr qsizetype kMinPrefix = 4;

} // namespace

std::optional<QUuid> resolveIdPrefix(const std::vector<QUuid> &ids, const QString &key, const QString &what,
                                     QString *error)
{
    const QString wanted = hexDigits(key);
    std::vector<QUuid> matches;
    if (wanted.size() >= kMinPrefix)
        for (const QUuid &id : ids)
            if (hexDigits(uuidText(id)).startsWith(wanted))
                matches.push_back(id);
    if (matches.size() == 1)
        return matches.front();
    if (error) {
        if (matches.empty() && wanted.size() < kMinPrefix)
            *error = QStringLiteral("\"%1\" is not a %2 id (give the id or at least its first %3 hex digits).")
                         .arg(key, what)
                         .arg(kMinPrefix);
        else if (matches.empty())
            *error = QStringLiteral("no %1 with an id starting \"%2\".").arg(what, key);
        else
            *error = QStringLiteral("\"%1\" is the start of %2 %3 ids; give more of the id.")
                         .arg(key)
                         .arg(matches.size())
                         .arg(what);
    }
    return std::nullopt;
}

std::optional<RecordSummary> findRecord(const Project &project, const QString &key, QString *error)
{
    const std::vector<RecordSummary> all = project.recordSummaries();
    const QString k = key.trimmed();
    const QUuid id = QUuid::fromString(k);
    bool isNumber = false;
    const qlonglong n = k.toLongLong(&isNumber);
    if (isNumber && n >= 1 && n <= qlonglong(all.size()))
        return all[size_t(n - 1)];
    for (const RecordSummary &r : all)
        if ((!id.isNull() && r.id == id) || (!r.doi.isEmpty() && r.doi.compare(k, Qt::CaseInsensitive) == 0)
            || (!r.pmid.isEmpty() && r.pmid == k))
            return r;
    std::vector<QUuid> ids;
    ids.reserve(all.size());
    for (const RecordSummary &r : all)
        ids.push_back(r.id);
    QString prefixError;
    if (const auto found = resolveIdPrefix(ids, k, QStringLiteral("record"), &prefixError))
        for (const RecordSummary &r : all)
            if (r.id == *found)
                return r;
    if (error) {
        if (prefixError.contains(QStringLiteral("give more of the id")))
            *error = prefixError;
        else
            *error = QStringLiteral("no record \"%1\" (name a record by its number 1–%2 in 'dyad-cli records', its id, "
                                    "the first %3 or more hex digits of its id, its DOI or its PMID).")
                         .arg(k)
                         .arg(all.size())
                         .arg(kMinPrefix);
    }
    return std::nullopt;
}

void printJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

std::optional<Span> parseSpan(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okStart = false, okEnd = false;
    const qlonglong s = parts[0].toLongLong(&okStart);
    const qlonglong e = parts[1].toLongLong(&okEnd);
    if (!okStart || !okEnd)
        return std::nullopt;
    return Span{s, e};
}

QString elide(const QString &text, int width)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (flat.size() <= width)
        return flat;
    return flat.left(width - 1) + QStringLiteral("…");
}

void printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList &cells) {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            s += (i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i]);
        out(s);
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
}

} // namespace dyad::cli
