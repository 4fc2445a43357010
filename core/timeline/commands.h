#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/timeline/generators.h"
#include "core/timeline/project.h"

namespace marionette::timeline {

// One edit of a project. apply() either changes the project fully and
// returns ok, or returns an error and leaves it untouched; revert() restores
// exactly the state before the last successful apply(). Commands are what the
// GUI sends and what History stores.
class EditCommand {
 public:
  virtual ~EditCommand() = default;

  // Human name for Undo/Redo menus: "Set smile keyframe", "Hold pose".
  virtual const std::string& name() const = 0;
  virtual Status apply(Project& project) = 0;
  virtual void revert(Project& project) = 0;

  // Consecutive commands with the same non-empty merge key (command kind +
  // target, e.g. dragging one keyframe) fold into one undo step.
  virtual const std::string& mergeKey() const = 0;
  // Takes over `later`'s result, keeping this command's "before" state.
  // Called only with a command of the same merge key, already applied.
  virtual void absorb(EditCommand& later) = 0;
};

using CommandPtr = std::unique_ptr<EditCommand>;

// Which mode track an edit addresses.
struct TrackRef {
  TrackKind kind = TrackKind::Pose;
  std::optional<FaceRegion> region;  // a region sub-track of the Expression track
  friend bool operator==(const TrackRef&, const TrackRef&) = default;
};

// --- Keyframes. Rotation channels (yaw, pitch, roll) are keyed together: a
// key on one adds keys on the other two with their current values, so the
// three stay one rotation interpolated by slerp.

// Sets (inserts or replaces) the key of `channel` at `time`; `merge`
// ("drag") lets consecutive value changes of that key be one undo step.
CommandPtr setKeyframe(ChannelId channel, Rational time, double value, bool merge = false);
CommandPtr removeKeyframe(ChannelId channel, Rational time);
// Moves a key in time (and value); fails if another key sits at `to`.
CommandPtr moveKeyframe(ChannelId channel, Rational from, Rational to, double value, bool merge = false);
CommandPtr setInterpolation(ChannelId channel, Rational time, Interpolation interpolation);
CommandPtr setHandles(ChannelId channel, Rational time, Handle in, Handle out, bool merge = false);
CommandPtr setEase(ChannelId channel, Rational time, Ease ease);
CommandPtr clearChannel(ChannelId channel);

// Copied keyframes, their times relative to the earliest copied key.
struct KeyframeClipboard {
  std::vector<ChannelKeys> channels;
  bool empty() const { return channels.empty(); }
};
// Keys of `channels` in [start, end].
KeyframeClipboard copyKeyframes(const Project& project, const std::vector<ChannelId>& channels, Rational start,
                                Rational end);
// Pastes with the earliest key at `at`, replacing keys in the pasted span.
CommandPtr pasteKeyframes(const KeyframeClipboard& clipboard, Rational at);

// Generated keys: the driver baked over `range` of `track` (and the track set
// to Keyframed there), or presets turned into keys over `range`.
CommandPtr bakeDriver(TrackKind track, FrameRange range);
// A recorded take over `range` of `track` (Pose, Expression, or one region
// of Expression): the motion the live view showed, one entry per frame from
// range.first, becomes keys and the track turns Keyframed over the range; a
// take shorter than the range covers only its own length. Keys and modes
// outside the range are untouched. A region that followed the expression
// track takes a copy of its modes first.
CommandPtr punchIn(TrackRef track, FrameRange range, std::vector<Motion> shown, std::string takeName);
CommandPtr insertPresetKeys(const std::vector<Preset>& presets, FrameRange range, ExpressionValues meaning);

// --- Tracks.
CommandPtr setTrackMode(TrackRef track, Rational start, std::optional<Rational> end, TrackMode mode,
                        const HoldTarget& hold = {});
CommandPtr setTrackGain(TrackRef track, double gain, bool merge = true);
CommandPtr setTrackSmoothing(TrackRef track, double smoothing, bool merge = true);
// A region stops (false) or starts (true) following the expression track.
CommandPtr setRegionFollows(FaceRegion region, bool follows);
// A region stops following the expression track and takes a copy of its
// modes, gain and smoothing, so it goes on doing what it did until edited.
CommandPtr copyExpressionModes(FaceRegion region);

// An edit that is refused with `message` (a request that cannot apply,
// reported like any failing edit).
CommandPtr refusedEdit(std::string name, std::string message);

// --- Project settings.
CommandPtr setReferenceFrame(std::int64_t frame);
CommandPtr setAbsolutePose(bool absolute);
CommandPtr setRenderSettings(const RenderSettings& settings);
// Which face of the portrait is animated; its analysis is redone (the
// portrait's stored motion is dropped).
CommandPtr setPortraitFace(int faceIndex);
// The landmark smoothing the driver is tracked with (0..1); the driver is
// tracked again (its stored motion is dropped).
CommandPtr setTrackingSmoothing(double smoothing);
// Another portrait or driving video, already analysed or tracked by the
// media service (a file that cannot be read never reaches the project).
// Replacing the driver takes its length and frame rate.
CommandPtr replacePortrait(const PortraitMedia& portrait);
CommandPtr replaceDriver(const DriverMedia& driver);

// Points a media reference at a new file (after "media missing — relink").
// The cached motion stays only if the hash is the same.
CommandPtr relinkPortrait(const MediaRef& file);
CommandPtr relinkDriver(const MediaRef& file);

}  // namespace marionette::timeline
