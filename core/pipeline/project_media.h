#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/face/face_analyzer.h"
#include "core/motion/motion_track.h"
#include "core/motion/renderer.h"
#include "core/timeline/project.h"

namespace marionette {

// "Analyse the portrait, track the driver": the one service that turns the
// media a project names into what rendering needs. The CLI (`animate`,
// `render`), the editor's preview and its export all call it with the
// project's own fields (file, face index, tracking smoothing), so a project
// renders the same face with the same motion wherever it is opened.

// Identifies what a portrait analysis depends on; an analysis is valid for a
// project exactly while the project's portrait has this key.
struct PortraitKey {
  std::string path;
  std::uint64_t contentHash = 0;
  int faceIndex = 0;
  friend bool operator==(const PortraitKey&, const PortraitKey&) = default;
};
PortraitKey portraitKey(const timeline::PortraitMedia& portrait);

// Likewise for a driver's tracked motion (the smoothing is part of the
// motion cache's key too).
struct DriverKey {
  std::string path;
  std::uint64_t contentHash = 0;
  double trackingSmoothing = 0;
  friend bool operator==(const DriverKey&, const DriverKey&) = default;
};
DriverKey driverKey(const timeline::DriverMedia& driver);

// The project's portrait ready to render.
struct PreparedPortrait {
  PortraitKey key;
  // Pixels (a transparent portrait flattened onto white: every export format
  // but PNG is opaque and the warp moves colour only), the chosen face's
  // landmarks, and the motion the timeline starts from: the project's stored
  // analysis when it has one, so the renderer and motionAt agree.
  SourceFace source;
  int faceCount = 0;
  Rect faceBox;
  std::vector<std::string> notes;  // transparency, orientation, downscaling, several faces
};

// Reads the portrait `portrait.file.path` and analyses face
// `portrait.faceIndex`. Errors name the file.
Result<PreparedPortrait> preparePortrait(const timeline::PortraitMedia& portrait,
                                         std::shared_ptr<const FaceAnalyzer> model);

struct DriverTracking {
  std::shared_ptr<const MotionTrack> motion;
  double seconds = 0;
  std::vector<std::string> notes;  // frames without a face, reader warnings
};

// Called after each tracked frame with (done, expected or 0); return false to cancel.
using TrackingProgress = std::function<bool(int done, std::int64_t total)>;

// Tracks `driver.file.path` with the project's tracking settings.
Result<DriverTracking> trackDriver(const timeline::DriverMedia& driver, std::shared_ptr<const FaceAnalyzer> model,
                                   const TrackingProgress& progress = {});

// A MediaRef for a file chosen now: its path and content fingerprint (0
// when it cannot be read; opening it will then say why).
timeline::MediaRef mediaRefFor(const std::string& path);

// Puts freshly tracked driver motion into the project, with the clip length
// and frame rate it implies; a note when the length changed.
std::vector<std::string> adoptDriverMotion(timeline::Project& project, std::shared_ptr<const MotionTrack> motion);

}  // namespace marionette
