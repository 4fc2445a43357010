#pragma once

// A job's unfinished output ("partial") lives beside its destination (so the
// final rename cannot cross file systems) and is renamed into place when
// complete, so nothing half-written ever appears under the destination's
// name. A process killed outright (SIGKILL, a power cut) cannot remove its
// partial, so the name says who wrote it:
//
//   .STEM.partial-HOST-PID-START-RANDOM.EXT   a file (EXT kept: FFmpeg picks the muxer by it)
//   .NAME.partial-HOST-PID-START-RANDOM       a folder (a PNG sequence)
//
// HOST is the machine, PID and START (the process's start time in clock ticks
// since boot) the writing process; together they tell a partial whose writer
// is gone from one a running job is still writing, even when the PID has
// been reused (a restarted container often gets the same PID).

#include <string>
#include <vector>

#include "core/base/result.h"

namespace marionette {

enum class PartialKind { File, Folder };

// Creates an empty partial for `destination` (a file, or a folder for a PNG
// sequence; "frames/" and "frames" are the same folder), exclusively, and
// returns its path.
Result<std::string> createPartial(const std::string& destination, PartialKind kind);

struct PartialCleanup {
  std::vector<std::string> removed;  // partials whose writer has gone
  std::vector<std::string> foreign;  // written on another machine: left alone, its job may still run
};

// Removes the partials of `destination` that no running process writes any
// more (files and folders alike). Partials of live processes, of other
// machines, and names that do not follow the pattern are left alone.
PartialCleanup removeStalePartials(const std::string& destination, PartialKind kind);

}  // namespace marionette
