// BibTeX reader: @type{key, field = value, ...} with {braced}, "quoted", numeric and
// macro values joined by '#', @string macros, @comment/@preamble skipped, text outside
// entries ignored (as BibTeX does). TeX accents and escapes become Unicode.

#include "core/io/import/readers_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace dyad::core::importer::detail {

namespace {

char16_t accentMark(QChar c)
{
    switch (c.unicode()) {
    case u'"': return 0x0308;
    case u'\'': return 0x0301;
    case u'`': return 0x0300;
    case u'^': return 0x0302;
    case u'~': return 0x0303;
    case u'=': return 0x0304;
    case u'.': return 0x0307;
    case u'u': return 0x0306;
    case u'v': return 0x030C;
    case u'H': return 0x030B;
    case u'c': return 0x0327;
    case u'k': return 0x0328;
    case u'r': return 0x030A;
    case u'd': return 0x0323;
    case u'b': return 0x0331;
    case u't': return 0x0361;
    default: return 0;
    }
}

const QHash<QString, QString> &namedSymbols()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("ss"), QStringLiteral("ß")},
        {QStringLiteral("o"), QStringLiteral("ø")},
        {QStringLiteral("O"), QStringLiteral("Ø")},
        {QStringLiteral("ae"), QStringLiteral("æ")},
        {QStringLiteral("AE"), QStringLiteral("Æ")},
        {QStringLiteral("oe"), QStringLiteral("œ")},
        {QStringLiteral("OE"), QStringLiteral("Œ")},
        {QStringLiteral("aa"), QStringLiteral("å")},
        {QStringLiteral("AA"), QStringLiteral("Å")},
        {QStringLiteral("l"), QStringLiteral("ł")},
        {QStringLiteral("L"), QStringLiteral("Ł")},
        {QStringLiteral("i"), QStringLiteral("ı")},
        {QStringLiteral("j"), QStringLiteral("ȷ")},
        {QStringLiteral("textendash"), QStringLiteral("–")},
        {QStringLiteral("textemdash"), QStringLiteral("—")},
        {QStringLiteral("ldots"), QStringLiteral("…")},
        {QStringLiteral("dots"), QStringLiteral("…")},
        {QStringLiteral("textquoteright"), QStringLiteral("’")},
        {QStringLiteral("textquoteleft"), QStringLiteral("‘")},
        {QStringLiteral("textregistered"), QStringLiteral("®")},
        {QStringLiteral("copyright"), QStringLiteral("©")},
        {QStringLiteral("pounds"), QStringLiteral("£")},
        {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("S"), QStringLiteral("§")},
        {QStringLiteral("P"), QStringLiteral("¶")},
        {QStringLiteral("alpha"), QStringLiteral("α")},
        {QStringLiteral("beta"), QStringLiteral("β")},
        {QStringLiteral("gamma"), QStringLiteral("γ")},
        {QStringLiteral("delta"), QStringLiteral("δ")},
        {QStringLiteral("mu"), QStringLiteral("μ")},
        {QStringLiteral("pm"), QStringLiteral("±")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("leq"), QStringLiteral("≤")},
        {QStringLiteral("geq"), QStringLiteral("≥")},
        {QStringLiteral("textasciitilde"), QStringLiteral("~")},
        {QStringLiteral("textbackslash"), QStringLiteral("\\")},
    };
    return m;
}

} // namespace

/** TeX markup as found in BibTeX values → plain Unicode (not yet NFC). Linear. */
QString texToUnicode(QStringView s)
{
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < n) {
            const QChar nx = s[i + 1];
            // Accent commands: symbol ones (\" \' ...) or letter ones (\c \v \u ...) that
            // are not the start of a longer command name.
            const bool letterAccent = nx.isLetter() && accentMark(nx)
                && !(i + 2 < n && s[i + 2].isLetter());
            if ((!nx.isLetter() && accentMark(nx)) || letterAccent) {
                qsizetype j = i + 2;
                if (letterAccent) {
                    while (j < n && s[j] == u' ')
                        ++j;
                }
                QString base;
                if (j < n && s[j] == u'{') {
                    qsizetype k = j + 1;
                    while (k < n && s[k] != u'}')
                        ++k;
                    base = s.mid(j + 1, k - j - 1).toString();
                    j = k < n ? k + 1 : k;
                } else if (j + 1 < n && s[j] == u'\\' && (s[j + 1] == u'i' || s[j + 1] == u'j')) {
                    base = s.mid(j + 1, 1).toString(); // \'\i: dotless i takes the accent
                    j += 2;
                } else if (j < n) {
                    base = s.mid(j, 1).toString();
                    ++j;
                }
                if (base == QLatin1String("\\i"))
                    base = QStringLiteral("i");
                else if (base == QLatin1String("\\j"))
                    base = QStringLiteral("j");
                out.append(base);
                if (!base.isEmpty())
                    out.append(QChar(accentMark(nx)));
                i = j - 1;
                continue;
            }
            if (nx.isLetter()) {
                qsizetype j = i + 1;
                while (j < n && s[j].isLetter())
                    ++j;
                const QString name = s.mid(i + 1, j - i - 1).toString();
                const auto it = namedSymbols().constFind(name);
                if (it != namedSymbols().constEnd()) {
                    out.append(it.value());
                    // A control word swallows one following space.
                    if (j < n && s[j] == u' ')
                        ++j;
                }
                // Unknown commands (\emph, \textit, ...) vanish; their {argument} stays.
                i = j - 1;
                continue;
            }
            // Escaped specials: \& \% \$ \# \_ \{ \} and "\ " (a space).
            if (nx == u'\\')
                out.append(u' ');
            else
                out.append(nx);
            ++i;
            continue;
        }
        if (c == u'{' || c == u'}' || c == u'$' || c == u'\r')
            continue;
        if (c == u'\n') {
            // TeX: a line break is a space, an empty line a paragraph break.
            qsizetype j = i + 1;
            while (j < n && (s[j] == u' ' || s[j] == u'\t' || s[j] == u'\r'))
                ++j;
            if (j < n && s[j] == u'\n') {
                out.append(u'\n');
                i = j;
            } else {
                out.append(u' ');
            }
            continue;
        }
        if (c == u'~') {
            out.append(QChar(0x00A0));
            continue;
        }
        if (c == u'-' && i + 1 < n && s[i + 1] == u'-') {
            if (i + 2 < n && s[i + 2] == u'-') {
                out.append(QChar(0x2014));
                i += 2;
            } else {
                out.append(QChar(0x2013));
                i += 1;
            }
            continue;
        }
        if ((c == u'`' || c == u'\'') && i + 1 < n && s[i + 1] == c) {
            out.append(QChar(c == u'`' ? 0x201C : 0x201D));
            ++i;
            continue;
        }
        out.append(c);
    }
    return out;
}

namespace {

/** Splits a raw author value on " and " outside braces. */
QStringList splitBibAuthors(QStringView raw)
{
    QStringList out;
    int depth = 0;
    qsizetype start = 0;
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = raw[i];
        if (c == u'{')
            ++depth;
        else if (c == u'}')
            depth = std::max(0, depth - 1);
        else if (depth == 0 && c.isSpace() && i + 5 <= n
                 && raw.mid(i + 1, 3).compare(u"and", Qt::CaseInsensitive) == 0
                 && i + 4 < n && raw[i + 4].isSpace()) {
            out << raw.mid(start, i - start).trimmed().toString();
            start = i + 5;
            i += 4;
        }
    }
    out << raw.mid(start).trimmed().toString();
    out.removeAll(QString());
    return out;
}

class BibtexParser
{
public:
    BibtexParser(ReadContext &ctx) : m_ctx(ctx), m_t(ctx.text()), m_n(m_t.size())
    {
        static const char *months[12] = {"January", "February", "March", "April", "May", "June",
                                         "July", "August", "September", "October", "November",
                                         "December"};
        static const char *keys[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < 12; ++i)
            m_macros.insert(QString::fromLatin1(keys[i]), QString::fromLatin1(months[i]));
    }

    void run()
    {
        qsizetype pos = 0;
        while (pos < m_n) {
            const qsizetype at = m_t.indexOf(u'@', pos);
            if (at < 0)
                break;
            if (!m_ctx.progress(at))
                return;
            qsizetype i = at + 1;
            skipSpace(i);
            const qsizetype typeStart = i;
            while (i < m_n && (m_t[i].isLetterOrNumber() || m_t[i] == u'_'))
                ++i;
            const QString type = m_t.mid(typeStart, i - typeStart).toString().toLower();
            skipSpace(i);
            if (type.isEmpty() || i >= m_n || (m_t[i] != u'{' && m_t[i] != u'(')) {
                pos = at + 1; // an '@' in free text, e.g. an e-mail address in a comment
                continue;
            }
            const QChar close = m_t[i] == u'{' ? u'}' : u')';
            ++i;
            if (type == QLatin1String("comment") || type == QLatin1String("preamble")) {
                pos = skipBalanced(i, close);
                continue;
            }
            if (type == QLatin1String("string")) {
                pos = parseString(at, i, close);
                continue;
            }
            pos = parseEntry(at, type, i, close);
        }
    }

private:
    void skipSpace(qsizetype &i) const
    {
        while (i < m_n && m_t[i].isSpace())
            ++i;
    }

    /** After a '}' at i - 1: ",", a line break and "name =" follow, or the entry's close on its own line. */
    bool endsFieldValue(qsizetype i, QChar close) const
    {
        static const QRegularExpression next(QStringLiteral("\\G[ \\t]*,[ \\t]*\\r?\\n\\s*[A-Za-z_][A-Za-z0-9_:.-]*\\s*="));
        static const QRegularExpression end(QStringLiteral("\\G[ \\t]*,?[ \\t]*\\r?\\n\\s*[})][ \\t]*(\\r?\\n|$)"));
        Q_UNUSED(close);
        return next.match(m_t, i).hasMatch() || end.match(m_t, i).hasMatch();
    }

    /** Where the next entry starts: a line "@type{key," after `from`; the end of input if none. */
    qsizetype nextEntryLine(qsizetype from) const
    {
        static const QRegularExpression entry(
            QStringLiteral("(?:^|\\n)[ \\t]*@[A-Za-z]+[ \\t]*[{(][ \\t]*[^\\s,{}()]*[ \\t]*,"));
        const auto m = entry.match(m_t, from);
        if (!m.hasMatch())
            return m_n;
        qsizetype at = m.capturedStart();
        if (m_t[at] == u'\n')
            ++at;
        return at;
    }

    qsizetype skipBalanced(qsizetype i, QChar close) const
    {
        int depth = 0;
        for (; i < m_n; ++i) {
            const QChar c = m_t[i];
            if (c == u'{')
                ++depth;
            else if (c == u'}' && depth > 0)
                --depth;
            else if (c == close && depth == 0)
                return i + 1;
        }
        return m_n;
    }

    /**
     * Reads a value (parts joined by '#'). Returns false on a malformed value. `lenient`
     * (used to recover an entry whose braces do not balance): a braced value also ends at
     * a '}' that is followed by ",", a line break and the next "name =", or by the
     * entry's closing brace on its own line; `*unbalancedAt` then gets where it started.
     */
    bool parseValue(qsizetype &i, QChar close, QString &value, QString &error, bool lenient = false,
                    qsizetype *unbalancedAt = nullptr)
    {
        value.clear();
        for (;;) {
            skipSpace(i);
            if (i >= m_n) {
                error = QCoreApplication::translate("Import", "the input ended inside a field value");
                return false;
            }
            const QChar c = m_t[i];
            if (c == u'{') {
                int depth = 1;
                const qsizetype s = ++i;
                while (i < m_n && depth > 0) {
                    if (m_t[i] == u'\\' && i + 1 < m_n) {
                        i += 2;
                        continue;
                    }
                    if (m_t[i] == u'{')
                        ++depth;
                    else if (m_t[i] == u'}') {
                        --depth;
                        if (lenient && depth > 0 && endsFieldValue(i + 1, close)) {
                            if (unbalancedAt && *unbalancedAt < 0)
                                *unbalancedAt = s - 1;
                            depth = 0;
                        }
                    }
                    ++i;
                }
                if (depth > 0) {
                    error = QCoreApplication::translate("Import", "a '{' is never closed (expected '}')");
                    return false;
                }
                value.append(m_t.mid(s, i - 1 - s));
            } else if (c == u'"') {
                int depth = 0;
                const qsizetype s = ++i;
                while (i < m_n && !(m_t[i] == u'"' && depth == 0)) {
                    if (m_t[i] == u'\\' && i + 1 < m_n) {
                        i += 2;
                        continue;
                    }
                    if (m_t[i] == u'{')
                        ++depth;
                    else if (m_t[i] == u'}')
                        depth = std::max(0, depth - 1);
                    ++i;
                }
                if (i >= m_n) {
                    error = QCoreApplication::translate("Import", "a '\"' is never closed (expected a closing '\"')");
                    return false;
                }
                value.append(m_t.mid(s, i - s));
                ++i;
            } else if (c.isDigit()) {
                const qsizetype s = i;
                while (i < m_n && m_t[i].isDigit())
                    ++i;
                value.append(m_t.mid(s, i - s));
            } else if (c.isLetter() || c == u'_') {
                const qsizetype s = i;
                while (i < m_n && (m_t[i].isLetterOrNumber() || m_t[i] == u'_' || m_t[i] == u'-'
                                   || m_t[i] == u':' || m_t[i] == u'.'))
                    ++i;
                const QString name = m_t.mid(s, i - s).toString().toLower();
                const auto it = m_macros.constFind(name);
                if (it != m_macros.constEnd()) {
                    value.append(it.value());
                } else {
                    m_ctx.report(Severity::Warning, m_ctx.lineOf(s), m_ctx.nextRecordNo(),
                                 QCoreApplication::translate("Import", "undefined @string macro \"%1\"; its name was "
                                                "used as the value")
                                     .arg(name));
                    value.append(name);
                }
            } else {
                error = QCoreApplication::translate("Import", "expected a value ({…}, \"…\", a number or a macro) but "
                                       "found '%1'")
                            .arg(c);
                return false;
            }
            skipSpace(i);
            if (i < m_n && m_t[i] == u'#') {
                ++i;
                continue;
            }
            if (i < m_n && (m_t[i] == u',' || m_t[i] == close))
                return true;
            if (i >= m_n) {
                error = QCoreApplication::translate("Import", "the input ended inside the entry (expected '%1')").arg(close);
                return false;
            }
            error = QCoreApplication::translate("Import", "expected ',' or '%1' after a field value but found '%2'")
                        .arg(close)
                        .arg(m_t[i]);
            return false;
        }
    }

    qsizetype parseString(qsizetype at, qsizetype i, QChar close)
    {
        skipSpace(i);
        const qsizetype s = i;
        while (i < m_n && !m_t[i].isSpace() && m_t[i] != u'=')
            ++i;
        const QString name = m_t.mid(s, i - s).toString().toLower();
        skipSpace(i);
        QString value, error;
        if (name.isEmpty() || i >= m_n || m_t[i] != u'=') {
            m_ctx.report(Severity::Error, m_ctx.lineOf(at), 0,
                         QCoreApplication::translate("Import", "malformed @string (expected @string{name = value}); "
                                        "ignored"));
            return skipBalanced(i, close);
        }
        ++i;
        if (!parseValue(i, close, value, error)) {
            m_ctx.report(Severity::Error, m_ctx.lineOf(at), 0,
                         QCoreApplication::translate("Import", "malformed @string \"%1\": %2; ignored").arg(name, error));
            return skipBalanced(i, close);
        }
        m_macros.insert(name, value);
        return skipBalanced(i, close);
    }

    /** Reads "name = value" fields up to the entry's close; `error` says what stopped it. */
    void readFields(qsizetype &i, QChar close, QList<std::pair<QString, QString>> &fields, QString &error, bool lenient,
                    qsizetype *unbalancedAt)
    {
        while (error.isEmpty()) {
            skipSpace(i);
            while (i < m_n && m_t[i] == u',') {
                ++i;
                skipSpace(i);
            }
            if (i >= m_n) {
                error = QCoreApplication::translate("Import", "the entry is not closed (expected '%1'); the file may be "
                                       "truncated")
                            .arg(close);
                break;
            }
            if (m_t[i] == close) {
                ++i;
                break;
            }
            const qsizetype ns = i;
            while (i < m_n && (m_t[i].isLetterOrNumber() || m_t[i] == u'_' || m_t[i] == u'-'
                               || m_t[i] == u':' || m_t[i] == u'.'))
                ++i;
            const QString name = m_t.mid(ns, i - ns).toString().toLower();
            skipSpace(i);
            if (name.isEmpty() || i >= m_n || m_t[i] != u'=') {
                error = QCoreApplication::translate("Import", "expected \"name = value\" at line %1")
                            .arg(m_ctx.lineOf(std::min(i, m_n - 1)));
                break;
            }
            ++i;
            QString value;
            if (!parseValue(i, close, value, error, lenient, unbalancedAt))
                break;
            fields.append({name, value});
        }
    }

    qsizetype parseEntry(qsizetype at, const QString &type, qsizetype i, QChar close)
    {
        const qint64 line = m_ctx.lineOf(at);
        skipSpace(i);
        const qsizetype keyStart = i;
        while (i < m_n && m_t[i] != u',' && m_t[i] != close && !m_t[i].isSpace())
            ++i;
        const QString key = m_t.mid(keyStart, i - keyStart).toString();
        skipSpace(i);
        const qsizetype fieldsStart = i;
        QList<std::pair<QString, QString>> fields;
        QString error;
        readFields(i, close, fields, error, false, nullptr);
        if (!error.isEmpty()) {
            // A real export (Scopus) had "{Austropotamobius pallipes)" in an abstract: the
            // braces never balance and the entry swallowed what followed. Recover: the entry
            // ends at the next line that starts a new "@type{key,", and a braced value ends
            // where the next field or the entry's close begins.
            const qsizetype end = nextEntryLine(at + 1);
            const qsizetype savedEnd = m_n;
            m_n = end;
            qsizetype j = fieldsStart, unbalancedAt = -1;
            QList<std::pair<QString, QString>> recovered;
            QString again;
            readFields(j, close, recovered, again, true, &unbalancedAt);
            m_n = savedEnd;
            const QString notClosed = QCoreApplication::translate("Import", "the entry is not closed (expected '%1'); the file may be "
                                                                  "truncated").arg(close);
            if (again.isEmpty() || (again == notClosed && !recovered.isEmpty())) {
                m_ctx.report(Severity::Warning, line, m_ctx.nextRecordNo(),
                             QCoreApplication::translate("Import", "entry \"%1\": %2 (the braces do not balance%3); the entry was "
                                            "ended %4, and kept with %5 field(s): check it")
                                 .arg(key, error,
                                      unbalancedAt >= 0 ? QCoreApplication::translate("Import", " in the value starting at line %1")
                                                              .arg(m_ctx.lineOf(unbalancedAt))
                                                        : QString(),
                                      end < m_n ? QCoreApplication::translate("Import", "before line %1, where the next entry starts").arg(m_ctx.lineOf(end))
                                                : QCoreApplication::translate("Import", "at the end of the input"))
                                 .arg(recovered.size()));
                fields = recovered;
                i = end;
                error.clear();
            }
        }
        if (!error.isEmpty()) {
            m_ctx.report(Severity::Error, line, m_ctx.nextRecordNo(),
                         QCoreApplication::translate("Import", "entry \"%1\" could not be read: %2; it was skipped")
                             .arg(key, error));
            // Count the skipped entry, then resume at the next '@' after the error point.
            m_ctx.skipRecord();
            return std::max(i, at + 1);
        }

        RecordDraft d;
        d.line = line;
        d.rawSource = m_t.mid(at, i - at).toString();
        d.attributes.insert(QStringLiteral("entryType"), type);
        if (!key.isEmpty())
            d.attributes.insert(QStringLiteral("citationKey"), key);
        QString journal, booktitle, date;
        for (const auto &[name, raw] : std::as_const(fields)) {
            if (name == QLatin1String("author")) {
                for (const QString &a : splitBibAuthors(raw))
                    d.authors << texToUnicode(a);
                continue;
            }
            const QString v = texToUnicode(raw);
            if (name == QLatin1String("title"))
                d.title = v;
            else if (name == QLatin1String("abstract"))
                d.abstract = v;
            else if (name == QLatin1String("year"))
                d.year = v;
            else if (name == QLatin1String("date"))
                date = v;
            else if (name == QLatin1String("journal") || name == QLatin1String("journaltitle"))
                journal = v;
            else if (name == QLatin1String("booktitle"))
                booktitle = v;
            else if (name == QLatin1String("doi"))
                d.doi = raw; // DOIs keep their underscores and braces are rare: use raw
            else if (name == QLatin1String("pmid"))
                d.pmid = v;
            else if (name == QLatin1String("keywords") || name == QLatin1String("keyword"))
                d.keywords = splitList(v, v.contains(u';') ? u';' : u',');
            else if (name == QLatin1String("language") || name == QLatin1String("langid"))
                d.language = v;
            else
                d.attributes.insert(name, v);
        }
        if (d.year.isEmpty())
            d.year = date;
        d.journal = journal.isEmpty() ? booktitle : journal;
        if (!journal.isEmpty() && !booktitle.isEmpty())
            d.attributes.insert(QStringLiteral("booktitle"), booktitle);
        m_ctx.addRecord(std::move(d));
        return i;
    }

    ReadContext &m_ctx;
    QStringView m_t;
    qsizetype m_n;
    QHash<QString, QString> m_macros;
};

class BibtexReader final : public ImportReader
{
public:
    Format format() const override { return Format::Bibtex; }
    QString description() const override
    {
        return QCoreApplication::translate("Import", "BibTeX entries such as @article{key, title = {…}, …}");
    }
    QString nameFilter() const override { return QCoreApplication::translate("Import", "BibTeX files (*.bib *.bibtex)"); }

    double score(QStringView head, const QString &fileName) const override
    {
        static const QRegularExpression entry(
            QStringLiteral("(?:^|\\n)\\s*@\\s*[A-Za-z]+\\s*[{(]\\s*[^\\s,]*\\s*,"));
        const bool bib = entry.match(head).hasMatch();
        double sc = bib ? 0.9 : 0.0;
        if (bib && suffixOf(fileName) == QLatin1String("bib"))
            sc += 0.05;
        return sc;
    }

    void read(ReadContext &ctx) const override
    {
        BibtexParser parser(ctx);
        parser.run();
    }
};

} // namespace

std::unique_ptr<ImportReader> makeBibtexReader()
{
    return std::make_unique<BibtexReader>();
}

} // namespace dyad::core::importer::detail
