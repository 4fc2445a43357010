#pragma once

// Sound on its own: a clip's soundtrack decoded to PCM (to play a clip as if
// it were a camera and microphone), PCM encoded to AAC (a take's microphone),
// and a silent video given a soundtrack (the take's picture and sound joined).

#include <memory>
#include <optional>
#include <string>

#include "core/base/audio.h"
#include "core/base/result.h"

namespace marionette {

// Decodes the first audio stream of a file to 16-bit PCM at its own rate and
// channel count (at most two channels; more are mixed down to stereo).
class AudioReader {
 public:
  // An error when the file cannot be read or has no audio stream.
  static Result<std::unique_ptr<AudioReader>> open(const std::string& path);
  virtual ~AudioReader() = default;
  virtual int sampleRate() const = 0;
  virtual int channels() const = 0;
  // The next decoded block, std::nullopt at the end.
  virtual Result<std::optional<AudioSamples>> next() = 0;
};

// Encodes PCM to AAC in an .m4a file. The file is written under a partial
// name and appears under its own only when finish() succeeds; a writer
// destroyed before that removes what it wrote.
class AudioWriter {
 public:
  static Result<std::unique_ptr<AudioWriter>> create(const std::string& path, int sampleRate, int channels);
  virtual ~AudioWriter() = default;
  // Samples must have the rate and channel count the writer was created with.
  virtual Status write(const AudioSamples& samples) = 0;
  virtual Status finish() = 0;
  virtual double secondsWritten() const = 0;
};

// Writes `output`: the video stream of `videoPath` and the audio stream of
// `audioPath`, both copied without re-encoding, the sound cut to the
// picture's length. `output` must not exist yet.
Status joinVideoAndAudio(const std::string& videoPath, const std::string& audioPath, const std::string& output);

}  // namespace marionette
