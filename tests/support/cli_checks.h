#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "tests/support/run_command.h"

namespace marionette::testing {

inline bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

inline int lineCount(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

// Every CLI failure is one line on stderr, prefixed with the program's name,
// with the given exit code and saying what went wrong.
inline void expectOneLineError(const CommandResult& r, int exitCode, const std::string& fragment) {
  EXPECT_EQ(r.exitCode, exitCode) << r.err;
  EXPECT_EQ(lineCount(r.err), 1) << r.err;
  EXPECT_EQ(r.err.rfind("marionette-cli: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find(fragment), std::string::npos) << "expected '" << fragment << "' in: " << r.err;
}

}  // namespace marionette::testing
