#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/base/result.h"
#include "core/pipeline/bounded_queue.h"

namespace marionette {

// The message a job fails with when its cancel flag was raised.
inline constexpr const char* kCancelledMessage = "cancelled";

// The stages of an export: `produce` (decode) on one worker thread,
// `transform` (render) on `workers` threads at once — the calling thread and
// workers-1 more, each passing its own index so it can use its own renderer
// — and `consume` (encode) on another worker. Bounded queues between them
// keep memory flat. Every produced item is transformed and consumed exactly
// once, in the order produced: nothing is dropped or reordered.
template <class Work, class Frame>
struct FramePipelineStages {
  std::function<Result<std::optional<Work>>()> produce;  // std::nullopt: no more work
  std::function<Result<Frame>(Work&&, int worker)> transform;
  std::function<Status(Frame&&)> consume;
  int workers = 1;
};

namespace pipeline_detail {

// Finished frames from several workers, handed on in sequence order. A
// worker ahead of the consumer by `window` frames waits, which bounds memory;
// the worker holding the next frame is never made to wait, so this cannot
// deadlock.
template <class Frame>
class ReorderBuffer {
 public:
  explicit ReorderBuffer(std::int64_t window) : window_(window) {}

  bool put(std::int64_t sequence, Frame frame) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return closed_ || sequence < next_ + window_; });
    if (closed_) return false;
    frames_.emplace(sequence, std::move(frame));
    changed_.notify_all();
    return true;
  }

  // The next frame in sequence; std::nullopt once closed and drained.
  std::optional<Frame> take() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return closed_ || frames_.count(next_) > 0; });
    auto it = frames_.find(next_);
    if (it == frames_.end()) return std::nullopt;
    Frame frame = std::move(it->second);
    frames_.erase(it);
    ++next_;
    changed_.notify_all();
    return frame;
  }

  // No more frames will come; the consumer still gets those already in order.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
  }

  void discard() {
    std::lock_guard lock(mutex_);
    frames_.clear();
    closed_ = true;
    changed_.notify_all();
  }

 private:
  std::int64_t window_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::int64_t, Frame> frames_;
  std::int64_t next_ = 0;
  bool closed_ = false;
};

// The first failure, shared by all stages; setting it stops everyone.
class Halt {
 public:
  explicit Halt(const std::atomic<bool>* cancel) : cancel_(cancel) {}
  // True once a stage failed or the caller cancelled.
  bool requested() {
    if (!halted_ && cancel_ && cancel_->load()) set(makeError(kCancelledMessage));
    return halted_.load();
  }
  void set(Error error) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = std::move(error);
    halted_ = true;
  }
  Status result() {
    std::lock_guard lock(mutex_);
    if (failure_) return *failure_;
    return {};
  }

 private:
  const std::atomic<bool>* cancel_;
  std::atomic<bool> halted_ = false;
  std::mutex mutex_;
  std::optional<Error> failure_;
};

}  // namespace pipeline_detail

// Runs the stages to the end, or until one fails or `cancel` is raised
// (checked before every item in every stage). Returns the first failure, or
// kCancelledMessage.
template <class Work, class Frame>
Status runFramePipeline(const FramePipelineStages<Work, Frame>& stages, const std::atomic<bool>* cancel,
                        std::size_t queueCapacity = 3) {
  struct Numbered {
    std::int64_t sequence;
    Work work;
  };
  const int workers = std::max(1, stages.workers);
  BoundedQueue<Numbered> works(queueCapacity);
  pipeline_detail::ReorderBuffer<Frame> frames(static_cast<std::int64_t>(queueCapacity) + workers);
  pipeline_detail::Halt halt(cancel);
  auto fail = [&](Error error) {
    halt.set(std::move(error));
    works.discard();
    frames.discard();
  };
  auto stopping = [&] {
    if (!halt.requested()) return false;
    works.discard();
    frames.discard();
    return true;
  };
  auto transformLoop = [&](int worker) {
    while (std::optional<Numbered> item = works.pop()) {
      if (stopping()) return;
      Result<Frame> frame = stages.transform(std::move(item->work), worker);
      if (!frame) return fail(frame.error());
      if (!frames.put(item->sequence, std::move(*frame))) return;
    }
  };

  {
    std::jthread producer([&] {
      for (std::int64_t sequence = 0; !stopping(); ++sequence) {
        Result<std::optional<Work>> work = stages.produce();
        if (!work) return fail(work.error());
        if (!*work || !works.push({sequence, std::move(**work)})) break;
      }
      works.close();
    });
    std::jthread consumer([&] {
      while (std::optional<Frame> frame = frames.take()) {
        if (stopping()) return;
        if (Status consumed = stages.consume(std::move(*frame)); !consumed) return fail(consumed.error());
      }
    });
    {
      std::vector<std::jthread> helpers;
      for (int worker = 1; worker < workers; ++worker) helpers.emplace_back(transformLoop, worker);
      transformLoop(0);
    }
    frames.close();
  }
  // A cancel raised after the last frame still counts: the caller asked for no output.
  halt.requested();
  return halt.result();
}

}  // namespace marionette
