#pragma once

#include <string>
#include <vector>

namespace marionette::cli {

// Exit codes shared by every command.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  // the input or the environment was wrong
constexpr int kExitUsage = 2;    // the command line itself was wrong

int runInspect(const std::vector<std::string>& words);
int runExtract(const std::vector<std::string>& words);
int runAnimate(const std::vector<std::string>& words);
int runEvaluate(const std::vector<std::string>& words);
int runRender(const std::vector<std::string>& words);
int runConcat(const std::vector<std::string>& words);

// Prints "marionette-cli: MESSAGE" on stderr, the one line a failure gives,
// and returns `exitCode` for the caller to return.
int fail(int exitCode, const std::string& message);

}  // namespace marionette::cli
