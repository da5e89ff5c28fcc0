#include "ui/shell/unsentchanges.h"

#include "core/io/atomicfile.h"
#include "core/model/project.h"
#include "ui/commands/addremovecodings.h"
#include "ui/commands/commandtext.h"
#include "ui/document.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace dyad::ui::unsent {

namespace {

constexpr int kFormat = 1;

QJsonObject codingJson(const core::Coding &c)
{
    return {{QStringLiteral("id"), core::uuidText(c.id)},
            {QStringLiteral("record"), core::uuidText(c.recordId)},
            {QStringLiteral("code"), core::uuidText(c.codeId)},
            {QStringLiteral("reviewer"), core::uuidText(c.reviewerId)},
            {QStringLiteral("round"), c.roundId.isNull() ? QJsonValue() : QJsonValue(core::uuidText(c.roundId))},
            {QStringLiteral("start"), c.span.start},
            {QStringLiteral("end"), c.span.end},
            {QStringLiteral("textVersion"), c.textVersion},
            {QStringLiteral("memo"), c.memo},
            {QStringLiteral("created"), c.created.toString(Qt::ISODateWithMs)}};
}

std::optional<core::Coding> codingFrom(const QJsonObject &o)
{
    core::Coding c;
    c.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    c.recordId = QUuid::fromString(o.value(QStringLiteral("record")).toString());
    c.codeId = QUuid::fromString(o.value(QStringLiteral("code")).toString());
    c.reviewerId = QUuid::fromString(o.value(QStringLiteral("reviewer")).toString());
    c.roundId = QUuid::fromString(o.value(QStringLiteral("round")).toString());
    const QJsonValue start = o.value(QStringLiteral("start"));
    const QJsonValue end = o.value(QStringLiteral("end"));
    if (c.id.isNull() || c.recordId.isNull() || c.codeId.isNull() || !start.isDouble() || !end.isDouble())
        return std::nullopt;
    c.span = {start.toInteger(), end.toInteger()};
    c.textVersion = o.value(QStringLiteral("textVersion")).toInt(1);
    c.memo = o.value(QStringLiteral("memo")).toString();
    c.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    return c;
}

/** The changes already in the file (none when there is no file). */
core::Result<QJsonArray> readChanges(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonArray();
    if (!file.open(QIODevice::ReadOnly))
        return core::makeError(QCoreApplication::translate("UnsentChanges", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return core::makeError(QCoreApplication::translate("UnsentChanges", "%1 is damaged at byte %2: %3")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(error.offset)
                                   .arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != kFormat || !root.value(QStringLiteral("changes")).isArray())
        return core::makeError(QCoreApplication::translate("UnsentChanges", "%1 is not a file of changes kept by this version of Dyad (expected format %2 "
                                  "with a list of changes).")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(kFormat));
    return root.value(QStringLiteral("changes")).toArray();
}

} // namespace

bool canKeep(const QUndoCommand &command)
{
    return dynamic_cast<const AddRemoveCodings *>(&command) != nullptr;
}

QString filePath(const QString &location)
{
    const QByteArray key = QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/unsent/")
         + QString::fromLatin1(key) + QStringLiteral(".json");
}

core::Result<Saved> save(const Document &document)
{
    const core::Project &project = document.project();
    const QString location = project.path();
    const QString path = filePath(location);
    auto changes = readChanges(path);
    if (!changes)
        return changes.takeError();
    Saved saved;
    const auto commands = document.unsavedCommands();
    const QStringList descriptions = document.unsavedChanges();
    for (size_t i = 0; i < commands.size(); ++i) {
        const auto *codings = dynamic_cast<const AddRemoveCodings *>(commands[i]);
        if (!codings) {
            saved.notKept << descriptions.value(static_cast<qsizetype>(i));
            continue;
        }
        const bool adding = dynamic_cast<const AddCodings *>(commands[i]) != nullptr;
        QJsonArray list;
        for (const core::Coding &c : codings->codings())
            list.append(codingJson(c));
        changes->append(QJsonObject{{QStringLiteral("kind"), adding ? QStringLiteral("add") : QStringLiteral("remove")},
                                    {QStringLiteral("codings"), list},
                                    {QStringLiteral("description"), descriptions.value(static_cast<qsizetype>(i))}});
        ++saved.kept;
    }
    if (saved.kept == 0)
        return saved;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("location"), location},
                           {QStringLiteral("changes"), *changes}};
    if (auto st = core::io::writeFileAtomically(path, QJsonDocument(root).toJson()); !st)
        return st.takeError();
    return saved;
}

core::Result<std::vector<Kept>> load(Document &document)
{
    const QString path = filePath(document.project().path());
    auto changes = readChanges(path);
    if (!changes)
        return changes.takeError();
    std::vector<Kept> out;
    auto fail = [&](int index, const QString &what) {
        for (Kept &k : out)
            delete k.command;
        return core::makeError(QCoreApplication::translate("UnsentChanges", "%1, change %2: %3").arg(QDir::toNativeSeparators(path)).arg(index + 1).arg(what));
    };
    for (int i = 0; i < changes->size(); ++i) {
        const QJsonObject change = changes->at(i).toObject();
        const QString kind = change.value(QStringLiteral("kind")).toString();
        if (kind != QLatin1String("add") && kind != QLatin1String("remove"))
            return fail(i, QCoreApplication::translate("UnsentChanges", "expected the kind \"add\" or \"remove\", found \"%1\"").arg(kind));
        std::vector<core::Coding> codings;
        for (const QJsonValue &v : change.value(QStringLiteral("codings")).toArray()) {
            auto c = codingFrom(v.toObject());
            if (!c)
                return fail(i, QCoreApplication::translate("UnsentChanges", "a coding without an id, record, code or span"));
            codings.push_back(*c);
        }
        if (codings.empty())
            return fail(i, QCoreApplication::translate("UnsentChanges", "expected at least one coding"));
        QUndoCommand *command = kind == QLatin1String("add")
                                    ? static_cast<QUndoCommand *>(new AddCodings(&document, std::move(codings)))
                                    : new RemoveCodings(&document, std::move(codings));
        out.push_back({command, change.value(QStringLiteral("description")).toString()});
    }
    return out;
}

bool remove(const QString &location)
{
    const QString path = filePath(location);
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace dyad::ui::unsent
