#include "core/io/import/codebookimport.h"

#include "core/io/export/codebookexport.h"
#include "core/io/export/sheet.h"
#include "core/io/refi/refiformat.h"
#include "core/model/codelookup.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <map>

namespace dyad::core::io {

namespace {

QString key(const QString &header)
{
    return header.trimmed().toLower().remove(QRegularExpression(QStringLiteral("[^a-z]")));
}

int column(const QStringList &header, std::initializer_list<const char *> names)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        for (const char *n : names)
            if (key(header[i]) == QLatin1String(n))
                return static_cast<int>(i);
    return -1;
}

QStringList splitPath(const QString &path)
{
    if (path.contains(QLatin1Char('"')))
        return splitCodePath(path); // Dyad's own export quotes names that hold '>'
    QStringList parts;
    // "Theme > Sub-theme"; also accept "/" and "::" as written by other tools.
    for (const QString &p : path.split(QRegularExpression(QStringLiteral("\\s*(>|::|/)\\s*")), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts;
}

/** A name, path, colour or id: surrounding blanks mean nothing. */
QString cell(const QStringList &row, int col)
{
    if (col < 0 || col >= row.size())
        return QString();
    return row[col].trimmed();
}

/**
 * Free text (definition, use when, example) is kept as written, leading tabs included, so
 * that an export and a re-import give back the same text; only a cell of blanks is empty.
 */
QString textCell(const QStringList &row, int col)
{
    if (col < 0 || col >= row.size() || row[col].trimmed().isEmpty())
        return QString();
    return row[col];
}

} // namespace

Result<std::vector<QStringList>> codebookRows(const QByteArray &bytes, const QString &fileName)
{
    CsvReadOptions options;
    options.delimiter = QChar(); // comma, semicolon (European Excel) or tab
    options.restoreFormulas = true; // Dyad's own export guards = + - @ tab CR with an apostrophe
    auto rows = readCsv(bytes, fileName, options);
    if (!rows)
        return rows.takeError();
    std::vector<QStringList> out;
    out.reserve(rows->size());
    for (CsvRow &r : *rows)
        out.push_back(std::move(r.fields));
    return out;
}

Result<CodebookImportReport> importCodebookTable(Project &project, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    Result<std::vector<QStringList>> rows = std::vector<QStringList>{};
    if (QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0) {
        // XLSX text is stored as strings, never guarded: read as is.
        rows = readXlsxRows(path);
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QCoreApplication::translate("Import", "Cannot read %1: %2").arg(path, f.errorString()));
        if (f.size() > 256LL * 1024 * 1024)
            return makeError(QCoreApplication::translate("Import", "Cannot read %1: too large for a codebook.").arg(path));
        rows = codebookRows(f.readAll(), file);
    }
    if (!rows)
        return rows.takeError();
    if (rows->empty())
        return makeError(QCoreApplication::translate("Import", "%1 is empty: expected a header row with at least a \"name\" column.").arg(file));
    const QStringList header = rows->front();
    const int cName = column(header, {"name", "code", "codename", "label"});
    const int cParent = column(header, {"parent", "parentpath", "parentcode"});
    const int cPath = column(header, {"path", "codepath", "fullpath"});
    const int cDef = column(header, {"definition", "description", "defn"});
    const int cUse = column(header, {"usewhen", "inclusion", "inclusioncriteria", "whentouse"});
    const int cNot = column(header, {"donotusewhen", "dontusewhen", "exclusion", "exclusioncriteria", "whennottouse"});
    const int cExample = column(header, {"example", "examplequote", "exemplar"});
    const int cColor = column(header, {"colour", "color"});
    const int cId = column(header, {"id", "uuid", "guid"});
    if (cName < 0 && cPath < 0)
        return makeError(QCoreApplication::translate("Import", "%1, line 1: no \"name\" column (found: %2).").arg(file, header.join(QStringLiteral(", "))));

    CodebookImportReport report;
    // The codebook table Dyad exports fills an empty Example with the code's first coded
    // quote; reading that table back must not turn the quote into the code's own example.
    std::map<QUuid, QString> shownQuote;
    {
        const Sheet current = codebookSheet(project);
        const qsizetype exampleCol = current.header.indexOf(QStringLiteral("Example"));
        const qsizetype idCol = current.header.indexOf(QStringLiteral("ID"));
        for (const QVariantList &row : current.rows) {
            const QUuid codeId = QUuid::fromString(row.value(idCol).toString());
            const auto code = project.code(codeId);
            if (code && code->example.trimmed().isEmpty() && !row.value(exampleCol).toString().isEmpty())
                shownQuote[codeId] = row.value(exampleCol).toString();
        }
    }
    int quotesNotCopied = 0;
    Status st = project.transact([&]() -> Status {
        std::vector<Code> codes = project.allCodes();
        auto find = [&](const QUuid &parent, const QString &name) -> Code * {
            for (Code &c : codes)
                if (c.parentId == parent && c.name.compare(name, Qt::CaseInsensitive) == 0)
                    return &c;
            return nullptr;
        };
        auto create = [&](Code c) -> Result<Code> {
            if (c.color.isEmpty())
                c.color = defaultCodeColor(static_cast<int>(codes.size()));
            if (c.id.isNull())
                c.id = QUuid::createUuid();
            if (c.creatorId.isNull())
                c.creatorId = project.actor();
            c.shared = true;
            c.created = QDateTime::currentDateTimeUtc();
            int siblings = 0;
            for (const Code &o : codes)
                siblings += o.parentId == c.parentId ? 1 : 0;
            c.sortOrder = siblings + 1;
            if (auto s = project.restoreCode(c); !s)
                return s.takeError();
            codes.push_back(c);
            ++report.created;
            return c;
        };
        for (size_t i = 1; i < rows->size(); ++i) {
            const QStringList &row = (*rows)[i];
            const int line = static_cast<int>(i) + 1;
            QStringList parentPath;
            QString name = cell(row, cName);
            if (cParent >= 0)
                parentPath = splitPath(cell(row, cParent));
            else if (cPath >= 0) {
                parentPath = splitPath(cell(row, cPath));
                if (name.isEmpty() && !parentPath.isEmpty())
                    name = parentPath.last();
                if (!parentPath.isEmpty())
                    parentPath.removeLast();
            }
            if (name.isEmpty()) {
                report.notes << QCoreApplication::translate("Import", "%1, line %2: no code name; row skipped.").arg(file, QString::number(line));
                continue;
            }
            QUuid parent;
            for (const QString &step : parentPath) {
                Code *p = find(parent, step);
                if (!p) {
                    Code c;
                    c.name = step;
                    c.parentId = parent;
                    auto made = create(c);
                    if (!made)
                        return makeError(QCoreApplication::translate("Import", "%1, line %2: %3").arg(file, QString::number(line), made.error()));
                    report.notes << QCoreApplication::translate("Import", "%1, line %2: created the parent \"%3\".").arg(file, QString::number(line), step);
                    parent = made->id;
                } else {
                    parent = p->id;
                }
            }
            Code wanted;
            wanted.name = name;
            wanted.parentId = parent;
            wanted.definition = textCell(row, cDef);
            wanted.useWhen = textCell(row, cUse);
            wanted.doNotUseWhen = textCell(row, cNot);
            wanted.example = textCell(row, cExample);
            const QString rawColor = cell(row, cColor);
            wanted.color = dyadColor(rawColor);
            if (!rawColor.isEmpty() && wanted.color.isEmpty())
                report.notes << QCoreApplication::translate("Import", "%1, line %2: \"%3\" is not a colour (#rrggbb); a default was used.")
                                    .arg(file, QString::number(line), rawColor);
            const QUuid id = parseRefiGuid(cell(row, cId));
            Code *existing = find(parent, name);
            if (!existing && !id.isNull()) {
                for (Code &c : codes)
                    if (c.id == id)
                        existing = &c;
            }
            if (existing) {
                if (auto q = shownQuote.find(existing->id); q != shownQuote.end() && wanted.example == q->second) {
                    wanted.example.clear();
                    ++quotesNotCopied;
                }
                Code updated = *existing;
                // Empty cells leave what the project has: a table with fewer columns never erases.
                if (!wanted.definition.isEmpty())
                    updated.definition = wanted.definition;
                if (!wanted.useWhen.isEmpty())
                    updated.useWhen = wanted.useWhen;
                if (!wanted.doNotUseWhen.isEmpty())
                    updated.doNotUseWhen = wanted.doNotUseWhen;
                if (!wanted.example.isEmpty())
                    updated.example = wanted.example;
                if (!wanted.color.isEmpty())
                    updated.color = wanted.color;
                if (updated.definition == existing->definition && updated.useWhen == existing->useWhen
                    && updated.doNotUseWhen == existing->doNotUseWhen && updated.example == existing->example
                    && updated.color == existing->color) {
                    ++report.unchanged;
                    continue;
                }
                if (auto s = project.updateCode(updated); !s)
                    return makeError(QCoreApplication::translate("Import", "%1, line %2: %3").arg(file, QString::number(line), s.error()));
                *existing = updated;
                ++report.updated;
                continue;
            }
            wanted.id = id;
            if (!id.isNull() && project.code(id))
                wanted.id = QUuid(); // the id is taken elsewhere in the tree: a new code
            if (auto made = create(wanted); !made)
                return makeError(QCoreApplication::translate("Import", "%1, line %2: %3").arg(file, QString::number(line), made.error()));
        }
        if (report.created == 0 && report.updated == 0)
            return Status(); // nothing changed: nothing to audit
        return project.audit(QStringLiteral("codebook.import"), QStringLiteral("project"), project.projectId(),
                             {{QStringLiteral("file"), file},
                              {QStringLiteral("created"), report.created},
                              {QStringLiteral("updated"), report.updated}});
    });
    if (!st)
        return makeError(st.error() + QCoreApplication::translate("Import", " Nothing was changed."));
    if (quotesNotCopied)
        report.notes << QCoreApplication::translate("Import", "%1: %2 Example cell(s) held the code's first coded quote, which the codebook "
                                       "export shows when a code has no example of its own; not copied into Example.")
                            .arg(file)
                            .arg(quotesNotCopied);
    return report;
}

} // namespace dyad::core::io
