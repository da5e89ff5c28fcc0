// memo: read or write a reviewer's memo on a record or on a coding, with its row version.
#include "cliutil.h"

using namespace dyad::core;

namespace dyad::cli {
namespace {

int runMemo(Context &ctx)
{
    QStringList args = ctx.args;
    const QString as = takeOption(args, QStringLiteral("as"));
    const QString codingKey = takeOption(args, QStringLiteral("coding"));
    const QString text = takeOption(args, QStringLiteral("set"));
    const QString ifVersion = takeOption(args, QStringLiteral("if-version"));
    const bool onCoding = !codingKey.isNull();
    if (args.size() != (onCoding ? 1 : 2) || as.isEmpty())
        return fail(QStringLiteral("memo takes PROJECT RECORD --as REVIEWER (or PROJECT --coding CODING-ID --as "
                                   "REVIEWER), and --set TEXT to write."));
    std::optional<qint64> expected;
    if (!ifVersion.isNull()) {
        bool ok = false;
        expected = ifVersion.toLongLong(&ok);
        if (!ok || *expected < (onCoding ? 1 : 0))
            return fail(QStringLiteral("--if-version expects the version number \"memo --json\" printed (a "
                                       "coding's start at 1; 0 for a record that had no memo); got \"%1\".")
                            .arg(ifVersion));
    }
    auto project = openProject(args[0], text.isNull());
    if (!project)
        return 1;
    auto who = findReviewer(*project, as);
    if (!who)
        return 1;
    project->setActor(who->id);

    QString current;
    qint64 version = 0;
    QUuid target;
    if (onCoding) {
        target = QUuid::fromString(codingKey);
        const auto coding = target.isNull() ? std::nullopt : project->coding(target);
        if (!coding || !project->canSee(who->id, *coding))
            return fail(QStringLiteral("there is no coding %1 that %2 can see (\"codings --json\" lists their ids).")
                            .arg(codingKey, who->name));
        current = coding->memo;
        version = coding->version;
    } else {
        QString recordError;
        const auto record = findRecord(*project, args[1], &recordError);
        if (!record)
            return fail(recordError);
        target = record->id;
        const RecordMemo memo = project->recordMemoWithVersion(target);
        current = memo.text;
        version = memo.version;
    }

    if (text.isNull()) {
        if (ctx.json)
            printJson(QJsonObject{{QStringLiteral("text"), current}, {QStringLiteral("version"), version}});
        else
            out(current);
        return 0;
    }

    // Without --if-version the memo is written over what was just read, still refused should
    // another write land in between.
    const qint64 base = expected.value_or(version);
    qint64 written = 0;
    if (onCoding) {
        if (auto st = project->updateCodingMemo(target, text, base); !st) {
            if (st.errorKind() == ErrorKind::Conflict)
                err(QStringLiteral("Your text was:\n%1").arg(text));
            return fail(st.error());
        }
        written = project->coding(target)->version;
    } else {
        auto st = project->setRecordMemo(target, text, base);
        if (!st) {
            if (st.errorKind() == ErrorKind::Conflict)
                err(QStringLiteral("Your text was:\n%1").arg(text));
            return fail(st.error());
        }
        written = *st;
    }
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("version"), written}});
    else
        out(QStringLiteral("Saved the memo (version %1).").arg(written));
    return 0;
}

CommandRegistrar s_memo(
    {QStringLiteral("memo"), QStringLiteral("Read or write a reviewer's memo on a record or a coding"),
     QStringLiteral("Usage: dyad-cli memo PROJECT RECORD --as REVIEWER [--set TEXT [--if-version N]] [--json]\n"
                    "       dyad-cli memo PROJECT --coding CODING-ID --as REVIEWER [--set TEXT [--if-version N]] "
                    "[--json]\n\n"
                    "Without --set, prints the memo (with --json, also its version). --set writes it (an\n"
                    "empty text removes a record memo). --if-version N writes only if the memo is still at\n"
                    "version N, as read before (0: no memo yet); when someone changed it meanwhile, nothing\n"
                    "is written, the message says who and when, your text is printed on stderr and the\n"
                    "exit code is 1."),
     runMemo});

} // namespace
} // namespace dyad::cli
