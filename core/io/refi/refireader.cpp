#include "core/io/refi/refireader.h"

#include "core/io/refi/refiformat.h"
#include "core/io/refi/refiimport.h"
#include "core/io/refi/safezip.h"

#include <QCoreApplication>
#include <QIODevice>

namespace dyad::core::io {

namespace {

/** A GUID whose letters are all lower case (Dyad keeps it as the same UUID, and says so). */
bool hasLowerCase(QStringView raw)
{
    for (QChar c : raw)
        if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            return true;
    return false;
}

/**
 * xsd:dateTime as REFI writers write it, "2024-05-01T12:00:00Z", read without QDateTime's
 * general parser (three dates per coding); anything else goes through parseRefiDateTime().
 */
QDateTime readDateTime(QStringView text)
{
    if (text.size() == 20 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-') && text[10] == QLatin1Char('T')
        && text[13] == QLatin1Char(':') && text[16] == QLatin1Char(':') && text[19] == QLatin1Char('Z')) {
        auto number = [&](int from, int length) {
            int n = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = text[i].unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                n = n * 10 + (c - u'0');
            }
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const int h = number(11, 2), m = number(14, 2), s = number(17, 2);
        if (date.isValid() && QTime::isValid(h, m, s))
            return QDateTime(date, QTime(h, m, s), Qt::UTC);
    }
    return parseRefiDateTime(text.toString());
}

} // namespace

Reader::Reader(const QByteArray &xml, QString fileName, ImportReport &report)
    : m_xml(xml), m_file(std::move(fileName)), m_report(report)
{
    m_xml.setNamespaceProcessing(true);
}

Reader::Reader(QIODevice *device, QString fileName, ImportReport &report)
    : m_xml(device), m_device(device), m_file(std::move(fileName)), m_report(report)
{
    m_xml.setNamespaceProcessing(true);
}

QString Reader::where() const
{
    return QCoreApplication::translate("Import", "%1, line %2").arg(m_file).arg(m_xml.lineNumber());
}

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
    if (m_xml.hasError()) {
        // The archive's own complaint (a lying size, a bad checksum) says more than the parser's.
        if (const QString cause = m_device ? streamError(m_device) : QString(); !cause.isEmpty())
            return makeError(QCoreApplication::translate("Import", "%1 cannot be read: %2.").arg(m_file, cause));
        return makeError(QCoreApplication::translate("Import", "%1: not well-formed XML (%2).").arg(where(), m_xml.errorString()));
    }
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

QUuid Reader::guid(QLatin1StringView attrName, bool required)
{
    // Read in place: the attribute's text stays valid until the reader moves on.
    return guidValue(m_xml.attributes().value(attrName), required);
}

QUuid Reader::guidValue(QStringView value, bool required)
{
    const QStringView raw = value.trimmed();
    const QUuid id = parseRefiGuid(raw);
    if (id.isNull()) {
        if (required || !raw.isEmpty())
            ++m_invalidGuids;
        return required ? QUuid::createUuid() : QUuid();
    }
    if (raw.startsWith(QLatin1Char('{')))
        ++m_braced;
    else if (hasLowerCase(raw))
        ++m_lowerCase;
    return id;
}

QUuid Reader::readRef()
{
    const QUuid id = optionalGuid(QLatin1StringView("targetGUID"));
    skip();
    return id;
}

Status Reader::readProjectStart(RHeader &p)
{
    if (auto st = start(QStringLiteral("Project"), QString::fromUtf16(kRefiProjectNs)); !st)
        return st;
    if (!is(QLatin1StringView("Project")))
        return makeError(QCoreApplication::translate("Import", "%1: the document is a <%2>, not a REFI-QDA <Project>.").arg(where(), name()));
    p.name = attr(QLatin1StringView("name"));
    p.origin = attr(QLatin1StringView("origin")).trimmed();
    p.creatingUser = optionalGuid(QLatin1StringView("creatingUserGUID"));
    return {};
}

Result<Reader::Part> Reader::readUntilSources(RHeader &p, Parts parts)
{
    const bool header = parts != Parts::AllButHeader;
    while (nextChild()) {
        if (is(QLatin1StringView("Sources"))) {
            m_afterSources = true;
            return Part::Sources;
        }
        const bool headerPart = is(QLatin1StringView("Users")) || is(QLatin1StringView("CodeBook"))
            || is(QLatin1StringView("Variables"));
        if (headerPart && parts == Parts::All && m_afterSources)
            return Part::HeaderAfterSources;
        if (headerPart && !header) {
            skip();
        } else if (is(QLatin1StringView("Users"))) {
            readUsers(p);
        } else if (is(QLatin1StringView("CodeBook"))) {
            while (nextChild()) {
                if (is(QLatin1StringView("Codes")))
                    readCodes(p, QUuid());
                else
                    skip();
            }
        } else if (is(QLatin1StringView("Variables"))) {
            readVariables(p);
        } else if (is(QLatin1StringView("Notes"))) {
            if (header)
                readNotes(p);
            else
                skip();
        } else {
            if (header && !is(QLatin1StringView("Description")))
                p.ignoredParts << name();
            skip();
        }
    }
    return Part::End;
}

bool Reader::nextSource(RSource &s)
{
    if (!nextChild())
        return false;
    s = RSource();
    s.kind = name();
    s.guid = guid(QLatin1StringView("guid"));
    s.name = attr(QLatin1StringView("name"));
    if (s.kind == QLatin1String("TextSource"))
        readTextSource(s);
    else
        skip();
    return true;
}

int Reader::skipSources()
{
    int n = 0;
    while (nextChild()) {
        ++n;
        skip();
    }
    return n;
}

Status Reader::readCodebookRoot(RHeader &p)
{
    if (auto st = start(QStringLiteral("CodeBook"), QString::fromUtf16(kRefiCodebookNs)); !st)
        return st;
    if (is(QLatin1StringView("Project"))) {
        m_report.adjustments << QCoreApplication::translate("Import", "%1 is a project document; only its codebook was read.").arg(m_file);
        while (nextChild()) {
            if (is(QLatin1StringView("CodeBook"))) {
                while (nextChild()) {
                    if (is(QLatin1StringView("Codes")))
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
    if (!is(QLatin1StringView("CodeBook")))
        return makeError(QCoreApplication::translate("Import", "%1: the document is a <%2>, not a REFI-QDA <CodeBook>.").arg(where(), name()));
    while (nextChild()) {
        if (is(QLatin1StringView("Codes")))
            readCodes(p, QUuid());
        else {
            p.ignoredParts << name();
            skip();
        }
    }
    return finish();
}

void Reader::readUsers(RHeader &p)
{
    while (nextChild()) {
        if (is(QLatin1StringView("User"))) {
            const QUuid id = guid(QLatin1StringView("guid"));
            p.users.emplace_back(id, attr(QLatin1StringView("name")).trimmed());
        }
        skip();
    }
}

void Reader::readCodes(RHeader &p, const QUuid &parent)
{
    while (nextChild()) {
        if (is(QLatin1StringView("Code")))
            readCode(p, parent);
        else
            skip();
    }
}

void Reader::readCode(RHeader &p, const QUuid &parent)
{
    RCode c;
    c.guid = guid(QLatin1StringView("guid"));
    c.parent = parent;
    c.name = attr(QLatin1StringView("name"));
    c.color = attr(QLatin1StringView("color"));
    const QString codable = attr(QLatin1StringView("isCodable")).trimmed();
    c.codable = codable.toLower() != QLatin1String("false") && codable != QLatin1String("0");
    const size_t index = p.codes.size();
    p.codes.push_back(c);
    while (nextChild()) {
        if (is(QLatin1StringView("Description")))
            p.codes[index].description = text();
        else if (is(QLatin1StringView("NoteRef")))
            p.codes[index].notes.push_back(readRef());
        else if (is(QLatin1StringView("Code")))
            readCode(p, p.codes[index].guid);
        else
            skip();
    }
}

void Reader::readVariables(RHeader &p)
{
    while (nextChild()) {
        if (is(QLatin1StringView("Variable"))) {
            const QUuid id = guid(QLatin1StringView("guid"));
            p.variables[id] = attr(QLatin1StringView("name"));
        }
        skip();
    }
}

void Reader::readTextSource(RSource &s)
{
    s.plainTextPath = attr(QLatin1StringView("plainTextPath"));
    s.user = optionalGuid(QLatin1StringView("creatingUser"));
    s.created = readDateTime(attr(QLatin1StringView("creationDateTime")));
    while (nextChild()) {
        if (is(QLatin1StringView("PlainTextContent"))) {
            s.inlineText = text();
            s.hasInlineText = true;
        } else if (is(QLatin1StringView("PlainTextSelection"))) {
            RSelection sel;
            readSelection(sel);
            s.selections.push_back(std::move(sel));
        } else if (is(QLatin1StringView("Coding"))) {
            s.wholeCodings.push_back(readCoding());
        } else if (is(QLatin1StringView("NoteRef"))) {
            s.notes.push_back(readRef());
        } else if (is(QLatin1StringView("VariableValue"))) {
            QUuid var;
            QString value;
            while (nextChild()) {
                if (is(QLatin1StringView("VariableRef")))
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
    // One walk over the attributes (there is one selection per coding).
    bool hasGuid = false, ok1 = false, ok2 = false;
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        const QStringView n = a.name();
        if (n == QLatin1StringView("guid")) {
            sel.guid = guidValue(a.value(), true);
            hasGuid = true;
        } else if (n == QLatin1StringView("name")) {
            sel.name = a.value().toString();
        } else if (n == QLatin1StringView("startPosition")) {
            sel.start = a.value().trimmed().toLongLong(&ok1);
        } else if (n == QLatin1StringView("endPosition")) {
            sel.end = a.value().trimmed().toLongLong(&ok2);
        } else if (n == QLatin1StringView("creatingUser")) {
            sel.user = guidValue(a.value(), false);
        } else if (n == QLatin1StringView("creationDateTime")) {
            sel.created = readDateTime(a.value());
        } else if (n == QLatin1StringView("modifiedDateTime")) {
            sel.modified = readDateTime(a.value());
        }
    }
    if (!hasGuid)
        sel.guid = guidValue(QStringView(), true);
    sel.positionsValid = ok1 && ok2;
    while (nextChild()) {
        if (is(QLatin1StringView("Coding")))
            sel.codings.push_back(readCoding());
        else if (is(QLatin1StringView("NoteRef")))
            sel.notes.push_back(readRef());
        else if (is(QLatin1StringView("Description")))
            sel.description = text();
        else
            skip();
    }
}

RCoding Reader::readCoding()
{
    RCoding c;
    c.guid = guid(QLatin1StringView("guid"));
    c.user = optionalGuid(QLatin1StringView("creatingUser"));
    c.created = readDateTime(m_xml.attributes().value(QLatin1StringView("creationDateTime")));
    while (nextChild()) {
        if (is(QLatin1StringView("CodeRef")))
            c.code = readRef();
        else if (is(QLatin1StringView("NoteRef")))
            c.notes.push_back(readRef());
        else
            skip();
    }
    return c;
}

void Reader::readNotes(RHeader &p)
{
    p.notesRead = true;
    while (nextChild()) {
        if (!is(QLatin1StringView("Note"))) {
            skip();
            continue;
        }
        RNote n;
        n.guid = guid(QLatin1StringView("guid"));
        n.name = attr(QLatin1StringView("name"));
        n.user = optionalGuid(QLatin1StringView("creatingUser"));
        n.created = readDateTime(attr(QLatin1StringView("creationDateTime")));
        n.plainTextPath = attr(QLatin1StringView("plainTextPath"));
        while (nextChild()) {
            if (is(QLatin1StringView("PlainTextContent"))) {
                n.text = text();
                n.hasText = true;
            } else {
                skip();
            }
        }
        p.notes[n.guid] = n;
    }
}

} // namespace dyad::core::io
