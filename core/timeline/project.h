#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/motion/motion_track.h"
#include "core/timeline/channels.h"
#include "core/timeline/curve.h"
#include "core/timeline/track.h"

namespace marionette::timeline {

// A media file the project uses. `path` is as written in the project file:
// relative to the project file's folder whenever the media is on the same
// filesystem root. `contentHash` identifies the bytes (see media_hash.h) and
// keys the motion cache, so a renamed or moved file keeps its cache and an
// edited one is tracked again.
struct MediaRef {
  std::string path;
  std::uint64_t contentHash = 0;  // 0: not known yet
  friend bool operator==(const MediaRef&, const MediaRef&) = default;
};

struct PortraitMedia {
  MediaRef file;
  int faceIndex = 0;  // 0 = the largest face
  // The portrait's own motion as analysed (pose + expression): the base of
  // Source, Keyframed and relative Driving. Empty until analysed.
  std::optional<Motion> motion;
};

struct DriverMedia {
  MediaRef file;
  double trackingSmoothing = 0.5;  // landmark smoothing used when tracking (part of the cache key)
  // Per-frame motion of the driver, shared between project snapshots (it is
  // large and never edited). Null until tracked or loaded from the cache.
  std::shared_ptr<const MotionTrack> motion;
};

// How `render` frames and encodes the output; mirrors animate's options.
// validateProject checks every field (see the limits below).
struct RenderSettings {
  int width = 0, height = 0;  // 0 = automatic
  bool cropToFace = false;
  bool sideBySide = false;
  bool teethFromDriver = false;
  bool audio = true;
  int crf = 18;
  std::string speed = "veryfast";
  friend bool operator==(const RenderSettings&, const RenderSettings&) = default;
};

struct ProjectSettings {
  Rational frameRate{25};           // the driver's, or chosen when there is none
  std::int64_t frameCount = 0;      // length of the project in frames (the driver's when there is one)
  std::int64_t referenceFrame = 0;  // driver frame that Driving motion is relative to, unless restReference
  // Driving motion is relative to the driver's rest (MotionTrack::rest, its
  // calm face over the clip) rather than to one frame.
  bool restReference = true;
  bool absolutePose = false;  // Driving takes the driver's rotation itself, not its change
  friend bool operator==(const ProjectSettings&, const ProjectSettings&) = default;
};

// The whole editable state: a plain value. Copies are cheap (the driver's
// motion is shared) so previews and renders work from snapshots.
struct Project {
  ProjectSettings settings;
  PortraitMedia portrait;
  std::optional<DriverMedia> driver;

  ModeTrack pose;
  ModeTrack expression;
  std::array<RegionTrack, 3> regions;       // indexed by FaceRegion (eyes, brows, mouth)
  std::array<Curve, kChannelCount> curves;  // indexed by ChannelId::index()

  RenderSettings render;

  Curve& curve(ChannelId channel) { return curves[channel.index()]; }
  const Curve& curve(ChannelId channel) const { return curves[channel.index()]; }
  RegionTrack& region(FaceRegion r) { return regions[static_cast<int>(r)]; }
  const RegionTrack& region(FaceRegion r) const { return regions[static_cast<int>(r)]; }

  Rational duration() const { return Rational(settings.frameCount) / settings.frameRate; }
  bool hasDriverMotion() const { return driver && driver->motion && !driver->motion->frames.empty(); }
};

// Compares every field, including the cached motion by value (tests compare
// whole projects before and after undo/redo round trips).
bool operator==(const Project& a, const Project& b);
bool operator==(const PortraitMedia& a, const PortraitMedia& b);
bool operator==(const DriverMedia& a, const DriverMedia& b);
bool sameMotion(const Motion& a, const Motion& b);

// Checks every invariant the evaluator relies on: frame rate, length,
// reference and hold frames inside the driver, track segments, gains,
// smoothing, finite keyframes, channel ranges of hold values. One line says
// what is wrong.
Status validateProject(const Project& project);

// Limits that keep a hostile file from exhausting memory or time.
constexpr std::int64_t kMaxProjectFrames = 24LL * 60 * 60 * 240;  // a day at 240 fps
constexpr std::size_t kMaxKeysPerChannel = 1'000'000;
constexpr int kMaxFaceIndex = 1000;
// Keyframe and segment times: exact fractions with a denominator of at most
// a million and at most a million seconds, so that products of two of them
// stay inside 64 bits.
constexpr std::int64_t kMaxTimeDenominator = 1'000'000;
constexpr double kMaxTimeSeconds = 1e6;
// Keyframe values beyond this are refused (no channel comes near it).
constexpr double kMaxKeyValue = 1e4;
// Render settings: x264 presets (RenderSettings::speed), fastest first;
// a size is 0x0 (automatic) or even sides in this range; crf as x264's.
inline constexpr std::array<const char*, 9> kRenderSpeeds = {"ultrafast", "superfast", "veryfast", "faster",  "fast",
                                                             "medium",    "slow",      "slower",   "veryslow"};
constexpr int kMinRenderSide = 16, kMaxRenderSide = 8192;
constexpr int kMaxCrf = 51;
// One line naming the field (render.speed, render.crf, render.width) when a
// render setting is out of range; part of validateProject.
Status validateRenderSettings(const RenderSettings& render);

}  // namespace marionette::timeline
