#pragma once

#include <cstdint>
#include <vector>

namespace marionette {

// A run of 16-bit PCM sound, channels interleaved: what a microphone or a
// clip's soundtrack delivers to a recording.
struct AudioSamples {
  int sampleRate = 0;
  int channels = 0;
  std::vector<std::int16_t> interleaved;

  std::int64_t frameCount() const { return channels > 0 ? std::int64_t(interleaved.size()) / channels : 0; }
  double seconds() const { return sampleRate > 0 ? double(frameCount()) / sampleRate : 0; }
};

}  // namespace marionette
