#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/base/image.h"
#include "core/base/rational.h"
#include "core/base/result.h"

namespace marionette {

struct VideoWriterOptions {
  int width = 0;  // odd sizes are rounded down to even for yuv420p
  int height = 0;
  Rational frameRate{25, 1};
  std::string codec = "libx264";  // also "ffv1" (MKV/MOV) and "prores_ks" (MOV)
  int crf = 18;
  std::string preset = "veryfast";
  // Audio is copied from this file (usually the driving video) and cut to the
  // video's length; empty for none.
  std::string audioSourcePath;
  // Time in the audio source (from its first video frame) that plays at the
  // output's first frame: a range rendered from the middle of a driver keeps
  // its sound in sync.
  Rational audioStart{0};
  bool overwrite = false;  // refuse an existing destination unless set
  // Paths the writer must never replace (the inputs of the job).
  std::vector<std::string> protectedPaths;
  // Key/value tags stored in the container (MP4/MOV metadata keys, Matroska
  // tags), e.g. which frames of which project a part holds (render_part.h).
  std::vector<std::pair<std::string, std::string>> metadata;
};

// Encodes frames into a temporary file beside the destination and renames it
// into place in finish(); a writer destroyed or cancelled before finish()
// removes the temporary file and leaves the destination untouched.
class VideoWriter {
 public:
  static Result<std::unique_ptr<VideoWriter>> create(const std::string& path, const VideoWriterOptions& options);
  virtual ~VideoWriter() = default;

  virtual Status write(const Image& rgbFrame) = 0;
  virtual Status finish() = 0;
  virtual void cancel() = 0;
  // Things the user may want to know that are not errors, e.g. that the audio
  // source has no audio so the output is silent.
  virtual std::vector<std::string> notes() const { return {}; }
};

}  // namespace marionette
