#pragma once

// Copies the audio stream of another file (usually the driving video) into
// the writer's output without re-encoding, cut to the video's length.

#include <cstdint>
#include <memory>
#include <string>

#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/media/ffmpeg_util.h"

struct AVStream;

namespace marionette::media_detail {

class AudioCopier {
 public:
  // nullptr when `sourcePath` has no audio stream: the output is then silent,
  // which is not an error. `start` (seconds after the source's first video
  // frame) is the source time that maps to output time 0.
  static Result<std::unique_ptr<AudioCopier>> open(const std::string& sourcePath, Rational start = Rational(0));

  // Adds the audio stream to `output` (before its header is written); fails
  // with a clear message when the container cannot hold the codec.
  Status addStream(AVFormatContext& output, const std::string& destination);

  // Writes, interleaved with the video, every source packet that starts before
  // `until` (seconds of output time, 0 = the source video's first frame).
  // Called with growing times; packets at or after the final video length
  // are never written, which cuts the audio to the video.
  Status copyUntil(Rational until);

 private:
  AudioCopier(std::string sourcePath, InputFormatPtr source, AVStream* stream, std::int64_t zero);
  Result<bool> readPacket();
  Rational packetStart() const;

  std::string sourcePath_;
  InputFormatPtr source_;
  AVStream* input_ = nullptr;
  AVFormatContext* output_ = nullptr;
  AVStream* outputStream_ = nullptr;
  std::int64_t zero_ = 0;  // source time (input time base) that maps to output time 0
  PacketPtr packet_;
  bool havePacket_ = false;
  bool sourceEnded_ = false;
};

}  // namespace marionette::media_detail
