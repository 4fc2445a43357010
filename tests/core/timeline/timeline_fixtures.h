#pragma once

#include <cmath>
#include <memory>

#include "core/motion/motion_track.h"
#include "core/timeline/project.h"

namespace marionette::timeline::testing {

// Expression channels the tests key most.
inline constexpr ChannelId kSmileL = ChannelId::expression(ExpressionChannel::SmileL);
inline constexpr ChannelId kJawOpen = ChannelId::expression(ExpressionChannel::JawOpen);

inline Motion motionWith(EulerAngles angles, double tx, double ty, double scale) {
  Motion m;
  m.pose = HeadPose::fromEuler(angles, tx, ty, scale);
  return m;
}

// A portrait looking a little aside with a faint smile.
inline Motion portraitMotion() {
  Motion m = motionWith({8, -3, 2}, 0.05, -0.02, 180);
  writeChannel(m.expression, ExpressionChannel::SmileL, 0.1);
  writeChannel(m.expression, ExpressionChannel::BlinkR, 0.05);
  return m;
}

// A driver of `frames` frames at 30000/1001 fps that turns, nods, talks and
// blinks (frames 45-49, 135-139, …) with smooth but irregular curves (no two
// frames alike).
inline std::shared_ptr<const MotionTrack> driverTrack(int frames) {
  auto track = std::make_shared<MotionTrack>();
  track->frameRate = Rational(30000, 1001);
  track->width = track->height = 512;
  for (int i = 0; i < frames; ++i) {
    const double t = i / 29.97;
    MotionFrame f;
    f.time = Rational(i * 1001, 30000);
    f.motion = motionWith({20 * std::sin(0.9 * t), 8 * std::sin(1.7 * t + 1), 5 * std::sin(0.4 * t)},
                          0.05 * std::sin(0.3 * t), 0.03 * std::cos(0.5 * t), 200 + 15 * std::sin(0.2 * t));
    // Frame-to-frame tracking jitter on the jaw, as real trackers have.
    const double jitter = (i % 2 == 0 ? 0.04 : -0.04);
    writeChannel(f.motion.expression, ExpressionChannel::JawOpen, 0.5 + 0.5 * std::sin(3.1 * t) + jitter);
    writeChannel(f.motion.expression, ExpressionChannel::SmileR, 0.3 * std::sin(0.7 * t));
    writeChannel(f.motion.expression, ExpressionChannel::BrowRaiseL, 0.4 * std::sin(1.1 * t));
    writeChannel(f.motion.expression, ExpressionChannel::BlinkL, std::fmod(t + 1.5, 3.0) < 0.15 ? 1.0 : 0.0);
    f.confidence = 0.9;
    track->frames.push_back(f);
  }
  track->rest = restMotion(*track);  // as tracking and the motion cache set it
  return track;
}

// A project of `frames` driver frames with every track on Driving.
inline Project drivenProject(int frames) {
  Project p;
  p.portrait.file.path = "/media/portrait.jpg";
  p.portrait.motion = portraitMotion();
  p.driver = DriverMedia{};
  p.driver->file.path = "/media/driver.mp4";
  p.driver->motion = driverTrack(frames);
  p.settings.frameRate = p.driver->motion->frameRate;
  p.settings.frameCount = frames;
  p.settings.restReference = false;  // relative to frame 0, as the retargeter tests are
  return p;
}

inline double angleBetweenDegrees(const Quaternion& a, const Quaternion& b) {
  return degrees(Quaternion::angleBetween(a, b));
}

}  // namespace marionette::timeline::testing
