#pragma once

#include <string>
#include <vector>

#include "core/base/result.h"

namespace marionette {

// Writes `content` to a temporary file beside `path` and renames it into
// place, so a crash or a full disk never leaves a half-written file where
// the user's previous one was.
Status writeFileAtomically(const std::string& path, const std::string& content);

// Explains why `path` cannot be written as a new output: it exists and
// `overwrite` is off, it is one of the job's inputs, or its folder is missing.
Status checkOutputPath(const std::string& path, bool overwrite, const std::vector<std::string>& inputs);

}  // namespace marionette
