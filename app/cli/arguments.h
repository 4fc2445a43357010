#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace marionette::cli {

// Command-line words split into positionals and --options. Each command
// declares which options take a value and which are flags, so a typo or a
// missing value is reported instead of silently ignored. A value option
// given twice (or -o together with its long name --output) is an error too:
// keeping only the last would silently drop what the user typed first.
class Arguments {
 public:
  static Result<Arguments> parse(const std::vector<std::string>& words, const std::set<std::string>& valueOptions,
                                 const std::set<std::string>& flagOptions);

  const std::vector<std::string>& positionals() const { return positionals_; }
  bool flag(const std::string& name) const { return flags_.count(name) > 0; }
  // The value of `name`; "-o" and "--output" name the same option.
  std::optional<std::string> value(const std::string& name) const;

  Result<double> number(const std::string& name, double fallback, double minimum, double maximum) const;
  Result<int> integer(const std::string& name, int fallback, int minimum, int maximum) const;

 private:
  std::vector<std::string> positionals_;
  std::map<std::string, std::string> values_;
  std::set<std::string> flags_;
};

}  // namespace marionette::cli
