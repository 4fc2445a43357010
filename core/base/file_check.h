#pragma once

// What a path names, found without opening it. Every reader of user-supplied
// files asks here first: opening a named pipe blocks until something writes
// to it, and a device such as /dev/zero never ends, so neither may reach
// fopen, an ifstream or FFmpeg.

#include <cstdint>
#include <string>

#include "core/base/result.h"

namespace marionette {

enum class FileKind { Regular, Missing, Folder, NamedPipe, Device, Socket, Other, Inaccessible };

// Follows symbolic links (a link to a FIFO is a FIFO). Only stats the path.
FileKind fileKindOf(const std::string& path);

// "a folder", "a named pipe (FIFO)", "a device", "a socket", "missing" … :
// the words that complete "'x' is …".
std::string fileKindText(FileKind kind);

// The size of `path` when it is a regular file. Otherwise one line that says
// what it is, `what` naming what was expected ("a file", "an image", "a
// video", "a project file"):
//   'x' is a named pipe (FIFO), not an image
//   'x' is a folder, not a video
//   'x' is a device, not a file
//   cannot open 'x': No such file or directory
Result<std::uint64_t> checkRegularFile(const std::string& path, const std::string& what = "a file");

// "12.5 MB", "8 GB", "900 bytes": sizes in messages (powers of 1024, one
// decimal unless whole).
std::string byteSizeText(std::uint64_t bytes);

}  // namespace marionette
