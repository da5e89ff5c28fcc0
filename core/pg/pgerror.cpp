#include "core/pg/pgerror.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dyad::core::pg {

namespace {

/** "bob, reviewer", or "bob, not linked to a reviewer of this project". */
QString roleText(const SignedIn &who)
{
    if (who.reviewerRole.isEmpty())
        return QCoreApplication::translate("Team", "%1, not linked to a reviewer of this project").arg(who.role);
    return QStringLiteral("%1, %2").arg(who.role, who.reviewerRole);
}

/** What a role may not do to a table, as the end of "your role (...) may not ...". */
QString forbidden(const QString &table)
{
    if (table == QLatin1String("codings"))
        return QCoreApplication::translate("Team", "write another reviewer's codings, or the Consensus on a record that is still blinded for you "
                  "(a reviewer writes only their own codings)");
    if (table == QLatin1String("record_memos"))
        return QCoreApplication::translate("Team", "write another reviewer's memo");
    if (table == QLatin1String("rounds"))
        return QCoreApplication::translate("Team", "change rounds: only leads create rounds, change their phase and lift blinding");
    if (table == QLatin1String("assignments"))
        return QCoreApplication::translate("Team", "assign records or change another reviewer's assignment: only leads assign records, and a "
                  "reviewer marks only their own records done");
    if (table == QLatin1String("records") || table == QLatin1String("record_text_versions"))
        return QCoreApplication::translate("Team", "add or change records: only leads and adjudicators import or correct records");
    if (table == QLatin1String("meta"))
        return QCoreApplication::translate("Team", "change the project's settings: only leads do");
    if (table == QLatin1String("reviewers"))
        return QCoreApplication::translate("Team", "change the list of reviewers: only leads do");
    if (table == QLatin1String("codes"))
        return QCoreApplication::translate("Team", "change this code: it is another reviewer's private code while a round is blinded");
    if (table.startsWith(QLatin1String("reconcile_")))
        return QCoreApplication::translate("Team", "reconcile a record that is still blinded for you");
    if (table == QLatin1String("audit_log") || table == QLatin1String("change_log"))
        return QCoreApplication::translate("Team", "change the audit trail: no one may");
    if (table.startsWith(QLatin1String("agreement_")))
        return QCoreApplication::translate("Team", "save agreement figures without being a reviewer of this project");
    return QCoreApplication::translate("Team", "make this change");
}

/** The thing a unique key keeps single, for 23505. */
QString uniqueThing(const QString &table)
{
    if (table == QLatin1String("codes"))
        return QCoreApplication::translate("Team", "a code with this identity");
    if (table == QLatin1String("rounds"))
        return QCoreApplication::translate("Team", "a round of this name");
    if (table == QLatin1String("reviewers"))
        return QCoreApplication::translate("Team", "a reviewer of this name or sign-in role");
    if (table == QLatin1String("codings"))
        return QCoreApplication::translate("Team", "this coding");
    if (table == QLatin1String("records"))
        return QCoreApplication::translate("Team", "this record");
    return QCoreApplication::translate("Team", "this entry");
}

QString withDetail(const QString &message, const QString &serverText)
{
    // libpq's text starts with the severity ("ERROR:  "), which says nothing here.
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    QString detail = serverText.trimmed();
    detail.remove(severity);
    if (detail.isEmpty())
        return message;
    return message + QLatin1Char('\n') + QCoreApplication::translate("Team", "The server said: %1").arg(detail);
}

} // namespace

QString refusedMessage(const QString &table, const SignedIn &who)
{
    return QCoreApplication::translate("Team", "The team server refused this: your role (%1) may not %2.").arg(roleText(who), forbidden(table));
}

Error serverError(const QByteArray &sqlState, const QString &serverText, const QString &table, const QString &what,
                  const SignedIn &who)
{
    // Row-level security names the table it refused; that is the one that matters.
    static const QRegularExpression tableInText(QStringLiteral("for table \"([a-z_]+)\""));
    const QRegularExpressionMatch m = tableInText.match(serverText);
    const QString refusedTable = m.hasMatch() ? m.captured(1) : table;

    if (sqlState == "42501")
        return makeError(withDetail(refusedMessage(refusedTable, who), serverText));
    if (sqlState == "23505")
        return makeError(withDetail(QCoreApplication::translate("Team", "The team server already has %1 (someone added it at the same moment, or "
                                       "before): the %2 was not saved.")
                                        .arg(uniqueThing(refusedTable), what),
                                    serverText));
    if (sqlState == "40001" || sqlState == "40P01")
        return Error{withDetail(QCoreApplication::translate("Team", "The team server stopped this change because another session's change crossed "
                                   "it at the same moment: the %1 was not saved. Try again.")
                                    .arg(what),
                                serverText),
                     ErrorKind::Retry};
    if (sqlState.startsWith("08") || sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03"
        || sqlState.isEmpty())
        return makeError(withDetail(QCoreApplication::translate("Team", "Offline: the team server cannot be reached (the network, or the server "
                                       "restarted). The %1 was not saved; Dyad connects again at your next change.")
                                        .arg(what),
                                    serverText));
    if (sqlState == "53300")
        return makeError(withDetail(QCoreApplication::translate("Team", "The team server has no room for another connection (too many "
                                       "connections): the %1 was not saved. Close other Dyad windows or ask the "
                                       "server's administrator to raise max_connections, then try again.")
                                        .arg(what),
                                    serverText));
    if (sqlState == "25006")
        return makeError(withDetail(QCoreApplication::translate("Team", "The project is open read-only: the %1 was not saved.").arg(what), serverText));
    return makeError(withDetail(QCoreApplication::translate("Team", "Could not save the %1 on the team server.").arg(what), serverText));
}

QString connectionErrorMessage(const QString &libpqText)
{
    // libpq says why in English text only (no SQLSTATE before the session exists).
    const QString t = libpqText;
    QString advice;
    if (t.contains(QLatin1String("password authentication failed")) || t.contains(QLatin1String("no password supplied"))
        || t.contains(QLatin1String("password is required")))
        advice = QCoreApplication::translate("Team", "The server wants a password for this role. Dyad never takes one on the command line or in "
                    "the location: put a line \"host:port:database:role:password\" in ~/.pgpass (mode 0600), or "
                    "set PGPASSWORD for a script.");
    else if (t.contains(QLatin1String("authentication failed")) || t.contains(QLatin1String("no pg_hba.conf entry")))
        advice = QCoreApplication::translate("Team", "The server did not accept this sign-in. Check the role name (user=... in the location) and ask "
                    "the server's administrator whether pg_hba.conf lets that role in from here (peer, "
                    "scram-sha-256 with ~/.pgpass, or a client certificate).");
    else if (t.contains(QLatin1String("too many")) && t.contains(QLatin1String("connections")))
        advice = QCoreApplication::translate("Team", "The server has no room for another connection: close other Dyad windows or ask its "
                    "administrator to raise max_connections.");
    else if (t.contains(QLatin1String("does not exist")))
        advice = QCoreApplication::translate("Team", "Check the database and role names in the location.");
    else
        advice = QCoreApplication::translate("Team", "Check the location and that the server is running and reachable from here.");
    return QCoreApplication::translate("Team", "Cannot connect to the team server. %1").arg(advice) + QLatin1Char('\n')
        + QCoreApplication::translate("Team", "The server said: %1").arg(t);
}

} // namespace dyad::core::pg
