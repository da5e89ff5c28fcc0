#include "core/io/refi/refiimport.h"

#include "core/open/open.h"
#include "core/io/refi/refiformat.h"
#include "core/io/refi/safezip.h"
#include "core/io/refi/sourcetext.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QXmlStreamReader>

#include <map>
#include <set>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace dyad::core::io {

namespace {

/**
 * Text one .qdpx may decode to, all sources together (bytes as stored): more than twice
 * the largest corpus Dyad is measured on (18,400 abstracts, about 30 MB).
 */
constexpr qint64 kMaxQdpxText = 64LL * 1024 * 1024;

// --- the file's content, as read ------------------------------------------------------

struct RCode
{
    QUuid guid;
    QUuid parent;
    QString name;
    QString color;
    QString description;
    bool codable = true;
    std::vector<QUuid> notes;
};

struct RCoding
{
    QUuid guid;
    QUuid code;
    QUuid user;
    QDateTime created;
    std::vector<QUuid> notes;
};

struct RSelection
{
    QUuid guid;
    QString name;
    qint64 start = 0;
    qint64 end = 0;
    bool positionsValid = true;
    QUuid user;
    QDateTime created;
    QDateTime modified;
    QString description;      ///< where QualCoder and MAXQDA write a coding memo
    std::vector<RCoding> codings;
    std::vector<QUuid> notes;
};

struct RSource
{
    QUuid guid;
    QString name;
    QString kind;             ///< element name: TextSource, PDFSource, ...
    QString plainTextPath;
    QString inlineText;
    bool hasInlineText = false;
    QUuid user;
    QDateTime created;
    std::vector<RSelection> selections;
    std::vector<RCoding> wholeCodings;   ///< Coding directly on the source
    std::vector<QUuid> notes;
    std::vector<std::pair<QUuid, QString>> values; ///< variable GUID, value text
};

struct RNote
{
    QUuid guid;
    QString name;
    QUuid user;
    QDateTime created;
    QString text;
    QString plainTextPath;
    bool hasText = false;
};

struct RProject
{
    QString name;
    QString origin;                                 ///< the writing application, as it names itself
    QUuid creatingUser;
    std::vector<std::pair<QUuid, QString>> users;
    std::vector<RCode> codes;                       ///< parents before children
    std::map<QUuid, QString> variables;             ///< GUID -> name
    std::vector<RSource> sources;
    std::map<QUuid, RNote> notes;
    QStringList ignoredParts;
};

/** Reads REFI XML leniently: elements are matched by local name, any namespace. */
class Reader
{
public:
    Reader(const QByteArray &xml, QString fileName, ImportReport &report)
        : m_xml(xml), m_file(std::move(fileName)), m_report(report)
    {
        m_xml.setNamespaceProcessing(true);
    }

    Status readProject(RProject &p);
    Status readCodebookRoot(RProject &p);

private:
    bool nextChild() { return m_xml.readNextStartElement(); }
    QString name() const { return m_xml.name().toString(); }
    QString attr(const char *n) const { return m_xml.attributes().value(QLatin1String(n)).toString(); }
    bool hasAttr(const char *n) const { return m_xml.attributes().hasAttribute(QLatin1String(n)); }
    QString where() const { return QCoreApplication::translate("Import", "%1, line %2").arg(m_file).arg(m_xml.lineNumber()); }
    Status start(const QString &expectedRoot, const QString &expectedNs);
    Status finish();
    /** A GUID attribute; invalid or missing ones get a fresh GUID and a report line. */
    QUuid guid(const char *attrName, bool required = true);
    QUuid optionalGuid(const char *attrName) { return hasAttr(attrName) ? guid(attrName, false) : QUuid(); }
    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }
    void skip() { m_xml.skipCurrentElement(); }

    void readUsers(RProject &p);
    void readCodes(RProject &p, const QUuid &parent);
    void readCode(RProject &p, const QUuid &parent);
    void readVariables(RProject &p);
    void readSources(RProject &p);
    void readTextSource(RSource &s);
    void readSelection(RSelection &sel);
    RCoding readCoding();
    void readNotes(RProject &p);
    QUuid readRef();

    QXmlStreamReader m_xml;
    QString m_file;
    ImportReport &m_report;
    int m_braced = 0;
    int m_lowerCase = 0;
    int m_invalidGuids = 0;
};

Status Reader::start(const QString &expectedRoot, const QString &expectedNs)
{
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            return makeError(QCoreApplication::translate("Import", "%1 declares a DTD; Dyad does not process DTDs or external entities in "
                                            "exchange files.")
                                 .arg(where()));
        if (m_xml.isStartElement())
            break;
    }
    if (m_xml.hasError())
        return makeError(QCoreApplication::translate("Import", "%1: not well-formed XML (%2).").arg(where(), m_xml.errorString()));
    if (!m_xml.isStartElement())
        return makeError(QCoreApplication::translate("Import", "%1 is empty: expected a <%2> document.").arg(m_file, expectedRoot));
    const QString ns = m_xml.namespaceUri().toString();
    if (ns != expectedNs)
        m_report.adjustments << QCoreApplication::translate("Import", "%1 uses the namespace \"%2\" instead of \"%3\"; read it anyway.")
                                    .arg(m_file, ns.isEmpty() ? QStringLiteral("(none)") : ns, expectedNs);
    return {};
}

Status Reader::finish()
{
    // Read to the end so trailing garbage or a DTD later on is noticed.
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            return makeError(QCoreApplication::translate("Import", "%1 declares a DTD; Dyad does not process DTDs.").arg(where()));
    }
    if (m_xml.hasError())
        return makeError(QCoreApplication::translate("Import", "%1: not well-formed XML (%2).").arg(where(), m_xml.errorString()));
    if (m_braced)
        m_report.adjustments << QCoreApplication::translate("Import", "%1 GUID(s) were written in braces {…}; read without them.").arg(m_braced);
    if (m_lowerCase)
        m_report.adjustments << QCoreApplication::translate("Import", "%1 GUID(s) were in lower case; Dyad keeps them as the same UUIDs.")
                                    .arg(m_lowerCase);
    if (m_invalidGuids)
        m_report.adjustments << QCoreApplication::translate("Import", "%1 element(s) had a missing or invalid GUID and got a new one.")
                                    .arg(m_invalidGuids);
    return {};
}

QUuid Reader::guid(const char *attrName, bool required)
{
    const QString raw = attr(attrName).trimmed();
    const QUuid id = parseRefiGuid(raw);
    if (id.isNull()) {
        if (required || !raw.isEmpty())
            ++m_invalidGuids;
        return required ? QUuid::createUuid() : QUuid();
    }
    if (raw.startsWith(QLatin1Char('{')))
        ++m_braced;
    else if (raw != raw.toUpper())
        ++m_lowerCase;
    return id;
}

QUuid Reader::readRef()
{
    const QUuid id = optionalGuid("targetGUID");
    skip();
    return id;
}

Status Reader::readProject(RProject &p)
{
    if (auto st = start(QStringLiteral("Project"), QString::fromUtf16(kRefiProjectNs)); !st)
        return st;
    if (name() != QLatin1String("Project"))
        return makeError(QCoreApplication::translate("Import", "%1: the document is a <%2>, not a REFI-QDA <Project>.").arg(where(), name()));
    p.name = attr("name");
    p.origin = attr("origin").trimmed();
    p.creatingUser = optionalGuid("creatingUserGUID");
    while (nextChild()) {
        const QString n = name();
        if (n == QLatin1String("Users"))
            readUsers(p);
        else if (n == QLatin1String("CodeBook")) {
            while (nextChild()) {
                if (name() == QLatin1String("Codes"))
                    readCodes(p, QUuid());
                else
                    skip();
            }
        } else if (n == QLatin1String("Variables"))
            readVariables(p);
        else if (n == QLatin1String("Sources"))
            readSources(p);
        else if (n == QLatin1String("Notes"))
            readNotes(p);
        else {
            if (n != QLatin1String("Description"))
                p.ignoredParts << n;
            skip();
        }
    }
    return finish();
}

Status Reader::readCodebookRoot(RProject &p)
{
    if (auto st = start(QStringLiteral("CodeBook"), QString::fromUtf16(kRefiCodebookNs)); !st)
        return st;
    if (name() == QLatin1String("Project")) {
        m_report.adjustments << QCoreApplication::translate("Import", "%1 is a project document; only its codebook was read.").arg(m_file);
        while (nextChild()) {
            if (name() == QLatin1String("CodeBook")) {
                while (nextChild()) {
                    if (name() == QLatin1String("Codes"))
                        readCodes(p, QUuid());
                    else
                        skip();
                }
            } else {
                skip();
            }
        }
        return finish();
    }
    if (name() != QLatin1String("CodeBook"))
        return makeError(QCoreApplication::translate("Import", "%1: the document is a <%2>, not a REFI-QDA <CodeBook>.").arg(where(), name()));
    while (nextChild()) {
        if (name() == QLatin1String("Codes"))
            readCodes(p, QUuid());
        else {
            p.ignoredParts << name();
            skip();
        }
    }
    return finish();
}

void Reader::readUsers(RProject &p)
{
    while (nextChild()) {
        if (name() == QLatin1String("User")) {
            const QUuid id = guid("guid");
            p.users.emplace_back(id, attr("name").trimmed());
        }
        skip();
    }
}

void Reader::readCodes(RProject &p, const QUuid &parent)
{
    while (nextChild()) {
        if (name() == QLatin1String("Code"))
            readCode(p, parent);
        else
            skip();
    }
}

void Reader::readCode(RProject &p, const QUuid &parent)
{
    RCode c;
    c.guid = guid("guid");
    c.parent = parent;
    c.name = attr("name");
    c.color = attr("color");
    c.codable = attr("isCodable").trimmed().toLower() != QLatin1String("false") && attr("isCodable").trimmed() != QLatin1String("0");
    const size_t index = p.codes.size();
    p.codes.push_back(c);
    while (nextChild()) {
        const QString n = name();
        if (n == QLatin1String("Description"))
            p.codes[index].description = text();
        else if (n == QLatin1String("NoteRef"))
            p.codes[index].notes.push_back(readRef());
        else if (n == QLatin1String("Code"))
            readCode(p, p.codes[index].guid);
        else
            skip();
    }
}

void Reader::readVariables(RProject &p)
{
    while (nextChild()) {
        if (name() == QLatin1String("Variable")) {
            const QUuid id = guid("guid");
            p.variables[id] = attr("name");
        }
        skip();
    }
}

void Reader::readSources(RProject &p)
{
    while (nextChild()) {
        RSource s;
        s.kind = name();
        s.guid = guid("guid");
        s.name = attr("name");
        if (s.kind == QLatin1String("TextSource")) {
            readTextSource(s);
        } else {
            skip();
        }
        p.sources.push_back(std::move(s));
    }
}

void Reader::readTextSource(RSource &s)
{
    s.plainTextPath = attr("plainTextPath");
    s.user = optionalGuid("creatingUser");
    s.created = parseRefiDateTime(attr("creationDateTime"));
    while (nextChild()) {
        const QString n = name();
        if (n == QLatin1String("PlainTextContent")) {
            s.inlineText = text();
            s.hasInlineText = true;
        } else if (n == QLatin1String("PlainTextSelection")) {
            RSelection sel;
            readSelection(sel);
            s.selections.push_back(std::move(sel));
        } else if (n == QLatin1String("Coding")) {
            s.wholeCodings.push_back(readCoding());
        } else if (n == QLatin1String("NoteRef")) {
            s.notes.push_back(readRef());
        } else if (n == QLatin1String("VariableValue")) {
            QUuid var;
            QString value;
            while (nextChild()) {
                if (name() == QLatin1String("VariableRef"))
                    var = readRef();
                else
                    value = text();
            }
            if (!var.isNull())
                s.values.emplace_back(var, value);
        } else {
            skip();
        }
    }
}

void Reader::readSelection(RSelection &sel)
{
    sel.guid = guid("guid");
    sel.name = attr("name");
    bool ok1 = false, ok2 = false;
    sel.start = attr("startPosition").trimmed().toLongLong(&ok1);
    sel.end = attr("endPosition").trimmed().toLongLong(&ok2);
    sel.positionsValid = ok1 && ok2;
    sel.user = optionalGuid("creatingUser");
    sel.created = parseRefiDateTime(attr("creationDateTime"));
    sel.modified = parseRefiDateTime(attr("modifiedDateTime"));
    while (nextChild()) {
        const QString n = name();
        if (n == QLatin1String("Coding"))
            sel.codings.push_back(readCoding());
        else if (n == QLatin1String("NoteRef"))
            sel.notes.push_back(readRef());
        else if (n == QLatin1String("Description"))
            sel.description = text();
        else
            skip();
    }
}

RCoding Reader::readCoding()
{
    RCoding c;
    c.guid = guid("guid");
    c.user = optionalGuid("creatingUser");
    c.created = parseRefiDateTime(attr("creationDateTime"));
    while (nextChild()) {
        if (name() == QLatin1String("CodeRef"))
            c.code = readRef();
        else if (name() == QLatin1String("NoteRef"))
            c.notes.push_back(readRef());
        else
            skip();
    }
    return c;
}

void Reader::readNotes(RProject &p)
{
    while (nextChild()) {
        if (name() != QLatin1String("Note")) {
            skip();
            continue;
        }
        RNote n;
        n.guid = guid("guid");
        n.name = attr("name");
        n.user = optionalGuid("creatingUser");
        n.created = parseRefiDateTime(attr("creationDateTime"));
        n.plainTextPath = attr("plainTextPath");
        while (nextChild()) {
            if (name() == QLatin1String("PlainTextContent")) {
                n.text = text();
                n.hasText = true;
            } else {
                skip();
            }
        }
        p.notes[n.guid] = n;
    }
}

// --- building ---------------------------------------------------------------------------

/** Finds a source file in the archive, leniently: case, "Sources/", a folder around project.qde. */
QString findSourceEntry(const SafeZip &zip, const QString &qdeFolder, const QString &internalName, bool *caseAdjusted)
{
    const QString exact = qdeFolder + QStringLiteral("sources/") + internalName;
    *caseAdjusted = false;
    if (zip.entries().contains(exact))
        return exact;
    if (const QString found = zip.find(exact); !found.isEmpty()) {
        *caseAdjusted = true;
        return found;
    }
    // Some writers put the files at the top, or in another folder: match the file name alone.
    for (const QString &e : zip.entries()) {
        const QString base = e.section(QLatin1Char('/'), -1);
        if (base.compare(internalName, Qt::CaseInsensitive) == 0) {
            *caseAdjusted = true;
            return e;
        }
    }
    return QString();
}

QString internalName(const QString &path)
{
    const QString p = path.trimmed();
    if (p.startsWith(QStringLiteral("internal://"), Qt::CaseInsensitive))
        return p.mid(11);
    return QString();
}

/** Sorts codes so that every parent comes before its children (input order otherwise). */
std::vector<RCode> parentsFirst(const std::vector<RCode> &codes)
{
    return codes; // the reader appends a parent before descending into its children
}

Error openFailure(const QString &qdpx, const QString &what)
{
    return makeError(QCoreApplication::translate("Import", "Cannot import %1: %2").arg(QFileInfo(qdpx).fileName(), what));
}

void removeProjectFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// --- the new file: written under a name of its own, published only when complete ---------------

const QString kImportingSuffix = QStringLiteral(".importing-");

/** The file this process writes before it takes its final name: unique per process. */
QString importingPath(const QString &finalPath)
{
    return finalPath + kImportingSuffix + QString::number(QCoreApplication::applicationPid());
}

bool processIsGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

/**
 * Removes what an import into `finalPath` that was killed left behind (its process is gone),
 * so an interrupted import of a large file does not hold the disk space for ever.
 */
void removeAbandonedImports(const QString &finalPath)
{
    const QFileInfo target(finalPath);
    const QString prefix = target.fileName() + kImportingSuffix;
    const QDir dir = target.absoluteDir();
    for (const QString &name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        bool numeric = false;
        const qint64 pid = QStringView(name).mid(prefix.size()).toLongLong(&numeric);
        if (numeric && processIsGone(pid))
            removeProjectFiles(dir.filePath(name));
    }
}

/**
 * Gives the complete file `temp` the name `finalPath`, unless a file of that name has
 * appeared meanwhile (another import to the same name that finished first): then nothing is
 * replaced and false is returned. On POSIX a hard link does this atomically.
 */
bool publishWithoutReplacing(const QString &temp, const QString &finalPath)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(finalPath).constData()) == 0) {
        QFile::remove(temp);
        return true;
    }
    if (errno == EEXIST)
        return false;
    return QFile::rename(temp, finalPath); // no hard links here (e.g. FAT): refuses an existing target
#else
    return QFile::rename(temp, finalPath); // refuses an existing target; not atomic
#endif
}

QString uniqueName(const QString &wanted, std::set<QString> &taken)
{
    QString name = wanted;
    for (int n = 2; taken.count(name.toCaseFolded()); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    taken.insert(name.toCaseFolded());
    return name;
}

} // namespace

Result<ImportReport> importQdpx(const QString &qdpxPath, const QString &newProjectPath)
{
    ImportReport report;
    if (QFileInfo::exists(newProjectPath))
        return makeError(QCoreApplication::translate("Import", "Cannot import into %1: the file exists already. Choose a new file name.")
                             .arg(newProjectPath));
    auto zipResult = SafeZip::open(qdpxPath);
    if (!zipResult)
        return zipResult.takeError();
    SafeZip &zip = **zipResult;

    // The .qde: "project.qde" by the standard; accept another name or a folder around it.
    QString qdeEntry = zip.find(QStringLiteral("project.qde"));
    if (qdeEntry.isEmpty()) {
        QStringList candidates;
        for (const QString &e : zip.entries())
            if (e.endsWith(QStringLiteral(".qde"), Qt::CaseInsensitive))
                candidates << e;
        if (candidates.isEmpty())
            return openFailure(qdpxPath, QCoreApplication::translate("Import", "the archive has no .qde project document, so it is not a "
                                                        "REFI-QDA project export."));
        std::sort(candidates.begin(), candidates.end(), [](const QString &a, const QString &b) {
            return a.count(QLatin1Char('/')) != b.count(QLatin1Char('/')) ? a.count(QLatin1Char('/')) < b.count(QLatin1Char('/')) : a < b;
        });
        qdeEntry = candidates.first();
        report.adjustments << QCoreApplication::translate("Import", "The project document is \"%1\", not \"project.qde\"; read it anyway.").arg(qdeEntry);
        if (candidates.size() > 1)
            report.adjustments << QCoreApplication::translate("Import", "The archive holds %1 .qde files; only \"%2\" was read.")
                                      .arg(candidates.size())
                                      .arg(qdeEntry);
    } else if (qdeEntry != QLatin1String("project.qde")) {
        report.adjustments << QCoreApplication::translate("Import", "The project document is named \"%1\"; read it as project.qde.").arg(qdeEntry);
    }
    const QString qdeFolder = qdeEntry.contains(QLatin1Char('/')) ? qdeEntry.left(qdeEntry.lastIndexOf(QLatin1Char('/')) + 1)
                                                                   : QString();
    auto qdeBytes = zip.read(qdeEntry);
    if (!qdeBytes)
        return qdeBytes.takeError();
    RProject p;
    Reader reader(*qdeBytes, qdeEntry, report);
    if (auto st = reader.readProject(p); !st)
        return openFailure(qdpxPath, st.error());
    for (const QString &part : std::set<QString>(p.ignoredParts.begin(), p.ignoredParts.end()))
        report.skipped << QCoreApplication::translate("Import", "<%1> is not imported (Dyad has no equivalent).").arg(part);

    // --- reviewers -------------------------------------------------------------------
    Reviewer consensus{QUuid::createUuid(), QStringLiteral("Consensus"), ReviewerRole::Consensus,
                       QDateTime::currentDateTimeUtc()};
    std::vector<Reviewer> reviewers;
    std::set<QUuid> userIds;
    std::set<QString> names{QStringLiteral("consensus")};
    for (const auto &[id, rawName] : p.users) {
        if (userIds.count(id)) {
            report.adjustments << QCoreApplication::translate("Import", "User %1 is listed twice; kept once.").arg(refiGuid(id));
            continue;
        }
        userIds.insert(id);
        if (rawName.compare(QStringLiteral("Consensus"), Qt::CaseInsensitive) == 0) {
            consensus.id = id; // a Dyad export: its Consensus layer stays the Consensus layer
            continue;
        }
        QString name = rawName.isEmpty() ? QStringLiteral("User %1").arg(refiGuid(id).left(8)) : rawName;
        const QString unique = uniqueName(name, names);
        if (unique != name)
            report.adjustments << QCoreApplication::translate("Import", "Two users are called \"%1\"; one was renamed \"%2\".").arg(name, unique);
        reviewers.push_back({id, unique, ReviewerRole::Reviewer, QDateTime::currentDateTimeUtc()});
    }
    auto ensureUser = [&](const QUuid &id) -> QUuid {
        if (id.isNull() || id == consensus.id || userIds.count(id))
            return id;
        userIds.insert(id);
        const QString name = uniqueName(QStringLiteral("Unknown user %1").arg(refiGuid(id).left(8)), names);
        reviewers.push_back({id, name, ReviewerRole::Reviewer, QDateTime::currentDateTimeUtc()});
        report.adjustments << QCoreApplication::translate("Import", "User %1 is referred to but not listed under <Users>; added as \"%2\".")
                                  .arg(refiGuid(id), name);
        return id;
    };
    QUuid fallbackUser; // for codings that name no user
    auto userFor = [&](const QUuid &coding, const QUuid &selection) -> QUuid {
        if (!coding.isNull())
            return ensureUser(coding);
        if (!selection.isNull())
            return ensureUser(selection);
        if (!p.creatingUser.isNull())
            return ensureUser(p.creatingUser);
        if (fallbackUser.isNull()) {
            fallbackUser = QUuid::createUuid();
            userIds.insert(fallbackUser);
            reviewers.push_back({fallbackUser, uniqueName(QStringLiteral("Imported"), names), ReviewerRole::Reviewer,
                                 QDateTime::currentDateTimeUtc()});
            report.adjustments << QCoreApplication::translate("Import", "Some codings name no user; they belong to the reviewer \"Imported\".");
        }
        return fallbackUser;
    };

    // --- codes -----------------------------------------------------------------------
    std::vector<Code> codes;
    std::set<QUuid> codeIds;
    int folders = 0;
    auto noteText = [&](const std::vector<QUuid> &refs, QStringList *missing) {
        QStringList parts;
        for (const QUuid &id : refs) {
            auto it = p.notes.find(id);
            if (it == p.notes.end()) {
                if (missing)
                    *missing << refiGuid(id);
                continue;
            }
            if (!it->second.text.trimmed().isEmpty())
                parts << it->second.text.trimmed();
        }
        return parts.join(QStringLiteral("\n\n"));
    };
    std::set<QUuid> usedNotes;
    QStringList missingNotes;
    int order = 0;
    for (const RCode &rc : parentsFirst(p.codes)) {
        if (codeIds.count(rc.guid)) {
            report.skipped << QCoreApplication::translate("Import", "Code \"%1\" (%2) appears twice; the second was ignored.").arg(rc.name, refiGuid(rc.guid));
            continue;
        }
        Code c;
        c.id = rc.guid;
        c.parentId = rc.parent;
        c.name = rc.name.trimmed().isEmpty() ? QStringLiteral("Unnamed code") : rc.name.trimmed();
        c.color = dyadColor(rc.color);
        if (c.color.isEmpty())
            c.color = defaultCodeColor(static_cast<int>(codes.size()));
        applyCodeDescription(rc.description, c);
        c.memo = noteText(rc.notes, &missingNotes);
        usedNotes.insert(rc.notes.begin(), rc.notes.end());
        c.shared = true;
        c.sortOrder = ++order;
        c.created = QDateTime::currentDateTimeUtc();
        if (!rc.codable)
            ++folders;
        codeIds.insert(c.id);
        codes.push_back(c);
    }
    if (folders)
        report.adjustments << QCoreApplication::translate("Import", "%1 code folder(s) (isCodable=\"false\") were imported as ordinary codes.").arg(folders);

    // --- sources and their codings --------------------------------------------------------
    std::vector<Record> records;
    std::vector<Coding> codings;
    struct RecordMemo
    {
        QUuid record;
        QUuid author;
        QString text;
    };
    std::vector<RecordMemo> recordMemos;
    std::set<QUuid> recordIds, codingIds;
    int caseAdjusted = 0, utf16Sources = 0, crlfSources = 0, lfCountedSources = 0, wholeSourceCodings = 0;
    QStringList decodeNotes;
    int bareSourcePaths = 0;
    QStringList bareSourcePathExamples;

    // First pass: decode each text and judge its offsets; a project-wide unit settles
    // sources whose own evidence is ambiguous (NVivo counts UTF-16 everywhere).
    struct Prepared
    {
        const RSource *source = nullptr;
        DecodedSource decoded;
        std::unique_ptr<SourceOffsets> offsets;
        std::vector<RawSelection> raw;
        OffsetDecision decision;
    };
    std::vector<Prepared> prepared;
    // Many sources may name one text file: the archive stays small while the texts it
    // decodes to do not (11 KB → 8 GB). The declared sizes are added up before anything
    // is decoded, and an archive over the limit is refused at once.
    {
        qint64 totalText = 0;
        for (const RSource &s : p.sources) {
            if (s.kind != QLatin1String("TextSource"))
                continue;
            QString internal = internalName(s.plainTextPath);
            if (internal.isEmpty()) // a bare path to a file in the archive counts too (see below)
                internal = QString(s.plainTextPath.trimmed()).replace(QLatin1Char('\\'), QLatin1Char('/')).section(QLatin1Char('/'), -1);
            bool adjusted = false;
            const QString entry = internal.isEmpty() ? QString() : findSourceEntry(zip, qdeFolder, internal, &adjusted);
            totalText += !entry.isEmpty() ? std::max<qint64>(zip.entrySize(entry), 0)
                : internal.isEmpty() && s.hasInlineText ? s.inlineText.size() : 0;
            if (totalText > kMaxQdpxText)
                return makeError(QCoreApplication::translate("Import", "Cannot import %1: its %2 sources add up to more than %3 MB of text "
                                                "(several may name the same text file), more than Dyad imports from "
                                                "one archive. Nothing was imported.")
                                     .arg(QFileInfo(qdpxPath).fileName(), QString::number(p.sources.size()),
                                          QString::number(kMaxQdpxText / (1024 * 1024))));
        }
    }
    const std::optional<OffsetModel> originModel = originOffsetModel(p.origin);
    for (const RSource &s : p.sources) {
        const QString label = s.name.isEmpty() ? refiGuid(s.guid) : QStringLiteral("\"%1\"").arg(s.name);
        if (s.kind != QLatin1String("TextSource")) {
            report.skipped << QCoreApplication::translate("Import", "Source %1 is a %2; Dyad imports text sources only.").arg(label, s.kind);
            continue;
        }
        if (recordIds.count(s.guid)) {
            report.skipped << QCoreApplication::translate("Import", "Source %1 appears twice; the second was ignored.").arg(label);
            continue;
        }
        Prepared prep;
        prep.source = &s;
        QString internal = internalName(s.plainTextPath);
        if (internal.isEmpty() && !s.plainTextPath.trimmed().isEmpty()) {
            // Some writers (QualCoder 1.3.2) leave out "internal://" although the file is in
            // the archive: look for it by its file name before calling it external.
            const QString base = QString(s.plainTextPath.trimmed()).replace(QLatin1Char('\\'), QLatin1Char('/')).section(QLatin1Char('/'), -1);
            bool adjusted = false;
            if (!base.isEmpty() && !findSourceEntry(zip, qdeFolder, base, &adjusted).isEmpty()) {
                internal = base;
                ++bareSourcePaths;
                if (bareSourcePathExamples.size() < 3)
                    bareSourcePathExamples << s.plainTextPath.trimmed();
            }
        }
        if (!internal.isEmpty()) {
            bool adjusted = false;
            const QString entry = findSourceEntry(zip, qdeFolder, internal, &adjusted);
            if (entry.isEmpty()) {
                report.skipped << QCoreApplication::translate("Import", "Source %1: its text file \"%2\" is not in the archive.").arg(label, internal);
                continue;
            }
            caseAdjusted += adjusted ? 1 : 0;
            auto bytes = zip.read(entry);
            if (!bytes)
                return bytes.takeError();
            prep.decoded = decodeSourceText(*bytes);
            if (s.hasInlineText)
                report.adjustments << QCoreApplication::translate("Import", "Source %1 has both a text file and inline text; the file was used.").arg(label);
        } else if (s.hasInlineText) {
            prep.decoded.text = s.inlineText;
        } else if (!s.plainTextPath.isEmpty()) {
            report.skipped << QCoreApplication::translate("Import", "Source %1 refers to an external file (%2); only embedded text is imported.")
                                  .arg(label, s.plainTextPath);
            continue;
        } else {
            report.skipped << QCoreApplication::translate("Import", "Source %1 has no text (neither plainTextPath nor PlainTextContent).").arg(label);
            continue;
        }
        for (const QString &a : prep.decoded.adjustments)
            decodeNotes << QCoreApplication::translate("Import", "Source %1: %2.").arg(label, a);
        if (prep.decoded.text.trimmed().isEmpty()) {
            report.skipped << QCoreApplication::translate("Import", "Source %1 is empty.").arg(label);
            continue;
        }
        prep.offsets = std::make_unique<SourceOffsets>(prep.decoded.text);
        for (const RSelection &sel : s.selections)
            prep.raw.push_back({sel.start, sel.end, sel.name});
        prep.decision = decideOffsetModel(*prep.offsets, prep.raw, originModel);
        recordIds.insert(s.guid);
        prepared.push_back(std::move(prep));
    }
    int utf16Votes = 0, cpVotes = 0;
    for (const Prepared &prep : prepared) {
        if (!prep.decision.decisive || !prep.offsets->hasSupplementary())
            continue;
        (prep.decision.model.utf16 ? utf16Votes : cpVotes) += 1;
    }
    std::optional<bool> projectUtf16;
    if (utf16Votes != cpVotes)
        projectUtf16 = utf16Votes > cpVotes;
    const QString originText = p.origin.isEmpty() ? QCoreApplication::translate("Import", "an application that does not name itself")
                                                  : QStringLiteral("\"%1\"").arg(p.origin);

    for (Prepared &prep : prepared) {
        const RSource &s = *prep.source;
        const QString label = s.name.isEmpty() ? refiGuid(s.guid) : QStringLiteral("\"%1\"").arg(s.name);
        if (prep.decision.ambiguous && !prep.decision.decisive && projectUtf16)
            prep.decision = decideOffsetModel(*prep.offsets, prep.raw, originModel, projectUtf16);
        const OffsetModel model = prep.decision.model;
        if (prep.decision.ambiguous) {
            const QString line = QCoreApplication::translate("Import", "Source %1 (written by %2): offsets read as %3, because %4.")
                                     .arg(label, originText, describeOffsetModel(model), prep.decision.reason);
            report.offsetUnits << line;
            if (!prep.decision.clearCut)
                report.warnings << line + QCoreApplication::translate("Import", " Check a few of its codings against the original.");
        }
        if (model.utf16 && prep.offsets->hasSupplementary())
            ++utf16Sources;
        if (prep.offsets->hasCarriageReturns()) {
            ++crlfSources;
            if (model.lineEndsNormalised && !s.selections.empty())
                ++lfCountedSources;
        }
        Record r;
        r.id = s.guid;
        r.text = prep.offsets->storedText();
        r.title = s.name.trimmed();
        r.sourceFormat = QStringLiteral("qdpx");
        r.sourceName = QFileInfo(qdpxPath).fileName();
        r.created = s.created;
        QJsonObject extra;
        for (const auto &[var, value] : s.values) {
            const QString vname = p.variables.count(var) ? p.variables[var] : refiGuid(var);
            const QString key = vname.trimmed().toLower();
            const QString v = value.trimmed();
            if (key == QLatin1String("authors"))
                r.authors = v.split(QStringLiteral("; "), Qt::SkipEmptyParts);
            else if (key == QLatin1String("year")) {
                bool ok = false;
                const int y = v.toInt(&ok);
                if (ok)
                    r.year = y;
            } else if (key == QLatin1String("journal"))
                r.journal = v;
            else if (key == QLatin1String("doi"))
                r.doi = v.toLower();
            else if (key == QLatin1String("pmid"))
                r.pmid = v;
            else if (key == QLatin1String("keywords"))
                r.keywords = v.split(QStringLiteral("; "), Qt::SkipEmptyParts);
            else if (key == QLatin1String("language"))
                r.language = v;
            else if (key == QLatin1String("title") && !v.isEmpty())
                r.title = v; // the exact title, when the source name had to be made file-safe
            else
                extra.insert(vname, v);
        }
        r.attributes = extra;
        records.push_back(r);

        // Record memos: notes attached to the source, one memo per author.
        std::map<QUuid, QStringList> memoByAuthor;
        for (const QUuid &n : s.notes) {
            auto it = p.notes.find(n);
            if (it == p.notes.end()) {
                missingNotes << refiGuid(n);
                continue;
            }
            usedNotes.insert(n);
            memoByAuthor[userFor(it->second.user, s.user)] << it->second.text.trimmed();
        }
        for (const auto &[author, texts] : memoByAuthor)
            recordMemos.push_back({r.id, author, texts.join(QStringLiteral("\n\n"))});

        const qint64 length = codePointCount(r.text);
        std::set<std::tuple<QUuid, QUuid, qint64, qint64>> seen; // code, user, span
        auto addCoding = [&](const RCoding &rc, const RSelection *sel, Span span) {
            if (!codeIds.count(rc.code)) {
                report.skipped << QCoreApplication::translate("Import", "A coding on source %1 refers to code %2, which is not in the codebook.")
                                      .arg(label, refiGuid(rc.code));
                return;
            }
            Coding c;
            c.id = rc.guid;
            if (codingIds.count(c.id)) {
                c.id = QUuid::createUuid();
                report.adjustments << QCoreApplication::translate("Import", "Coding %1 appears twice; the second got a new GUID.").arg(refiGuid(rc.guid));
            }
            c.recordId = r.id;
            c.codeId = rc.code;
            c.reviewerId = userFor(rc.user, sel ? sel->user : s.user);
            c.span = span;
            c.created = rc.created.isValid() ? rc.created : (sel ? sel->created : QDateTime());
            c.modified = sel && sel->modified.isValid() ? sel->modified : c.created;
            std::vector<QUuid> notes = rc.notes;
            if (sel)
                notes.insert(notes.end(), sel->notes.begin(), sel->notes.end());
            c.memo = noteText(notes, &missingNotes);
            usedNotes.insert(notes.begin(), notes.end());
            // The selection's Description is a coding memo too (QualCoder writes only that;
            // Dyad writes both, with the same text).
            if (sel && !sel->description.trimmed().isEmpty()) {
                const QString d = sel->description.trimmed();
                if (c.memo.isEmpty())
                    c.memo = d;
                else if (!c.memo.split(QStringLiteral("\n\n")).contains(d) && c.memo != d)
                    c.memo = d + QStringLiteral("\n\n") + c.memo;
            }
            if (!seen.insert({c.codeId, c.reviewerId, span.start, span.end}).second) {
                report.adjustments << QCoreApplication::translate("Import", "Source %1: a duplicate coding of the same passage with the same code by "
                                                     "the same user was merged.")
                                          .arg(label);
                return;
            }
            codingIds.insert(c.id);
            codings.push_back(c);
        };
        for (const RSelection &sel : s.selections) {
            if (!sel.positionsValid) {
                report.skipped << QCoreApplication::translate("Import", "Source %1: selection %2 has unreadable positions.").arg(label, refiGuid(sel.guid));
                continue;
            }
            const auto span = prep.offsets->map(model, sel.start, sel.end);
            if (!span) {
                report.skipped << QCoreApplication::translate("Import", "Source %1: selection [%2, %3) does not fit the text (%4 characters); its %5 "
                                                 "coding(s) were not imported, so that nothing is placed on the wrong passage.")
                                      .arg(label)
                                      .arg(sel.start)
                                      .arg(sel.end)
                                      .arg(length)
                                      .arg(sel.codings.size());
                continue;
            }
            if (prep.decision.quotesUsable && !sel.name.isEmpty()
                && !quoteMatches(sel.name, prep.offsets->covered(model, sel.start, sel.end))) {
                report.skipped << QCoreApplication::translate("Import", "Source %1: selection [%2, %3) is named \"%4\" but covers \"%5\"; the text "
                                                 "differs from the one the offsets were made on, so its coding(s) were "
                                                 "not imported.")
                                      .arg(label)
                                      .arg(sel.start)
                                      .arg(sel.end)
                                      .arg(sel.name.left(60), prep.offsets->covered(model, sel.start, sel.end).left(60));
                continue;
            }
            if (sel.codings.empty())
                report.skipped << QCoreApplication::translate("Import", "Source %1: a selection without coding was not imported.").arg(label);
            for (const RCoding &rc : sel.codings)
                addCoding(rc, &sel, *span);
        }
        for (const RCoding &rc : s.wholeCodings) {
            ++wholeSourceCodings;
            addCoding(rc, nullptr, Span{0, length});
        }
    }
    if (caseAdjusted)
        report.adjustments << QCoreApplication::translate("Import", "%1 source file(s) were found under another folder or letter case than "
                                             "\"sources/\" (e.g. \"Sources/\").")
                                  .arg(caseAdjusted);
    if (bareSourcePaths)
        report.warnings << QCoreApplication::translate("Import", "%1 source(s) name their text file without \"internal://\" (e.g. \"%2\"); the "
                                          "file of that name in the archive was used.")
                               .arg(bareSourcePaths)
                               .arg(bareSourcePathExamples.join(QStringLiteral("\", \"")));
    report.adjustments << decodeNotes;
    if (crlfSources)
        report.adjustments << QCoreApplication::translate("Import", "%1 source(s) had CRLF line ends; stored with LF and offsets moved to match%2.")
                                  .arg(crlfSources)
                                  .arg(lfCountedSources ? QCoreApplication::translate("Import", " (%1 counted their offsets as if CRLF were one "
                                                                         "character)")
                                                              .arg(lfCountedSources)
                                                        : QString());
    if (utf16Sources)
        report.adjustments << QCoreApplication::translate("Import", "%1 source(s) had offsets counted in UTF-16 units (as NVivo writes), not in "
                                             "code points as REFI-QDA requires; converted.")
                                  .arg(utf16Sources);
    if (wholeSourceCodings)
        report.adjustments << QCoreApplication::translate("Import", "%1 coding(s) applied to a whole source became codings of its whole text.")
                                  .arg(wholeSourceCodings);
    int freeNotes = 0;
    for (const auto &[id, note] : p.notes)
        if (!usedNotes.count(id))
            ++freeNotes;
    if (freeNotes)
        report.skipped << QCoreApplication::translate("Import", "%1 note(s) not attached to a code, coding or source were not imported.").arg(freeNotes);
    if (!missingNotes.isEmpty())
        report.skipped << QCoreApplication::translate("Import", "%1 note reference(s) point to notes that are not in the file.").arg(missingNotes.size());

    // --- write: one transaction into a file that only takes its name when complete -----------
    removeAbandonedImports(newProjectPath);
    const QString temp = importingPath(newProjectPath);
    removeProjectFiles(temp);
    QString title = p.name.trimmed();
    if (title.isEmpty())
        title = QFileInfo(newProjectPath).completeBaseName();
    Status st;
    {
        // The Consensus reviewer keeps the import's id when known.
        auto created = createProject(temp, NewProject{title, consensus.id, false});
        if (!created) {
            removeProjectFiles(temp);
            return created.takeError();
        }
        Project &project = **created;
        const BulkAudit audit{QStringLiteral("project.import"), QStringLiteral("project"), project.projectId(),
                              {{QStringLiteral("format"), QStringLiteral("qdpx")},
                               {QStringLiteral("file"), QFileInfo(qdpxPath).fileName()},
                               {QStringLiteral("sources"), static_cast<double>(records.size())},
                               {QStringLiteral("codes"), static_cast<double>(codes.size())},
                               {QStringLiteral("codings"), static_cast<double>(codings.size())},
                               {QStringLiteral("adjustments"), QJsonArray::fromStringList(report.adjustments)},
                               {QStringLiteral("skipped"), QJsonArray::fromStringList(report.skipped)}}};
        auto written = project.bulkWrite(audit, [&](BulkWriter &w) -> Status {
            for (const Reviewer &r : reviewers)
                if (auto s = w.addReviewer(r); !s)
                    return makeError(QCoreApplication::translate("Import", "User \"%1\": %2").arg(r.name, s.error()));
            for (const Code &c : codes)
                if (auto s = w.addCode(c); !s)
                    return makeError(QCoreApplication::translate("Import", "Code \"%1\": %2").arg(c.name, s.error()));
            for (const Record &r : records)
                if (auto s = w.addRecord(r); !s)
                    return s;
            for (const Coding &c : codings)
                if (auto s = w.addCoding(c); !s)
                    return makeError(QCoreApplication::translate("Import", "Coding %1: %2").arg(refiGuid(c.id), s.error()));
            for (const RecordMemo &m : recordMemos)
                if (auto s = w.setRecordMemo(m.record, m.author, m.text); !s)
                    return s;
            return {};
        });
        if (!written)
            st = written.takeError();
    } // the project closes here, so the file is complete before it is renamed
    if (!st) {
        removeProjectFiles(temp);
        return openFailure(qdpxPath, st.error() + QCoreApplication::translate("Import", " Nothing was imported."));
    }
    if (!publishWithoutReplacing(temp, newProjectPath)) {
        removeProjectFiles(temp);
        if (QFileInfo::exists(newProjectPath))
            return makeError(QCoreApplication::translate("Import", "Cannot import into %1: another program created that file while this "
                                            "import ran; it was left as it is and nothing was imported here.")
                                 .arg(newProjectPath));
        return makeError(QCoreApplication::translate("Import", "Cannot create %1.").arg(newProjectPath));
    }
    removeProjectFiles(temp);
    report.users = static_cast<int>(reviewers.size()) + 1;
    report.codes = static_cast<int>(codes.size());
    report.sources = static_cast<int>(records.size());
    report.codings = static_cast<int>(codings.size());
    report.memos = static_cast<int>(recordMemos.size());
    for (const Coding &c : codings)
        report.memos += c.memo.isEmpty() ? 0 : 1;
    for (const Code &c : codes)
        report.memos += c.memo.isEmpty() ? 0 : 1;
    return report;
}

Result<ImportReport> importQdc(Project &project, const QString &qdcPath)
{
    ImportReport report;
    QFile f(qdcPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Import", "Cannot read %1: %2").arg(qdcPath, f.errorString()));
    if (f.size() > 512LL * 1024 * 1024)
        return makeError(QCoreApplication::translate("Import", "Cannot read %1: a codebook of %2 bytes is too large.").arg(qdcPath).arg(f.size()));
    const QByteArray bytes = f.readAll();
    RProject p;
    Reader reader(bytes, QFileInfo(qdcPath).fileName(), report);
    if (auto st = reader.readCodebookRoot(p); !st)
        return st.takeError();
    if (p.codes.empty())
        return makeError(QCoreApplication::translate("Import", "%1 holds no codes.").arg(qdcPath));

    std::map<QUuid, QUuid> mapped; // file GUID -> project code id
    Status st = project.transact([&]() -> Status {
        std::vector<Code> existing = project.allCodes();
        auto byId = [&](const QUuid &id) -> const Code * {
            for (const Code &c : existing)
                if (c.id == id)
                    return &c;
            return nullptr;
        };
        int created = 0;
        for (const RCode &rc : p.codes) {
            const QUuid parent = rc.parent.isNull() ? QUuid() : (mapped.count(rc.parent) ? mapped[rc.parent] : QUuid());
            Code wanted;
            wanted.name = rc.name.trimmed().isEmpty() ? QStringLiteral("Unnamed code") : rc.name.trimmed();
            wanted.color = dyadColor(rc.color);
            applyCodeDescription(rc.description, wanted);
            const Code *match = byId(rc.guid);
            if (!match) {
                for (const Code &c : existing)
                    if (c.parentId == parent && c.name.compare(wanted.name, Qt::CaseInsensitive) == 0) {
                        match = &c;
                        report.adjustments << QCoreApplication::translate("Import", "Code \"%1\" has another GUID in the project; matched by name.")
                                                  .arg(wanted.name);
                        break;
                    }
            }
            if (match) {
                mapped[rc.guid] = match->id;
                Code updated = *match;
                updated.name = wanted.name;
                if (!wanted.color.isEmpty())
                    updated.color = wanted.color;
                if (!rc.description.trimmed().isEmpty()) {
                    updated.definition = wanted.definition;
                    updated.useWhen = wanted.useWhen;
                    updated.doNotUseWhen = wanted.doNotUseWhen;
                    updated.example = wanted.example;
                }
                const bool changed = updated.name != match->name || updated.color != match->color
                    || updated.definition != match->definition || updated.useWhen != match->useWhen
                    || updated.doNotUseWhen != match->doNotUseWhen || updated.example != match->example;
                if (changed) {
                    if (auto s = project.updateCode(updated); !s)
                        return makeError(QCoreApplication::translate("Import", "Code \"%1\": %2").arg(updated.name, s.error()));
                    ++report.codesUpdated;
                }
                if (match->parentId != parent && (rc.parent.isNull() || mapped.count(rc.parent))) {
                    if (auto s = project.moveCode(match->id, parent); !s)
                        return makeError(QCoreApplication::translate("Import", "Code \"%1\": %2").arg(updated.name, s.error()));
                    ++report.codesUpdated;
                }
                continue;
            }
            Code c = wanted;
            c.id = rc.guid;
            c.parentId = parent;
            if (c.color.isEmpty())
                c.color = defaultCodeColor(static_cast<int>(existing.size()));
            c.creatorId = project.actor();
            c.shared = true;
            c.created = QDateTime::currentDateTimeUtc();
            c.sortOrder = ++created + static_cast<int>(existing.size());
            if (auto s = project.restoreCode(c); !s)
                return makeError(QCoreApplication::translate("Import", "Code \"%1\": %2").arg(c.name, s.error()));
            mapped[rc.guid] = c.id;
            existing.push_back(c);
            ++report.codes;
        }
        if (report.codes == 0 && report.codesUpdated == 0)
            return Status(); // nothing changed: nothing to audit
        return project.audit(QStringLiteral("codebook.import"), QStringLiteral("project"), project.projectId(),
                             {{QStringLiteral("format"), QStringLiteral("qdc")},
                              {QStringLiteral("file"), QFileInfo(qdcPath).fileName()},
                              {QStringLiteral("created"), report.codes},
                              {QStringLiteral("updated"), report.codesUpdated}});
    });
    if (!st)
        return makeError(QCoreApplication::translate("Import", "Cannot import %1: %2 Nothing was changed.").arg(QFileInfo(qdcPath).fileName(), st.error()));
    return report;
}

} // namespace dyad::core::io
