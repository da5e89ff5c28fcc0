#include "core/io/refi/refiexport.h"

#include "core/io/atomicfile.h"
#include "core/io/export/sheet.h"
#include "core/io/refi/refiformat.h"
#include "core/io/refi/safezip.h"
#include "core/io/refi/sourcetext.h"
#include "core/io/spanfit.h"
#include "core/model/project.h"
#include "core/text/offsets.h"


#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>
#include <set>

namespace dyad::core::io {

namespace {

const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

QString origin()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("Dyad") : QStringLiteral("Dyad ") + version;
}

/** Children by parent, in codebook order. */
std::map<QUuid, std::vector<Code>> childrenByParent(const std::vector<Code> &codes)
{
    std::map<QUuid, std::vector<Code>> out;
    for (const Code &c : codes)
        out[c.parentId].push_back(c);
    for (auto &[parent, list] : out)
        std::sort(list.begin(), list.end(), [](const Code &a, const Code &b) {
            return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.name < b.name;
        });
    return out;
}

void writeCode(QXmlStreamWriter &w, const Code &c, const std::map<QUuid, std::vector<Code>> &tree, bool notes,
               int &count)
{
    ++count;
    w.writeStartElement(QStringLiteral("Code"));
    w.writeAttribute(QStringLiteral("guid"), refiGuid(c.id));
    w.writeAttribute(QStringLiteral("name"), xmlSafe(c.name));
    w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
    if (const QString color = refiColor(c.color); !color.isEmpty())
        w.writeAttribute(QStringLiteral("color"), color);
    if (const QString d = codeDescription(c); !d.isEmpty())
        w.writeTextElement(QStringLiteral("Description"), xmlSafe(d));
    if (notes && !c.memo.trimmed().isEmpty()) {
        w.writeEmptyElement(QStringLiteral("NoteRef"));
        w.writeAttribute(QStringLiteral("targetGUID"), refiGuid(derivedGuid(QStringLiteral("code-memo"), c.id)));
    }
    if (auto it = tree.find(c.id); it != tree.end())
        for (const Code &child : it->second)
            writeCode(w, child, tree, notes, count);
    w.writeEndElement();
}

/** Codes that cannot be reached from the top (a broken parent) are written at the top level. */
std::vector<Code> roots(const std::vector<Code> &codes)
{
    std::set<QUuid> ids;
    for (const Code &c : codes)
        ids.insert(c.id);
    std::vector<Code> out;
    for (const Code &c : codes)
        if (c.parentId.isNull() || !ids.count(c.parentId))
            out.push_back(c);
    std::sort(out.begin(), out.end(), [](const Code &a, const Code &b) {
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.name < b.name;
    });
    return out;
}

void writeCodes(QXmlStreamWriter &w, const std::vector<Code> &codes, bool notes, int &count)
{
    const auto tree = childrenByParent(codes);
    w.writeStartElement(QStringLiteral("Codes"));
    for (const Code &c : roots(codes))
        writeCode(w, c, tree, notes, count);
    w.writeEndElement();
}

struct Variable
{
    QString name;
    QString type;   ///< Text or Integer
};

const std::vector<Variable> &variables()
{
    static const std::vector<Variable> s_vars = {
        {QStringLiteral("Authors"), QStringLiteral("Text")},   {QStringLiteral("Year"), QStringLiteral("Integer")},
        {QStringLiteral("Journal"), QStringLiteral("Text")},   {QStringLiteral("DOI"), QStringLiteral("Text")},
        {QStringLiteral("PMID"), QStringLiteral("Text")},      {QStringLiteral("Keywords"), QStringLiteral("Text")},
        {QStringLiteral("Language"), QStringLiteral("Text")}, {QStringLiteral("Title"), QStringLiteral("Text")},
    };
    return s_vars;
}

QUuid variableGuid(const QString &name)
{
    return derivedGuid(QStringLiteral("variable:") + name, QUuid());
}

QString sourceName(const Record &r)
{
    return refiSourceName(r.title, r.text);
}

/** UTF-16 index of each code point of `text`, plus its length: code point k -> units. */
std::vector<qint64> utf16Positions(const QString &text)
{
    std::vector<qint64> v;
    v.reserve(static_cast<size_t>(text.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            v.push_back(i);
    v.push_back(text.size());
    return v;
}

bool hasSupplementary(const QString &text)
{
    for (QChar c : text)
        if (c.isHighSurrogate())
            return true;
    return false;
}

void writeNote(QXmlStreamWriter &w, const QUuid &guid, const QString &name, const QUuid &user, const QDateTime &when,
               const QString &text)
{
    w.writeStartElement(QStringLiteral("Note"));
    w.writeAttribute(QStringLiteral("guid"), refiGuid(guid));
    w.writeAttribute(QStringLiteral("name"), xmlSafe(name));
    if (!user.isNull())
        w.writeAttribute(QStringLiteral("creatingUser"), refiGuid(user));
    w.writeAttribute(QStringLiteral("creationDateTime"), refiDateTime(when));
    w.writeTextElement(QStringLiteral("PlainTextContent"), xmlSafe(text));
    w.writeEndElement();
}

} // namespace

QString refiSourceName(const QString &title, const QString &text)
{
    QString t = title.simplified();
    if (t.isEmpty())
        t = text.simplified();
    QString out;
    out.reserve(t.size());
    for (QChar c : t) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        switch (c.unicode()) {
        case u'/': case u'\\': case u'|':
            out += QLatin1Char('-');
            break;
        case u':':
            out += QStringLiteral(" -");
            break;
        case u'"':
            out += QLatin1Char('\'');
            break;
        case u'*': case u'?': case u'<': case u'>':
            break;
        default:
            out += c;
        }
    }
    out = out.simplified();
    // Windows drops trailing dots and blanks from file names; a name of dots alone is no name.
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (out.size() > 120) {
        out.truncate(119);
        if (out.back().isHighSurrogate())
            out.chop(1);
        out = out.trimmed() + QStringLiteral("…");
    }
    return out.isEmpty() ? QStringLiteral("Untitled record") : out;
}

QByteArray codebookQdcXml(const Project &project, ExportReport *report)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("CodeBook"));
    w.writeDefaultNamespace(QString::fromUtf16(kRefiCodebookNs));
    w.writeNamespace(kXsi, QStringLiteral("xsi"));
    w.writeAttribute(kXsi, QStringLiteral("schemaLocation"),
                     QStringLiteral("urn:QDA-XML:codebook:1.0 "
                                    "http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"));
    w.writeAttribute(QStringLiteral("origin"), origin());
    const std::vector<Code> codes = project.allCodes();
    int count = 0;
    if (!codes.empty())
        writeCodes(w, codes, false, count);
    else
        w.writeEmptyElement(QStringLiteral("Codes")); // not valid (Codes needs a Code): exportQdc refuses
    w.writeEndElement();
    w.writeEndDocument();
    if (report) {
        report->codes = count;
        report->dataLoss << QCoreApplication::translate("Export", "code memos are not part of a REFI-QDA codebook (.qdc); a project "
                                           "export (.qdpx) keeps them as notes");
    }
    return out;
}

Result<ExportReport> exportQdc(const Project &project, const QString &path)
{
    if (project.allCodes().empty())
        return makeError(QCoreApplication::translate("Export", "The codebook is empty: a REFI-QDA codebook needs at least one code."));
    ExportReport report;
    const QByteArray xml = codebookQdcXml(project, &report);
    if (auto st = writeFileAtomically(path, xml); !st)
        return st.takeError();
    return report;
}

QByteArray projectQdeXml(const Project &project, ExportReport *report, const QdpxOptions &options)
{
    ExportReport local;
    ExportReport &rep = report ? *report : local;
    const std::vector<Reviewer> reviewers = project.reviewers();
    const std::vector<Code> codes = project.allCodes();
    const std::vector<RecordSummary> summaries = project.recordSummaries();
    std::map<QUuid, std::vector<Coding>> codingsByRecord;
    for (const Coding &c : project.codings())
        codingsByRecord[c.recordId].push_back(c);

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("Project"));
    w.writeDefaultNamespace(QString::fromUtf16(kRefiProjectNs));
    w.writeNamespace(kXsi, QStringLiteral("xsi"));
    w.writeAttribute(kXsi, QStringLiteral("schemaLocation"),
                     QStringLiteral("urn:QDA-XML:project:1.0 "
                                    "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"));
    w.writeAttribute(QStringLiteral("name"), project.title().isEmpty() ? QStringLiteral("Dyad project") : xmlSafe(project.title()));
    w.writeAttribute(QStringLiteral("origin"), origin());
    if (!project.actor().isNull())
        w.writeAttribute(QStringLiteral("creatingUserGUID"), refiGuid(project.actor()));
    w.writeAttribute(QStringLiteral("creationDateTime"), refiDateTime(QDateTime::currentDateTimeUtc()));

    // Users: every reviewer, the Consensus reviewer included (it owns the reconciled codings).
    if (!reviewers.empty()) {
        w.writeStartElement(QStringLiteral("Users"));
        for (const Reviewer &r : reviewers) {
            w.writeEmptyElement(QStringLiteral("User"));
            w.writeAttribute(QStringLiteral("guid"), refiGuid(r.id));
            w.writeAttribute(QStringLiteral("name"), xmlSafe(r.name));
            ++rep.users;
        }
        w.writeEndElement();
    }
    if (!codes.empty()) {
        w.writeStartElement(QStringLiteral("CodeBook"));
        writeCodes(w, codes, true, rep.codes);
        w.writeEndElement();
    }
    if (!summaries.empty()) {
        w.writeStartElement(QStringLiteral("Variables"));
        for (const Variable &v : variables()) {
            w.writeEmptyElement(QStringLiteral("Variable"));
            w.writeAttribute(QStringLiteral("guid"), refiGuid(variableGuid(v.name)));
            w.writeAttribute(QStringLiteral("name"), v.name);
            w.writeAttribute(QStringLiteral("typeOfVariable"), v.type);
        }
        w.writeEndElement();
    }

    struct PendingNote
    {
        QUuid guid;
        QString name;
        QUuid user;
        QDateTime when;
        QString text;
    };
    std::vector<PendingNote> notes;
    for (const Code &c : codes)
        if (!c.memo.trimmed().isEmpty())
            notes.push_back({derivedGuid(QStringLiteral("code-memo"), c.id), QStringLiteral("Memo: ") + c.name,
                             c.creatorId, c.created, c.memo});

    QStringList supplementary, renamed;
    if (!summaries.empty()) {
        w.writeStartElement(QStringLiteral("Sources"));
        for (const RecordSummary &s : summaries) {
            const auto rec = project.record(s.id);
            if (!rec)
                continue;
            ++rep.sources;
            const bool outsideBmp = hasSupplementary(rec->text);
            if (outsideBmp)
                supplementary << QStringLiteral("\"%1\"").arg(sourceName(*rec));
            if (!rec->title.trimmed().isEmpty() && sourceName(*rec) != rec->title.trimmed())
                renamed << QStringLiteral("\"%1\"").arg(rec->title.trimmed());
            const std::vector<qint64> units = options.utf16Offsets && outsideBmp ? utf16Positions(rec->text) : std::vector<qint64>{};
            auto position = [&](qint64 cp) {
                return units.empty() ? cp : units[static_cast<size_t>(std::clamp<qint64>(cp, 0, static_cast<qint64>(units.size()) - 1))];
            };
            w.writeStartElement(QStringLiteral("TextSource"));
            w.writeAttribute(QStringLiteral("guid"), refiGuid(rec->id));
            w.writeAttribute(QStringLiteral("name"), xmlSafe(sourceName(*rec)));
            w.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(refiGuid(rec->id)));
            w.writeAttribute(QStringLiteral("creationDateTime"), refiDateTime(rec->created));

            std::vector<Coding> &list = codingsByRecord[rec->id];
            std::sort(list.begin(), list.end(), [](const Coding &a, const Coding &b) {
                return a.span != b.span ? a.span < b.span : a.id < b.id;
            });
            const Offset length = text::codePointLength(rec->text);
            for (const Coding &c : list) {
                // A damaged file's span: cut to the text or left out, never written outside it.
                const FittedSpan fit = fitCodingSpan(c, length);
                if (!fit.problem.isEmpty())
                    rep.spanProblems << fit.problem;
                if (!fit.span)
                    continue;
                const Span span = *fit.span;
                ++rep.codings;
                w.writeStartElement(QStringLiteral("PlainTextSelection"));
                w.writeAttribute(QStringLiteral("guid"), refiGuid(derivedGuid(QStringLiteral("selection"), c.id)));
                w.writeAttribute(QStringLiteral("name"), xmlSafe(codePointSlice(rec->text, span.start, span.end)));
                w.writeAttribute(QStringLiteral("startPosition"), QString::number(position(span.start)));
                w.writeAttribute(QStringLiteral("endPosition"), QString::number(position(span.end)));
                w.writeAttribute(QStringLiteral("creatingUser"), refiGuid(c.reviewerId));
                w.writeAttribute(QStringLiteral("creationDateTime"), refiDateTime(c.created));
                w.writeAttribute(QStringLiteral("modifyingUser"), refiGuid(c.reviewerId));
                w.writeAttribute(QStringLiteral("modifiedDateTime"), refiDateTime(c.modified.isValid() ? c.modified : c.created));
                // The memo also as the selection's Description: QualCoder (and others) read a
                // coding memo there and ignore notes referenced from a Coding.
                if (!c.memo.trimmed().isEmpty())
                    w.writeTextElement(QStringLiteral("Description"), xmlSafe(c.memo));
                w.writeStartElement(QStringLiteral("Coding"));
                w.writeAttribute(QStringLiteral("guid"), refiGuid(c.id));
                w.writeAttribute(QStringLiteral("creatingUser"), refiGuid(c.reviewerId));
                w.writeAttribute(QStringLiteral("creationDateTime"), refiDateTime(c.created));
                w.writeEmptyElement(QStringLiteral("CodeRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), refiGuid(c.codeId));
                if (!c.memo.trimmed().isEmpty()) {
                    const QUuid note = derivedGuid(QStringLiteral("coding-memo"), c.id);
                    w.writeEmptyElement(QStringLiteral("NoteRef"));
                    w.writeAttribute(QStringLiteral("targetGUID"), refiGuid(note));
                    notes.push_back({note, QStringLiteral("Coding memo"), c.reviewerId, c.modified, c.memo});
                }
                w.writeEndElement(); // Coding
                w.writeEndElement(); // PlainTextSelection
            }
            for (const Reviewer &r : reviewers) {
                const QString memo = project.recordMemoOf(rec->id, r.id);
                if (memo.trimmed().isEmpty())
                    continue;
                const QUuid note = derivedGuid(QStringLiteral("record-memo"), rec->id, r.id);
                w.writeEmptyElement(QStringLiteral("NoteRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), refiGuid(note));
                notes.push_back({note, QStringLiteral("Memo: ") + sourceName(*rec), r.id, QDateTime(), memo});
            }
            auto value = [&](const QString &name, const QString &text, bool integer) {
                if (text.trimmed().isEmpty())
                    return;
                w.writeStartElement(QStringLiteral("VariableValue"));
                w.writeEmptyElement(QStringLiteral("VariableRef"));
                w.writeAttribute(QStringLiteral("targetGUID"), refiGuid(variableGuid(name)));
                w.writeTextElement(integer ? QStringLiteral("IntegerValue") : QStringLiteral("TextValue"), xmlSafe(text));
                w.writeEndElement();
            };
            value(QStringLiteral("Authors"), rec->authors.join(QStringLiteral("; ")), false);
            value(QStringLiteral("Year"), rec->year ? QString::number(*rec->year) : QString(), true);
            value(QStringLiteral("Journal"), rec->journal, false);
            value(QStringLiteral("DOI"), rec->doi, false);
            value(QStringLiteral("PMID"), rec->pmid, false);
            value(QStringLiteral("Keywords"), rec->keywords.join(QStringLiteral("; ")), false);
            value(QStringLiteral("Language"), rec->language, false);
            if (sourceName(*rec) != rec->title.trimmed())
                value(QStringLiteral("Title"), rec->title.trimmed(), false);
            w.writeEndElement(); // TextSource
        }
        w.writeEndElement(); // Sources
    }
    if (!notes.empty()) {
        w.writeStartElement(QStringLiteral("Notes"));
        for (const PendingNote &n : notes)
            writeNote(w, n.guid, n.name, n.user, n.when, n.text);
        w.writeEndElement();
        rep.notes = static_cast<int>(notes.size());
    }
    w.writeEndElement(); // Project
    w.writeEndDocument();

    if (!supplementary.isEmpty()) {
        const QString some = supplementary.mid(0, 3).join(QStringLiteral(", ")) + (supplementary.size() > 3 ? QStringLiteral(", …") : QString());
        rep.warnings << (options.utf16Offsets
                             ? QCoreApplication::translate("Export", "%1 source(s) contain characters outside the Basic Multilingual Plane (emoji, rare CJK), "
                                              "e.g. %2: their offsets were written in UTF-16 units for NVivo; programs that follow "
                                              "REFI-QDA (code points) will place those codings too far on.")
                                   .arg(supplementary.size())
                                   .arg(some)
                             : QCoreApplication::translate("Export", "%1 source(s) contain characters outside the Basic Multilingual Plane (emoji, rare CJK), "
                                              "e.g. %2: their offsets are in code points as REFI-QDA requires; NVivo counts UTF-16 "
                                              "units and will place codings after such characters too early. Export with NVivo "
                                              "offsets (dyad-cli export qdpx … --offsets utf16) for NVivo.")
                                   .arg(supplementary.size())
                                   .arg(some));
    }
    if (!renamed.isEmpty())
        rep.warnings << QCoreApplication::translate("Export", "%1 source name(s) were changed so that programs can use them as file names (e.g. "
                                       "%2); the exact titles are in the variable \"Title\".")
                            .arg(renamed.size())
                            .arg(renamed.mid(0, 3).join(QStringLiteral(", ")));
    rep.dataLoss << QCoreApplication::translate("Export", "reviewer roles (lead, adjudicator) are not part of REFI-QDA")
                 << QCoreApplication::translate("Export", "rounds, assignments, reconciliation decisions and the audit log are not exported");
    return out;
}

Result<ExportReport> exportQdpx(const Project &project, const QString &path, const QdpxOptions &options)
{
    ExportReport report;
    const QByteArray qde = projectQdeXml(project, &report, options);
    std::vector<std::pair<QString, QByteArray>> entries;
    entries.emplace_back(QStringLiteral("project.qde"), qde);
    for (const RecordSummary &s : project.recordSummaries()) {
        const auto rec = project.record(s.id);
        if (!rec)
            continue;
        // UTF-8 without BOM, LF line ends (Dyad's text is LF already).
        QString text = rec->text;
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        entries.emplace_back(QStringLiteral("sources/%1.txt").arg(refiGuid(rec->id)), text.toUtf8());
    }
    if (auto st = writeZipArchive(path, entries); !st)
        return st.takeError();
    return report;
}

} // namespace dyad::core::io
