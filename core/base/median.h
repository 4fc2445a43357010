#pragma once

#include <algorithm>
#include <vector>

namespace marionette {

// The middle value (the upper of the two middle ones for an even count); 0
// for none. Takes its argument by value: it reorders it.
inline double median(std::vector<double> values) {
  if (values.empty()) return 0;
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

// The value a fraction `q` (0..1) of the way through the sorted values, at the
// nearest rank; 0 for none. Reorders its argument like median.
inline double quantile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  const double rank = std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1);
  const auto at = values.begin() + static_cast<std::ptrdiff_t>(rank + 0.5);
  std::nth_element(values.begin(), at, values.end());
  return *at;
}

}  // namespace marionette
