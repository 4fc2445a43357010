#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/image.h"
#include "core/base/result.h"
#include "core/face/face_analyzer.h"
#include "core/motion/expression_code.h"
#include "core/motion/head_pose.h"
#include "core/motion/renderer.h"
#include "core/pipeline/track_video.h"
#include "core/quality/series_statistics.h"

namespace marionette {

// Measures a renderer on real driving clips instead of by eye (the README's
// Quality section defines every figure). The renderer is passed in, so any implementation
// of the Renderer interface can be scored the same way. Videos are decoded
// and scored frame by frame; only per-frame numbers are kept.

struct EvaluateOptions {
  int every = 1;      // score every k-th driving frame (frames in between are decoded, not rendered)
  int maxFrames = 0;  // 0: the whole clip; otherwise stop after this many driving frames
  // Cross-reenactment: the driver frame whose pose and expression count as
  // "no change", or none for the driver's rest (the product's default).
  std::optional<int> referenceFrame;
  TrackVideoOptions tracking;  // how the driver's motion is read: the product's defaults
};

enum class EvaluatePhase { Tracking, Scoring };
// (phase, frames done, frames expected or 0); returning false cancels.
using EvaluateProgress = std::function<bool(EvaluatePhase phase, int done, std::int64_t total)>;
// Sees every scored frame: its index, the driving frame and the rendered one.
using FrameObserver = std::function<void(int index, const Image& driving, const Image& rendered)>;

// Rendered frames that are broken rather than merely imperfect.
struct OutputChecks {
  int renderFailures = 0;  // render() returned an error
  int darkFrames = 0;      // over 5% of the frame newly black: NaN or missing output
  int facelessFrames = 0;  // no face found on the output
  int total() const { return renderFailures + darkFrames + facelessFrames; }
};

// One image compared with the real frame. The face box is the real frame's
// landmark box grown by a fifth on every side: whole-frame numbers are
// dominated by a background that does not move. nme is NaN when either image
// has no measurable face.
struct FrameScores {
  double psnr = 0, ssim = 0, facePsnr = 0, faceSsim = 0, nme = 0;
};

struct ScoreSummary {
  Summary psnr, ssim, facePsnr, faceSsim, nme;
};

// Self-reenactment: the portrait is frame 0 of the clip and the clip drives
// it (relative motion, reference frame 0), so every rendered frame has a
// ground truth: the real frame. The baseline is the still image (frame 0
// shown unchanged). Frame 0 itself is not scored: both reproduce it.
struct SelfReenactmentReport {
  struct Frame {
    int index = 0;
    FrameScores rendered, still;
  };
  int framesRead = 0;
  int framesScored = 0;
  int realFacelessFrames = 0;  // scored frames where the real frame had no measurable face
  ScoreSummary rendered, still;
  // JitterMeter's measures over the scored frames (frame 0 included), for the
  // rendered and the real frames. Same face, same measurement: the fair
  // comparison of the output's stability with the driver's (cross-reenactment
  // adds the difference in how steadily two faces can be measured).
  double renderedJitter = 0, realJitter = 0;
  double renderedShake = 0, realShake = 0;
  OutputChecks checks;
  std::vector<Frame> frames;
  std::vector<std::string> warnings;
  double seconds = 0;
};

// What an evaluation reads faces with: the product's tracker (for the
// driver's motion and the portrait, as `animate` reads them) and an
// independent reader that shares no model with it, for every measurement of
// outputs and of the driving frames alike, so the numbers cannot agree with
// the tracker's own mistakes.
struct EvaluationModels {
  std::shared_ptr<const FaceAnalyzer> tracker;
  std::shared_ptr<const FaceAnalyzer> reader;
};

Result<SelfReenactmentReport> evaluateSelfReenactment(const std::string& drivingPath, Renderer& renderer,
                                                      const EvaluationModels& models, const EvaluateOptions& options,
                                                      const EvaluateProgress& progress = {},
                                                      const FrameObserver& observer = {});

// Cross-reenactment: a portrait driven by someone else's clip, rendered three
// ways per frame (full motion, pose only, expression only); motion is read
// back from every output and compared with what was asked.
//   Every face in it — driving frames, outputs and the portrait — is read
//   by the independent reader (EvaluationModels::reader), never the tracker.
//   Poses are rotations relative to a reference, in degrees: the driver's
//   relative to its reference frame, an output's relative to the portrait's
//   own pose (which is what relative retargeting adds the driver's change to).
//   Expression drift is the mean over the named channels (gaze aside) of
//   |channel read on the output - the portrait's own reading|.
//   Jitter and shake are JitterMeter's, on landmarks measured without
//   smoothing on the full-motion output and on the driving frames alike.
// How one feature of the face (mouth opening, eye opening, gaze) in the
// output follows the same feature in the driver, each as its change from its
// own rest (the portrait's own face; the driver's reference frame): Pearson
// correlation, mean absolute difference, and that difference for a still
// portrait (the driver's change itself). NaN where the reader saw too little.
struct FeatureFollowing {
  double correlation = 0;
  // Least-squares slope through zero of the output's change on the driver's:
  // 1 when the output moves as much as the driver, 0.5 when half as much.
  double gain = 0;
  double meanError = 0;
  double stillError = 0;
  int frames = 0;  // frames where the reader measured the feature on both
};

struct CrossReenactmentReport {
  struct Frame {
    int index = 0;
    EulerAngles driverPose;               // driver, relative to its reference frame
    EulerAngles renderedPose;             // full motion output, relative to the portrait
    EulerAngles expressionOnlyPose;       // expression-only output, relative to the portrait (ideally 0)
    double poseOnlyExpressionDrift = 0;   // pose-only output (ideally 0)
    double renderedExpressionChange = 0;  // full motion output (follows the driver)
    double driverExpressionChange = 0;    // driver, relative to its reference frame
    double expressionError = 0;           // mean over channels |output change - driver change|
    // Per channel (gaze included, NaN-free): |output change - driver change| and |driver change|.
    std::array<double, kExpressionChannelCount> channelError{}, driverChannelChange{};
  };
  int framesRead = 0;
  int framesScored = 0;                 // frames where the driver and all three outputs had a face
  PoseFollowing poseFollowing;          // full output vs driver, per axis
  EulerAngles stillPoseError;           // a still portrait's error: mean |driver pose|
  EulerAngles expressionOnlyPoseDrift;  // mean |expression-only output pose|
  double poseOnlyExpressionDrift = 0;   // means over frames of the per-frame values
  double renderedExpressionChange = 0;
  double driverExpressionChange = 0;
  // Mean over frames and channels of |output's change - driver's change|,
  // and the same for a still portrait (which is the driver's change).
  double expressionError = 0, stillExpressionError = 0;
  // The same per channel (means over frames), to see which channels the
  // error comes from.
  std::array<double, kExpressionChannelCount> channelError{}, stillChannelError{};
  FeatureFollowing mouthOpening, eyeOpening, gaze;
  double renderedJitter = 0, driverJitter = 0;
  double renderedShake = 0, driverShake = 0;
  // The same for the landmarks the renderer was asked for (decoded from the
  // target motion, no image involved): the motion model's share of the
  // output's jitter, as opposed to rendering and re-measuring.
  double requestedJitter = 0, requestedShake = 0;
  OutputChecks checks;  // over all three outputs
  std::vector<Frame> frames;
  std::vector<std::string> warnings;
  double seconds = 0;
};

Result<CrossReenactmentReport> evaluateCrossReenactment(const std::string& portraitPath, const std::string& drivingPath,
                                                        Renderer& renderer, const EvaluationModels& models,
                                                        const EvaluateOptions& options,
                                                        const EvaluateProgress& progress = {},
                                                        const FrameObserver& observer = {});

// Keyed pose sweep: the portrait turned, one axis at a time, to every
// multiple of `step` degrees up to the limits (yaw, then pitch), its
// expression left as it is; each output is read back by the independent
// reader and its pose compared with the request.
struct PoseSweepOptions {
  double yawLimit = 35, pitchLimit = 25, step = 5;
};

struct PoseSweepReport {
  struct Frame {
    EulerAngles requested;            // relative to the portrait's own pose
    std::optional<EulerAngles> read;  // the output relative to the portrait, as the reader sees both; none: no face
    // Largest |read - requested| over the three axes; NaN without a face.
    double error = 0;
  };
  // One axis's sweep (its zero included).
  struct Axis {
    int requested = 0;  // poses asked for
    int found = 0;      // outputs where the reader found a face
    // Least-squares slope through zero of the read angle on the swept axis
    // against the requested one: 1 when turns come out at their full size.
    double slope = 0;
    double meanError = 0, worstError = 0;  // over the outputs with a face
    double worstAt = 0;                    // the requested angle of the worst one
  };
  Axis yaw, pitch;
  std::vector<Frame> frames;
  OutputChecks checks;
  double seconds = 0;
};

// Errors: an unreadable portrait, no face in it for the tracker or the
// reader, or a sweep whose limits or step make no sense.
Result<PoseSweepReport> evaluatePoseSweep(const std::string& portraitPath, Renderer& renderer,
                                          const EvaluationModels& models, const PoseSweepOptions& options,
                                          const EvaluateProgress& progress = {}, const FrameObserver& observer = {});

}  // namespace marionette
