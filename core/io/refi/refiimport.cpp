#include "core/io/refi/refiimport.h"

#include "core/base/parallel.h"
#include "core/io/refi/refiformat.h"
#include "core/io/refi/refireader.h"
#include "core/io/refi/safezip.h"
#include "core/io/refi/sourcetext.h"
#include "core/model/bulkwrite.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

// How a .qdpx becomes a project, in named steps (importQdpx() at the end shows the order):
// read the archive index; read the document's head (users, codebook, variables) and plan
// reviewers and codes; create the new file; then, in one transaction, read the sources one at
// a time (decode the text, judge its offsets, plan its record and codings) and write them in
// batches; read the notes; settle what needed the whole file (offset units voted by the
// project's sources, memos held in notes after the sources); audit; publish the file. Nothing
// holds the whole project.qde or every source at once.

namespace dyad::core::io {

namespace {

/**
 * Text one .qdpx may decode to, all sources together (bytes as stored): more than twice
 * the largest corpus Dyad is measured on (18,400 abstracts, about 30 MB).
 */
constexpr qint64 kMaxQdpxText = 64LL * 1024 * 1024;
/** Codings and records queued before they are written (one batch is one bulk write). */
constexpr size_t kCodingBatch = 20000;
constexpr size_t kRecordBatch = 1000;

// --- the archive and the new file -------------------------------------------------------------

/** Finds a source file in the archive, leniently: case, "Sources/", a folder around project.qde. */
QString findSourceEntry(const SafeZip &zip, const QString &qdeFolder, const QString &internalName, bool *caseAdjusted)
{
    const QString exact = qdeFolder + QStringLiteral("sources/") + internalName;
    *caseAdjusted = false;
    if (zip.entrySize(exact) >= 0) // a hash lookup: an archive has one entry per source
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


// --- writing: the only code that writes the new project ----------------------------------

/** Rows planned but not yet written, in the order they must be written. */
struct PendingRows
{
    std::vector<Reviewer> reviewers;
    std::vector<Code> codes;        ///< parents before children
    std::vector<Record> records;
    std::vector<Coding> codings;    ///< on records above or already written
};

/** Writes the queued rows through the import's one bulk write and empties the queue. */
Status writeRows(BulkWriter &w, PendingRows &rows)
{
    for (const Reviewer &r : rows.reviewers)
        if (auto s = w.addReviewer(r); !s)
            return makeError(QCoreApplication::translate("Import", "User \"%1\": %2").arg(r.name, s.error()));
    rows.reviewers.clear();
    for (const Code &c : rows.codes)
        if (auto s = w.addCode(c); !s)
            return makeError(QCoreApplication::translate("Import", "Code \"%1\": %2").arg(c.name, s.error()));
    rows.codes.clear();
    for (Record &r : rows.records)
        if (auto s = w.addRecord(std::move(r)); !s)
            return s;
    rows.records.clear();
    // In id order, so the codings' primary-key index is filled in runs rather than at random.
    std::sort(rows.codings.begin(), rows.codings.end(), [](const Coding &a, const Coding &b) { return a.id < b.id; });
    for (Coding &c : rows.codings) {
        const QUuid id = c.id;
        if (auto s = w.addCoding(std::move(c)); !s)
            return makeError(QCoreApplication::translate("Import", "Coding %1: %2").arg(refiGuid(id), s.error()));
    }
    rows.codings.clear();
    return {};
}

// --- one import run ------------------------------------------------------------------------

/** One source between reading and writing: its decoded text and how its offsets are read. */
struct Prepared
{
    RSource source;
    int ordinal = 0;                    ///< position among the document's sources (report order)
    std::unique_ptr<SourceOffsets> offsets;
    std::vector<RawSelection> raw;
    OffsetDecision decision;
};

class QdpxImport
{
public:
    enum class Mode {
        OnePass,     ///< the document in REFI order: users, codebook and variables before the sources
        HeadFirst,   ///< a first pass reads users, codebook, variables and notes wherever they are
    };

    QdpxImport(QString qdpxPath, QString newProjectPath, Mode mode)
        : m_qdpx(std::move(qdpxPath)), m_target(std::move(newProjectPath)), m_mode(mode)
    {
    }

    Result<ImportReport> run();
    /** The document has users, a codebook or variables after its sources: run again HeadFirst. */
    bool needsHeadFirst() const { return m_needsHeadFirst; }

private:
    // The steps, in the order run() takes them.
    Status readArchiveIndex();
    Status readHeadPass();
    void planUsers();
    void planCodes();
    Status readSources(Reader &reader);
    Status addSource(RSource &&s, Reader &reader);
    Status prepareText(const RSource &s, const QString &label, Prepared &prep, bool &keep, Reader &reader);
    void planRecord(const Prepared &prep);
    void planCodings(Prepared &prep);
    Status settleDeferredSources();
    Status settleMemos();
    void reportTotals();
    void completeAudit(BulkAudit &audit) const;
    Status publish(const QString &temp);

    Status flushIfFull();
    Status flush();

    QUuid ensureUser(const QUuid &id);
    QUuid userFor(const QUuid &coding, const QUuid &selection);
    QString noteText(const std::vector<QUuid> &refs);
    QString codingMemo(const std::vector<QUuid> &notes, const QString &description);
    QString label(const RSource &s) const
    {
        return s.name.isEmpty() ? refiGuid(s.guid) : QStringLiteral("\"%1\"").arg(s.name);
    }

    QString m_qdpx, m_target;
    Mode m_mode;
    bool m_needsHeadFirst = false;
    bool m_refusedWhole = false;   ///< the error names the file and says nothing was imported
    ImportReport m_report;
    std::unique_ptr<SafeZip> m_zip;
    QString m_qdeEntry, m_qdeFolder;
    RHeader m_p;
    BulkWriter *m_writer = nullptr;   ///< the new project's one bulk write, while it runs
    PendingRows m_rows;
    /** Writes a full batch while the next sources are read; the only user of m_writer meanwhile. */
    BackgroundStage<Status> m_writing;

    // users
    Reviewer m_consensus;
    QSet<QUuid> m_userIds;
    std::set<QString> m_names{QStringLiteral("consensus")};
    QUuid m_fallbackUser;
    int m_reviewerCount = 0;
    // codes
    QSet<QUuid> m_codeIds;   ///< looked up once per coding: hashed
    std::vector<Code> m_codes;
    std::vector<size_t> m_codesAwaitingNotes;       ///< indices into m_codes (notes after the sources)
    // sources
    std::optional<OffsetModel> m_originModel;
    int m_sourceCount = 0;
    qint64 m_totalText = 0;
    QSet<QUuid> m_recordIds, m_codingIds;
    std::vector<Prepared> m_deferred;               ///< units left to the project's vote
    int m_utf16Votes = 0, m_cpVotes = 0;
    int m_records = 0, m_codings = 0, m_codingMemos = 0;
    int m_caseAdjusted = 0, m_utf16Sources = 0, m_crlfSources = 0, m_lfCountedSources = 0, m_wholeSourceCodings = 0;
    int m_bareSourcePaths = 0;
    QStringList m_bareSourcePathExamples, m_decodeNotes;
    std::vector<std::pair<int, QString>> m_offsetLines, m_offsetWarnings; ///< by source ordinal
    // memos
    struct CodingAwaitingNotes
    {
        Coding coding;
        std::vector<QUuid> notes;
        QString description;
    };
    std::vector<CodingAwaitingNotes> m_codingsAwaitingNotes;
    struct SourceNotes
    {
        QUuid record;
        QUuid sourceUser;
        std::vector<QUuid> notes;
    };
    std::vector<SourceNotes> m_sourceNotes;
    std::set<QUuid> m_usedNotes;
    QStringList m_missingNotes;
    int m_recordMemos = 0;
};

// --- step 1: the archive and its project document -----------------------------------------

Status QdpxImport::readArchiveIndex()
{
    auto zipResult = SafeZip::open(m_qdpx);
    if (!zipResult)
        return zipResult.takeError();
    m_zip = std::move(zipResult).value();
    // The .qde: "project.qde" by the standard; accept another name or a folder around it.
    m_qdeEntry = m_zip->find(QStringLiteral("project.qde"));
    if (m_qdeEntry.isEmpty()) {
        QStringList candidates;
        for (const QString &e : m_zip->entries())
            if (e.endsWith(QStringLiteral(".qde"), Qt::CaseInsensitive))
                candidates << e;
        if (candidates.isEmpty())
            return openFailure(m_qdpx, QCoreApplication::translate("Import", "the archive has no .qde project document, so it is not a "
                                                      "REFI-QDA project export."));
        std::sort(candidates.begin(), candidates.end(), [](const QString &a, const QString &b) {
            return a.count(QLatin1Char('/')) != b.count(QLatin1Char('/')) ? a.count(QLatin1Char('/')) < b.count(QLatin1Char('/')) : a < b;
        });
        m_qdeEntry = candidates.first();
        m_report.adjustments << QCoreApplication::translate("Import", "The project document is \"%1\", not \"project.qde\"; read it anyway.").arg(m_qdeEntry);
        if (candidates.size() > 1)
            m_report.adjustments << QCoreApplication::translate("Import", "The archive holds %1 .qde files; only \"%2\" was read.")
                                        .arg(candidates.size())
                                        .arg(m_qdeEntry);
    } else if (m_qdeEntry != QLatin1String("project.qde")) {
        m_report.adjustments << QCoreApplication::translate("Import", "The project document is named \"%1\"; read it as project.qde.").arg(m_qdeEntry);
    }
    m_qdeFolder = m_qdeEntry.contains(QLatin1Char('/')) ? m_qdeEntry.left(m_qdeEntry.lastIndexOf(QLatin1Char('/')) + 1)
                                                         : QString();
    return {};
}

/** HeadFirst only: users, codebook, variables and notes from anywhere in the document. */
Status QdpxImport::readHeadPass()
{
    auto stream = m_zip->openStream(m_qdeEntry);
    if (!stream)
        return stream.takeError();
    ImportReport scratch; // the second pass reports the document's leniencies
    Reader reader(stream->get(), m_qdeEntry, scratch);
    if (auto st = reader.readProjectStart(m_p); !st)
        return openFailure(m_qdpx, st.error());
    for (;;) {
        auto part = reader.readUntilSources(m_p, Reader::Parts::HeadAnywhere);
        if (!part)
            return openFailure(m_qdpx, part.error());
        if (*part != Reader::Part::Sources)
            break;
        reader.skipSources();
    }
    if (auto st = reader.finish(); !st)
        return openFailure(m_qdpx, st.error());
    m_p.notesRead = true;
    return {};
}

// --- step 2: users and codes, planned from the document's head --------------------------------

void QdpxImport::planUsers()
{
    m_consensus = {QUuid::createUuid(), QStringLiteral("Consensus"), ReviewerRole::Consensus, QDateTime::currentDateTimeUtc()};
    for (const auto &[id, rawName] : m_p.users) {
        if (m_userIds.contains(id)) {
            m_report.adjustments << QCoreApplication::translate("Import", "User %1 is listed twice; kept once.").arg(refiGuid(id));
            continue;
        }
        m_userIds.insert(id);
        if (rawName.compare(QStringLiteral("Consensus"), Qt::CaseInsensitive) == 0) {
            m_consensus.id = id; // a Dyad export: its Consensus layer stays the Consensus layer
            continue;
        }
        QString name = rawName.isEmpty() ? QStringLiteral("User %1").arg(refiGuid(id).left(8)) : rawName;
        const QString unique = uniqueName(name, m_names);
        if (unique != name)
            m_report.adjustments << QCoreApplication::translate("Import", "Two users are called \"%1\"; one was renamed \"%2\".").arg(name, unique);
        m_rows.reviewers.push_back({id, unique, ReviewerRole::Reviewer, QDateTime::currentDateTimeUtc()});
        ++m_reviewerCount;
    }
}

QUuid QdpxImport::ensureUser(const QUuid &id)
{
    if (id.isNull() || id == m_consensus.id || m_userIds.contains(id))
        return id;
    m_userIds.insert(id);
    const QString name = uniqueName(QStringLiteral("Unknown user %1").arg(refiGuid(id).left(8)), m_names);
    m_rows.reviewers.push_back({id, name, ReviewerRole::Reviewer, QDateTime::currentDateTimeUtc()});
    ++m_reviewerCount;
    m_report.adjustments << QCoreApplication::translate("Import", "User %1 is referred to but not listed under <Users>; added as \"%2\".")
                                .arg(refiGuid(id), name);
    return id;
}

/** The reviewer of a coding: its own user, else its selection's, else the project's, else "Imported". */
QUuid QdpxImport::userFor(const QUuid &coding, const QUuid &selection)
{
    if (!coding.isNull())
        return ensureUser(coding);
    if (!selection.isNull())
        return ensureUser(selection);
    if (!m_p.creatingUser.isNull())
        return ensureUser(m_p.creatingUser);
    if (m_fallbackUser.isNull()) {
        m_fallbackUser = QUuid::createUuid();
        m_userIds.insert(m_fallbackUser);
        m_rows.reviewers.push_back({m_fallbackUser, uniqueName(QStringLiteral("Imported"), m_names), ReviewerRole::Reviewer,
                                    QDateTime::currentDateTimeUtc()});
        ++m_reviewerCount;
        m_report.adjustments << QCoreApplication::translate("Import", "Some codings name no user; they belong to the reviewer \"Imported\".");
    }
    return m_fallbackUser;
}

QString QdpxImport::noteText(const std::vector<QUuid> &refs)
{
    QStringList parts;
    for (const QUuid &id : refs) {
        m_usedNotes.insert(id);
        auto it = m_p.notes.find(id);
        if (it == m_p.notes.end()) {
            m_missingNotes << refiGuid(id);
            continue;
        }
        if (!it->second.text.trimmed().isEmpty())
            parts << it->second.text.trimmed();
    }
    return parts.join(QStringLiteral("\n\n"));
}

/** A coding's memo: its notes, and its selection's Description where QualCoder writes one. */
QString QdpxImport::codingMemo(const std::vector<QUuid> &notes, const QString &description)
{
    QString memo = noteText(notes);
    // The selection's Description is a coding memo too (QualCoder writes only that; Dyad
    // writes both, with the same text).
    const QString d = description.trimmed();
    if (!d.isEmpty()) {
        if (memo.isEmpty())
            memo = d;
        else if (!memo.split(QStringLiteral("\n\n")).contains(d) && memo != d)
            memo = d + QStringLiteral("\n\n") + memo;
    }
    return memo;
}

void QdpxImport::planCodes()
{
    int folders = 0;
    int order = 0;
    for (const RCode &rc : m_p.codes) { // the reader appends a parent before its children
        if (m_codeIds.contains(rc.guid)) {
            m_report.skipped << QCoreApplication::translate("Import", "Code \"%1\" (%2) appears twice; the second was ignored.").arg(rc.name, refiGuid(rc.guid));
            continue;
        }
        Code c;
        c.id = rc.guid;
        c.parentId = rc.parent;
        c.name = rc.name.trimmed().isEmpty() ? QStringLiteral("Unnamed code") : rc.name.trimmed();
        c.color = dyadColor(rc.color);
        if (c.color.isEmpty())
            c.color = defaultCodeColor(static_cast<int>(m_codes.size()));
        applyCodeDescription(rc.description, c);
        if (m_p.notesRead)
            c.memo = noteText(rc.notes);
        else if (!rc.notes.empty())
            m_codesAwaitingNotes.push_back(m_codes.size());
        c.shared = true;
        c.sortOrder = ++order;
        c.created = QDateTime::currentDateTimeUtc();
        if (!rc.codable)
            ++folders;
        m_codeIds.insert(c.id);
        m_codes.push_back(c);
        m_rows.codes.push_back(c);
    }
    if (folders)
        m_report.adjustments << QCoreApplication::translate("Import", "%1 code folder(s) (isCodable=\"false\") were imported as ordinary codes.").arg(folders);
}

// --- step 3: the sources, one at a time --------------------------------------------------------

Status QdpxImport::readSources(Reader &reader)
{
    RSource s;
    while (reader.nextSource(s)) {
        if (auto st = addSource(std::move(s), reader); !st)
            return st;
        if (auto st = flushIfFull(); !st)
            return st;
    }
    return {};
}

/** Finds and decodes a source's text; `keep` is false when the source is skipped (and reported). */
Status QdpxImport::prepareText(const RSource &s, const QString &label, Prepared &prep, bool &keep, Reader &reader)
{
    keep = false;
    QString internal = internalName(s.plainTextPath);
    if (internal.isEmpty() && !s.plainTextPath.trimmed().isEmpty()) {
        // Some writers (QualCoder 1.3.2) leave out "internal://" although the file is in
        // the archive: look for it by its file name before calling it external.
        const QString base = QString(s.plainTextPath.trimmed()).replace(QLatin1Char('\\'), QLatin1Char('/')).section(QLatin1Char('/'), -1);
        bool adjusted = false;
        if (!base.isEmpty() && !findSourceEntry(*m_zip, m_qdeFolder, base, &adjusted).isEmpty()) {
            internal = base;
            ++m_bareSourcePaths;
            if (m_bareSourcePathExamples.size() < 3)
                m_bareSourcePathExamples << s.plainTextPath.trimmed();
        }
    }
    bool adjusted = false;
    const QString entry = internal.isEmpty() ? QString() : findSourceEntry(*m_zip, m_qdeFolder, internal, &adjusted);
    // Many sources may name one text file: the archive stays small while the texts it
    // decodes to do not (11 KB → 8 GB). Each text's declared size is added before it is
    // decoded, and the import stops as soon as the sum passes the limit.
    m_totalText += !entry.isEmpty() ? std::max<qint64>(m_zip->entrySize(entry), 0)
        : internal.isEmpty() && s.hasInlineText ? s.inlineText.size() : 0;
    if (m_totalText > kMaxQdpxText) {
        const int sources = m_sourceCount + reader.skipSources();
        m_refusedWhole = true;
        return makeError(QCoreApplication::translate("Import", "Cannot import %1: its %2 sources add up to more than %3 MB of text "
                                        "(several may name the same text file), more than Dyad imports from "
                                        "one archive. Nothing was imported.")
                             .arg(QFileInfo(m_qdpx).fileName(), QString::number(sources),
                                  QString::number(kMaxQdpxText / (1024 * 1024))));
    }
    DecodedSource decoded;
    if (!internal.isEmpty()) {
        if (entry.isEmpty()) {
            m_report.skipped << QCoreApplication::translate("Import", "Source %1: its text file \"%2\" is not in the archive.").arg(label, internal);
            return {};
        }
        m_caseAdjusted += adjusted ? 1 : 0;
        auto bytes = m_zip->read(entry);
        if (!bytes)
            return bytes.takeError();
        decoded = decodeSourceText(*bytes);
        if (s.hasInlineText)
            m_report.adjustments << QCoreApplication::translate("Import", "Source %1 has both a text file and inline text; the file was used.").arg(label);
    } else if (s.hasInlineText) {
        decoded.text = s.inlineText;
    } else if (!s.plainTextPath.isEmpty()) {
        m_report.skipped << QCoreApplication::translate("Import", "Source %1 refers to an external file (%2); only embedded text is imported.")
                                .arg(label, s.plainTextPath);
        return {};
    } else {
        m_report.skipped << QCoreApplication::translate("Import", "Source %1 has no text (neither plainTextPath nor PlainTextContent).").arg(label);
        return {};
    }
    for (const QString &a : decoded.adjustments)
        m_decodeNotes << QCoreApplication::translate("Import", "Source %1: %2.").arg(label, a);
    if (decoded.text.trimmed().isEmpty()) {
        m_report.skipped << QCoreApplication::translate("Import", "Source %1 is empty.").arg(label);
        return {};
    }
    prep.offsets = std::make_unique<SourceOffsets>(decoded.text);
    keep = true;
    return {};
}

Status QdpxImport::addSource(RSource &&s, Reader &reader)
{
    const int ordinal = m_sourceCount++;
    const QString name = label(s);
    if (s.kind != QLatin1String("TextSource")) {
        m_report.skipped << QCoreApplication::translate("Import", "Source %1 is a %2; Dyad imports text sources only.").arg(name, s.kind);
        return {};
    }
    if (m_recordIds.contains(s.guid)) {
        m_report.skipped << QCoreApplication::translate("Import", "Source %1 appears twice; the second was ignored.").arg(name);
        return {};
    }
    Prepared prep;
    bool keep = false;
    if (auto st = prepareText(s, name, prep, keep, reader); !st || !keep)
        return st;
    prep.ordinal = ordinal;
    for (const RSelection &sel : s.selections)
        prep.raw.push_back({sel.start, sel.end, sel.name});
    prep.decision = decideOffsetModel(*prep.offsets, prep.raw, m_originModel);
    m_recordIds.insert(s.guid);
    prep.source = std::move(s);
    // NVivo counts UTF-16 everywhere: a source whose own evidence is ambiguous takes the unit
    // the project's other sources showed, known only at the end; its codings wait till then.
    if (prep.decision.decisive && prep.offsets->hasSupplementary())
        (prep.decision.model.utf16 ? m_utf16Votes : m_cpVotes) += 1;
    planRecord(prep);
    if (prep.decision.ambiguous && !prep.decision.decisive) {
        m_deferred.push_back(std::move(prep));
        return {};
    }
    planCodings(prep);
    return {};
}

void QdpxImport::planRecord(const Prepared &prep)
{
    const RSource &s = prep.source;
    Record r;
    r.id = s.guid;
    r.text = prep.offsets->storedText();
    r.title = s.name.trimmed();
    r.sourceFormat = QStringLiteral("qdpx");
    r.sourceName = QFileInfo(m_qdpx).fileName();
    r.created = s.created;
    QJsonObject extra;
    for (const auto &[var, value] : s.values) {
        const auto known = m_p.variables.find(var);
        const QString vname = known != m_p.variables.end() ? known->second : refiGuid(var);
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
    // Record memos (notes attached to the source, one memo per author) are written last.
    if (!s.notes.empty())
        m_sourceNotes.push_back({r.id, s.user, s.notes});
    m_rows.records.push_back(std::move(r));
    ++m_records;
}

void QdpxImport::planCodings(Prepared &prep)
{
    const RSource &s = prep.source;
    const QString name = label(s);
    const QString originText = m_p.origin.isEmpty() ? QCoreApplication::translate("Import", "an application that does not name itself")
                                                    : QStringLiteral("\"%1\"").arg(m_p.origin);
    const OffsetModel model = prep.decision.model;
    if (prep.decision.ambiguous) {
        const QString line = QCoreApplication::translate("Import", "Source %1 (written by %2): offsets read as %3, because %4.")
                                 .arg(name, originText, describeOffsetModel(model), prep.decision.reason);
        m_offsetLines.emplace_back(prep.ordinal, line);
        if (!prep.decision.clearCut)
            m_offsetWarnings.emplace_back(prep.ordinal, line + QCoreApplication::translate("Import", " Check a few of its codings against the original."));
    }
    if (model.utf16 && prep.offsets->hasSupplementary())
        ++m_utf16Sources;
    if (prep.offsets->hasCarriageReturns()) {
        ++m_crlfSources;
        if (model.lineEndsNormalised && !s.selections.empty())
            ++m_lfCountedSources;
    }
    const qint64 length = codePointCount(prep.offsets->storedText());
    std::set<std::tuple<QUuid, QUuid, qint64, qint64>> seen; // code, user, span
    auto addCoding = [&](const RCoding &rc, const RSelection *sel, Span span) {
        if (!m_codeIds.contains(rc.code)) {
            m_report.skipped << QCoreApplication::translate("Import", "A coding on source %1 refers to code %2, which is not in the codebook.")
                                    .arg(name, refiGuid(rc.code));
            return;
        }
        Coding c;
        c.id = rc.guid;
        if (m_codingIds.contains(c.id)) {
            c.id = QUuid::createUuid();
            m_report.adjustments << QCoreApplication::translate("Import", "Coding %1 appears twice; the second got a new GUID.").arg(refiGuid(rc.guid));
        }
        c.recordId = s.guid;
        c.codeId = rc.code;
        c.reviewerId = userFor(rc.user, sel ? sel->user : s.user);
        c.span = span;
        c.created = rc.created.isValid() ? rc.created : (sel ? sel->created : QDateTime());
        c.modified = sel && sel->modified.isValid() ? sel->modified : c.created;
        std::vector<QUuid> notes = rc.notes;
        if (sel)
            notes.insert(notes.end(), sel->notes.begin(), sel->notes.end());
        m_usedNotes.insert(notes.begin(), notes.end());
        if (!seen.insert({c.codeId, c.reviewerId, span.start, span.end}).second) {
            m_report.adjustments << QCoreApplication::translate("Import", "Source %1: a duplicate coding of the same passage with the same code by "
                                                   "the same user was merged.")
                                        .arg(name);
            return;
        }
        m_codingIds.insert(c.id);
        ++m_codings;
        const QString description = sel ? sel->description : QString();
        if (!notes.empty() && !m_p.notesRead) {
            // Its memo is in a note further on: the coding is written once that has been read.
            m_codingsAwaitingNotes.push_back({c, std::move(notes), description});
            return;
        }
        c.memo = codingMemo(notes, description);
        m_codingMemos += c.memo.isEmpty() ? 0 : 1;
        m_rows.codings.push_back(std::move(c));
    };
    for (const RSelection &sel : s.selections) {
        if (!sel.positionsValid) {
            m_report.skipped << QCoreApplication::translate("Import", "Source %1: selection %2 has unreadable positions.").arg(name, refiGuid(sel.guid));
            continue;
        }
        const auto span = prep.offsets->map(model, sel.start, sel.end);
        if (!span) {
            m_report.skipped << QCoreApplication::translate("Import", "Source %1: selection [%2, %3) does not fit the text (%4 characters); its %5 "
                                               "coding(s) were not imported, so that nothing is placed on the wrong passage.")
                                    .arg(name)
                                    .arg(sel.start)
                                    .arg(sel.end)
                                    .arg(length)
                                    .arg(sel.codings.size());
            continue;
        }
        if (prep.decision.quotesUsable && !sel.name.isEmpty()
            && !quoteMatches(sel.name, prep.offsets->covered(model, sel.start, sel.end))) {
            m_report.skipped << QCoreApplication::translate("Import", "Source %1: selection [%2, %3) is named \"%4\" but covers \"%5\"; the text "
                                               "differs from the one the offsets were made on, so its coding(s) were "
                                               "not imported.")
                                    .arg(name)
                                    .arg(sel.start)
                                    .arg(sel.end)
                                    .arg(sel.name.left(60), prep.offsets->covered(model, sel.start, sel.end).left(60));
            continue;
        }
        if (sel.codings.empty())
            m_report.skipped << QCoreApplication::translate("Import", "Source %1: a selection without coding was not imported.").arg(name);
        for (const RCoding &rc : sel.codings)
            addCoding(rc, &sel, *span);
    }
    for (const RCoding &rc : s.wholeCodings) {
        ++m_wholeSourceCodings;
        addCoding(rc, nullptr, Span{0, length});
    }
}

Status QdpxImport::flushIfFull()
{
    if (m_rows.codings.size() < kCodingBatch && m_rows.records.size() < kRecordBatch)
        return {};
    // Parsing and writing take about as long as each other: the batch is written on a helper
    // thread while this one reads on (one batch at a time, in order).
    if (auto st = m_writing.wait(); !st)
        return st;
    auto rows = std::make_shared<PendingRows>(std::exchange(m_rows, PendingRows()));
    m_writing.start([writer = m_writer, rows] { return writeRows(*writer, *rows); });
    return {};
}

Status QdpxImport::flush()
{
    if (auto st = m_writing.wait(); !st)
        return st;
    return writeRows(*m_writer, m_rows);
}

// --- step 4: what needed the whole document ---------------------------------------------------

/** Sources whose own selections did not settle the offset unit take the project's majority. */
Status QdpxImport::settleDeferredSources()
{
    std::optional<bool> projectUtf16;
    if (m_utf16Votes != m_cpVotes)
        projectUtf16 = m_utf16Votes > m_cpVotes;
    for (Prepared &prep : m_deferred) {
        if (projectUtf16)
            prep.decision = decideOffsetModel(*prep.offsets, prep.raw, m_originModel, projectUtf16);
        planCodings(prep);
        prep.offsets.reset();
        if (auto st = flushIfFull(); !st)
            return st;
    }
    m_deferred.clear();
    return {};
}

/** Memos kept in notes after the sources: code memos, held-back codings, record memos. */
Status QdpxImport::settleMemos()
{
    // Codes: their notes were planned before the notes were read.
    {
        std::map<QUuid, const RCode *> byId;
        for (const RCode &rc : m_p.codes)
            byId.emplace(rc.guid, &rc);
        for (size_t index : m_codesAwaitingNotes) {
            Code &c = m_codes[index];
            c.memo = noteText(byId.at(c.id)->notes);
            if (c.memo.isEmpty())
                continue;
            if (auto st = m_writer->setCodeMemo(c.id, c.memo); !st)
                return makeError(QCoreApplication::translate("Import", "Code \"%1\": %2").arg(c.name, st.error()));
        }
    }
    if (auto st = flush(); !st)
        return st;
    for (CodingAwaitingNotes &w : m_codingsAwaitingNotes) {
        w.coding.memo = codingMemo(w.notes, w.description);
        m_codingMemos += w.coding.memo.isEmpty() ? 0 : 1;
        m_rows.codings.push_back(std::move(w.coding));
        if (auto st = flushIfFull(); !st)
            return st;
    }
    m_codingsAwaitingNotes.clear();
    // Record memos: notes attached to a source, one memo per author.
    struct RecordMemo
    {
        QUuid record;
        QUuid author;
        QString text;
    };
    std::vector<RecordMemo> recordMemos;
    for (const SourceNotes &s : m_sourceNotes) {
        std::map<QUuid, QStringList> memoByAuthor;
        for (const QUuid &n : s.notes) {
            auto it = m_p.notes.find(n);
            if (it == m_p.notes.end()) {
                m_missingNotes << refiGuid(n);
                continue;
            }
            m_usedNotes.insert(n);
            memoByAuthor[userFor(it->second.user, s.sourceUser)] << it->second.text.trimmed();
        }
        for (const auto &[author, texts] : memoByAuthor)
            recordMemos.push_back({s.record, author, texts.join(QStringLiteral("\n\n"))});
    }
    if (auto st = flush(); !st) // reviewers named only by notes
        return st;
    for (const RecordMemo &m : recordMemos)
        if (auto st = m_writer->setRecordMemo(m.record, m.author, m.text); !st)
            return st;
    m_recordMemos = static_cast<int>(recordMemos.size());
    return {};
}

/** The report's summary lines, in the order the import has always given them. */
void QdpxImport::reportTotals()
{
    QStringList skipped;
    for (const QString &part : std::set<QString>(m_p.ignoredParts.begin(), m_p.ignoredParts.end()))
        skipped << QCoreApplication::translate("Import", "<%1> is not imported (Dyad has no equivalent).").arg(part);
    m_report.skipped = skipped + m_report.skipped;
    auto inOrder = [](std::vector<std::pair<int, QString>> &lines) {
        std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList out;
        for (const auto &[ordinal, line] : lines)
            out << line;
        return out;
    };
    m_report.offsetUnits << inOrder(m_offsetLines);
    m_report.warnings << inOrder(m_offsetWarnings);
    if (m_caseAdjusted)
        m_report.adjustments << QCoreApplication::translate("Import", "%1 source file(s) were found under another folder or letter case than "
                                               "\"sources/\" (e.g. \"Sources/\").")
                                    .arg(m_caseAdjusted);
    if (m_bareSourcePaths)
        m_report.warnings << QCoreApplication::translate("Import", "%1 source(s) name their text file without \"internal://\" (e.g. \"%2\"); the "
                                            "file of that name in the archive was used.")
                                 .arg(m_bareSourcePaths)
                                 .arg(m_bareSourcePathExamples.join(QStringLiteral("\", \"")));
    m_report.adjustments << m_decodeNotes;
    if (m_crlfSources)
        m_report.adjustments << QCoreApplication::translate("Import", "%1 source(s) had CRLF line ends; stored with LF and offsets moved to match%2.")
                                    .arg(m_crlfSources)
                                    .arg(m_lfCountedSources ? QCoreApplication::translate("Import", " (%1 counted their offsets as if CRLF were one "
                                                                             "character)")
                                                                  .arg(m_lfCountedSources)
                                                            : QString());
    if (m_utf16Sources)
        m_report.adjustments << QCoreApplication::translate("Import", "%1 source(s) had offsets counted in UTF-16 units (as NVivo writes), not in "
                                               "code points as REFI-QDA requires; converted.")
                                    .arg(m_utf16Sources);
    if (m_wholeSourceCodings)
        m_report.adjustments << QCoreApplication::translate("Import", "%1 coding(s) applied to a whole source became codings of its whole text.")
                                    .arg(m_wholeSourceCodings);
    int freeNotes = 0;
    for (const auto &[id, note] : m_p.notes)
        if (!m_usedNotes.count(id))
            ++freeNotes;
    if (freeNotes)
        m_report.skipped << QCoreApplication::translate("Import", "%1 note(s) not attached to a code, coding or source were not imported.").arg(freeNotes);
    if (!m_missingNotes.isEmpty())
        m_report.skipped << QCoreApplication::translate("Import", "%1 note reference(s) point to notes that are not in the file.").arg(m_missingNotes.size());
}

/** The import's audit row: what was read and how it was adjusted, known once the document is read. */
void QdpxImport::completeAudit(BulkAudit &audit) const
{
    audit.details.insert(QStringLiteral("sources"), m_records);
    audit.details.insert(QStringLiteral("codes"), static_cast<int>(m_codes.size()));
    audit.details.insert(QStringLiteral("codings"), m_codings);
    audit.details.insert(QStringLiteral("adjustments"), QJsonArray::fromStringList(m_report.adjustments));
    audit.details.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(m_report.skipped));
}

// --- step 5: the file takes its name -----------------------------------------------------------

Status QdpxImport::publish(const QString &temp)
{
    if (!publishWithoutReplacing(temp, m_target)) {
        removeProjectFiles(temp);
        if (QFileInfo::exists(m_target))
            return makeError(QCoreApplication::translate("Import", "Cannot import into %1: another program created that file while this "
                                            "import ran; it was left as it is and nothing was imported here.")
                                 .arg(m_target));
        return makeError(QCoreApplication::translate("Import", "Cannot create %1.").arg(m_target));
    }
    removeProjectFiles(temp);
    return {};
}

Result<ImportReport> QdpxImport::run()
{
    if (QFileInfo::exists(m_target))
        return makeError(QCoreApplication::translate("Import", "Cannot import into %1: the file exists already. Choose a new file name.").arg(m_target));
    if (auto st = readArchiveIndex(); !st)
        return st.takeError();
    if (m_mode == Mode::HeadFirst)
        if (auto st = readHeadPass(); !st)
            return st.takeError();
    auto stream = m_zip->openStream(m_qdeEntry);
    if (!stream)
        return stream.takeError();
    Reader reader(stream->get(), m_qdeEntry, m_report);
    const Reader::Parts parts = m_mode == Mode::HeadFirst ? Reader::Parts::AllButHeader : Reader::Parts::All;
    if (auto st = reader.readProjectStart(m_p); !st)
        return openFailure(m_qdpx, st.error());
    auto part = reader.readUntilSources(m_p, parts);
    if (!part)
        return openFailure(m_qdpx, part.error());
    planUsers();
    planCodes();
    m_originModel = originOffsetModel(m_p.origin);

    // One transaction into a file that takes its name only when complete.
    removeAbandonedImports(m_target);
    const QString temp = importingPath(m_target);
    removeProjectFiles(temp);
    QString title = m_p.name.trimmed();
    if (title.isEmpty())
        title = QFileInfo(m_target).completeBaseName();
    Status st;
    {
        // The Consensus reviewer keeps the import's id when known.
        auto created = createProject(temp, NewProject{title, m_consensus.id, false});
        if (!created) {
            removeProjectFiles(temp);
            return created.takeError();
        }
        Project &project = **created;
        // The sources, codings and report are counted while the body reads: the body completes
        // the audit's details before it returns, and bulkWrite() writes them after it.
        BulkAudit audit{QStringLiteral("project.import"), QStringLiteral("project"), project.projectId(),
                        {{QStringLiteral("format"), QStringLiteral("qdpx")},
                         {QStringLiteral("file"), QFileInfo(m_qdpx).fileName()}}};
        auto written = project.bulkWrite(audit, [&](BulkWriter &w) -> Status {
            m_writer = &w;
            const auto done = qScopeGuard([this] {
                (void)m_writing.wait(); // a failed body: the batch in flight ends before the rollback
                m_writer = nullptr;
            });
            if (auto s = flush(); !s)
                return s;
            while (*part == Reader::Part::Sources) {
                if (auto s = readSources(reader); !s)
                    return s;
                part = reader.readUntilSources(m_p, parts);
                if (!part)
                    return part.takeError();
            }
            if (*part == Reader::Part::HeaderAfterSources) {
                m_needsHeadFirst = true;
                return makeError(
                    QCoreApplication::translate("Import", "users, codebook or variables follow the sources."));
            }
            if (auto s = reader.finish(); !s)
                return s;
            if (auto s = settleDeferredSources(); !s)
                return s;
            if (auto s = flush(); !s)
                return s;
            if (auto s = settleMemos(); !s)
                return s;
            if (auto s = flush(); !s)
                return s;
            reportTotals();
            completeAudit(audit);
            return {};
        }, BulkTarget::Unpublished); // the file takes its name only once complete
        if (!written)
            st = written.takeError();
    } // the project closes here, so the file is complete before it is renamed
    if (!st) {
        removeProjectFiles(temp);
        if (m_refusedWhole)
            return st.takeError(); // says so already
        return openFailure(m_qdpx, st.error() + QCoreApplication::translate("Import", " Nothing was imported."));
    }
    if (auto s = publish(temp); !s)
        return s.takeError();
    m_report.users = m_reviewerCount + 1;
    m_report.codes = static_cast<int>(m_codes.size());
    m_report.sources = m_records;
    m_report.codings = m_codings;
    m_report.memos = m_recordMemos + m_codingMemos;
    for (const Code &c : m_codes)
        m_report.memos += c.memo.isEmpty() ? 0 : 1;
    return m_report;
}

} // namespace

Result<ImportReport> importQdpx(const QString &qdpxPath, const QString &newProjectPath)
{
    QdpxImport import(qdpxPath, newProjectPath, QdpxImport::Mode::OnePass);
    auto report = import.run();
    if (report || !import.needsHeadFirst())
        return report;
    // Users, codebook or variables after the sources (against REFI's order): read those first.
    QdpxImport again(qdpxPath, newProjectPath, QdpxImport::Mode::HeadFirst);
    return again.run();
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
    RHeader p;
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
