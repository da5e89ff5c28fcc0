#pragma once

// Reads REFI-QDA project.qde and .qdc XML as a stream: the parts before and after the sources
// into an RHeader, each source on its own, so a project with 400,000 codings is never held as
// one document. Internal to core/io/refi.

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QXmlStreamReader>

#include <map>
#include <utility>
#include <vector>

class QIODevice;

namespace dyad::core::io {

struct ImportReport;

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

/** Everything in a project document but its sources. */
struct RHeader
{
    QString name;
    QString origin;                                 ///< the writing application, as it names itself
    QUuid creatingUser;
    std::vector<std::pair<QUuid, QString>> users;
    std::vector<RCode> codes;                       ///< parents before children
    std::map<QUuid, QString> variables;             ///< GUID -> name
    std::map<QUuid, RNote> notes;
    bool notesRead = false;                         ///< a <Notes> element has been read
    QStringList ignoredParts;
};

/** Reads REFI XML leniently: elements are matched by local name, any namespace. */
class Reader
{
public:
    Reader(const QByteArray &xml, QString fileName, ImportReport &report);
    Reader(QIODevice *device, QString fileName, ImportReport &report);

    /** Where the next part of a project document was found. */
    enum class Part { Sources, End, HeaderAfterSources };
    /** What readUntilSources() reads; the rest is skipped. */
    enum class Parts {
        All,            ///< everything, in REFI's order
        AllButHeader,   ///< everything but users, codebook, variables and notes (read by an earlier pass)
        HeadAnywhere,   ///< users, codebook, variables and notes wherever they are (sources are the caller's)
    };

    /** Reads up to the root <Project> element and its attributes. */
    Status readProjectStart(RHeader &p);
    /**
     * Reads the root's children up to the next <Sources> (left open for nextSource()) or the
     * end of the root. With Parts::AllButHeader, <Users>, <CodeBook>, <Variables> and <Notes>
     * are skipped (they were read by an earlier pass). A <Users>, <CodeBook> or <Variables>
     * after the sources stops reading with Part::HeaderAfterSources.
     */
    Result<Part> readUntilSources(RHeader &p, Parts parts = Parts::All);
    /** Reads the next source of the open <Sources>; false at its end. */
    bool nextSource(RSource &s);
    /** Skips the rest of the open <Sources>; returns how many sources it held. */
    int skipSources();
    /** Reads to the end of the document; reports GUID leniencies. */
    Status finish();

    /** A whole codebook (.qdc, or the codebook of a .qde). */
    Status readCodebookRoot(RHeader &p);

private:
    bool nextChild() { return m_xml.readNextStartElement(); }
    bool is(QLatin1StringView n) const { return m_xml.name() == n; }
    QString name() const { return m_xml.name().toString(); }
    QString attr(QLatin1StringView n) const { return m_xml.attributes().value(n).toString(); }
    bool hasAttr(QLatin1StringView n) const { return m_xml.attributes().hasAttribute(n); }
    QString where() const;
    Status start(const QString &expectedRoot, const QString &expectedNs);
    /** A GUID attribute; invalid or missing ones get a fresh GUID and a report line. */
    QUuid guid(QLatin1StringView attrName, bool required = true);
    QUuid guidValue(QStringView value, bool required);
    QUuid optionalGuid(QLatin1StringView attrName) { return hasAttr(attrName) ? guid(attrName, false) : QUuid(); }
    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }
    void skip() { m_xml.skipCurrentElement(); }

    void readUsers(RHeader &p);
    void readCodes(RHeader &p, const QUuid &parent);
    void readCode(RHeader &p, const QUuid &parent);
    void readVariables(RHeader &p);
    void readTextSource(RSource &s);
    void readSelection(RSelection &sel);
    RCoding readCoding();
    void readNotes(RHeader &p);
    QUuid readRef();

    QXmlStreamReader m_xml;
    QIODevice *m_device = nullptr;
    QString m_file;
    ImportReport &m_report;
    bool m_afterSources = false;
    int m_braced = 0;
    int m_lowerCase = 0;
    int m_invalidGuids = 0;
};

} // namespace dyad::core::io
