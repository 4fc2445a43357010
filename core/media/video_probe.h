#pragma once

// Opening a video file for decoding: translating every way that can fail into
// one line naming the file, choosing the stream and describing it.

#include <string>

#include "core/base/result.h"
#include "core/media/ffmpeg_util.h"
#include "core/media/video_reader.h"

struct AVStream;

namespace marionette::media_detail {

struct OpenedVideo {
  InputFormatPtr format;
  CodecContextPtr codec;  // opened, ready for packets
  AVStream* stream = nullptr;
  VideoInfo info;
};

Result<OpenedVideo> openVideo(const std::string& path);

}  // namespace marionette::media_detail
