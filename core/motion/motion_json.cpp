#include "core/motion/motion_json.h"

namespace marionette {

nlohmann::json poseToJson(const HeadPose& pose) {
  EulerAngles e = pose.euler();
  return {{"yaw", e.yaw},
          {"pitch", e.pitch},
          {"roll", e.roll},
          {"tx", pose.tx},
          {"ty", pose.ty},
          {"scale", pose.scale},
          {"quaternion", {pose.rotation.w, pose.rotation.x, pose.rotation.y, pose.rotation.z}}};
}

nlohmann::json expressionToJson(const ExpressionCode& code) {
  nlohmann::json channels = nlohmann::json::object();
  auto readings = readChannels(code);
  for (const auto& d : expressionChannels()) channels[std::string(d.id)] = readings[static_cast<int>(d.channel)];
  return {{"code", code.values}, {"channels", channels}};
}

nlohmann::json rationalToJson(Rational value) { return {value.num(), value.den()}; }

nlohmann::json motionTrackToJson(const MotionTrack& track) {
  nlohmann::json frames = nlohmann::json::array();
  for (std::size_t i = 0; i < track.frames.size(); ++i) {
    const MotionFrame& f = track.frames[i];
    frames.push_back({{"index", i},
                      {"time", f.time.toDouble()},
                      {"timeExact", rationalToJson(f.time)},
                      {"pose", poseToJson(f.motion.pose)},
                      {"expression", expressionToJson(f.motion.expression)},
                      {"confidence", f.confidence},
                      {"faceLost", f.faceLost}});
  }
  return {{"frameRate", rationalToJson(track.frameRate)},
          {"width", track.width},
          {"height", track.height},
          {"frameCount", track.frames.size()},
          {"lostFrames", track.lostFrameCount()},
          {"frames", frames}};
}

}  // namespace marionette
