#include "core/io/demoproject.h"

#include "core/model/project.h"
#include "core/open/open.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace dyad::core {

namespace {

Result<QJsonObject> readJson(const QDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Project", "Cannot read %1.").arg(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(QCoreApplication::translate("Project", "%1: invalid JSON at byte %2: %3.")
                             .arg(file.fileName())
                             .arg(error.offset)
                             .arg(error.errorString()));
    return doc.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

Status populate(Project &project, const QJsonObject &recordsJson, const QJsonObject &codebookJson,
                const QJsonObject &codingsJson)
{
    std::map<QString, QUuid> reviewerIds, codeIds, recordIds;
    QUuid leadId;
    for (const QJsonValue &v : codebookJson.value(QStringLiteral("reviewers")).toArray()) {
        const QJsonObject o = v.toObject();
        auto role = roleFromName(o.value(QStringLiteral("role")).toString());
        auto r = project.addReviewer(o.value(QStringLiteral("name")).toString(), role.value_or(ReviewerRole::Reviewer));
        if (!r)
            return r.takeError();
        reviewerIds[r->name] = r->id;
        if (r->role == ReviewerRole::Lead)
            leadId = r->id;
    }

    std::vector<Record> records;
    QStringList keys;
    for (const QJsonValue &v : recordsJson.value(QStringLiteral("records")).toArray()) {
        const QJsonObject o = v.toObject();
        Record r;
        r.title = o.value(QStringLiteral("title")).toString();
        r.authors = strings(o.value(QStringLiteral("authors")));
        r.year = o.value(QStringLiteral("year")).toInt();
        r.journal = o.value(QStringLiteral("journal")).toString();
        r.doi = o.value(QStringLiteral("doi")).toString();
        r.language = o.value(QStringLiteral("language")).toString();
        r.keywords = strings(o.value(QStringLiteral("keywords")));
        r.text = r.title + QStringLiteral("\n\n") + o.value(QStringLiteral("abstract")).toString();
        r.sourceFormat = QStringLiteral("json");
        r.sourceName = QStringLiteral("demo/records.json");
        r.rawSource = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        records.push_back(std::move(r));
        keys << o.value(QStringLiteral("key")).toString();
    }
    auto added = project.addRecords(records);
    if (!added)
        return added.takeError();
    for (qsizetype i = 0; i < keys.size(); ++i)
        recordIds[keys[i]] = added->at(static_cast<size_t>(i));

    for (const QJsonValue &v : codebookJson.value(QStringLiteral("codes")).toArray()) {
        const QJsonObject o = v.toObject();
        Code c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.definition = o.value(QStringLiteral("definition")).toString();
        c.useWhen = o.value(QStringLiteral("useWhen")).toString();
        c.doNotUseWhen = o.value(QStringLiteral("doNotUseWhen")).toString();
        c.example = o.value(QStringLiteral("example")).toString();
        c.shared = !o.value(QStringLiteral("private")).toBool();
        const QString parent = o.value(QStringLiteral("parent")).toString();
        if (!parent.isEmpty()) {
            if (!codeIds.count(parent))
                return makeError(QCoreApplication::translate("Project", "codebook.json: code \"%1\" names an unknown parent \"%2\".")
                                     .arg(c.name, parent));
            c.parentId = codeIds[parent];
        }
        project.setActor(reviewerIds[o.value(QStringLiteral("creator")).toString()]);
        auto created = project.createCode(c);
        if (!created)
            return created.takeError();
        codeIds[c.name] = created->id;
    }

    project.setActor(leadId);
    std::vector<std::pair<QUuid, QJsonObject>> rounds;
    for (const QJsonValue &v : codebookJson.value(QStringLiteral("rounds")).toArray()) {
        const QJsonObject o = v.toObject();
        auto round = project.createRound(o.value(QStringLiteral("name")).toString());
        if (!round)
            return round.takeError();
        std::vector<QUuid> recs;
        for (const QString &key : strings(o.value(QStringLiteral("records"))))
            recs.push_back(recordIds[key]);
        std::vector<QUuid> coders{reviewerIds[QStringLiteral("Alice")], reviewerIds[QStringLiteral("Bob")]};
        if (auto st = project.assign(round->id, recs, coders); !st)
            return st;
        rounds.emplace_back(round->id, o);
    }

    int line = 0;
    for (const QJsonValue &v : codingsJson.value(QStringLiteral("codings")).toArray()) {
        ++line;
        const QJsonObject o = v.toObject();
        const QString recordKey = o.value(QStringLiteral("record")).toString();
        const QString quote = o.value(QStringLiteral("quote")).toString();
        const QString codeName = o.value(QStringLiteral("code")).toString();
        if (!recordIds.count(recordKey) || !codeIds.count(codeName))
            return makeError(QCoreApplication::translate("Project", "codings.json entry %1: unknown record \"%2\" or code \"%3\".")
                                 .arg(line)
                                 .arg(recordKey, codeName));
        const QString text = project.record(recordIds[recordKey])->text;
        qsizetype at = -1;
        for (int n = 0; n < std::max(1, o.value(QStringLiteral("occurrence")).toInt(1)); ++n) {
            at = text.indexOf(quote, at + 1);
            if (at < 0)
                break;
        }
        if (at < 0)
            return makeError(QCoreApplication::translate("Project", "codings.json entry %1: the quote \"%2\" is not in record %3.")
                                 .arg(line)
                                 .arg(quote, recordKey));
        const auto cpStart = static_cast<Offset>(QStringView(text).left(at).toUcs4().size());
        const auto cpLength = static_cast<Offset>(quote.toUcs4().size());
        Coding c;
        c.recordId = recordIds[recordKey];
        c.codeId = codeIds[codeName];
        c.reviewerId = reviewerIds[o.value(QStringLiteral("reviewer")).toString()];
        c.span = {cpStart, cpStart + cpLength};
        c.memo = o.value(QStringLiteral("memo")).toString();
        project.setActor(c.reviewerId);
        if (auto r = project.addCoding(c); !r)
            return makeError(QCoreApplication::translate("Project", "codings.json entry %1: %2").arg(line).arg(r.error()));
    }

    for (const auto &[roundId, o] : rounds) {
        const QJsonObject done = o.value(QStringLiteral("done")).toObject();
        for (auto it = done.begin(); it != done.end(); ++it) {
            const QUuid who = reviewerIds[it.key()];
            project.setActor(who);
            for (const QString &key : strings(it.value()))
                if (auto st = project.setRecordStatus(roundId, recordIds[key], who, RecordStatus::Done); !st)
                    return st;
        }
        project.setActor(leadId);
        auto phase = phaseFromName(o.value(QStringLiteral("phase")).toString());
        if (phase && *phase != RoundPhase::Independent)
            if (auto st = project.setRoundPhase(roundId, *phase); !st)
                return st;
    }
    project.setActor({});
    return {};
}

} // namespace

Result<std::unique_ptr<Project>> buildDemoProject(const QString &path, const QString &sourceDir)
{
    const QDir dir(sourceDir);
    auto records = readJson(dir, QStringLiteral("records.json"));
    if (!records)
        return records.takeError();
    auto codebook = readJson(dir, QStringLiteral("codebook.json"));
    if (!codebook)
        return codebook.takeError();
    auto codings = readJson(dir, QStringLiteral("codings.json"));
    if (!codings)
        return codings.takeError();

    auto project = createProject(path, QStringLiteral("Dyad demo: collaboration for health"));
    if (!project)
        return project.takeError();
    Status st = (*project)->transact([&] { return populate(**project, *records, *codebook, *codings); });
    if (!st) {
        project->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return st.takeError();
    }
    return std::move(project).value();
}

} // namespace dyad::core
