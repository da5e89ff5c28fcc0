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
                           format.strayLineMessage);
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
            else if (format.warnEndOutsideRecord)
                ctx.report(Severity::Warning, cur.lineNumber(), 0,
                           QStringLiteral("%1 without a record before it; ignored").arg(format.endShown));
            lastEnd = e;
            if (!ctx.progress(e))
                return;
            continue;
        }
        if (tag == format.startTag) {
            if (inRecord) {
                if (hasEndTag)
                    warnAboutOpenRecord(QStringLiteral("the record starting at line %1 has no closing %2 line before "
                                                       "the next %3 at line %4; it was closed there")
                                            .arg(QString::number(recLine), format.endShown, format.startTag,
                                                 QString::number(cur.lineNumber())));
                finish(lastEnd);
                if (!ctx.progress(s))
                    return;
            }
            start(s);
        } else if (!inRecord) {
            ctx.report(Severity::Warning, cur.lineNumber(), ctx.nextRecordNo(),
                       QStringLiteral("the record does not start with %1 (found %2); it was read anyway")
                           .arg(format.startShown, tag.toString()));
            start(s);
        }
        fields.push_back({tag.toString(), {value.trimmed().toString()}});
        lastEnd = e;
    }
    if (inRecord) {
        if (hasEndTag)
            warnAboutOpenRecord(QStringLiteral("the last record (starting at line %1) has no closing %2 line; the "
                                               "file may be truncated, but the record was kept")
                                    .arg(QString::number(recLine), format.endShown));
        finish(lastEnd);
    } else if (!format.fileEndTag.isEmpty() && !sawFileEnd) {
        ctx.report(Severity::Info, 0, 0,
                   QStringLiteral("the file has no closing \"%1\" line; it may be truncated").arg(format.fileEndTag));
    }
}

} // namespace dyad::core::importer::detail
