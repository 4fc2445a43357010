#pragma once

#include <optional>
#include <set>

#include "core/motion/expression_code.h"
#include "core/motion/face_limits.h"
#include "core/motion/motion.h"
#include "core/motion/motion_track.h"

namespace marionette {

// Where a track takes its value from for the whole clip (the timeline makes
// these per time range later).
enum class TrackSource { Driving, Source, Hold };

struct TrackChoice {
  TrackSource source = TrackSource::Driving;
  int holdFrame = 0;  // driver frame index for Hold
};

struct RetargetOptions {
  TrackChoice pose;
  TrackChoice expression;
  double poseGain = 1.0;
  double expressionGain = 1.0;
  // Absolute pose: the portrait takes the driver's rotation itself rather than
  // the driver's change from its reference frame (translation and scale stay
  // relative, since the two images frame the head differently).
  bool absolutePose = false;
  // Regions whose expression follows the driver; empty means all of them.
  std::set<FaceRegion> regions;
  // Portrait's features against the driver's (see featureScale); the
  // retargetFrame overloads and the timeline set it from the driver's rest.
  FeatureScale featureScale;
};

// Relative retargeting: the driver's change from its reference frame, scaled
// by the gains, is added to the portrait's own pose and expression.
Motion retarget(const Motion& source, const Motion& driverReference, const Motion& driverFrame,
                const RetargetOptions& options);

// The portrait's features against the driver's, measured on the driver's
// rest; none (all 1) for a track without one, since a reference frame may be
// mid-expression and an open jaw would read as a long face.
FeatureScale featureScaleFor(const Motion& source, const MotionTrack& driver);

// Motion for frame `index` of a driver, with Hold and Source choices applied
// and options.featureScale taken from featureScaleFor.
Motion retargetFrame(const Motion& source, const MotionTrack& driver, int referenceFrame, int index,
                     const RetargetOptions& options);
// The same relative to a given reference motion (e.g. the driver's rest).
Motion retargetFrame(const Motion& source, const MotionTrack& driver, const Motion& reference, int index,
                     const RetargetOptions& options);

// The driver frame closest to a neutral face looking at the camera: the
// reference for `--ref auto` when the first frame is not neutral.
int mostNeutralFrame(const MotionTrack& driver);

}  // namespace marionette
