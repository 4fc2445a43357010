#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "core/base/audio.h"
#include "core/base/image.h"
#include "core/base/rational.h"
#include "core/base/result.h"

namespace marionette {

using LiveClock = std::chrono::steady_clock;

// One picture from a live source, stamped when it arrived.
struct LiveFrame {
  Image image;                // RGB
  std::int64_t sequence = 0;  // 0, 1, 2 … in arrival order
  LiveClock::time_point arrival;
};

// Where a live source delivers. Called from the source's own threads.
class LiveSink {
 public:
  virtual ~LiveSink() = default;
  virtual void frameArrived(LiveFrame frame) = 0;
  virtual void soundArrived(const AudioSamples& samples) = 0;
  // The source stopped for good (a camera unplugged, a file that cannot be
  // read further): one line saying why. No frames follow.
  virtual void sourceFailed(const std::string& message) = 0;
  // The source ran out (the end of a clip). No frames follow.
  virtual void sourceEnded() = 0;
};

// A camera and microphone, or anything that behaves like them: frames and
// sound arrive on their own clock, whether or not anyone keeps up.
class LiveFrameSource {
 public:
  virtual ~LiveFrameSource() = default;
  virtual std::string name() const = 0;
  virtual Rational frameRate() const = 0;  // nominal frames per second
  // Starts delivering to `sink`; an error (one line) when the source cannot start.
  virtual Status start(LiveSink& sink) = 0;
  // Stops delivering; no call reaches the sink after it returns.
  virtual void stop() = 0;
};

}  // namespace marionette
