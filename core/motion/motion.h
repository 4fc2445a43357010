#pragma once

#include "core/motion/expression_code.h"
#include "core/motion/head_pose.h"

namespace marionette {

// What the face does in one frame: the head's rigid pose and the expression
// on top of it. The unit every track, renderer and file exchanges.
struct Motion {
  HeadPose pose;
  ExpressionCode expression;
};

}  // namespace marionette
