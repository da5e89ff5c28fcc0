#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace dyad::core {

class Project;

/**
 * Builds the demo project at `path` from the JSON sources in `sourceDir`
 * (resources/demo: records.json, codebook.json, codings.json). Codings are given there by
 * quote, so the sources stay readable and the offsets are computed, never hand-written.
 * Fails (and leaves no file) if a quote is not found in its record.
 */
Result<std::unique_ptr<Project>> buildDemoProject(const QString &path, const QString &sourceDir);

} // namespace dyad::core
