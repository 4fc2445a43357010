#include "core/motion/expression_code.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/base/linear_solve.h"
#include "core/motion/canonical_face.h"

namespace marionette {

ExpressionCode operator+(const ExpressionCode& a, const ExpressionCode& b) {
  ExpressionCode r;
  for (int i = 0; i < kExpressionDims; ++i) r.values[i] = a.values[i] + b.values[i];
  return r;
}

ExpressionCode operator-(const ExpressionCode& a, const ExpressionCode& b) {
  ExpressionCode r;
  for (int i = 0; i < kExpressionDims; ++i) r.values[i] = a.values[i] - b.values[i];
  return r;
}

ExpressionCode operator*(const ExpressionCode& a, double gain) {
  ExpressionCode r;
  for (int i = 0; i < kExpressionDims; ++i) r.values[i] = static_cast<float>(a.values[i] * gain);
  return r;
}

double maxAbsDifference(const ExpressionCode& a, const ExpressionCode& b) {
  double worst = 0;
  for (int i = 0; i < kExpressionDims; ++i) worst = std::max(worst, std::abs(double(a.values[i]) - b.values[i]));
  return worst;
}

const std::array<ChannelDescriptor, kExpressionChannelCount>& expressionChannels() {
  using C = ExpressionChannel;
  using R = FaceRegion;
  static const std::array<ChannelDescriptor, kExpressionChannelCount> kChannels{{
      {C::JawOpen, "jawOpen", "Jaw open", R::Mouth, -0.3, 1.5, 0},
      {C::JawShiftX, "jawShiftX", "Jaw shift", R::Mouth, -1, 1, 0},
      {C::MouthWide, "mouthWide", "Mouth wide", R::Mouth, -1, 1.5, 0},
      {C::MouthShiftX, "mouthShiftX", "Mouth shift", R::Mouth, -1, 1, 0},
      {C::SmileL, "smileL", "Smile left", R::Mouth, -1, 1.5, 0},
      {C::SmileR, "smileR", "Smile right", R::Mouth, -1, 1.5, 0},
      {C::Pout, "pout", "Pout", R::Mouth, -1, 1.5, 0},
      {C::UpperLipRaise, "upperLipRaise", "Upper lip raise", R::Mouth, -1, 1.5, 0},
      {C::BrowRaiseL, "browRaiseL", "Brow raise left", R::Brows, -1, 1.5, 0},
      {C::BrowRaiseR, "browRaiseR", "Brow raise right", R::Brows, -1, 1.5, 0},
      {C::BrowFurrow, "browFurrow", "Brow furrow", R::Brows, -1, 1.5, 0},
      {C::BlinkL, "blinkL", "Blink left", R::Eyes, -1, 1.2, 0},
      {C::BlinkR, "blinkR", "Blink right", R::Eyes, -1, 1.2, 0},
      {C::EyeWide, "eyeWide", "Eyes wide", R::Eyes, -1, 1.5, 0},
      {C::GazeX, "gazeX", "Gaze horizontal", R::Eyes, -40, 40, 0},
      {C::GazeY, "gazeY", "Gaze vertical", R::Eyes, -30, 30, 0},
      {C::LipFunnel, "lipFunnel", "Lip funnel", R::Mouth, -1, 1.5, 0},
  }};
  return kChannels;
}

const ChannelDescriptor& expressionChannelInfo(ExpressionChannel channel) {
  return expressionChannels()[static_cast<int>(channel)];
}

std::optional<ExpressionChannel> channelFromId(std::string_view id) {
  for (const auto& d : expressionChannels())
    if (d.id == id) return d.channel;
  return std::nullopt;
}

std::string_view regionName(FaceRegion region) {
  switch (region) {
    case FaceRegion::Eyes:
      return "eyes";
    case FaceRegion::Brows:
      return "brows";
    case FaceRegion::Mouth:
      return "mouth";
  }
  return "";
}

std::optional<FaceRegion> regionFromName(std::string_view name) {
  for (FaceRegion r : {FaceRegion::Eyes, FaceRegion::Brows, FaceRegion::Mouth})
    if (regionName(r) == name) return r;
  return std::nullopt;
}

const std::vector<int>& regionLandmarks(FaceRegion region) {
  static const std::vector<int> kEyes{36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47};
  static const std::vector<int> kBrows{17, 18, 19, 20, 21, 22, 23, 24, 25, 26};
  static const std::vector<int> kMouth{4,  5,  6,  7,  8,  9,  10, 11, 12, 48, 49, 50, 51, 52, 53,
                                       54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67};
  switch (region) {
    case FaceRegion::Eyes:
      return kEyes;
    case FaceRegion::Brows:
      return kBrows;
    case FaceRegion::Mouth:
      return kMouth;
  }
  throw std::logic_error("unknown face region");
}

void copyRegion(ExpressionCode& to, const ExpressionCode& from, FaceRegion region) {
  for (int landmark : regionLandmarks(region)) to.setDisplacement(landmark, from.displacement(landmark));
  if (region == FaceRegion::Eyes) to.setGaze(from.gaze());
}

namespace {

// The displacement fields below are sized so that 1.0 is a full, clearly
// visible expression on the canonical face (face units: eye corners 1 apart).
// Mirror of a subject-right point on the subject-left side.
constexpr std::array<int, kLandmarkCount> kMirror = [] {
  std::array<int, kLandmarkCount> m{};
  for (int i = 0; i < kLandmarkCount; ++i) m[i] = i;
  auto pair = [&m](int a, int b) { m[a] = b, m[b] = a; };
  for (int i = 0; i <= 7; ++i) pair(i, 16 - i);
  for (int i = 17; i <= 21; ++i) pair(i, 43 - i);
  pair(31, 35), pair(32, 34), pair(36, 45), pair(37, 44), pair(38, 43), pair(39, 42), pair(40, 47), pair(41, 46);
  pair(48, 54), pair(49, 53), pair(50, 52), pair(55, 59), pair(56, 58), pair(60, 64), pair(61, 63), pair(65, 67);
  return m;
}();

struct Move {
  int landmark;
  double dx, dy;
};

ExpressionCode field(std::initializer_list<Move> moves) {
  ExpressionCode code;
  for (const Move& m : moves) code.setDisplacement(m.landmark, {m.dx, m.dy});
  return code;
}

// Applies moves given for subject-right points to their subject-left mirrors too
// (x flipped), for symmetric channels.
ExpressionCode symmetricField(std::initializer_list<Move> rightSide) {
  ExpressionCode code;
  for (const Move& m : rightSide) {
    code.setDisplacement(m.landmark, {m.dx, m.dy});
    if (kMirror[m.landmark] != m.landmark) code.setDisplacement(kMirror[m.landmark], {-m.dx, m.dy});
  }
  return code;
}

ExpressionCode mirrored(const ExpressionCode& code) {
  ExpressionCode out;
  for (int i = 0; i < kLandmarkCount; ++i) {
    Vec2 d = code.displacement(i);
    out.setDisplacement(kMirror[i], {-d.x, d.y});
  }
  return out;
}

// The canonical face's lid-to-lid distances (outer and inner pair of the
// subject's right eye): a blink of 1 closes each exactly.
double canonicalLidGap(int upper, int lower) { return canonicalFace()[lower].y - canonicalFace()[upper].y; }

std::array<ExpressionCode, kExpressionChannelCount> buildDirections() {
  const double outerGap = canonicalLidGap(37, 41), innerGap = canonicalLidGap(38, 40);
  std::array<ExpressionCode, kExpressionChannelCount> d;
  auto at = [&d](ExpressionChannel c) -> ExpressionCode& { return d[static_cast<int>(c)]; };
  at(ExpressionChannel::JawOpen) = symmetricField({{8, 0, 0.30},
                                                   {7, 0, 0.28},
                                                   {6, 0, 0.22},
                                                   {5, 0, 0.12},
                                                   {4, 0, 0.04},
                                                   {57, 0, 0.27},
                                                   {58, 0, 0.26},
                                                   {59, 0, 0.18},
                                                   {66, 0, 0.26},
                                                   {67, 0, 0.24},
                                                   {48, 0.01, 0.09},
                                                   {60, 0.01, 0.09}});
  at(ExpressionChannel::JawShiftX) = field({{4, 0.04, 0},
                                            {5, 0.07, 0},
                                            {6, 0.09, 0},
                                            {7, 0.10, 0},
                                            {8, 0.10, 0},
                                            {9, 0.10, 0},
                                            {10, 0.09, 0},
                                            {11, 0.07, 0},
                                            {12, 0.04, 0},
                                            {55, 0.06, 0},
                                            {56, 0.07, 0},
                                            {57, 0.07, 0},
                                            {58, 0.07, 0},
                                            {59, 0.06, 0},
                                            {65, 0.06, 0},
                                            {66, 0.06, 0},
                                            {67, 0.06, 0}});
  at(ExpressionChannel::MouthWide) =
      symmetricField({{48, -0.10, 0}, {60, -0.09, 0}, {49, -0.05, 0}, {59, -0.05, 0}, {61, -0.03, 0}, {67, -0.03, 0}});
  {
    ExpressionCode shift;
    for (int i = 48; i <= 67; ++i) shift.setDisplacement(i, {0.08, 0});
    at(ExpressionChannel::MouthShiftX) = shift;
  }
  at(ExpressionChannel::SmileR) = field({{48, -0.05, -0.08},
                                         {60, -0.04, -0.07},
                                         {49, -0.02, -0.03},
                                         {59, -0.02, -0.04},
                                         {61, -0.01, -0.02},
                                         {67, -0.01, -0.03}});
  at(ExpressionChannel::SmileL) = mirrored(at(ExpressionChannel::SmileR));
  at(ExpressionChannel::Pout) = symmetricField({{48, 0.07, 0},
                                                {60, 0.06, 0},
                                                {49, 0.03, -0.02},
                                                {50, 0.01, -0.04},
                                                {51, 0, -0.05},
                                                {59, 0.03, 0.02},
                                                {58, 0.01, 0.04},
                                                {57, 0, 0.05},
                                                {61, 0.02, -0.02},
                                                {62, 0, -0.025},
                                                {67, 0.02, 0.02},
                                                {66, 0, 0.025}});
  at(ExpressionChannel::UpperLipRaise) =
      symmetricField({{49, 0, -0.04}, {50, 0, -0.06}, {51, 0, -0.06}, {61, 0, -0.05}, {62, 0, -0.05}, {48, 0, -0.01}});
  at(ExpressionChannel::BrowRaiseR) =
      field({{17, 0, -0.08}, {18, 0, -0.11}, {19, 0, -0.12}, {20, 0, -0.12}, {21, 0, -0.10}});
  at(ExpressionChannel::BrowRaiseL) = mirrored(at(ExpressionChannel::BrowRaiseR));
  at(ExpressionChannel::BrowFurrow) =
      symmetricField({{21, 0.05, 0.04}, {20, 0.03, 0.03}, {19, 0.01, 0.015}, {18, 0, 0.005}});
  at(ExpressionChannel::BlinkR) =
      field({{37, 0, 0.8 * outerGap}, {38, 0, 0.8 * innerGap}, {41, 0, -0.2 * outerGap}, {40, 0, -0.2 * innerGap}});
  at(ExpressionChannel::BlinkL) = mirrored(at(ExpressionChannel::BlinkR));
  at(ExpressionChannel::EyeWide) = symmetricField({{37, 0, -0.45 * outerGap},
                                                   {38, 0, -0.45 * innerGap},
                                                   {41, 0, 0.1 * outerGap},
                                                   {40, 0, 0.1 * innerGap},
                                                   {19, 0, -0.02},
                                                   {20, 0, -0.02}});
  // Gaze is read in degrees straight from its own two coordinates.
  at(ExpressionChannel::GazeX).setGaze({1, 0});
  at(ExpressionChannel::GazeY).setGaze({0, 1});
  // Lips pushed into an "oo": corners in, the inner lips parting round while
  // the jaw stays.
  at(ExpressionChannel::LipFunnel) = symmetricField({{48, 0.06, 0.0},
                                                     {60, 0.05, 0.0},
                                                     {61, 0.01, -0.04},
                                                     {62, 0, -0.05},
                                                     {67, 0.01, 0.04},
                                                     {66, 0, 0.05},
                                                     {49, 0.02, -0.01},
                                                     {59, 0.02, 0.01}});
  return d;
}

struct ChannelBasis {
  std::array<ExpressionCode, kExpressionChannelCount> directions;
  // (V^T V)^-1, row-major: turns direction dot products into readings.
  std::vector<double> inverseGram;
};

const ChannelBasis& basis() {
  static const ChannelBasis kBasis = [] {
    ChannelBasis b;
    b.directions = buildDirections();
    constexpr int n = kExpressionChannelCount;
    std::vector<double> gram(n * n);
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j) {
        double s = 0;
        for (int k = 0; k < kExpressionDims; ++k) s += double(b.directions[i].values[k]) * b.directions[j].values[k];
        gram[i * n + j] = s;
      }
    b.inverseGram.assign(n * n, 0);
    for (int col = 0; col < n; ++col) {
      std::vector<double> e(n, 0.0);
      e[col] = 1;
      if (!solveLinearSystem(gram, e, n)) throw std::logic_error("expression channel directions are dependent");
      for (int r = 0; r < n; ++r) b.inverseGram[r * n + col] = e[r];
    }
    return b;
  }();
  return kBasis;
}

}  // namespace

const ExpressionCode& channelDirection(ExpressionChannel channel) {
  return basis().directions[static_cast<int>(channel)];
}

std::array<double, kExpressionChannelCount> readChannels(const ExpressionCode& code) {
  constexpr int n = kExpressionChannelCount;
  const ChannelBasis& b = basis();
  std::array<double, n> dots{};
  for (int i = 0; i < n; ++i) {
    double s = 0;
    for (int k = 0; k < kExpressionDims; ++k) s += double(b.directions[i].values[k]) * code.values[k];
    dots[i] = s;
  }
  std::array<double, n> readings{};
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) readings[i] += b.inverseGram[i * n + j] * dots[j];
  return readings;
}

double readChannel(const ExpressionCode& code, ExpressionChannel channel) {
  return readChannels(code)[static_cast<int>(channel)];
}

void writeChannel(ExpressionCode& code, ExpressionChannel channel, double value) {
  double delta = value - readChannel(code, channel);
  const ExpressionCode& direction = channelDirection(channel);
  for (int k = 0; k < kExpressionDims; ++k) code.values[k] += static_cast<float>(delta * direction.values[k]);
}

}  // namespace marionette
