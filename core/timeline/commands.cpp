#include "core/timeline/commands.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>

#include "core/timeline/motion_at.h"

namespace marionette::timeline {

namespace {

// The parts of a project one command may change. A command saves these
// before it runs and after, so revert and redo are plain assignments and a
// failing edit is rolled back exactly.
struct SliceSpec {
  std::vector<ChannelId> channels;
  std::vector<TrackRef> tracks;
  bool settings = false, render = false, portrait = false, driver = false;
};

struct ProjectSlice {
  std::vector<Curve> curves;
  std::vector<ModeTrack> tracks;
  std::vector<bool> regionFollows;
  ProjectSettings settings;
  RenderSettings render;
  PortraitMedia portrait;
  std::optional<DriverMedia> driver;
};

ModeTrack& trackOf(Project& p, const TrackRef& ref) {
  if (ref.region) return p.region(*ref.region).track;
  return ref.kind == TrackKind::Pose ? p.pose : p.expression;
}

ProjectSlice take(Project& p, const SliceSpec& spec) {
  ProjectSlice slice;
  for (ChannelId c : spec.channels) slice.curves.push_back(p.curve(c));
  for (const TrackRef& t : spec.tracks) {
    slice.tracks.push_back(trackOf(p, t));
    slice.regionFollows.push_back(t.region && p.region(*t.region).followsExpression);
  }
  if (spec.settings) slice.settings = p.settings;
  if (spec.render) slice.render = p.render;
  if (spec.portrait) slice.portrait = p.portrait;
  if (spec.driver) slice.driver = p.driver;
  return slice;
}

void put(Project& p, const SliceSpec& spec, const ProjectSlice& slice) {
  for (std::size_t i = 0; i < spec.channels.size(); ++i) p.curve(spec.channels[i]) = slice.curves[i];
  for (std::size_t i = 0; i < spec.tracks.size(); ++i) {
    trackOf(p, spec.tracks[i]) = slice.tracks[i];
    if (spec.tracks[i].region) p.region(*spec.tracks[i].region).followsExpression = slice.regionFollows[i];
  }
  if (spec.settings) p.settings = slice.settings;
  if (spec.render) p.render = slice.render;
  if (spec.portrait) p.portrait = slice.portrait;
  if (spec.driver) p.driver = slice.driver;
}

// Every command: a name, what it touches, and an edit that changes those
// parts in place (or fails). The whole project is validated afterwards.
class SliceCommand : public EditCommand {
 public:
  using Edit = std::function<Status(Project&)>;
  SliceCommand(std::string name, std::string mergeKey, SliceSpec spec, Edit edit)
      : name_(std::move(name)), mergeKey_(std::move(mergeKey)), spec_(std::move(spec)), edit_(std::move(edit)) {}

  const std::string& name() const override { return name_; }
  const std::string& mergeKey() const override { return mergeKey_; }

  Status apply(Project& project) override {
    if (after_) {  // redo: the result is known
      put(project, spec_, *after_);
      return {};
    }
    ProjectSlice before = take(project, spec_);
    Status edited = edit_(project);
    if (edited) edited = validateProject(project);
    if (!edited) {
      put(project, spec_, before);
      return edited;
    }
    before_ = std::move(before);
    after_ = take(project, spec_);
    return {};
  }

  void revert(Project& project) override {
    if (before_) put(project, spec_, *before_);
  }

  void absorb(EditCommand& later) override {
    auto& other = static_cast<SliceCommand&>(later);
    after_ = std::move(other.after_);
    name_ = other.name_;
  }

 private:
  std::string name_;
  std::string mergeKey_;
  SliceSpec spec_;
  Edit edit_;
  std::optional<ProjectSlice> before_, after_;
};

CommandPtr command(std::string name, std::string mergeKey, SliceSpec spec, SliceCommand::Edit edit) {
  return std::make_unique<SliceCommand>(std::move(name), std::move(mergeKey), std::move(spec), std::move(edit));
}

std::string lowercaseFirst(std::string_view text) {
  std::string out(text);
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

std::string timeText(Rational time) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g s", time.toDouble());
  return text;
}

std::string timeKey(Rational time) { return std::to_string(time.num()) + "/" + std::to_string(time.den()); }

// Rotation channels are keyed as one.
std::vector<ChannelId> keyedTogether(ChannelId channel) {
  if (!channel.isRotation()) return {channel};
  return {ChannelId::pose(PoseChannel::Yaw), ChannelId::pose(PoseChannel::Pitch), ChannelId::pose(PoseChannel::Roll)};
}

std::string keyName(std::string_view verb, ChannelId channel) {
  const std::string label = channel.isRotation() ? "rotation" : lowercaseFirst(channelInfo(channel).label);
  return std::string(verb) + " " + label + " keyframe";
}

Status noKeyAt(ChannelId channel, Rational time) {
  return makeError("no " + std::string(channelInfo(channel).key) + " keyframe at " + timeText(time));
}

// Applies `change` to the key at `time` of every channel keyed with `channel`.
SliceCommand::Edit editKey(ChannelId channel, Rational time, std::function<void(Curve&, std::size_t)> change) {
  return [=](Project& p) -> Status {
    for (ChannelId c : keyedTogether(channel)) {
      auto index = p.curve(c).find(time);
      if (!index) {
        if (c == channel) return noKeyAt(channel, time);
        continue;  // a sibling angle may legitimately lack the key (hand-edited files)
      }
      change(p.curve(c), *index);
    }
    return {};
  };
}

std::string trackName(const TrackRef& ref) {
  if (ref.region) return std::string(regionName(*ref.region));
  return ref.kind == TrackKind::Pose ? "pose" : "expression";
}

std::string trackKey(const TrackRef& ref) { return trackName(ref); }

}  // namespace

CommandPtr setKeyframe(ChannelId channel, Rational time, double value, bool merge) {
  SliceSpec spec{keyedTogether(channel)};
  auto edit = [=](Project& p) -> Status {
    if (time < Rational(0)) return makeError("a keyframe cannot be before 0 s");
    if (!std::isfinite(value)) return makeError("a keyframe value must be a number");
    for (ChannelId c : keyedTogether(channel)) {
      Curve& curve = p.curve(c);
      if (c == channel) {
        curve.set(Keyframe{time, value, Interpolation::Linear, {}, {}});
      } else if (!curve.find(time)) {
        // The sibling angles get a key with the value they have there now.
        curve.set(Keyframe{time, curve.valueAt(time, channelInfo(c).defaultValue), Interpolation::Linear, {}, {}});
      }
    }
    return {};
  };
  return command(keyName("Set", channel),
                 merge ? "setKey/" + std::to_string(channel.index()) + "/" + timeKey(time) : "", spec, edit);
}

CommandPtr removeKeyframe(ChannelId channel, Rational time) {
  auto edit = [=](Project& p) -> Status {
    if (!p.curve(channel).find(time)) return noKeyAt(channel, time);
    for (ChannelId c : keyedTogether(channel)) p.curve(c).remove(time);
    return {};
  };
  return command(keyName("Delete", channel), "", {keyedTogether(channel)}, edit);
}

CommandPtr moveKeyframe(ChannelId channel, Rational from, Rational to, double value, bool merge) {
  auto edit = [=](Project& p) -> Status {
    if (!p.curve(channel).find(from)) return noKeyAt(channel, from);
    if (to < Rational(0)) return makeError("a keyframe cannot move before 0 s");
    if (!(from == to) && p.curve(channel).find(to))
      return makeError("there is already a " + std::string(channelInfo(channel).key) + " keyframe at " + timeText(to));
    for (ChannelId c : keyedTogether(channel)) {
      auto index = p.curve(c).find(from);
      if (!index) continue;
      Keyframe key = p.curve(c).at(*index);
      p.curve(c).remove(from);
      key.time = to;
      if (c == channel) key.value = value;
      p.curve(c).set(key, false);
    }
    return {};
  };
  return command(keyName("Move", channel), merge ? "moveKey/" + std::to_string(channel.index()) : "",
                 {keyedTogether(channel)}, edit);
}

CommandPtr setInterpolation(ChannelId channel, Rational time, Interpolation interpolation) {
  return command("Change " +
                     std::string(channel.isRotation() ? "rotation" : lowercaseFirst(channelInfo(channel).label)) +
                     " interpolation",
                 "", {keyedTogether(channel)},
                 editKey(channel, time, [=](Curve& c, std::size_t i) { c.at(i).interpolation = interpolation; }));
}

CommandPtr setHandles(ChannelId channel, Rational time, Handle in, Handle out, bool merge) {
  auto edit = editKey(channel, time, [=](Curve& c, std::size_t i) {
    c.at(i).in = in;
    c.at(i).out = out;
  });
  auto checked = [=](Project& p) -> Status {
    if (!std::isfinite(in.dt) || !std::isfinite(in.dv) || !std::isfinite(out.dt) || !std::isfinite(out.dv))
      return makeError("a Bezier handle must be finite");
    return edit(p);
  };
  return command(keyName("Shape", channel),
                 merge ? "handles/" + std::to_string(channel.index()) + "/" + timeKey(time) : "",
                 {keyedTogether(channel)}, checked);
}

CommandPtr setEase(ChannelId channel, Rational time, Ease ease) {
  return command(keyName("Ease", channel), "", {keyedTogether(channel)},
                 editKey(channel, time, [=](Curve& c, std::size_t i) { applyEase(c, i, ease); }));
}

CommandPtr clearChannel(ChannelId channel) {
  return command("Clear " +
                     std::string(channel.isRotation() ? "rotation" : lowercaseFirst(channelInfo(channel).label)) +
                     " keyframes",
                 "", {keyedTogether(channel)}, [=](Project& p) -> Status {
                   for (ChannelId c : keyedTogether(channel)) p.curve(c) = Curve();
                   return {};
                 });
}

KeyframeClipboard copyKeyframes(const Project& project, const std::vector<ChannelId>& channels, Rational start,
                                Rational end) {
  KeyframeClipboard clipboard;
  std::optional<Rational> earliest;
  for (ChannelId c : channels) {
    ChannelKeys copied{c, {}};
    for (const Keyframe& key : project.curve(c).keys())
      if (!(key.time < start) && !(end < key.time)) copied.keys.push_back(key);
    if (copied.keys.empty()) continue;
    if (!earliest || copied.keys.front().time < *earliest) earliest = copied.keys.front().time;
    clipboard.channels.push_back(std::move(copied));
  }
  for (ChannelKeys& channel : clipboard.channels)
    for (Keyframe& key : channel.keys) key.time = key.time - *earliest;
  return clipboard;
}

CommandPtr pasteKeyframes(const KeyframeClipboard& clipboard, Rational at) {
  SliceSpec spec;
  for (const ChannelKeys& c : clipboard.channels) spec.channels.push_back(c.channel);
  auto edit = [=](Project& p) -> Status {
    if (clipboard.empty()) return makeError("nothing to paste");
    if (at < Rational(0)) return makeError("cannot paste before 0 s");
    for (const ChannelKeys& c : clipboard.channels) {
      std::vector<Keyframe> keys = c.keys;
      for (Keyframe& key : keys) key.time = key.time + at;
      p.curve(c.channel) = replaceKeysInRange(p.curve(c.channel), keys.front().time, keys.back().time, keys);
    }
    return {};
  };
  return command("Paste keyframes", "", spec, edit);
}

namespace {

SliceSpec trackChannels(TrackKind track) {
  SliceSpec spec;
  for (int c = firstChannel(track); c < channelEnd(track); ++c) spec.channels.push_back(*ChannelId::fromIndex(c));
  return spec;
}

Status checkRange(const Project& p, FrameRange range) {
  if (range.first < 0 || range.end <= range.first || range.end > p.settings.frameCount)
    return makeError("the frame range " + std::to_string(range.first) + ":" + std::to_string(range.end) +
                     " is not inside the project (0:" + std::to_string(p.settings.frameCount) + ")");
  return {};
}

// Generated keys replace the keys of their channels over the range's frames.
Status writeKeysOver(Project& p, FrameRange range, std::vector<ChannelKeys> generated) {
  const Rational start = frameTime(range.first, p.settings.frameRate);
  const Rational last = frameTime(range.end - 1, p.settings.frameRate);
  for (ChannelKeys& keys : generated)
    p.curve(keys.channel) = replaceKeysInRange(p.curve(keys.channel), start, last, keys.keys);
  return {};
}

}  // namespace

CommandPtr bakeDriver(TrackKind track, FrameRange range) {
  SliceSpec spec = trackChannels(track);
  spec.tracks.push_back(TrackRef{track, std::nullopt});
  if (track == TrackKind::Expression)
    for (FaceRegion r : kRegions) spec.tracks.push_back(TrackRef{track, r});
  auto edit = [=](Project& p) -> Status {
    if (Status ok = checkRange(p, range); !ok) return ok;
    // Sampled before anything changes: the keys reproduce what plays now.
    std::vector<ChannelKeys> keys = bakeKeyframes(p, track, range);
    // Channels the motion leaves at the portrait's own get no keys; clear
    // theirs in the range so Keyframed plays the portrait's value there.
    for (ChannelId c : trackChannels(track).channels) {
      const bool generated =
          std::any_of(keys.begin(), keys.end(), [&](const ChannelKeys& k) { return k.channel == c; });
      if (!generated) keys.push_back({c, {}});
    }
    if (Status ok = writeKeysOver(p, range, std::move(keys)); !ok) return ok;
    const Rational start = frameTime(range.first, p.settings.frameRate);
    const std::optional<Rational> end = range.end >= p.settings.frameCount
                                            ? std::nullopt
                                            : std::optional<Rational>(frameTime(range.end, p.settings.frameRate));
    ModeTrack& target = track == TrackKind::Pose ? p.pose : p.expression;
    auto keyed = withModeOver(target, start, end, TrackMode::Keyframed);
    if (!keyed) return keyed.error();
    target = *keyed;
    if (track == TrackKind::Expression)
      for (FaceRegion r : kRegions) p.region(r).followsExpression = true;  // the keys hold every region's motion
    return {};
  };
  return command(track == TrackKind::Pose ? "Bake pose into keyframes" : "Bake expression into keyframes", "", spec,
                 edit);
}

CommandPtr punchIn(TrackRef track, FrameRange range, std::vector<Motion> shown, std::string takeName) {
  SliceSpec spec;
  for (ChannelId c : trackChannels(track.kind).channels)
    if (!track.region || channelInfo(c).region == track.region) spec.channels.push_back(c);
  spec.tracks.push_back(track);
  auto edit = [=](Project& p) -> Status {
    if (track.region && track.kind != TrackKind::Expression)
      return makeError("only the expression track has regions to punch in");
    if (shown.empty()) return makeError("the take " + takeName + " holds no frames");
    if (Status ok = checkRange(p, range); !ok) return ok;
    const FrameRange covered{range.first, std::min(range.end, range.first + std::int64_t(shown.size()))};
    const std::vector<Motion> played(shown.begin(), shown.begin() + covered.count());
    std::vector<ChannelKeys> keys =
        keyframesPlaying(played, track.kind, p.portrait.motion.value_or(Motion{}), p.settings.frameRate, covered.first);
    std::erase_if(keys, [&](const ChannelKeys& k) {
      return std::find(spec.channels.begin(), spec.channels.end(), k.channel) == spec.channels.end();
    });
    // Channels the take leaves at the portrait's own get no keys; clear theirs
    // in the range so Keyframed plays the portrait's value there.
    for (ChannelId c : spec.channels)
      if (std::none_of(keys.begin(), keys.end(), [&](const ChannelKeys& k) { return k.channel == c; }))
        keys.push_back({c, {}});
    if (Status ok = writeKeysOver(p, covered, std::move(keys)); !ok) return ok;
    if (track.region && p.region(*track.region).followsExpression)
      p.region(*track.region) = RegionTrack{false, p.expression};
    const Rational start = frameTime(covered.first, p.settings.frameRate);
    const std::optional<Rational> end = covered.end >= p.settings.frameCount
                                            ? std::nullopt
                                            : std::optional<Rational>(frameTime(covered.end, p.settings.frameRate));
    auto keyed = withModeOver(trackOf(p, track), start, end, TrackMode::Keyframed);
    if (!keyed) return keyed.error();
    trackOf(p, track) = *keyed;
    return {};
  };
  const std::string what =
      track.region ? std::string(regionName(*track.region)) : (track.kind == TrackKind::Pose ? "pose" : "expression");
  return command("Punch in " + takeName + " on " + what, "", spec, edit);
}

CommandPtr insertPresetKeys(const std::vector<Preset>& presets, FrameRange range, ExpressionValues meaning) {
  SliceSpec spec = trackChannels(TrackKind::Pose);
  for (ChannelId c : trackChannels(TrackKind::Expression).channels) spec.channels.push_back(c);
  auto edit = [=](Project& p) -> Status {
    if (presets.empty()) return makeError("no presets given");
    if (Status ok = checkRange(p, range); !ok) return ok;
    const double duration = (Rational(range.count()) / p.settings.frameRate).toDouble();
    // Presets shape themselves to a clip starting at 0: generate over
    // [0, count) and shift the keys to the range.
    std::vector<ChannelKeys> keys =
        presetKeyframes(presets, duration, p.settings.frameRate, FrameRange{0, range.count()},
                        p.portrait.motion.value_or(Motion{}), meaning);
    const Rational shift = frameTime(range.first, p.settings.frameRate);
    for (ChannelKeys& k : keys)
      for (Keyframe& key : k.keys) key.time = key.time + shift;
    return writeKeysOver(p, range, std::move(keys));
  };
  std::string names;
  for (Preset preset : presets) names += (names.empty() ? "" : ", ") + std::string(presetName(preset));
  return command("Insert " + names + " keyframes", "", spec, edit);
}

CommandPtr setTrackMode(TrackRef track, Rational start, std::optional<Rational> end, TrackMode mode,
                        const HoldTarget& hold) {
  auto edit = [=](Project& p) -> Status {
    auto changed = withModeOver(trackOf(p, track), start, end, mode, hold);
    if (!changed) return changed.error();
    trackOf(p, track) = *changed;
    if (track.region) p.region(*track.region).followsExpression = false;
    return {};
  };
  std::string label = lowercaseFirst(modeName(mode));
  if (mode == TrackMode::DrivingOffset) label = "driving + offset";
  return command("Set " + trackName(track) + " to " + label, "", {{}, {track}}, edit);
}

CommandPtr setTrackGain(TrackRef track, double gain, bool merge) {
  auto edit = [=](Project& p) -> Status {
    trackOf(p, track).gain = gain;
    return {};
  };
  return command("Change " + trackName(track) + " gain", merge ? "gain/" + trackKey(track) : "", {{}, {track}}, edit);
}

CommandPtr setTrackSmoothing(TrackRef track, double smoothing, bool merge) {
  auto edit = [=](Project& p) -> Status {
    trackOf(p, track).smoothing = smoothing;
    return {};
  };
  return command("Change " + trackName(track) + " smoothing", merge ? "smoothing/" + trackKey(track) : "",
                 {{}, {track}}, edit);
}

CommandPtr setRegionFollows(FaceRegion region, bool follows) {
  const TrackRef ref{TrackKind::Expression, region};
  auto edit = [=](Project& p) -> Status {
    p.region(region).followsExpression = follows;
    return {};
  };
  return command(std::string(follows ? "Link " : "Unlink ") + std::string(regionName(region)) + " to expression", "",
                 {{}, {ref}}, edit);
}

CommandPtr copyExpressionModes(FaceRegion region) {
  const TrackRef ref{TrackKind::Expression, region};
  auto edit = [=](Project& p) -> Status {
    p.region(region) = RegionTrack{false, p.expression};
    return {};
  };
  return command("Unlink " + std::string(regionName(region)) + " from expression", "", {{}, {ref}}, edit);
}

CommandPtr refusedEdit(std::string name, std::string message) {
  return command(std::move(name), "", {},
                 [message = std::move(message)](Project&) -> Status { return makeError(message); });
}

CommandPtr setPortraitFace(int faceIndex) {
  SliceSpec spec;
  spec.portrait = true;
  return command("Choose face " + std::to_string(faceIndex), "", spec, [=](Project& p) -> Status {
    if (faceIndex < 0 || faceIndex > kMaxFaceIndex) return makeError("face index out of range");
    if (p.portrait.faceIndex == faceIndex) return {};
    p.portrait.faceIndex = faceIndex;
    p.portrait.motion.reset();
    return {};
  });
}

CommandPtr setTrackingSmoothing(double smoothing) {
  SliceSpec spec;
  spec.driver = true;
  return command("Change tracking smoothing", "", spec, [=](Project& p) -> Status {
    if (!p.driver) return makeError("the project has no driving video");
    if (!(smoothing >= 0 && smoothing <= 1)) return makeError("the tracking smoothing must be between 0 and 1");
    if (p.driver->trackingSmoothing == smoothing) return {};
    p.driver->trackingSmoothing = smoothing;
    p.driver->motion.reset();
    return {};
  });
}

CommandPtr replacePortrait(const PortraitMedia& portrait) {
  SliceSpec spec;
  spec.portrait = true;
  return command("Replace portrait", "", spec, [=](Project& p) -> Status {
    if (portrait.file.path.empty()) return makeError("no portrait file given");
    p.portrait = portrait;
    return {};
  });
}

CommandPtr replaceDriver(const DriverMedia& driver) {
  SliceSpec spec;
  spec.driver = true;
  spec.settings = true;
  return command("Replace driving video", "", spec, [=](Project& p) -> Status {
    if (driver.file.path.empty()) return makeError("no driving video given");
    if (!driver.motion || driver.motion->frames.empty()) return makeError("the driving video has no tracked motion");
    p.driver = driver;
    p.settings.frameRate = driver.motion->frameRate;
    p.settings.frameCount = static_cast<std::int64_t>(driver.motion->frames.size());
    p.settings.referenceFrame = std::min(p.settings.referenceFrame, p.settings.frameCount - 1);
    return {};
  });
}

CommandPtr setReferenceFrame(std::int64_t frame) {
  SliceSpec spec;
  spec.settings = true;
  return command("Set reference frame", "", spec, [=](Project& p) -> Status {
    p.settings.referenceFrame = frame;
    p.settings.restReference = false;  // a frame chosen by hand is what Driving is relative to
    return {};
  });
}

CommandPtr setAbsolutePose(bool absolute) {
  SliceSpec spec;
  spec.settings = true;
  return command(absolute ? "Use absolute pose" : "Use relative pose", "", spec, [=](Project& p) -> Status {
    p.settings.absolutePose = absolute;
    return {};
  });
}

CommandPtr setRenderSettings(const RenderSettings& settings) {
  SliceSpec spec;
  spec.render = true;
  return command("Change render settings", "", spec, [=](Project& p) -> Status {
    p.render = settings;
    return {};
  });
}

CommandPtr relinkPortrait(const MediaRef& file) {
  SliceSpec spec;
  spec.portrait = true;
  return command("Relink portrait", "", spec, [=](Project& p) -> Status {
    if (file.path.empty()) return makeError("no file to relink to");
    if (file.contentHash == 0 || file.contentHash != p.portrait.file.contentHash) p.portrait.motion.reset();
    p.portrait.file = file;
    return {};
  });
}

CommandPtr relinkDriver(const MediaRef& file) {
  SliceSpec spec;
  spec.driver = true;
  return command("Relink driving video", "", spec, [=](Project& p) -> Status {
    if (!p.driver) return makeError("the project has no driving video");
    if (file.path.empty()) return makeError("no file to relink to");
    if (file.contentHash == 0 || file.contentHash != p.driver->file.contentHash) p.driver->motion.reset();
    p.driver->file = file;
    return {};
  });
}

}  // namespace marionette::timeline
