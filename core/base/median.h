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

}  // namespace marionette
