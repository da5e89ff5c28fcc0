#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace dyad::core::pg {

/** Who is signed in, for messages: the database role and the Dyad role it is linked to. */
struct SignedIn
{
    QString role;         ///< session_user, e.g. "bob"
    QString reviewerRole; ///< "reviewer", "lead", "adjudicator"; empty when not linked to a reviewer
};

/**
 * The one place where the team server's refusals and failures become messages a user can act
 * on: by SQLSTATE (42501 privilege or row-level security, 23505 unique, 40001/40P01
 * serialization or deadlock, 08xxx/57P01 connection, 53300 too many connections,
 * 28000/28P01 authentication). The server's own text follows on a second line, for the curious.
 *
 * `table` is the table the statement wrote (the server's message names it for row-level
 * security; otherwise the caller's), `what` the thing Dyad tried to save ("coding").
 * Serialization failures and deadlocks come back as ErrorKind::Retry.
 */
Error serverError(const QByteArray &sqlState, const QString &serverText, const QString &table, const QString &what,
                  const SignedIn &who);

/**
 * A write the server's row-level security filtered out (no error, no row touched): the same
 * sentence as for 42501, naming what the signed-in role may not do to `table`.
 */
QString refusedMessage(const QString &table, const SignedIn &who);

/** A failed connection attempt (libpq's text), with what to do about it. */
QString connectionErrorMessage(const QString &libpqText);

} // namespace dyad::core::pg
