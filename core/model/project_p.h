#pragma once

// Helpers shared by the files Project's implementation is split into (project.cpp,
// project_codebook.cpp, project_codings.cpp, project_rounds.cpp). Not part of core's API.

#include "core/model/project.h"

#include <QJsonObject>
#include <QSet>

#include <functional>
#include <vector>

namespace dyad::core::projectdetail {

inline const QString kConsensusName = QStringLiteral("Consensus");

/**
 * Whether the actor may run the study: create rounds, assign records, change a round's phase
 * and lift blinding. Only the lead may; a null actor is a tool acting for nobody in particular.
 */
bool actsAsLead(const Project &project);

/** A coding and a code as the audit log records them ("before" and "after"). */
QJsonObject codingJson(const Coding &c);
QJsonObject codeJson(const Code &c);

/** Runs `body` in a transaction, again (at most three times in all) when the server gave it up. */
Status transactRetrying(Project &project, const std::function<Status()> &body);

/** A record's title, and a span's text, cut to fit in a sentence. */
QString shortTitle(const QString &title);
QString excerpt(const QString &text, Span span);

/** The rounds that blind now: in their independent phase and not unblinded by the lead. */
QSet<QUuid> blindingRounds(const std::vector<Round> &rounds);
/** x and y are blinded from each other on a record with these assignments. */
bool blindedPair(const std::vector<Assignment> &recordAssignments, const QSet<QUuid> &blinding, const QUuid &x,
                 const QUuid &y);
/** Others' work on a record with these assignments is hidden from the viewer. */
bool blindedForViewer(const std::vector<Assignment> &recordAssignments, const QSet<QUuid> &blinding,
                      const QUuid &viewer);

} // namespace dyad::core::projectdetail
