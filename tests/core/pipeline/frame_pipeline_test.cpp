// The export pipeline's threading alone, with plain numbers standing in for
// frames: order, no drops, bounded memory, failures and cancel.
#include "core/pipeline/frame_pipeline.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <thread>
#include <vector>

namespace marionette {
namespace {

constexpr std::size_t kCapacity = 3;

// The most items between production and consumption: one held by the
// decoder, a full queue, the reorder window (capacity + workers), one more
// per render worker waiting for the window, and one being encoded.
constexpr int mostInFlight(int workers) {
  return static_cast<int>(kCapacity) + 1 + static_cast<int>(kCapacity) + 2 * workers + 1;
}

// Counts items from production to consumption, to see how many are held at once.
struct Counter {
  int produced = 0;
  std::atomic<int> inFlight = 0;
  std::atomic<int> mostInFlight = 0;
  std::vector<int> consumed;

  FramePipelineStages<int, int> stages(int total) {
    return {[this, total]() -> Result<std::optional<int>> {
              if (produced == total) return std::optional<int>();
              mostInFlight = std::max(mostInFlight.load(), ++inFlight);
              return std::optional<int>(produced++);
            },
            [](int&& n, int) -> Result<int> { return n * 10; },
            [this](int&& n) -> Status {
              consumed.push_back(n);
              --inFlight;
              return {};
            }};
  }
};

TEST(FramePipeline, DeliversEveryFrameOnceInOrder) {
  Counter counter;
  ASSERT_TRUE(runFramePipeline(counter.stages(500), nullptr, kCapacity).ok());
  ASSERT_EQ(counter.consumed.size(), 500u);
  for (int i = 0; i < 500; ++i) ASSERT_EQ(counter.consumed[i], 10 * i);
}

TEST(FramePipeline, SlowEncodingHoldsOnlyAFewFramesAndDropsNone) {
  Counter counter;
  auto stages = counter.stages(60);
  auto fastConsume = stages.consume;
  stages.consume = [&](int&& n) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    return fastConsume(std::move(n));
  };
  ASSERT_TRUE(runFramePipeline(stages, nullptr, kCapacity).ok());
  EXPECT_EQ(counter.consumed.size(), 60u);
  EXPECT_LE(counter.mostInFlight.load(), mostInFlight(1));
}

TEST(FramePipeline, DecodeAndEncodeRunBesideRendering) {
  std::mutex mutex;
  std::set<std::thread::id> producers, consumers;
  int produced = 0;
  FramePipelineStages<int, int> stages{[&]() -> Result<std::optional<int>> {
                                         std::lock_guard lock(mutex);
                                         producers.insert(std::this_thread::get_id());
                                         return produced < 20 ? std::optional<int>(produced++) : std::nullopt;
                                       },
                                       [](int&& n, int) -> Result<int> { return n; },
                                       [&](int&&) -> Status {
                                         std::lock_guard lock(mutex);
                                         consumers.insert(std::this_thread::get_id());
                                         return {};
                                       }};
  ASSERT_TRUE(runFramePipeline(stages, nullptr).ok());
  ASSERT_EQ(producers.size(), 1u);
  ASSERT_EQ(consumers.size(), 1u);
  EXPECT_NE(*producers.begin(), std::this_thread::get_id());
  EXPECT_NE(*consumers.begin(), std::this_thread::get_id());
  EXPECT_NE(*producers.begin(), *consumers.begin());
}

TEST(FramePipeline, SeveralRenderWorkersKeepTheOrder) {
  Counter counter;
  auto stages = counter.stages(300);
  stages.workers = 3;
  std::mutex mutex;
  std::set<int> workersSeen;
  std::set<std::thread::id> threads;
  stages.transform = [&](int&& n, int worker) -> Result<int> {
    {
      std::lock_guard lock(mutex);
      workersSeen.insert(worker);
      threads.insert(std::this_thread::get_id());
    }
    // Uneven work, so later frames often finish before earlier ones.
    std::this_thread::sleep_for(std::chrono::microseconds((n * 7919) % 5 * 200));
    return n * 10;
  };
  ASSERT_TRUE(runFramePipeline(stages, nullptr, kCapacity).ok());
  ASSERT_EQ(counter.consumed.size(), 300u);
  for (int i = 0; i < 300; ++i) ASSERT_EQ(counter.consumed[i], 10 * i);
  EXPECT_EQ(workersSeen, (std::set<int>{0, 1, 2}));
  EXPECT_EQ(threads.size(), 3u) << "each worker on its own thread";
  EXPECT_LE(counter.mostInFlight.load(), mostInFlight(3));
}

TEST(FramePipeline, AFailureInAnyStageStopsAllAndIsReported) {
  for (int failing = 0; failing < 3; ++failing) {
    Counter counter;
    auto stages = counter.stages(1000);
    auto produce = stages.produce;
    auto transform = stages.transform;
    auto consume = stages.consume;
    if (failing == 0)
      stages.produce = [&]() -> Result<std::optional<int>> {
        if (counter.produced == 10) return makeError("decode failed");
        return produce();
      };
    if (failing == 1)
      stages.transform = [&](int&& n, int worker) -> Result<int> {
        if (n == 10) return makeError("render failed");
        return transform(std::move(n), worker);
      };
    if (failing == 2)
      stages.consume = [&](int&& n) -> Status {
        if (n == 100) return makeError("disk full");
        return consume(std::move(n));
      };
    Status status = runFramePipeline(stages, nullptr, kCapacity);
    ASSERT_FALSE(status.ok()) << failing;
    const char* expected[] = {"decode failed", "render failed", "disk full"};
    EXPECT_EQ(status.error().message, expected[failing]);
    EXPECT_LE(counter.produced, 11 + mostInFlight(1)) << "the decoder stops soon after";
    EXPECT_LE(counter.consumed.size(), 10u) << failing;
  }
}

// Runs `total` items and raises the cancel flag while consuming the item of value `at`.
Status runCancellingAt(Counter& counter, int total, int at) {
  std::atomic<bool> cancel = false;
  auto stages = counter.stages(total);
  auto consume = stages.consume;
  stages.consume = [&](int&& n) {
    if (n == at) cancel = true;
    return consume(std::move(n));
  };
  return runFramePipeline(stages, &cancel, kCapacity);
}

TEST(FramePipeline, CancelStopsBetweenFrames) {
  Counter counter;
  Status status = runCancellingAt(counter, 1000, 50);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message, kCancelledMessage);
  EXPECT_EQ(counter.consumed.size(), 6u) << "the frame in hand is finished, no other starts";
  EXPECT_LE(counter.produced, 6 + mostInFlight(1));
}

TEST(FramePipeline, CancelAfterTheLastFrameStillCounts) {
  Counter counter;
  Status status = runCancellingAt(counter, 5, 40);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message, kCancelledMessage);
}

TEST(FramePipeline, AnEmptyClipSucceedsWithNothingConsumed) {
  Counter counter;
  EXPECT_TRUE(runFramePipeline(counter.stages(0), nullptr).ok());
  EXPECT_TRUE(counter.consumed.empty());
}

}  // namespace
}  // namespace marionette
