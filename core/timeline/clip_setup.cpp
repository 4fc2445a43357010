#include "core/timeline/clip_setup.h"

#include <cmath>
#include <string>

#include "core/timeline/generators.h"

namespace marionette::timeline {

namespace {

Status checkDriverFrame(std::int64_t frame, std::int64_t count, const std::string& what) {
  if (frame < 0 || frame >= count)
    return makeError(what + " " + std::to_string(frame) + " is outside the driving video (frames 0-" +
                     std::to_string(count - 1) + ")");
  return {};
}

ModeTrack wholeClip(const TrackChoice& choice, double gain) {
  ModeTrack track;
  track.gain = gain;
  ModeSegment& segment = track.segments.front();
  switch (choice.source) {
    case TrackSource::Driving:
      segment.mode = TrackMode::Driving;
      break;
    case TrackSource::Source:
      segment.mode = TrackMode::Source;
      break;
    case TrackSource::Hold:
      segment.mode = TrackMode::Hold;
      segment.hold.driverFrame = choice.holdFrame;
      break;
  }
  return track;
}

// The track that evaluates `channel`'s curve: its region's, unless the
// region follows the expression track.
ModeTrack& owningTrack(Project& project, ChannelId channel) {
  if (channel.track() == TrackKind::Pose) return project.pose;
  RegionTrack& region = project.region(*channelInfo(channel).region);
  return region.followsExpression ? project.expression : region.track;
}

// Presets on top of a whole-clip track: the driver plus offsets, or the
// portrait plus keys. A held track cannot take keys on top.
Status addPresetMode(ModeTrack& track) {
  TrackMode& mode = track.segments.front().mode;
  if (mode == TrackMode::Hold) return makeError("presets cannot add motion to a held track (hold:N)");
  mode = mode == TrackMode::Driving ? TrackMode::DrivingOffset : TrackMode::Keyframed;
  return {};
}

Status addPresets(Project& project, const ClipSetup& setup, const Motion& portrait, double duration) {
  // Keys are chosen by the modes the tracks have now; modes change after.
  const FrameRange range{0, project.settings.frameCount};
  const Rational rate = project.settings.frameRate;
  for (ExpressionValues meaning : {ExpressionValues::Readings, ExpressionValues::Offsets}) {
    for (ChannelKeys& keys : presetKeyframes(setup.presets, duration, rate, range, portrait, meaning)) {
      const ModeTrack& owner = owningTrack(project, keys.channel);
      const bool offsets =
          owner.segments.front().mode == TrackMode::Driving || owner.segments.front().mode == TrackMode::DrivingOffset;
      const bool wanted = keys.channel.track() == TrackKind::Pose
                              ? meaning == ExpressionValues::Readings  // pose keys mean the same either way
                              : offsets == (meaning == ExpressionValues::Offsets);
      if (!wanted) continue;
      auto curve = Curve::fromKeys(std::move(keys.keys));
      if (!curve) return curve.error();
      project.curve(keys.channel) = std::move(*curve);
    }
  }
  // Every track whose channels got keys now reads them.
  for (const TimelineChannel& channel : timelineChannels()) {
    if (project.curve(channel.id).empty()) continue;
    ModeTrack& owner = owningTrack(project, channel.id);
    if (owner.segments.front().mode != TrackMode::Keyframed && owner.segments.front().mode != TrackMode::DrivingOffset)
      if (Status ok = addPresetMode(owner); !ok) return ok;
  }
  return {};
}

}  // namespace

Result<Project> projectFromClipSetup(const ClipSetup& setup, const Motion& portrait,
                                     std::shared_ptr<const MotionTrack> driver) {
  Project project;
  project.portrait.motion = portrait;
  double duration = 0;
  if (driver) {
    const auto count = static_cast<std::int64_t>(driver->frames.size());
    if (count == 0) return makeError("the driving video has no frames");
    const int reference = setup.referenceFrame ? *setup.referenceFrame : mostNeutralFrame(*driver);
    if (Status ok = checkDriverFrame(reference, count, "reference frame"); !ok) return ok.error();
    const RetargetOptions& r = setup.retarget;
    for (const TrackChoice* choice : {&r.pose, &r.expression})
      if (choice->source == TrackSource::Hold)
        if (Status ok = checkDriverFrame(choice->holdFrame, count, "hold frame"); !ok) return ok.error();
    project.settings.frameRate = driver->frameRate;
    project.settings.frameCount = count;
    project.settings.referenceFrame = reference;
    project.settings.restReference = setup.restReference;
    project.settings.absolutePose = r.absolutePose;
    project.pose = wholeClip(r.pose, r.poseGain);
    const ModeTrack expression = wholeClip(r.expression, r.expressionGain);
    if (r.regions.empty()) {
      project.expression = expression;
    } else {
      // Only the listed regions move; the rest of the face keeps the portrait's own.
      project.expression = wholeClip(TrackChoice{TrackSource::Source, 0}, r.expressionGain);
      for (FaceRegion region : r.regions) project.region(region) = RegionTrack{false, expression};
    }
    project.driver = DriverMedia{};
    project.driver->motion = std::move(driver);
    duration = (Rational(count) / project.settings.frameRate).toDouble();
  } else {
    if (setup.presets.empty()) return makeError("no presets given");
    if (!(setup.presetSeconds > 0) || setup.presetSeconds > kMaxPresetSeconds)
      return makeError("the duration must be more than 0 and at most 3600 seconds");
    const Rational rate = setup.presetFrameRate;
    if (!rate.valid() || rate <= Rational(0)) return makeError("the frame rate must be positive");
    project.settings.frameRate = rate;
    project.settings.frameCount = std::max<std::int64_t>(1, std::llround(setup.presetSeconds * rate.toDouble()));
    project.pose = wholeClip(TrackChoice{TrackSource::Source, 0}, 1);
    project.expression = wholeClip(TrackChoice{TrackSource::Source, 0}, 1);
    duration = setup.presetSeconds;
  }
  if (!setup.presets.empty())
    if (Status ok = addPresets(project, setup, portrait, duration); !ok) return ok.error();
  if (Status ok = validateProject(project); !ok) return ok.error();
  return project;
}

}  // namespace marionette::timeline
