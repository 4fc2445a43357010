#pragma once

#include <string>
#include <vector>

namespace marionette::cli {

class StopSignals;

// Exit codes shared by every command.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  // the input or the environment was wrong
constexpr int kExitUsage = 2;    // the command line itself was wrong
// Stopped by SIGINT, SIGTERM or SIGHUP: 128 + the signal's number (130, 143,
// 129), as a shell reports a job the signal ended (see StopSignals).

// Each command polls `stop` while it works; once a stop signal arrived it
// removes what it started writing and returns stop.reportStopped().
int runInspect(const std::vector<std::string>& words, const StopSignals& stop);
int runExtract(const std::vector<std::string>& words, const StopSignals& stop);
int runAnimate(const std::vector<std::string>& words, const StopSignals& stop);
int runEvaluate(const std::vector<std::string>& words, const StopSignals& stop);
int runRender(const std::vector<std::string>& words, const StopSignals& stop);
int runConcat(const std::vector<std::string>& words, const StopSignals& stop);

// Prints "marionette-cli: MESSAGE" on stderr, the one line a failure gives,
// and returns `exitCode` for the caller to return.
int fail(int exitCode, const std::string& message);

}  // namespace marionette::cli
