#include "core/timeline/track.h"

#include <gtest/gtest.h>

namespace marionette::timeline {
namespace {

std::vector<std::pair<Rational, TrackMode>> modes(const ModeTrack& track) {
  std::vector<std::pair<Rational, TrackMode>> out;
  for (const ModeSegment& s : track.segments) out.emplace_back(s.start, s.mode);
  return out;
}

TEST(ModeTrack, ARangeInsideASegmentSplitsItAndTheOldModeResumes) {
  auto held = withModeOver(ModeTrack{}, Rational(4), Rational(6), TrackMode::Hold);
  ASSERT_TRUE(held.ok());
  EXPECT_EQ(modes(*held),
            (std::vector<std::pair<Rational, TrackMode>>{
                {Rational(0), TrackMode::Driving}, {Rational(4), TrackMode::Hold}, {Rational(6), TrackMode::Driving}}));
  EXPECT_EQ(held->segmentAt(Rational(399, 100)).mode, TrackMode::Driving);
  EXPECT_EQ(held->segmentAt(Rational(4)).mode, TrackMode::Hold);
  EXPECT_EQ(held->segmentAt(Rational(6)).mode, TrackMode::Driving);
  EXPECT_EQ(held->segmentAt(Rational(1000)).mode, TrackMode::Driving);
}

TEST(ModeTrack, ARangeAcrossSegmentsReplacesThemAndMergesEqualNeighbours) {
  ModeTrack track = *withModeOver(ModeTrack{}, Rational(2), Rational(3), TrackMode::Source);
  track = *withModeOver(track, Rational(5), std::nullopt, TrackMode::Keyframed);
  auto replaced = withModeOver(track, Rational(1), Rational(6), TrackMode::Keyframed);
  ASSERT_TRUE(replaced.ok());
  EXPECT_EQ(modes(*replaced), (std::vector<std::pair<Rational, TrackMode>>{{Rational(0), TrackMode::Driving},
                                                                           {Rational(1), TrackMode::Keyframed}}));
  auto back = withModeOver(*replaced, Rational(0), std::nullopt, TrackMode::Driving);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, ModeTrack{});
}

TEST(ModeTrack, HoldsOnDifferentFramesStayApart) {
  HoldTarget a, b;
  a.driverFrame = 3;
  b.driverFrame = 9;
  ModeTrack track = *withModeOver(ModeTrack{}, Rational(0), Rational(1), TrackMode::Hold, a);
  track = *withModeOver(track, Rational(1), Rational(2), TrackMode::Hold, b);
  ASSERT_EQ(track.segments.size(), 3u);
  EXPECT_EQ(track.segmentAt(Rational(1, 2)).hold.driverFrame, 3);
  EXPECT_EQ(track.segmentAt(Rational(3, 2)).hold.driverFrame, 9);
}

TEST(ModeTrack, BadRangesAndSettingsAreRefused) {
  EXPECT_FALSE(withModeOver(ModeTrack{}, Rational(-1), Rational(1), TrackMode::Source).ok());
  EXPECT_FALSE(withModeOver(ModeTrack{}, Rational(2), Rational(2), TrackMode::Source).ok());
  ModeTrack track;
  track.gain = 4;
  EXPECT_FALSE(track.validate().ok());
  track = {};
  track.segments.front().start = Rational(1);
  EXPECT_FALSE(track.validate().ok());
  track = {};
  track.segments.clear();
  EXPECT_FALSE(track.validate().ok());
}

TEST(ModeTrack, ModeNamesRoundTrip) {
  for (TrackMode mode :
       {TrackMode::Driving, TrackMode::Source, TrackMode::Hold, TrackMode::Keyframed, TrackMode::DrivingOffset})
    EXPECT_EQ(modeFromName(modeName(mode)), mode);
  EXPECT_FALSE(modeFromName("sideways").has_value());
}

}  // namespace
}  // namespace marionette::timeline
