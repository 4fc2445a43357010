#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/base/image.h"
#include "core/base/rational.h"
#include "core/base/result.h"

namespace marionette {

enum class ExportFormat { Mp4, PngSequence, Ffv1, ProRes };

struct ExportSettings {
  ExportFormat format = ExportFormat::Mp4;
  std::string path;  // a file, or a folder for a PNG sequence
  int width = 0, height = 0;
  Rational frameRate{25};
  int crf = 18;                    // H.264 only
  std::string speed = "veryfast";  // x264 preset
  std::string audioSourcePath;     // empty: silent
  Rational audioStart{0};          // source time at the first frame (a range from mid-clip)
  bool overwrite = false;
  std::vector<std::string> inputs;  // never replaced, even with overwrite
  // Project frame of the first frame written: a PNG sequence names frame k
  // sequenceFrameName(k), so ranges rendered apart form one sequence.
  std::int64_t firstFrame = 0;
  // Tags stored in a video's container (which part of which project it
  // holds, core/media/render_part.h); a PNG sequence has nowhere to keep them.
  std::vector<std::pair<std::string, std::string>> metadata;
};

// Where finished frames go. Nothing appears at the destination until
// finish() succeeds; cancel() or destruction before that removes every
// temporary file.
class FrameSink {
 public:
  virtual ~FrameSink() = default;
  virtual Status write(const Image& frame) = 0;
  virtual Status finish() = 0;
  virtual void cancel() = 0;
  virtual std::vector<std::string> notes() const = 0;
};

// Refuses a destination it may not write (existing without overwrite, an
// input, a missing folder, a FIFO or device even with overwrite, a folder
// holding anything but frames) before any work starts.
Status checkExportDestination(const ExportSettings& settings);

Result<std::unique_ptr<FrameSink>> openFrameSink(const ExportSettings& settings);

// The file name of project frame `index` (0-based) in a PNG sequence:
// frame 0 is frame_000001.png, frame 250 frame_000251.png, whichever range
// of the project the sequence holds.
std::string sequenceFrameName(std::int64_t index);

}  // namespace marionette
