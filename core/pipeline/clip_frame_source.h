#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "core/media/audio_file.h"
#include "core/media/video_reader.h"
#include "core/pipeline/live_source.h"

namespace marionette {

// A video file played as if it were a camera and microphone: each frame
// arrives at its presentation time after start() and the sound in blocks of
// 20 ms on the same clock, whether or not the sink keeps up. What the tests
// and the live benchmark perform with, and what the editor offers when no
// camera is attached.
class ClipFrameSource final : public LiveFrameSource {
 public:
  // An error naming the file when it cannot be read as video.
  static Result<std::unique_ptr<ClipFrameSource>> open(const std::string& path);
  ~ClipFrameSource() override;

  std::string name() const override;
  Rational frameRate() const override;
  Status start(LiveSink& sink) override;
  void stop() override;
  const VideoInfo& info() const { return info_; }

 private:
  ClipFrameSource(std::string path, VideoInfo info);
  void playPicture(std::unique_ptr<VideoReader> reader, LiveSink& sink, LiveClock::time_point zero);
  void playSound(std::unique_ptr<AudioReader> reader, LiveSink& sink, LiveClock::time_point zero);

  std::string path_;
  VideoInfo info_;
  std::atomic<bool> stopping_{false};
  std::thread picture_, sound_;
};

}  // namespace marionette
