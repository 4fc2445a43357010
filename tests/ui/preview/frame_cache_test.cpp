#include <gtest/gtest.h>

#include "ui/preview/frame_cache.h"

namespace marionette::ui {
namespace {

CachedFrame frameOfWidth(int width) { return {QImage(width, 2, QImage::Format_RGB888), {}, {}}; }

TEST(FrameCache, EvictsTheLeastRecentlyUsedFrame) {
  FrameCache cache(2);
  cache.insert({1, 0, 512}, frameOfWidth(10));
  cache.insert({1, 1, 512}, frameOfWidth(11));
  ASSERT_TRUE(cache.find({1, 0, 512}));  // frame 0 is now the most recent
  cache.insert({1, 2, 512}, frameOfWidth(12));
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_TRUE(cache.contains({1, 0, 512}));
  EXPECT_FALSE(cache.contains({1, 1, 512}));
  EXPECT_EQ(cache.find({1, 2, 512})->result.width(), 12);
}

TEST(FrameCache, KeysSeparateRevisionsAndSizes) {
  FrameCache cache(8);
  cache.insert({1, 5, 512}, frameOfWidth(1));
  EXPECT_FALSE(cache.find({2, 5, 512})) << "an edit (new revision) must not show an old frame";
  EXPECT_FALSE(cache.find({1, 5, 256})) << "a draft must not stand in for a full frame";
  cache.insert({1, 5, 512}, frameOfWidth(3));
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.find({1, 5, 512})->result.width(), 3);
}

TEST(FrameCache, AnEditCarriesOverTheFramesItDidNotChange) {
  FrameCache cache(8);
  for (int frame : {1, 5, 9}) cache.insert({1, frame, 512}, frameOfWidth(frame));
  cache.insert({0, 2, 512}, frameOfWidth(2));  // an older revision: stale already
  cache.carryOver(1, 2, timeline::FrameRange{4, 8});
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.find({2, 1, 512})->result.width(), 1) << "before the change: kept";
  EXPECT_EQ(cache.find({2, 9, 512})->result.width(), 9) << "after the change: kept";
  EXPECT_FALSE(cache.find({2, 5, 512})) << "inside the change: dropped";
  EXPECT_FALSE(cache.find({1, 1, 512})) << "the old revision no longer answers";
  cache.carryOver(2, 3, std::nullopt);
  EXPECT_EQ(cache.size(), 2u) << "an edit that changed no frame keeps them all";
}

}  // namespace
}  // namespace marionette::ui
