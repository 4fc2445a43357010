#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/rational.h"
#include "core/base/result.h"
#include "core/media/render_part.h"

namespace marionette {

struct ConcatReport {
  int parts = 0;
  std::int64_t frames = 0;
  Rational duration;  // seconds of video
  bool audio = false;
  std::optional<RenderPart> joined;  // what the result is, when every part said what it was
  std::vector<std::string> notes;    // parts joined unchecked, frames of the project not in the result
};

enum class PartCheck {
  Checked,    // parts with render information must tile one render (render_part.h)
  Unchecked,  // join whatever is given, in the order given
};

// Joins videos that were encoded alike (parts of one render split with
// `render --frames`) into one file without re-encoding: packets are copied
// and their timestamps moved on by the length of the parts before them, so
// the result plays as if it had been rendered in one go. Parts that differ in
// codec, size, frame rate, encoder settings or audio are refused with a
// message naming the first mismatch. Parts written by `render` carry which
// frames of which project they hold (render_part.h); with PartCheck::Checked
// those must tile one render, in order, and a part that holds fewer frames
// than it says is refused; the result then carries the joined range, so it
// can be joined again. Videos without that information join as given, with
// a note. Written to a temporary file beside `output` and renamed at the
// end; never replaces one of the parts, and replaces an existing `output`
// only with `overwrite`. Raising `cancel` stops the copy between packets:
// the error is "cancelled" and nothing is written.
Result<ConcatReport> concatenateVideos(const std::vector<std::string>& parts, const std::string& output, bool overwrite,
                                       PartCheck check = PartCheck::Checked,
                                       const std::atomic<bool>* cancel = nullptr);

}  // namespace marionette
