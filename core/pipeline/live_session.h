#pragma once

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/face/face_analyzer.h"
#include "core/motion/motion_track.h"
#include "core/motion/renderer.h"
#include "core/pipeline/live_source.h"
#include "core/timeline/project.h"

namespace marionette {

// What the performer drives live; everything else stays on the portrait's own.
struct LiveSwitches {
  bool pose = true;
  bool expression = true;
  std::array<bool, 3> regions{true, true, true};  // eyes, brows, mouth (FaceRegion order)
  bool mirror = true;                             // flip the camera picture, as a mirror shows it
  // Show only what keyframes can hold (the named channels on the portrait's
  // own face), so a take punched in as keys renders as it was seen.
  bool keyable = false;
  friend bool operator==(const LiveSwitches&, const LiveSwitches&) = default;
};

// One frame of the performance: the camera picture as it was used and the
// portrait as it follows it.
struct LiveResult {
  std::int64_t sequence = 0;  // the source's frame number
  Image camera;               // mirrored when the switches say so
  Image portrait;
  Motion shown;  // the portrait's motion in this frame
  bool faceFound = false;
  LiveClock::time_point arrival, rendered;
  bool recording = false;
  double takeSeconds = 0;  // how much of the take is recorded, while recording
};

struct LiveStatistics {
  std::int64_t arrived = 0;  // frames the source delivered
  std::int64_t rendered = 0;
  std::int64_t dropped = 0;  // frames skipped because tracking or rendering was busy
  std::int64_t withoutFace = 0;
  std::vector<double> latencyMs;     // per rendered frame: arrival to rendered
  double trackMs = 0, renderMs = 0;  // mean time of each stage
};

// A recorded performance.
struct Take {
  std::string name;
  // The camera picture (and microphone sound) as a video, or "" when it
  // could not be written (see notes): the motion is kept all the same.
  std::string videoPath;
  Rational frameRate;
  std::int64_t firstSequence = 0;  // the source's number of the take's first frame
  // The performer's motion, one frame per recorded camera frame (frames
  // tracking skipped are filled from their neighbours), resting on the
  // neutral face the live view used.
  MotionTrack performance;
  // The portrait's motion as the live view showed it, one per recorded
  // frame: what a punch-in keys, so the timeline plays what was seen.
  std::vector<Motion> shown;
  double soundSeconds = 0;
  std::vector<std::string> notes;  // problems that did not lose the take

  std::int64_t frameCount() const { return std::int64_t(shown.size()); }
};

// The take's shown motion at `rate` (the project's), one entry per frame
// of the take's length at that rate, sampled at each frame's time between the
// take's own frames: a 30 fps camera punched into a 25 fps project plays in
// real time.
std::vector<Motion> shownAtRate(const Take& take, Rational rate);

struct TakeOptions {
  std::string folder;  // the project's folder; the take's video goes there
  std::string name;    // "take-3": the file is NAME.mp4
  bool recordPicture = true;
};

// Follows a live source with the tracker, renders the portrait for every
// frame it can keep up with (a frame that arrives while the previous one is
// still being tracked replaces it), and records takes. Tracking and
// rendering run on two threads of their own, so a frame is tracked while the
// one before it is rendered.
class LiveSession final : public LiveSink {
 public:
  struct Setup {
    std::shared_ptr<const FaceAnalyzer> tracker;
    std::unique_ptr<Renderer> renderer;  // setSource already called with the portrait
    Motion portraitMotion;               // the portrait's own (as the project has it)
    timeline::Project project;           // gains, smoothing, absolute pose: as the tracks have them
    RenderView view;
    Rational frameRate{30};
    double trackingSmoothing = 0.5;
  };
  using ResultCallback = std::function<void(const LiveResult&)>;
  // Called (on a session thread) when something goes wrong that does not
  // stop the session: a camera gone, a disk full while recording.
  using ProblemCallback = std::function<void(const std::string&)>;

  LiveSession(Setup setup, ResultCallback onResult, ProblemCallback onProblem = {});
  ~LiveSession() override;

  void setSwitches(const LiveSwitches& switches);
  LiveSwitches switches() const;
  // Gains and smoothing changed in the editor.
  void setProject(const timeline::Project& project);
  // The neutral face the motion is relative to is taken from the next second
  // of frames (at the start it is taken from the first).
  void resetNeutral();

  Status startRecording(const TakeOptions& options);
  bool recording() const;
  // Waits for the frames recorded so far to be tracked, finishes the video
  // and returns the take; an error only when nothing usable was recorded.
  Result<Take> stopRecording();

  // Whether the source has stopped (ended or failed) since the session began.
  bool sourceStopped() const;
  LiveStatistics statistics() const;

  // LiveSink
  void frameArrived(LiveFrame frame) override;
  void soundArrived(const AudioSamples& samples) override;
  void sourceFailed(const std::string& message) override;
  void sourceEnded() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The project a live view renders with: the driver's motion replaced by
// `window` (the performer's latest frames, the last one showing now), every
// track following it (or staying on the portrait's own where `switches`
// say so) with the project's gains and smoothing. Frame window.frames.size()-1
// of the result is the frame to show.
timeline::Project liveProject(const timeline::Project& project, const LiveSwitches& switches,
                              std::shared_ptr<const MotionTrack> window);

// `live` holding, on every track, the channel values `shown` has: what keys
// made from `shown` play (LiveSwitches::keyable).
timeline::Project keyableProject(const timeline::Project& live, const Motion& shown);

}  // namespace marionette
