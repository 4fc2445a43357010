#include "core/timeline/editing.h"

#include <algorithm>

#include "core/timeline/motion_at.h"

namespace marionette::timeline {

namespace {

std::string trackName(TrackRef track) {
  if (track.region) return std::string(regionName(*track.region));
  return track.kind == TrackKind::Pose ? "pose" : "expression";
}

// Rotation channels are keyed and moved as one: one reference per key time.
std::set<KeyRef> canonicalKeys(const std::set<KeyRef>& keys) {
  std::set<KeyRef> out;
  for (const KeyRef& key : keys) out.insert({key.channel.isRotation() ? kYaw : key.channel, key.time});
  return out;
}

// Several commands applied as one: the absorbed later steps of a drag run
// after this step's own on redo and are reverted first on undo.
class CompositeCommand : public EditCommand {
 public:
  CompositeCommand(std::string name, std::vector<CommandPtr> commands, std::string mergeKey)
      : name_(std::move(name)), mergeKey_(std::move(mergeKey)), commands_(std::move(commands)) {}

  const std::string& name() const override { return name_; }
  const std::string& mergeKey() const override { return mergeKey_; }

  Status apply(Project& project) override {
    std::vector<EditCommand*> all;
    for (auto& command : commands_) all.push_back(command.get());
    for (auto& command : absorbed_) all.push_back(command.get());
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (Status status = all[i]->apply(project); !status) {
        for (std::size_t j = i; j-- > 0;) all[j]->revert(project);
        return status;
      }
    }
    return {};
  }

  void revert(Project& project) override {
    for (auto it = absorbed_.rbegin(); it != absorbed_.rend(); ++it) (*it)->revert(project);
    for (auto it = commands_.rbegin(); it != commands_.rend(); ++it) (*it)->revert(project);
  }

  // History merges only commands of one merge key, and composite keys are
  // their own namespace, so `later` is a composite.
  void absorb(EditCommand& later) override {
    auto& other = static_cast<CompositeCommand&>(later);
    auto taken = std::make_unique<CompositeCommand>(other.name_, std::move(other.commands_), std::string());
    taken->absorbed_ = std::move(other.absorbed_);
    absorbed_.push_back(std::move(taken));
  }

 private:
  std::string name_;
  std::string mergeKey_;
  std::vector<CommandPtr> commands_;
  std::vector<CommandPtr> absorbed_;
};

}  // namespace

const ModeTrack& modeTrack(const Project& project, TrackRef track) {
  if (track.region) return project.region(*track.region).track;
  return track.kind == TrackKind::Pose ? project.pose : project.expression;
}

TrackRef governingTrack(const Project& project, ChannelId channel) {
  if (channel.track() == TrackKind::Pose) return {TrackKind::Pose, std::nullopt};
  const std::optional<FaceRegion> region = channelInfo(channel).region;
  if (region && !project.region(*region).followsExpression) return {TrackKind::Expression, region};
  return {TrackKind::Expression, std::nullopt};
}

TrackMode governingMode(const Project& project, ChannelId channel, Rational time) {
  return modeTrack(project, governingTrack(project, channel)).segmentAt(time).mode;
}

KeyEffect keyEffectAt(const Project& project, ChannelId channel, Rational time) {
  switch (governingMode(project, channel, time)) {
    case TrackMode::Keyframed:
      return KeyEffect::Value;
    case TrackMode::DrivingOffset:
      return KeyEffect::Offset;
    default:
      return KeyEffect::None;
  }
}

double channelValueAt(const Project& project, ChannelId channel, FrameIndex frame) {
  const Motion portrait = project.portrait.motion.value_or(Motion{});
  return channelValuesOf(motionAt(project, frame), portrait)[static_cast<std::size_t>(channel.index())];
}

CommandPtr setChannelValue(const Project& project, ChannelId channel, FrameIndex frame, double value, bool merge) {
  const Rational time = frameTime(frame, project.settings.frameRate);
  double key = value;
  if (keyEffectAt(project, channel, time) == KeyEffect::Offset) {
    // Keep what the driver contributes; the key is the rest.
    const double shown = channelValueAt(project, channel, frame);
    const double offset = project.curve(channel).valueAt(time, channelInfo(channel).defaultValue);
    key = value - (shown - offset);
  }
  return setKeyframe(channel, time, key, merge);
}

Vec2 gazeTowards(Vec2 offset) {
  constexpr double kPointDistance = 1;  // face units in front of the eyes
  auto angle = [](double along, ExpressionChannel channel) {
    const ChannelDescriptor& d = expressionChannelInfo(channel);
    return std::clamp(std::atan2(along, kPointDistance) * 180 / kPi, d.minimum, d.maximum);
  };
  return {angle(offset.x, ExpressionChannel::GazeX), angle(offset.y, ExpressionChannel::GazeY)};
}

CommandPtr setGaze(const Project& project, FrameIndex frame, Vec2 degrees, bool merge) {
  std::vector<CommandPtr> both;
  both.push_back(setChannelValue(project, ChannelId::expression(ExpressionChannel::GazeX), frame, degrees.x, false));
  both.push_back(setChannelValue(project, ChannelId::expression(ExpressionChannel::GazeY), frame, degrees.y, false));
  return composite("Set gaze", std::move(both), merge ? "gaze/" + std::to_string(frame) : std::string());
}

std::set<KeyRef> shiftedKeys(const Project& project, const std::set<KeyRef>& keys, FrameIndex frames) {
  std::set<KeyRef> out;
  const Rational rate = project.settings.frameRate;
  for (const KeyRef& key : keys) out.insert({key.channel, frameTime(frameAtTime(key.time, rate) + frames, rate)});
  return out;
}

CommandPtr shiftKeys(const Project& project, const std::set<KeyRef>& keys, FrameIndex frames, bool merge) {
  const Rational rate = project.settings.frameRate;
  std::vector<KeyRef> order;
  for (const KeyRef& key : canonicalKeys(keys))
    if (project.curve(key.channel).find(key.time)) order.push_back(key);
  // Keys moving right go right to left (and left ones left to right), so
  // none lands on a selected neighbour that has not moved yet.
  std::sort(order.begin(), order.end(),
            [frames](const KeyRef& a, const KeyRef& b) { return frames > 0 ? b.time < a.time : a.time < b.time; });
  std::vector<CommandPtr> moves;
  for (const KeyRef& key : order) {
    const FrameIndex frame = frameAtTime(key.time, rate) + frames;
    if (frame < 0 || frame >= project.settings.frameCount)
      return refusedEdit("Move keyframes", "a keyframe cannot move outside the clip (frames 0-" +
                                               std::to_string(project.settings.frameCount - 1) + ")");
    const double value = project.curve(key.channel).at(*project.curve(key.channel).find(key.time)).value;
    moves.push_back(moveKeyframe(key.channel, key.time, frameTime(frame, rate), value));
  }
  if (moves.empty()) return refusedEdit("Move keyframes", "no keyframe to move");
  std::string name = moves.size() == 1 ? moves.front()->name() : "Move keyframes";
  return composite(std::move(name), std::move(moves), merge ? "shiftKeys" : "");
}

CommandPtr moveKey(const Project& project, KeyRef key, FrameIndex toFrame, double value, bool merge) {
  const FrameIndex last = std::max<FrameIndex>(0, project.settings.frameCount - 1);
  const Rational to = frameTime(std::clamp<FrameIndex>(toFrame, 0, last), project.settings.frameRate);
  return moveKeyframe(key.channel, key.time, to, value, merge);
}

CommandPtr deleteKeys(const std::set<KeyRef>& keys) {
  std::vector<CommandPtr> commands;
  for (const KeyRef& key : canonicalKeys(keys)) commands.push_back(removeKeyframe(key.channel, key.time));
  const std::string name = commands.size() == 1 ? commands.front()->name() : "Delete keyframes";
  return composite(name, std::move(commands));
}

CommandPtr setModeOver(const Project& project, TrackRef track, FrameRange range, TrackMode mode) {
  const Rational rate = project.settings.frameRate;
  std::optional<Rational> end;
  if (range.end < project.settings.frameCount) end = frameTime(range.end, rate);
  HoldTarget hold;
  hold.driverFrame = range.first;
  std::vector<CommandPtr> commands;
  if (track.region && project.region(*track.region).followsExpression)
    commands.push_back(copyExpressionModes(*track.region));
  commands.push_back(setTrackMode(track, frameTime(range.first, rate), end, mode, hold));
  std::string label = std::string(modeName(mode));
  if (mode == TrackMode::DrivingOffset) label = "driving + offset";
  return composite("Set " + trackName(track) + " to " + label, std::move(commands));
}

CommandPtr composite(std::string name, std::vector<CommandPtr> commands, std::string mergeKey) {
  if (!mergeKey.empty()) mergeKey = "composite/" + mergeKey;
  return std::make_unique<CompositeCommand>(std::move(name), std::move(commands), std::move(mergeKey));
}

}  // namespace marionette::timeline
