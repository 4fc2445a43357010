#include "app/cli/arguments.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace marionette::cli {

namespace {

// Short options and the long option each one stands for.
const std::map<std::string, std::string> kShortNames = {{"-o", "--output"}};

// The one name an option is stored under: its long name.
std::string canonicalName(const std::string& name) {
  auto it = kShortNames.find(name);
  return it == kShortNames.end() ? name : it->second;
}

// "-o/--output" for an option with a short name, else the name itself.
std::string displayName(const std::string& canonical) {
  for (const auto& [shortName, longName] : kShortNames)
    if (longName == canonical) return shortName + "/" + longName;
  return canonical;
}

}  // namespace

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
      if (!inlineValue && i + 1 == words.size()) return makeError("option " + name + " needs a value");
      const std::string given = inlineValue ? *inlineValue : words[++i];
      auto [it, added] = args.values_.emplace(canonicalName(name), given);
      if (!added)
        return makeError("option " + displayName(it->first) + " is given twice ('" + it->second + "' and '" + given +
                         "'); give it once");
    } else if (flagOptions.count(name) && !inlineValue) {
      args.flags_.insert(name);
    } else {
      return makeError("unknown option '" + word + "'");
    }
  }
  return args;
}

std::optional<std::string> Arguments::value(const std::string& name) const {
  auto it = values_.find(canonicalName(name));
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
