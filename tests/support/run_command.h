#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace marionette::testing {

struct CommandResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};

inline std::string shellQuote(const std::string& word) {
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs a command line through the shell, capturing both streams.
inline CommandResult runShell(const std::string& commandLine) {
  std::string base = (std::filesystem::temp_directory_path() / "marionette-run-XXXXXX").string();
  std::string dir = mkdtemp(base.data());
  std::string outPath = dir + "/out", errPath = dir + "/err";
  int status = std::system((commandLine + " >" + outPath + " 2>" + errPath + " </dev/null").c_str());
  CommandResult r;
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(outPath);
  r.err = slurp(errPath);
  std::filesystem::remove_all(dir);
  return r;
}

// Runs marionette-cli with the given words.
inline CommandResult runCli(std::initializer_list<std::string> words) {
  std::string line = shellQuote(MARIONETTE_CLI_PATH);
  for (const auto& w : words) line += " " + shellQuote(w);
  return runShell(line);
}

}  // namespace marionette::testing
