#pragma once

// A fixture for the "layers" check: text reaching up into model must be refused.
#include "core/text/offsets.h"
#include "core/model/types.h"
