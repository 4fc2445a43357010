#include "app/cli/arguments.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace marionette::cli {

Result<Arguments> Arguments::parse(const std::vector<std::string>& words, const std::set<std::string>& valueOptions,
                                   const std::set<std::string>& flagOptions) {
  Arguments args;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word.size() < 2 || word[0] != '-' || word == "-") {
      args.positionals_.push_back(word);
      continue;
    }
    std::string name = word;
    std::optional<std::string> inlineValue;
    if (auto eq = word.find('='); eq != std::string::npos) {
      name = word.substr(0, eq);
      inlineValue = word.substr(eq + 1);
    }
    if (valueOptions.count(name)) {
      if (inlineValue) {
        args.values_[name] = *inlineValue;
      } else if (i + 1 < words.size()) {
        args.values_[name] = words[++i];
      } else {
        return makeError("option " + name + " needs a value");
      }
    } else if (flagOptions.count(name) && !inlineValue) {
      args.flags_.insert(name);
    } else {
      return makeError("unknown option '" + word + "'");
    }
  }
  return args;
}

std::optional<std::string> Arguments::value(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

Result<double> Arguments::number(const std::string& name, double fallback, double minimum, double maximum) const {
  auto text = value(name);
  if (!text) return fallback;
  std::istringstream in(*text);
  double parsed = 0;
  in >> parsed;
  if (!in || !in.eof() || !std::isfinite(parsed))
    return makeError("option " + name + " expects a number, got '" + *text + "'");
  if (parsed < minimum || parsed > maximum) {
    std::ostringstream message;
    message << "option " << name << " must be between " << minimum << " and " << maximum << ", got " << *text;
    return makeError(message.str());
  }
  return parsed;
}

Result<int> Arguments::integer(const std::string& name, int fallback, int minimum, int maximum) const {
  auto text = value(name);
  if (!text) return fallback;
  int parsed = 0;
  auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), parsed);
  if (error != std::errc() || end != text->data() + text->size())
    return makeError("option " + name + " expects a whole number, got '" + *text + "'");
  if (parsed < minimum || parsed > maximum)
    return makeError("option " + name + " must be between " + std::to_string(minimum) + " and " +
                     std::to_string(maximum) + ", got " + *text);
  return parsed;
}

}  // namespace marionette::cli
