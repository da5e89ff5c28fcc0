#include "cliutil.h"

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
    auto project = Project::open(path, readOnly);
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
    const QUuid id = QUuid::fromString(nameOrPath);
    if (!id.isNull())
        if (auto c = project.code(id))
            return c;
    const QStringList wanted = nameOrPath.split(QLatin1Char('>'), Qt::SkipEmptyParts);
    QStringList trimmed;
    for (const QString &part : wanted)
        trimmed << part.trimmed();
    std::vector<Code> matches;
    for (const Code &c : project.allCodes()) {
        const QStringList path = project.codePath(c.id);
        const bool match = trimmed.size() == 1
            ? c.name.compare(trimmed.front(), Qt::CaseInsensitive) == 0
            : path.join(QLatin1Char('>')).compare(trimmed.join(QLatin1Char('>')), Qt::CaseInsensitive) == 0;
        if (match)
            matches.push_back(c);
    }
    if (matches.size() == 1)
        return matches.front();
    if (error)
        *error = matches.empty()
            ? QStringLiteral("no code \"%1\" in the codebook.").arg(nameOrPath)
            : QStringLiteral("\"%1\" names %2 codes; use the path, e.g. \"Theme > Code\", or the id.")
                  .arg(nameOrPath)
                  .arg(matches.size());
    return std::nullopt;
}

std::optional<RecordSummary> findRecord(const Project &project, const QString &key)
{
    const std::vector<RecordSummary> all = project.recordSummaries();
    const QUuid id = QUuid::fromString(key);
    bool isNumber = false;
    const qlonglong n = key.toLongLong(&isNumber);
    for (size_t i = 0; i < all.size(); ++i) {
        const RecordSummary &r = all[i];
        if ((!id.isNull() && r.id == id) || (isNumber && static_cast<qlonglong>(i + 1) == n)
            || (!r.doi.isEmpty() && r.doi.compare(key, Qt::CaseInsensitive) == 0) || (!r.pmid.isEmpty() && r.pmid == key))
            return r;
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
