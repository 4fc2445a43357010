#include "app/cli/stop_signals.h"

#include <csignal>
#include <string>

#include "app/cli/commands.h"

namespace marionette::cli {

namespace {

constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr int kSignalCount = sizeof kStopSignals / sizeof kStopSignals[0];

// Written by the handler, read between frames. Lock-free atomics are among
// the few things a signal handler may touch, and the reason these are the
// program's only globals: a handler has no other way to reach its state.
std::atomic<bool> gStopRequested = false;
std::atomic<int> gStopSignal = 0;  // the first signal received
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

struct sigaction gPrevious[kSignalCount];
bool gInstalled[kSignalCount] = {};

extern "C" void onStopSignal(int signal) {
  int none = 0;
  gStopSignal.compare_exchange_strong(none, signal);
  gStopRequested.store(true);
}

const char* signalName(int signal) {
  switch (signal) {
    case SIGINT:
      return "SIGINT";
    case SIGTERM:
      return "SIGTERM";
    case SIGHUP:
      return "SIGHUP";
    default:
      return "a signal";
  }
}

}  // namespace

StopSignals::StopSignals() {
  gStopRequested = false;
  gStopSignal = 0;
  for (int i = 0; i < kSignalCount; ++i) {
    sigaction(kStopSignals[i], nullptr, &gPrevious[i]);
    // nohup, and a shell starting a background job, ignore these on purpose.
    if (gPrevious[i].sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    // Restarted system calls: the flag is polled between frames, and a read
    // failing with EINTR on some thread would only turn a stop into an error.
    action.sa_flags = SA_RESTART;
    gInstalled[i] = sigaction(kStopSignals[i], &action, nullptr) == 0;
  }
}

StopSignals::~StopSignals() {
  for (int i = 0; i < kSignalCount; ++i)
    if (gInstalled[i]) sigaction(kStopSignals[i], &gPrevious[i], nullptr);
}

bool StopSignals::requested() const { return gStopRequested.load(); }

const std::atomic<bool>& StopSignals::flag() const { return gStopRequested; }

int StopSignals::reportStopped() const {
  const int signal = gStopSignal.load();
  fail(0, std::string("stopped by ") + signalName(signal) + "; no output written");
  return 128 + (signal > 0 ? signal : SIGINT);
}

}  // namespace marionette::cli
