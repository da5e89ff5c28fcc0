#include "core/io/import/xmlrecords_p.h"

#include "core/io/import/xmlentities_p.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace dyad::core::importer::detail {

void readXmlRecords(ReadContext &ctx, const XmlRecordFormat &format)
{
    const QString text = ctx.text().toString();
    const XmlEntityCheck entities = checkXmlEntities(text);
    for (const QString &w : entities.warnings)
        ctx.report(Severity::Warning, entities.errorLine, ctx.nextRecordNo(), w);
    if (!entities.error.isEmpty()) {
        ctx.report(Severity::Error, entities.errorLine, ctx.nextRecordNo(), entities.error);
        return;
    }
    QXmlStreamReader xml(text);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || !format.isRecord(xml.name()))
            continue;
        const QString element = xml.name().toString();
        const qsizetype after = qsizetype(xml.characterOffset());
        qsizetype start = text.lastIndexOf(u'<' + element, std::max<qsizetype>(0, after - 1));
        if (start < 0)
            start = after;
        RecordDraft d;
        d.line = ctx.lineOf(start);
        format.readRecord(xml, d);
        if (xml.hasError())
            break;
        d.rawSource = text.mid(start, qsizetype(xml.characterOffset()) - start);
        ctx.addRecord(std::move(d));
        if (!ctx.progress(qsizetype(xml.characterOffset())))
            return;
    }
    if (xml.hasError()) {
        ctx.report(Severity::Error, xml.lineNumber(), ctx.nextRecordNo(),
                   format.notWellFormed.arg(xml.errorString()).arg(xml.columnNumber()));
        ctx.skipRecord();
    }
}

} // namespace dyad::core::importer::detail
