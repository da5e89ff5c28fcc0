#include "core/io/import/taggedrecords_p.h"

#include "core/io/import/textclean_p.h"

namespace dyad::core::importer::detail {

TagCount countTags(QStringView head, QStringView (*tagOf)(QStringView, QStringView &), QStringView startTag,
                   QStringView endTag)
{
    TagCount count;
    LineCursor cur(head);
    qsizetype s, e;
    while (cur.next(s, e) && count.lines < 200) {
        const QStringView line = head.mid(s, e - s);
        if (line.trimmed().isEmpty())
            continue;
        ++count.lines;
        QStringView value;
        const QStringView tag = tagOf(line, value);
        if (tag.isEmpty())
            continue;
        ++count.tags;
        count.start = count.start || tag == startTag;
        count.end = count.end || (!endTag.isEmpty() && tag == endTag);
    }
    return count;
}

bool startsWithTwoCharacterTag(QStringView line)
{
    if (line.size() < 2)
        return false;
    const QChar a = line[0], b = line[1];
    return a >= u'A' && a <= u'Z' && ((b >= u'A' && b <= u'Z') || (b >= u'0' && b <= u'9'));
}

void readTaggedRecords(ReadContext &ctx, const TaggedLineFormat &format)
{
    const QStringView text = ctx.text();
    LineCursor cur(text);
    std::vector<TaggedField> fields;
    bool inRecord = false, strayReported = false, sawFileEnd = false;
    qsizetype recStart = 0, lastEnd = 0;
    qint64 recLine = 0;
    const bool hasEndTag = !format.endTag.isEmpty();

    auto finish = [&](qsizetype end) {
        RecordDraft d;
        d.line = recLine;
        d.rawSource = text.mid(recStart, end - recStart).toString();
        format.build(fields, d);
        ctx.addRecord(std::move(d));
        fields.clear();
        inRecord = false;
    };
    auto warnAboutOpenRecord = [&](const QString &message) {
        ctx.report(Severity::Warning, recLine, ctx.nextRecordNo(), message);
    };
    auto start = [&](qsizetype at) {
        inRecord = true;
        recStart = at;
        recLine = cur.lineNumber();
    };

    qsizetype s, e;
    while (cur.next(s, e)) {
        const QStringView line = text.mid(s, e - s);
        QStringView value;
        const QStringView tag = format.tagOf(line, value);
        if (tag.isEmpty()) {
            const QStringView trimmed = line.trimmed();
            if (trimmed.isEmpty())
                continue; // blank lines separate records at most
            if (inRecord && !fields.empty() && format.continues(line)) {
                if (format.continueField) {
                    format.continueField(fields.back(), trimmed);
                } else {
                    QString &v = fields.back().values.back();
                    if (!v.isEmpty())
                        v.append(u' ');
                    v.append(trimmed);
                }
                lastEnd = e;
            } else if (format.reportEveryStrayLine || !strayReported) {
                ctx.report(Severity::Warning, cur.lineNumber(), inRecord ? ctx.nextRecordNo() : 0,
                           format.strayLine);
                strayReported = true;
            }
            continue;
        }
        if (!inRecord && format.headerTags.contains(tag))
            continue;
        if (!format.fileEndTag.isEmpty() && tag == format.fileEndTag) {
            sawFileEnd = true;
            break;
        }
        if (hasEndTag && tag == format.endTag) {
            if (inRecord)
                finish(e);
            else if (!format.endOutsideRecord.isEmpty())
                ctx.report(Severity::Warning, cur.lineNumber(), 0, format.endOutsideRecord);
            lastEnd = e;
            if (!ctx.progress(e))
                return;
            continue;
        }
        if (tag == format.startTag) {
            if (inRecord) {
                if (hasEndTag)
                    warnAboutOpenRecord(format.closedByNextStart.arg(recLine).arg(cur.lineNumber()));
                finish(lastEnd);
                if (!ctx.progress(s))
                    return;
            }
            start(s);
        } else if (!inRecord) {
            // (MEDLINE's message does not name the tag it found.)
            ctx.report(Severity::Warning, cur.lineNumber(), ctx.nextRecordNo(),
                       format.notStarted.contains(QLatin1String("%1")) ? format.notStarted.arg(tag)
                                                                       : format.notStarted);
            start(s);
        }
        fields.push_back({tag.toString(), {value.trimmed().toString()}});
        lastEnd = e;
    }
    if (inRecord) {
        if (hasEndTag)
            warnAboutOpenRecord(format.lastRecordOpen.arg(recLine));
        finish(lastEnd);
    } else if (!format.fileEndTag.isEmpty() && !sawFileEnd) {
        ctx.report(Severity::Info, 0, 0, format.noFileEnd);
    }
}

} // namespace dyad::core::importer::detail
