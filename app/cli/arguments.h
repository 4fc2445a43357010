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
// missing value is reported instead of silently ignored.
class Arguments {
 public:
  static Result<Arguments> parse(const std::vector<std::string>& words, const std::set<std::string>& valueOptions,
                                 const std::set<std::string>& flagOptions);

  const std::vector<std::string>& positionals() const { return positionals_; }
  bool flag(const std::string& name) const { return flags_.count(name) > 0; }
  std::optional<std::string> value(const std::string& name) const;

  Result<double> number(const std::string& name, double fallback, double minimum, double maximum) const;
  Result<int> integer(const std::string& name, int fallback, int minimum, int maximum) const;

 private:
  std::vector<std::string> positionals_;
  std::map<std::string, std::string> values_;
  std::set<std::string> flags_;
};

}  // namespace marionette::cli
