#include "core/io/import/importreader.h"

#include "core/io/import/encoding.h"
#include "core/io/import/identifiers.h"
#include "core/io/import/readers_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace dyad::core::importer {

using namespace detail;

namespace {

constexpr qsizetype kProgressStep = 256 * 1024;
constexpr qsizetype kDetectChars = 64 * 1024;

QString withThousands(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u' ');
    return digits;
}

/** Share of characters that no text contains: controls, unassigned, private use, U+FFFD. */
double garbageShare(QStringView text)
{
    const QStringView sample = text.left(65536);
    qsizetype bad = 0;
    for (QChar c : sample) {
        const ushort u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            continue;
        const auto cat = c.category();
        if (u == 0xFFFD || cat == QChar::Other_Control || cat == QChar::Other_NotAssigned
            || cat == QChar::Other_PrivateUse)
            ++bad;
    }
    return sample.isEmpty() ? 0.0 : double(bad) / double(sample.size());
}

} // namespace

// ---------------------------------------------------------------------------------------
// ReadContext

ReadContext::ReadContext(QStringView text, const ImportOptions &options, ParseReport &report,
                         Format format)
    : m_text(text)
    , m_options(options)
    , m_report(report)
    , m_format(format)
    , m_sourceName(options.sourceName)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_lines(std::make_unique<LineIndex>(text))
{
}

ReadContext::~ReadContext() = default;

qint64 ReadContext::lineOf(qsizetype offset) const
{
    return m_lines->lineOf(offset);
}

void ReadContext::report(Severity severity, qint64 line, int recordNo, const QString &message)
{
    m_report.diagnostics.push_back({m_sourceName, line, recordNo, severity, message});
}

bool ReadContext::progress(qsizetype done)
{
    if (m_report.cancelled)
        return false;
    if (!m_options.progress)
        return true;
    if (done - m_lastProgress < kProgressStep && done < m_text.size())
        return true;
    m_lastProgress = done;
    if (!m_options.progress(done, m_text.size())) {
        m_report.cancelled = true;
        return false;
    }
    return true;
}

void ReadContext::setColumns(std::vector<CsvColumn> columns)
{
    m_report.columns = std::move(columns);
}

void ReadContext::addRecord(RecordDraft d)
{
    const int no = ++m_recordNo;
    const qsizetype limit = m_options.maxFieldLength;
    auto tooLong = [&](const QString &field, qsizetype size) {
        report(Severity::Error, d.line, no,
               QCoreApplication::translate("Import", "the %1 field is %2 characters long, more than the limit of %3; "
                              "the record was skipped (a runaway quote or a damaged file?)")
                   .arg(field, withThousands(size), withThousands(limit)));
    };
    const std::pair<const QString *, const char *> scalar[] = {
        {&d.title, "title"},     {&d.abstract, "abstract"}, {&d.journal, "journal"},
        {&d.year, "year"},       {&d.doi, "DOI"},           {&d.pmid, "PMID"},
        {&d.language, "language"},
    };
    for (const auto &[value, name] : scalar) {
        if (value->size() > limit) {
            tooLong(QString::fromLatin1(name), value->size());
            return;
        }
    }
    for (const QStringList *list : {&d.authors, &d.keywords}) {
        for (const QString &v : *list) {
            if (v.size() > limit) {
                tooLong(list == &d.authors ? QCoreApplication::translate("Import", "author") : QCoreApplication::translate("Import", "keyword"),
                        v.size());
                return;
            }
        }
    }
    for (auto it = d.attributes.constBegin(); it != d.attributes.constEnd(); ++it) {
        if (it.value().isString() && it.value().toString().size() > limit) {
            tooLong(it.key(), it.value().toString().size());
            return;
        }
    }

    Record r;
    r.title = cleanField(d.title);
    r.title.replace(u'\n', u' ');
    const QString abstract = cleanAbstract(d.abstract);
    if (r.title.isEmpty() && abstract.isEmpty()) {
        report(Severity::Error, d.line, no,
               QCoreApplication::translate("Import", "the record has neither a title nor an abstract, so there is "
                              "nothing to code; it was skipped"));
        return;
    }
    if (r.title.isEmpty())
        report(Severity::Warning, d.line, no,
               QCoreApplication::translate("Import", "no title found; the record was kept with its abstract only"));

    for (const QString &a : std::as_const(d.authors)) {
        QString name = cleanField(a);
        name.replace(u'\n', u' ');
        if (!name.isEmpty())
            r.authors << name;
    }
    for (const QString &k : std::as_const(d.keywords)) {
        QString kw = cleanField(k);
        kw.replace(u'\n', u' ');
        if (!kw.isEmpty() && !r.keywords.contains(kw))
            r.keywords << kw;
    }
    r.journal = cleanField(d.journal);
    r.journal.replace(u'\n', u' ');
    if (!d.year.trimmed().isEmpty()) {
        r.year = extractYear(d.year);
        if (!r.year)
            report(Severity::Warning, d.line, no,
                   QCoreApplication::translate("Import", "the year \"%1\" holds no four-digit year between 1500 and "
                                  "2100; the year was left empty")
                       .arg(d.year.trimmed().left(80)));
    }
    if (!d.doi.trimmed().isEmpty()) {
        r.doi = normalizeDoi(d.doi);
        if (r.doi.isEmpty()) {
            report(Severity::Warning, d.line, no,
                   QStringLiteral("\"%1\" is not a DOI (expected 10.NNNN/suffix); it was kept "
                                  "as the attribute \"doiAsFound\"")
                       .arg(d.doi.trimmed().left(80)));
            d.attributes.insert(QStringLiteral("doiAsFound"), d.doi.trimmed());
        }
    }
    if (!d.pmid.trimmed().isEmpty()) {
        r.pmid = normalizePmid(d.pmid);
        if (r.pmid.isEmpty())
            report(Severity::Warning, d.line, no,
                   QStringLiteral("\"%1\" is not a PMID (expected 1 to 9 digits); the PMID was "
                                  "left empty")
                       .arg(d.pmid.trimmed().left(80)));
    }

    r.text = abstract.isEmpty() ? r.title
        : r.title.isEmpty()     ? abstract
                                : r.title + QStringLiteral("\n\n") + abstract;
    if (!d.language.trimmed().isEmpty()) {
        r.language = languageFromName(d.language);
        if (r.language.isEmpty())
            d.attributes.insert(QStringLiteral("languageAsFound"), d.language.trimmed());
    }
    if (r.language.isEmpty())
        r.language = guessLanguage(r.text);

    r.id = QUuid::createUuid();
    r.sourceFormat = formatName(m_format);
    r.sourceName = m_sourceName;
    r.rawSource = std::move(d.rawSource);
    r.attributes = std::move(d.attributes);
    r.created = m_now;
    m_report.records.push_back(std::move(r));
}

// ---------------------------------------------------------------------------------------
// Shared helpers

namespace detail {

QString suffixOf(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

void appendAttribute(QJsonObject &attributes, const QString &key, const QString &value)
{
    const auto it = attributes.find(key);
    if (it == attributes.end()) {
        attributes.insert(key, value);
        return;
    }
    QJsonArray arr = it->isArray() ? it->toArray() : QJsonArray{it->toString()};
    arr.append(value);
    *it = arr;
}

namespace {

struct FieldKey
{
    const char *key;
    Field field;
};

// Normalised keys (lower case, letters and digits only).
constexpr FieldKey kFieldKeys[] = {
    {"title", Field::Title},
    {"articletitle", Field::Title},
    {"documenttitle", Field::Title},
    {"primarytitle", Field::Title},
    {"ti", Field::Title},
    {"t1", Field::Title},
    {"abstract", Field::Abstract},
    {"abstractnote", Field::Abstract},
    {"abstracttext", Field::Abstract},
    {"ab", Field::Abstract},
    {"n2", Field::Abstract},
    {"summary", Field::Abstract},
    {"authors", Field::Authors},
    {"author", Field::Authors},
    {"af", Field::Authors},
    {"au", Field::Authors},
    {"authorfullnames", Field::Authors},
    {"creators", Field::Authors},
    {"year", Field::Year},
    {"publicationyear", Field::Year},
    {"publishedyear", Field::Year},
    {"pubyear", Field::Year},
    {"py", Field::Year},
    {"publicationdate", Field::Year},
    {"pubdate", Field::Year},
    {"datepublished", Field::Year},
    {"date", Field::Year},
    {"journal", Field::Journal},
    {"journaltitle", Field::Journal},
    {"journalname", Field::Journal},
    {"sourcetitle", Field::Journal},
    {"publicationtitle", Field::Journal},
    {"secondarytitle", Field::Journal},
    {"containertitle", Field::Journal},
    {"periodicalname", Field::Journal},
    {"jt", Field::Journal},
    {"so", Field::Journal},
    {"jo", Field::Journal},
    {"jf", Field::Journal},
    {"t2", Field::Journal},
    {"source", Field::Journal},
    {"venue", Field::Journal},
    {"doi", Field::Doi},
    {"di", Field::Doi},
    {"do", Field::Doi},
    {"pmid", Field::Pmid},
    {"pubmedid", Field::Pmid},
    {"pm", Field::Pmid},
    {"keywords", Field::Keywords},
    {"keyword", Field::Keywords},
    {"authorkeywords", Field::Keywords},
    {"de", Field::Keywords},
    {"kw", Field::Keywords},
    {"manualtags", Field::Keywords},
    {"meshterms", Field::Keywords},
    {"language", Field::Language},
    {"languageoforiginaldocument", Field::Language},
    {"la", Field::Language},
    {"lang", Field::Language},
};

} // namespace

QString normalizeKey(const QString &key)
{
    QString norm;
    norm.reserve(key.size());
    for (QChar c : key) {
        if (c.isLetterOrNumber())
            norm.append(c.toLower());
    }
    return norm;
}

QStringList keysForField(Field field)
{
    QStringList out;
    for (const auto &fk : kFieldKeys) {
        if (fk.field == field)
            out << QString::fromLatin1(fk.key);
    }
    return out;
}

Field fieldForKey(const QString &key)
{
    static const QHash<QString, Field> map = [] {
        QHash<QString, Field> m;
        for (const auto &fk : kFieldKeys)
            m.insert(QString::fromLatin1(fk.key), fk.field);
        return m;
    }();
    return map.value(normalizeKey(key), Field::None);
}

QStringList splitAuthors(const QString &cell)
{
    const QString t = cell.trimmed();
    if (t.isEmpty())
        return {};
    if (t.contains(u';'))
        return splitList(t, u';');
    if (t.contains(u'\n'))
        return splitList(t, u'\n');
    if (t.contains(u',')) {
        const QStringList parts = splitList(t, u',');
        const bool allNames = parts.size() >= 2 && std::all_of(parts.begin(), parts.end(), [](const QString &p) {
            return p.contains(u' ') && p.size() < 60;
        });
        if (allNames)
            return parts;
    }
    return {t};
}

void assignField(RecordDraft &d, Field field, const QString &value)
{
    switch (field) {
    case Field::Title: d.title = value; break;
    case Field::Abstract: d.abstract = value; break;
    case Field::Authors: d.authors = splitAuthors(value); break;
    case Field::Year: d.year = value; break;
    case Field::Journal: d.journal = value; break;
    case Field::Doi: d.doi = value; break;
    case Field::Pmid: d.pmid = value; break;
    case Field::Keywords: d.keywords = splitList(value, value.contains(u';') ? u';' : u'\n'); break;
    case Field::Language: d.language = value; break;
    case Field::None: break;
    }
}

} // namespace detail

// ---------------------------------------------------------------------------------------
// Registry

const std::vector<const ImportReader *> &importReaders()
{
    static const std::vector<std::unique_ptr<ImportReader>> owned = [] {
        std::vector<std::unique_ptr<ImportReader>> v;
        v.push_back(makeRisReader());
        v.push_back(makeMedlineReader());
        v.push_back(makeCsvReader(Format::Csv));
        v.push_back(makeCsvReader(Format::Tsv));
        v.push_back(makeBibtexReader());
        v.push_back(makeEndnoteXmlReader());
        v.push_back(makeWosReader());
        v.push_back(makePubmedXmlReader());
        v.push_back(makeJsonReader());
        v.push_back(makeTextReader());
        v.push_back(makePastedReader());
        return v;
    }();
    static const std::vector<const ImportReader *> readers = [] {
        std::vector<const ImportReader *> v;
        for (const auto &r : owned)
            v.push_back(r.get());
        return v;
    }();
    return readers;
}

const ImportReader *readerFor(Format format)
{
    for (const ImportReader *r : importReaders()) {
        if (r->format() == format)
            return r;
    }
    return nullptr;
}

QString importNameFilters()
{
    QStringList filters;
    for (const ImportReader *r : importReaders())
        filters << r->nameFilter();
    return filters.join(QStringLiteral(";;"));
}

FormatGuess detectFormatText(QStringView text, const QString &fileName)
{
    const QStringView head = text.left(kDetectChars);
    FormatGuess best;
    for (const ImportReader *r : importReaders()) {
        const double s = r->score(head, fileName);
        if (s > best.confidence) {
            best.format = r->format();
            best.confidence = s;
        }
    }
    return best;
}

FormatGuess detectFormat(const QByteArray &bytes, const QString &fileName)
{
    // Decode a prefix only; a multi-byte sequence cut at the end costs one U+FFFD.
    const QByteArray prefix = bytes.left(kDetectChars * 2);
    const EncodingGuess enc = detectEncoding(prefix);
    auto decoded = decodeBytes(prefix, enc.name);
    if (!decoded)
        return {};
    return detectFormatText(decoded->text, fileName);
}

// ---------------------------------------------------------------------------------------
// Facade

namespace {

void refuse(ParseReport &report, const QString &file, const QString &message)
{
    report.records.clear();
    report.refused = true;
    report.diagnostics.push_back({file, 0, 0, Severity::Error, message});
}

ParseReport parseDecoded(QStringView text, ImportOptions options, ParseReport report)
{
    const QString &file = options.sourceName;
    if (text.trimmed().isEmpty()) {
        refuse(report, file,
               QCoreApplication::translate("Import", "the input is empty (or only blank lines); expected bibliographic "
                              "records such as RIS, PubMed, CSV, BibTeX or pasted text"));
        return report;
    }
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0) {
        refuse(report, file,
               QCoreApplication::translate("Import", "the text contains a NUL character at line %1, so it is binary "
                              "data or the wrong encoding (detected %2)")
                   .arg(detail::LineIndex(text).lineOf(nul))
                   .arg(report.encoding.name));
        return report;
    }

    if (garbageShare(text) > 0.1) {
        refuse(report, file,
               QCoreApplication::translate("Import", "more than a tenth of the characters are control, unassigned or "
                              "undecodable characters, so this is binary data or the wrong "
                              "encoding (detected %1); expected text")
                   .arg(report.encoding.name));
        return report;
    }

    if (options.format) {
        report.format = *options.format;
        report.formatConfidence = 1.0;
    } else {
        const FormatGuess g = detectFormatText(text, file);
        report.format = g.format;
        report.formatConfidence = g.confidence;
    }
    const ImportReader *reader = readerFor(report.format);
    if (!reader) {
        refuse(report, file,
               QCoreApplication::translate("Import", "the format could not be recognised; expected one of: %1 (choose "
                              "it by hand if the file is one of them)")
                   .arg(formatNames().join(QStringLiteral(", "))));
        return report;
    }
    if (!options.format && report.formatConfidence < 0.5)
        report.diagnostics.push_back(
            {file, 0, 0, Severity::Info,
             QCoreApplication::translate("Import", "the format was guessed as %1 with low confidence (%2); choose it by "
                            "hand if the records look wrong")
                 .arg(reader->name())
                 .arg(report.formatConfidence, 0, 'f', 2)});

    {
        ReadContext ctx(text, options, report, report.format);
        reader->read(ctx);
        ctx.progress(text.size());
    }

    if (report.cancelled) {
        report.records.clear();
        report.diagnostics.push_back(
            {file, 0, 0, Severity::Error, QCoreApplication::translate("Import", "the import was cancelled; nothing was read")});
        return report;
    }
    if (options.strict && report.hasErrors()) {
        const int n = report.count(Severity::Error);
        refuse(report, file,
               QCoreApplication::translate("Import", "strict mode: the whole input was refused because of %1 error(s) "
                              "listed above")
                   .arg(n));
        return report;
    }
    if (report.records.empty() && !report.hasErrors()) {
        refuse(report, file,
               QCoreApplication::translate("Import", "no records were found; expected %1").arg(reader->description()));
    }
    return report;
}

} // namespace

ParseReport parseBytes(const QByteArray &bytes, const ImportOptions &options)
{
    ParseReport report;
    const QString &file = options.sourceName;
    if (bytes.isEmpty()) {
        refuse(report, file,
               QCoreApplication::translate("Import", "the file is empty (0 bytes); expected bibliographic records"));
        return report;
    }
    if (!options.encoding.isEmpty()) {
        report.encoding = {options.encoding, 100, false, QStringLiteral("override")};
        if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE")
            || bytes.startsWith("\xFE\xFF"))
            report.encoding.hasBom = true;
    } else {
        report.encoding = detectEncoding(bytes);
    }
    const QString why = binaryReason(bytes, report.encoding);
    if (!why.isEmpty()) {
        refuse(report, file, why + QCoreApplication::translate("Import", "; expected a text export such as RIS, "
                                                  "PubMed, CSV or BibTeX"));
        return report;
    }
    QByteArray body = bytes;
    if (report.encoding.hasBom) {
        // ICU's endian-specific converters keep the BOM as U+FEFF; drop the bytes here.
        const QString &n = report.encoding.name;
        if (n == QLatin1String("UTF-8") && bytes.startsWith("\xEF\xBB\xBF"))
            body = bytes.mid(3);
        else if (n.startsWith(QLatin1String("UTF-32")))
            body = bytes.mid(4);
        else if (n.startsWith(QLatin1String("UTF-16")))
            body = bytes.mid(2);
        else if (n == QLatin1String("GB18030"))
            body = bytes.mid(4);
    }
    auto decoded = decodeBytes(body, report.encoding.name);
    if (!decoded) {
        refuse(report, file, decoded.error());
        return report;
    }
    QString text = std::move(decoded->text);
    if (decoded->invalidSequences > 0) {
        const qsizetype firstBad = text.indexOf(QChar(0xFFFD));
        const qint64 line = firstBad >= 0 ? detail::LineIndex(text).lineOf(firstBad) : 0;
        if (decoded->invalidSequences * 10 > std::max<qsizetype>(text.size(), 1)) {
            refuse(report, file,
                   QCoreApplication::translate("Import", "%1 byte sequences (first at line %2) are not valid %3, so this "
                                  "is the wrong encoding or not text; choose the encoding by hand")
                       .arg(decoded->invalidSequences)
                       .arg(line)
                       .arg(report.encoding.name));
            return report;
        }
        report.diagnostics.push_back(
            {file, line, 0, Severity::Warning,
             QCoreApplication::translate("Import", "%1 byte sequence(s) are not valid %2 and were replaced by U+FFFD "
                            "(first at line %3); choose the encoding by hand if the text looks "
                            "wrong")
                 .arg(decoded->invalidSequences)
                 .arg(report.encoding.name)
                 .arg(line)});
    }
    if (report.encoding.method == QLatin1String("icu") && report.encoding.confidence < 50)
        report.diagnostics.push_back(
            {file, 0, 0, Severity::Info,
             QCoreApplication::translate("Import", "the encoding was guessed as %1 with confidence %2/100; choose it by "
                            "hand if accents or Chinese characters look wrong")
                 .arg(report.encoding.name)
                 .arg(report.encoding.confidence)});
    return parseDecoded(text, options, std::move(report));
}

ParseReport parseFile(const QString &path, const ImportOptions &options)
{
    ImportOptions opts = options;
    if (opts.sourceName.isEmpty())
        opts.sourceName = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ParseReport report;
        refuse(report, opts.sourceName,
               QCoreApplication::translate("Import", "cannot open \"%1\" for reading: %2").arg(path, f.errorString()));
        return report;
    }
    return parseBytes(f.readAll(), opts);
}

ParseReport parseText(const QString &text, const ImportOptions &options)
{
    ImportOptions opts = options;
    if (opts.sourceName.isEmpty())
        opts.sourceName = QStringLiteral("pasted");
    ParseReport report;
    report.encoding = {QStringLiteral("UTF-16"), 100, false, QStringLiteral("unicode-input")};
    if (!opts.format) {
        const FormatGuess g = detectFormatText(text, QString());
        // Clipboard text that is not clearly a tagged export is treated as pasted text.
        if (g.confidence < 0.6 || g.format == Format::Text)
            opts.format = Format::Pasted;
    }
    return parseDecoded(text, opts, std::move(report));
}

} // namespace dyad::core::importer
