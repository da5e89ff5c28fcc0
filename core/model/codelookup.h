#pragma once

#include "core/model/types.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dyad::core {

/**
 * Splits a code path "Theme > Sub-theme > Code" into its names, trimmed. A name that holds
 * '>' itself is written in double quotes ("Costs > \"cost > benefit\""); inside quotes,
 * two quotes stand for one.
 */
QStringList splitCodePath(const QString &text);

/** A code path for display and for splitCodePath(): names that hold '>' or '"' are quoted. */
QString joinCodePath(const QStringList &names);

/**
 * Finds one code among @p all by UUID, by its path from the top ("Theme > Code", quoted
 * names allowed), or by a name that is unique in the codebook. A name holding '>' is also
 * found when written unquoted, when no path matches. Errors say what was not found or
 * which names are ambiguous, and how to be exact.
 */
Result<Code> findCodeBySpec(const std::vector<Code> &all, const QString &spec);

} // namespace dyad::core
