#include "core/io/import/importtypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace dyad::core::importer {

namespace {

struct FormatName
{
    Format format;
    const char16_t *name;
};

constexpr std::array<FormatName, 11> kNames = {{
    {Format::Ris, u"ris"},
    {Format::Pubmed, u"pubmed"},
    {Format::Csv, u"csv"},
    {Format::Tsv, u"tsv"},
    {Format::Bibtex, u"bibtex"},
    {Format::EndnoteXml, u"endnote-xml"},
    {Format::Wos, u"wos"},
    {Format::PubmedXml, u"pubmed-xml"},
    {Format::Json, u"json"},
    {Format::Text, u"text"},
    {Format::Pasted, u"pasted"},
}};

} // namespace

QString formatName(Format format)
{
    for (const auto &n : kNames) {
        if (n.format == format)
            return QString::fromUtf16(n.name);
    }
    return QStringLiteral("unknown");
}

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const auto &entry : kNames) {
        if (n == QString::fromUtf16(entry.name))
            return entry.format;
    }
    static const std::array<std::pair<const char16_t *, Format>, 10> aliases = {{
        {u"nbib", Format::Pubmed},
        {u"medline", Format::Pubmed},
        {u"bib", Format::Bibtex},
        {u"endnote", Format::EndnoteXml},
        {u"xml", Format::EndnoteXml},
        {u"txt", Format::Text},
        {u"paste", Format::Pasted},
        {u"isi", Format::Wos},
        {u"jsonl", Format::Json},
        {u"medline-xml", Format::PubmedXml},
    }};
    for (const auto &a : aliases) {
        if (n == QString::fromUtf16(a.first))
            return a.second;
    }
    return std::nullopt;
}

QStringList formatNames()
{
    QStringList out;
    for (const auto &n : kNames)
        out << QString::fromUtf16(n.name);
    return out;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return QString();
}

QString columnRoleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Title: return QStringLiteral("title");
    case ColumnRole::Abstract: return QStringLiteral("abstract");
    case ColumnRole::Authors: return QStringLiteral("authors");
    case ColumnRole::Year: return QStringLiteral("year");
    case ColumnRole::Journal: return QStringLiteral("journal");
    case ColumnRole::Doi: return QStringLiteral("doi");
    case ColumnRole::Pmid: return QStringLiteral("pmid");
    case ColumnRole::Keywords: return QStringLiteral("keywords");
    case ColumnRole::Language: return QStringLiteral("language");
    case ColumnRole::Attribute: return QStringLiteral("attribute");
    case ColumnRole::Ignore: return QStringLiteral("ignore");
    }
    return QString();
}

QString Diagnostic::toString() const
{
    QString out = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        out += u':' + QString::number(line);
    out += QStringLiteral(": ");
    if (recordNo > 0)
        out += QStringLiteral("record %1: ").arg(recordNo);
    out += severityName(severity) + QStringLiteral(": ") + message;
    return out;
}

QString Diagnostic::displayText() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        where = QCoreApplication::translate("Import", "%1, line %2").arg(where, QString::number(line));
    if (recordNo > 0)
        where = QCoreApplication::translate("Import", "%1, record %2").arg(where, QString::number(recordNo));
    const char *label = severity == Severity::Error     ? QT_TRANSLATE_NOOP("Import", "error")
                        : severity == Severity::Warning ? QT_TRANSLATE_NOOP("Import", "warning")
                                                        : QT_TRANSLATE_NOOP("Import", "note");
    return QCoreApplication::translate("Import", "%1: %2: %3")
        .arg(where, QCoreApplication::translate("Import", label), message);
}

int ParseReport::count(Severity severity) const
{
    int n = 0;
    for (const auto &d : diagnostics) {
        if (d.severity == severity)
            ++n;
    }
    return n;
}

} // namespace dyad::core::importer
