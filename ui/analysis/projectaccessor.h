#pragma once

#include <functional>

namespace dyad::core {
class Project;
}

namespace dyad::ui::analysis {

/** Gives the analysis views the window's current project (nullptr when none is open). */
using ProjectAccessor = std::function<core::Project *()>;

} // namespace dyad::ui::analysis
