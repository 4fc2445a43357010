#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/face/landmark_model.h"
#include "core/motion/presets.h"
#include "core/motion/renderer.h"
#include "core/motion/retarget.h"
#include "core/pipeline/frame_sink.h"
#include "core/pipeline/output_framing.h"
#include "core/timeline/project.h"
#include "core/timeline/time.h"

namespace marionette {

enum class OutputLayout { Result, SideBySide };

// Everything one animation export needs, as plain values.
struct AnimateRequest {
  std::string portraitPath;
  int faceIndex = 0;  // 0 = the largest face

  // Motion from a driving video, or (when empty) from presets alone.
  std::string drivingPath;
  RetargetOptions retarget;
  std::optional<int> referenceFrame = 0;  // std::nullopt: the driver's most neutral frame
  double smoothing = 0.5;                 // landmark smoothing while tracking, 0..1

  // Presets add to the driver's motion, or make the whole clip without one.
  std::vector<Preset> presets;
  double presetSeconds = 0;  // clip length without a driver
  Rational presetFrameRate{25};

  FramingRequest framing;
  OutputLayout layout = OutputLayout::Result;
  ExportSettings output;  // path, format, crf, speed, overwrite (size, rate, audio and inputs are filled in)
  bool audio = true;      // copy the driver's audio
  bool teethFromDriver = false;

  // When set, the motion comes from this timeline project (`render`), and
  // the motion fields above (retarget, reference, presets) are ignored; its
  // cached motion is used where its content hash matches, so nothing is
  // tracked twice. Otherwise those fields are turned into a project
  // (`animate`): both paths render through timeline::motionAt.
  std::optional<timeline::Project> project;
  // Frames [first, end) of the clip; end 0 = to the end. The driver's audio
  // is cut to the same span, so ranges joined with concat stay in sync.
  timeline::FrameRange frames;
  // Called once the motion is known with the project that reproduces this
  // job (media paths and content hashes filled in), after the last frame was
  // written; a failure fails the job (e.g. --save-project could not write).
  std::function<Status(const timeline::Project&)> projectReady;
};

enum class AnimateStage { Tracking, Rendering };

struct AnimateProgress {
  AnimateStage stage = AnimateStage::Tracking;
  int done = 0;
  std::int64_t total = 0;     // 0 when unknown
  double elapsedSeconds = 0;  // since this stage started
};

struct AnimateCallbacks {
  // Called from worker threads, after each frame of each stage.
  std::function<void(const AnimateProgress&)> progress;
  // Raised by the caller (a Cancel button, SIGINT): the job stops between
  // frames and leaves no output.
  const std::atomic<bool>* cancel = nullptr;
};

struct AnimateReport {
  int frames = 0;
  Rational frameRate;
  int width = 0, height = 0;  // of the written frames
  int faceCount = 0, chosenFace = 0;
  Rect faceBox;
  int lostFrames = 0;       // driver frames without a face (held or interpolated)
  int referenceFrame = -1;  // driver frame the motion is relative to; -1 without a driver
  bool audio = false;       // the output carries the driver's sound
  double trackSeconds = 0, renderSeconds = 0;
  std::string device;
  int renderThreads = 0;
  std::vector<std::string> notes;  // things worth telling the user that are not errors
};

// The request that renders a saved project as its own render settings say:
// what `marionette-cli render` and the editor's export both start from.
AnimateRequest animateRequestFromProject(const timeline::Project& project);

// The checks that need no decoding: the inputs exist and the destination
// may be written. Run first by runAnimateJob; callers may run it before
// loading models so that a typo fails at once.
Status checkAnimateRequest(const AnimateRequest& request);

// Loads the portrait, tracks the driver (motion only), then renders and
// writes every frame through a decode → render → encode pipeline: the
// output has exactly the driver's frame count and frame rate, memory stays
// flat, and a failure or cancel leaves nothing at the destination.
// Frames are rendered on as many threads as there are renderers, each used
// by one thread only: on a CPU, one single-threaded renderer per core
// outruns one renderer with a threaded tensor library.
Result<AnimateReport> runAnimateJob(const AnimateRequest& request, std::shared_ptr<const LandmarkModel> model,
                                    const std::vector<Renderer*>& renderers, const AnimateCallbacks& callbacks = {});

inline Result<AnimateReport> runAnimateJob(const AnimateRequest& request, std::shared_ptr<const LandmarkModel> model,
                                           Renderer& renderer, const AnimateCallbacks& callbacks = {}) {
  return runAnimateJob(request, std::move(model), std::vector<Renderer*>{&renderer}, callbacks);
}

}  // namespace marionette
