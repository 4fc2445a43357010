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
// `overwrite` is off, it is one of the job's inputs, it is something other
// than a regular file (a FIFO, device or socket, or a link to one: refused
// even with `overwrite`), or its folder is missing or is a file.
Status checkOutputPath(const std::string& path, bool overwrite, const std::vector<std::string>& inputs);

// The folder `path` would be written into exists and is a folder; else one
// line: "cannot write 'a.jpg/out.mp4': 'a.jpg' is a file, not a folder" or
// "... folder 'x' does not exist".
Status checkOutputFolder(const std::string& path);

// Refuses to replace a FIFO, device or socket (or a link to one) at `path`;
// a missing path, a regular file or a link to one may be replaced. Checked
// again right before a temporary file is renamed over the destination.
Status checkReplaceable(const std::string& path);

}  // namespace marionette
