#pragma once

#include <string>

#include "core/base/partial_file.h"

namespace marionette::cli {

// Removes what killed runs (SIGKILL, a crash, a power cut) left beside
// `destination` — partials whose writer no longer runs — and says so in a
// note on stderr. Partials of running jobs are kept; those written on another
// machine (a shared folder) are named but kept, since their job may still run.
void removeStalePartialsOf(const std::string& destination, PartialKind kind = PartialKind::File);

}  // namespace marionette::cli
