// Motion read from the shared driving clips behaves as the clips look.
#include "core/pipeline/track_video.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "tests/core/pipeline/shared_model.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

struct AxisStats {
  double minimum = 1e9, maximum = -1e9, maxStep = 0, sumSquares = 0, mean = 0;
  double range() const { return maximum - minimum; }
};

AxisStats statsOf(const std::vector<double>& values) {
  AxisStats s;
  s.mean = std::accumulate(values.begin(), values.end(), 0.0) / values.size();
  for (std::size_t i = 0; i < values.size(); ++i) {
    s.minimum = std::min(s.minimum, values[i]);
    s.maximum = std::max(s.maximum, values[i]);
    s.sumSquares += (values[i] - s.mean) * (values[i] - s.mean);
    if (i > 0) s.maxStep = std::max(s.maxStep, std::abs(values[i] - values[i - 1]));
  }
  return s;
}

double standardDeviation(const AxisStats& s, std::size_t n) { return std::sqrt(s.sumSquares / n); }

MotionTrack track(const std::string& path, std::shared_ptr<const FaceAnalyzer> model, double smoothing) {
  TrackVideoOptions options;
  options.tracker.smoothing = smoothing;
  auto result = trackVideo(path, std::move(model), options);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  return result.ok() ? *result : MotionTrack{};
}

std::vector<double> series(const MotionTrack& t, double (*get)(const MotionFrame&)) {
  std::vector<double> out;
  for (const auto& f : t.frames) out.push_back(get(f));
  return out;
}

TEST(TrackVideo, HeadRotationOfD3VariesSmoothlyAndCoversTheTurn) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d3.mp4");
  MARIONETTE_REQUIRE_MODEL(model);
  MotionTrack t = track(clip, model, 0.5);
  ASSERT_EQ(t.frames.size(), 354u);
  EXPECT_EQ(t.lostFrameCount(), 0);
  auto yaw = statsOf(series(t, [](const MotionFrame& f) { return f.motion.pose.euler().yaw; }));
  auto pitch = statsOf(series(t, [](const MotionFrame& f) { return f.motion.pose.euler().pitch; }));
  auto roll = statsOf(series(t, [](const MotionFrame& f) { return f.motion.pose.euler().roll; }));
  // The head pitches down for seconds, with some yaw and roll.
  EXPECT_GT(pitch.range(), 15) << "pitch " << pitch.minimum << ".." << pitch.maximum;
  EXPECT_GT(yaw.range(), 8) << "yaw " << yaw.minimum << ".." << yaw.maximum;
  EXPECT_GT(roll.range(), 5) << "roll " << roll.minimum << ".." << roll.maximum;
  // Smooth: no frame-to-frame jump a 30 fps head could not make.
  EXPECT_LT(pitch.maxStep, 6);
  EXPECT_LT(yaw.maxStep, 6);
  EXPECT_LT(roll.maxStep, 6);
}

TEST(TrackVideo, BlinksOfD7FireWhileThePoseStaysStill) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d7.mp4");
  MARIONETTE_REQUIRE_MODEL(model);
  MotionTrack t = track(clip, model, 0.3);
  ASSERT_EQ(t.frames.size(), 178u);
  auto left =
      series(t, [](const MotionFrame& f) { return readChannel(f.motion.expression, ExpressionChannel::BlinkL); });
  auto right =
      series(t, [](const MotionFrame& f) { return readChannel(f.motion.expression, ExpressionChannel::BlinkR); });
  // Eyes are open on the first frame; relative to it, a closed eye reads about +1.
  double leftOpen = left.front(), rightOpen = right.front();
  int leftOnly = 0, rightOnly = 0, both = 0;
  for (std::size_t i = 0; i < left.size(); ++i) {
    bool l = left[i] - leftOpen > 0.5, r = right[i] - rightOpen > 0.5;
    leftOnly += l && !r;
    rightOnly += r && !l;
    both += l && r;
  }
  EXPECT_GT(both, 5) << "both eyes closed for a while";
  EXPECT_GT(leftOnly + rightOnly, 5) << "single-eye winks";
  for (auto get : {+[](const MotionFrame& f) { return f.motion.pose.euler().yaw; },
                   +[](const MotionFrame& f) { return f.motion.pose.euler().pitch; },
                   +[](const MotionFrame& f) { return f.motion.pose.euler().roll; }}) {
    auto s = statsOf(series(t, get));
    EXPECT_LT(standardDeviation(s, t.frames.size()), 3.0) << "range " << s.minimum << ".." << s.maximum;
  }
}

TEST(TrackVideo, EveryFrameHasMotionAndTimesFollowTheClip) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d20.mp4");
  MARIONETTE_REQUIRE_MODEL(model);
  TrackVideoReport report;
  auto t = trackVideo(clip, model, {}, {}, &report);
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->frameRate, Rational(25));
  ASSERT_EQ(t->frames.size(), 175u);
  for (std::size_t i = 0; i < t->frames.size(); ++i) EXPECT_EQ(t->frames[i].time, Rational(i, 25));
  EXPECT_LT(report.redetections, 30) << "the tracker reuses the previous face instead of detecting every frame";
}

TEST(TrackVideo, CancellingStopsWithAMessage) {
  MARIONETTE_REQUIRE_MEDIA(clip, "driving/liveportrait-d0.mp4");
  MARIONETTE_REQUIRE_MODEL(model);
  int seen = 0;
  auto t = trackVideo(clip, model, {}, [&seen](int done, std::int64_t) {
    seen = done;
    return done < 5;
  });
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().message, "cancelled");
  EXPECT_EQ(seen, 5);
}

}  // namespace
}  // namespace marionette
