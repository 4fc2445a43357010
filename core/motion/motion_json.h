#pragma once

#include <nlohmann/json.hpp>

#include "core/motion/motion_track.h"

namespace marionette {

// The JSON forms shared by the CLI and the project file. Angles are written
// in degrees beside the exact quaternion so files stay readable and lossless.
nlohmann::json poseToJson(const HeadPose& pose);
nlohmann::json expressionToJson(const ExpressionCode& code);  // code and named channels
nlohmann::json rationalToJson(Rational value);                // [num, den]
nlohmann::json motionTrackToJson(const MotionTrack& track);

}  // namespace marionette
