#pragma once

// Internal to the evaluation: the pieces self- and cross-reenactment share.

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/face/face_tracker.h"
#include "core/media/video_reader.h"
#include "core/motion/expression_code.h"
#include "core/pipeline/reenactment_evaluation.h"
#include "core/quality/image_metrics.h"

namespace marionette::evaluate_detail {

// Landmarks of one stream of frames (the real clip, or one renderer output),
// measured by a tracker of its own without temporal smoothing: the numbers
// must describe the frames, not a filter. The tracker re-detects whenever
// the face is lost, so a broken output frame cannot hide behind the last
// good one.
class LandmarkProbe {
 public:
  explicit LandmarkProbe(const FaceAnalyzer& reader);
  std::optional<Landmarks> measure(const Image& frame, Rational time);

 private:
  std::unique_ptr<VideoFaceTracker> tracker_;
};

// The region face metrics look at: the landmark box grown by a fifth of its
// size on every side, clipped to the image.
PixelBox faceBox(const Landmarks& landmarks, int width, int height);

// `image` against the real frame (see FrameScores).
FrameScores scoreFrame(const Image& image, const Image& real, const std::optional<Landmarks>& imageLandmarks,
                       const std::optional<Landmarks>& realLandmarks);

// Mean over the named channels (gaze aside) of |a - b|.
double channelDeviation(const ExpressionCode& a, const ExpressionCode& b);

// Renders one frame and records what is broken about it; nullopt when the
// renderer failed.
std::optional<Image> renderChecked(Renderer& renderer, const Motion& target, const Image& portrait,
                                   OutputChecks& checks);

// The driver's motion, tracked as the product tracks it.
Result<MotionTrack> trackDriver(const std::string& path, std::shared_ptr<const FaceAnalyzer> model,
                                const EvaluateOptions& options, const EvaluateProgress& progress,
                                std::vector<std::string>& warnings);

// The portrait as the product reads it (its pixels, landmarks and motion
// from the tracker's model). Errors name the file.
Result<SourceFace> loadPortrait(const std::string& path, std::shared_ptr<const FaceAnalyzer> model, int faceIndex);

// Appends the warnings `into` does not hold yet (the tracking pass and the
// scoring pass decode the same clip and may report the same problem).
void addWarnings(std::vector<std::string>& into, const std::vector<std::string>& more);

// Decodes the rest of a clip frame by frame and calls `visit` for every frame
// the options select (index multiple of `every`, below maxFrames), reporting
// progress. Returns the number of frames read.
using FrameVisitor = std::function<Status(const VideoFrame& frame)>;
Result<int> forEachSelectedFrame(VideoReader& reader, const EvaluateOptions& options, std::int64_t trackFrames,
                                 const EvaluateProgress& progress, const FrameVisitor& visit);

}  // namespace marionette::evaluate_detail
