#include "core/motion/expression_code.h"

#include <gtest/gtest.h>

#include <set>

namespace marionette {
namespace {

TEST(ExpressionChannels, AtLeastTwelveNamedChannelsWithUniqueIds) {
  const auto& channels = expressionChannels();
  ASSERT_GE(channels.size(), 12u);
  std::set<std::string_view> ids;
  for (int k = 0; k < kExpressionChannelCount; ++k) {
    EXPECT_EQ(static_cast<int>(channels[k].channel), k) << "descriptor order matches the enum";
    EXPECT_TRUE(ids.insert(channels[k].id).second) << channels[k].id;
    EXPECT_EQ(channelFromId(channels[k].id), channels[k].channel);
    EXPECT_LT(channels[k].minimum, channels[k].maximum);
  }
  for (const char* required : {"jawOpen", "smileL", "smileR", "pout", "mouthWide", "mouthShiftX", "browRaiseL",
                               "browRaiseR", "browFurrow", "blinkL", "blinkR", "eyeWide"})
    EXPECT_TRUE(channelFromId(required).has_value()) << required;
  EXPECT_FALSE(channelFromId("nonsense").has_value());
}

TEST(ExpressionChannels, NeutralCodeReadsZeroEverywhere) {
  for (double value : readChannels(ExpressionCode{})) EXPECT_NEAR(value, 0, 1e-12);
}

TEST(ExpressionChannels, WritingOneChannelLeavesTheOthersAlone) {
  ExpressionCode code;
  writeChannel(code, ExpressionChannel::SmileR, 0.7);
  writeChannel(code, ExpressionChannel::BlinkL, 1.0);
  writeChannel(code, ExpressionChannel::JawOpen, 0.3);
  // Something no channel explains, as a real face has.
  code.values[2 * 30] += 0.02f;
  auto before = readChannels(code);
  writeChannel(code, ExpressionChannel::MouthWide, -0.5);
  auto after = readChannels(code);
  for (int k = 0; k < kExpressionChannelCount; ++k) {
    double expected = k == int(ExpressionChannel::MouthWide) ? -0.5 : before[k];
    EXPECT_NEAR(after[k], expected, 1e-5) << expressionChannels()[k].id;
  }
  EXPECT_NEAR(code.values[2 * 30], 0.02f, 1e-6) << "the unexplained part is kept";
}

TEST(ExpressionChannels, LeftAndRightAreTheSubjectsOwn) {
  // The subject's left eye is dlib 42-47, on the image's right.
  const ExpressionCode& blinkL = channelDirection(ExpressionChannel::BlinkL);
  EXPECT_GT(blinkL.displacement(43).y, 0) << "left upper lid moves down";
  EXPECT_EQ(blinkL.displacement(37).y, 0) << "right eye untouched";
  const ExpressionCode& smileL = channelDirection(ExpressionChannel::SmileL);
  EXPECT_GT(smileL.displacement(54).x, 0);
  EXPECT_LT(smileL.displacement(54).y, 0) << "corner moves up";
}

TEST(ExpressionChannels, RegionsAndNamesRoundTrip) {
  for (FaceRegion r : {FaceRegion::Eyes, FaceRegion::Brows, FaceRegion::Mouth}) {
    EXPECT_EQ(regionFromName(regionName(r)), r);
    EXPECT_FALSE(regionLandmarks(r).empty());
  }
  EXPECT_FALSE(regionFromName("ears").has_value());
}

}  // namespace
}  // namespace marionette
