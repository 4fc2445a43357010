#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "core/base/rational.h"
#include "core/base/result.h"

namespace marionette {

struct ConcatReport {
  int parts = 0;
  std::int64_t frames = 0;
  Rational duration;  // seconds of video
  bool audio = false;
};

// Joins videos that were encoded alike (parts of one render split with
// `render --frames`) into one file without re-encoding: packets are copied
// and their timestamps moved on by the length of the parts before them, so
// the result plays as if it had been rendered in one go. Parts that differ in
// codec, size, frame rate, encoder settings or audio are refused with a
// message naming the first mismatch. Written to a temporary file beside
// `output` and renamed at the end; never replaces one of the parts, and
// replaces an existing `output` only with `overwrite`. Raising `cancel` stops
// the copy between packets: the error is "cancelled" and nothing is written.
Result<ConcatReport> concatenateVideos(const std::vector<std::string>& parts, const std::string& output, bool overwrite,
                                       const std::atomic<bool>* cancel = nullptr);

}  // namespace marionette
