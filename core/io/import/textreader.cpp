// Plain text: one record per file (an interview excerpt, meeting minutes...). The first
// non-empty line is the title; the rest is the body.

#include "core/io/import/readers_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>

namespace dyad::core::importer::detail {

namespace {

class TextReader final : public ImportReader
{
public:
    Format format() const override { return Format::Text; }
    QString description() const override
    {
        return QCoreApplication::translate("Import", "plain text, one record per file (first line = title)");
    }
    QString nameFilter() const override { return QCoreApplication::translate("Import", "Text files (*.txt *.text *.md)"); }

    double score(QStringView head, const QString &fileName) const override
    {
        if (head.trimmed().isEmpty())
            return 0.0;
        const QString sfx = suffixOf(fileName);
        return (sfx == QLatin1String("txt") || sfx == QLatin1String("md")) ? 0.3 : 0.2;
    }

    void read(ReadContext &ctx) const override
    {
        const QStringView t = ctx.text();
        LineCursor cur(t);
        qsizetype s, e;
        RecordDraft d;
        while (cur.next(s, e)) {
            const QStringView line = t.mid(s, e - s).trimmed();
            if (line.isEmpty())
                continue;
            d.title = line.toString();
            d.line = cur.lineNumber();
            d.abstract = t.mid(cur.position()).toString();
            break;
        }
        d.rawSource = t.toString();
        if (d.title.size() > 500) {
            // A first "line" that long is a paragraph, not a title: keep it all as body.
            ctx.report(Severity::Warning, d.line, 1,
                       QCoreApplication::translate("Import", "the first line is %1 characters long, too long for a title "
                                      "(expected a short first line); the whole text became the "
                                      "body and the title was left empty")
                           .arg(d.title.size()));
            d.abstract = t.toString();
            d.title.clear();
        }
        ctx.addRecord(std::move(d));
    }
};

} // namespace

std::unique_ptr<ImportReader> makeTextReader()
{
    return std::make_unique<TextReader>();
}

} // namespace dyad::core::importer::detail
