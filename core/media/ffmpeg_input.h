#pragma once

// Opening a file the user named for demuxing, so that nothing FFmpeg opens on
// the way can block or stream forever. FFmpeg types are only declared here.

#include <string>

#include "core/media/ffmpeg_util.h"

namespace marionette::media_detail {

// avformat_open_input on `path` as a local file (a file named "pipe:0" or
// "http:x" is that file, not a protocol). Every file FFmpeg opens on the way
// is checked with checkRegularFile() first: the input itself and whatever it
// names (the segments of an HLS playlist, the parts of a multi-file
// recording). A named pipe there would block the open, a device would never
// end, and other protocols reach out of the machine. FFmpeg's concat lists,
// whose demuxer opens the files it names without that check, are refused.
// Returns avformat_open_input's code; when the refusal is ours the code is
// negative and takeInputRefusal() says why.
int openCheckedInput(const std::string& path, InputFormatPtr& format);

// The first file refused on this thread since the last call, as one line
// ("'seg.ts' is a named pipe (FIFO), not a file"), or "". Playlists open
// segments while packets are read, so readers ask again when reading fails.
std::string takeInputRefusal();

}  // namespace marionette::media_detail
