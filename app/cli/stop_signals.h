#pragma once

#include <atomic>
#include <chrono>
#include <future>
#include <optional>
#include <thread>
#include <type_traits>

namespace marionette::cli {

// Turns SIGINT (Ctrl-C), SIGTERM and SIGHUP — what a terminal, Slurm,
// Kubernetes and GNU parallel send to stop a job — into a request that every
// command polls between frames: the command removes its temporary output
// and exits with the shell's status for the signal (128 + its number: 130,
// 143, 129). One object, made in main() for the life of the program; a
// signal that was ignored when the program started (nohup) stays ignored.
// Repeated signals change nothing (GNU parallel sends TERM several times).
class StopSignals {
 public:
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  bool requested() const;
  // Raised with the first signal; what JobCallbacks::cancel points at.
  const std::atomic<bool>& flag() const;
  // Prints "marionette-cli: stopped by SIGTERM; no output written" (the one
  // line a stopped command gives) and returns the exit status for the signal.
  int reportStopped() const;
};

// Work started on a thread of its own (loading the face models, starting
// the render module) that the main thread waits for in short slices, so that
// a stop signal is acted on at once rather than after a load nobody can
// interrupt. Once a stop was requested the work is abandoned, never waited
// for: it finishes on its thread or the process ends first (main() ends a
// stopped process with _Exit). Otherwise the destructor waits, as
// std::async's does.
template <class T>
class BackgroundWork {
 public:
  // `work` runs on another thread and may outlive the caller's frame: it must
  // own what it uses (capture by value).
  template <class F>
  BackgroundWork(const StopSignals& stop, F work) : stop_(stop) {
    std::packaged_task<T()> task(std::move(work));
    future_ = task.get_future();
    std::thread(std::move(task)).detach();
  }
  ~BackgroundWork() {
    if (future_.valid() && !stop_.requested()) future_.wait();
  }
  BackgroundWork(const BackgroundWork&) = delete;
  BackgroundWork& operator=(const BackgroundWork&) = delete;

  // The result, or nothing when a stop was requested before it was ready.
  std::optional<T> get() {
    constexpr auto kSlice = std::chrono::milliseconds(20);
    while (future_.wait_for(kSlice) != std::future_status::ready)
      if (stop_.requested()) return std::nullopt;
    return future_.get();
  }

 private:
  const StopSignals& stop_;
  std::future<T> future_;
};

template <class F>
BackgroundWork(const StopSignals&, F) -> BackgroundWork<std::invoke_result_t<F>>;

}  // namespace marionette::cli
