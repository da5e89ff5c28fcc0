#pragma once

// The comparison and reconciliation screens use the UI's one offset converter.
#include "ui/workbench/offsetconversion.h"

namespace dyad::ui {
using TextOffsets = OffsetConversion;
} // namespace dyad::ui
