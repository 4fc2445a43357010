#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/landmarks.h"

namespace marionette {

// The face's deformation once head pose is removed: for each of the 68
// landmarks, its in-plane displacement (x, y) from the canonical neutral face,
// in face units (outer eye corners one apart), then where the eyes look
// (horizontal and vertical, degrees; 0 is straight ahead). It carries no pose
// by construction and no face size; what it still holds of a person's build
// is cancelled by relative retargeting (driver minus driver reference).
// Sixty-eight displacements, not the mesh's 468: the motion a driver can
// transfer lives in the lids, brows, lips and jaw they outline, and a small
// code keeps channels, keys and caches compact and well conditioned.
constexpr int kGazeDims = 2;
constexpr int kGazeOffset = 2 * kLandmarkCount;
constexpr int kExpressionDims = 2 * kLandmarkCount + kGazeDims;
// An eyeball's radius over its eye's corner-to-corner width (about 12 mm
// over 29 mm): turns an iris offset within the eye into a gaze angle, and a
// gaze angle back into where the iris is drawn.
constexpr double kEyeballRadiusOverEyeWidth = 0.42;

struct ExpressionCode {
  std::array<float, kExpressionDims> values{};

  Vec2 displacement(int landmark) const { return {values[2 * landmark], values[2 * landmark + 1]}; }
  void setDisplacement(int landmark, Vec2 d) {
    values[2 * landmark] = static_cast<float>(d.x);
    values[2 * landmark + 1] = static_cast<float>(d.y);
  }
  // Degrees: x > 0 looks towards the image's right, y > 0 looks down.
  Vec2 gaze() const { return {values[kGazeOffset], values[kGazeOffset + 1]}; }
  void setGaze(Vec2 degrees) {
    values[kGazeOffset] = static_cast<float>(degrees.x);
    values[kGazeOffset + 1] = static_cast<float>(degrees.y);
  }
  friend bool operator==(const ExpressionCode&, const ExpressionCode&) = default;
};

ExpressionCode operator+(const ExpressionCode& a, const ExpressionCode& b);
ExpressionCode operator-(const ExpressionCode& a, const ExpressionCode& b);
ExpressionCode operator*(const ExpressionCode& a, double gain);
// Largest per-coordinate difference, for tolerances in tests and checks.
double maxAbsDifference(const ExpressionCode& a, const ExpressionCode& b);

enum class FaceRegion { Eyes, Brows, Mouth };

// Named, user-facing expression channels. "L"/"R" are the subject's own left
// and right (the subject's left eye appears on the image's right).
enum class ExpressionChannel {
  JawOpen,
  JawShiftX,
  MouthWide,
  MouthShiftX,
  SmileL,
  SmileR,
  Pout,
  UpperLipRaise,
  BrowRaiseL,
  BrowRaiseR,
  BrowFurrow,
  BlinkL,
  BlinkR,
  EyeWide,
  GazeX,
  GazeY,
  LipFunnel,
};
constexpr int kExpressionChannelCount = 17;

// One descriptor per channel, read by the timeline, the inspector, the CLI
// and the file format alike.
struct ChannelDescriptor {
  ExpressionChannel channel;
  std::string_view id;     // stable identifier used in files and on the command line
  std::string_view label;  // English label for the UI
  FaceRegion region;
  double minimum, maximum, neutral;
};

const std::array<ChannelDescriptor, kExpressionChannelCount>& expressionChannels();
const ChannelDescriptor& expressionChannelInfo(ExpressionChannel channel);
std::optional<ExpressionChannel> channelFromId(std::string_view id);
std::string_view regionName(FaceRegion region);
std::optional<FaceRegion> regionFromName(std::string_view name);

// Each channel is a direction in the code's space. Reading projects the code
// onto all channel directions at once (least squares), so that writing one
// channel moves the code along its direction and leaves every other channel's
// reading unchanged.
std::array<double, kExpressionChannelCount> readChannels(const ExpressionCode& code);
double readChannel(const ExpressionCode& code, ExpressionChannel channel);
void writeChannel(ExpressionCode& code, ExpressionChannel channel, double value);
// The unit-strength displacement field of a channel (its direction).
const ExpressionCode& channelDirection(ExpressionChannel channel);

// Landmarks whose displacement belongs to a region (for per-region transfer).
const std::vector<int>& regionLandmarks(FaceRegion region);
// Copies what belongs to `region` (its landmarks; for the eyes, the gaze too)
// from `from` into `to`.
void copyRegion(ExpressionCode& to, const ExpressionCode& from, FaceRegion region);

}  // namespace marionette
