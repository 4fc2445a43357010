#pragma once

// Internal to the face adapter: dlib's 68-point shape predictor, evaluated
// from a compact copy of its regression trees.
//
// dlib keeps every leaf of the ~100 MB model in its own heap allocation and
// walks one tree at a time, so a fit is a chain of cache and TLB misses: on
// the 2-core VMs this project runs on, dlib::shape_predictor takes 5-6 ms per
// face. Here the leaves sit in one huge-page-backed block and each cascade
// level first picks all its leaves, then sums them with prefetching, which
// brings a fit to about a millisecond. The arithmetic follows dlib's
// shape_predictor::operator() step by step, with two differences: the box
// may have fractional corners and the result is not rounded to whole pixels
// (both matter for a tracker whose next box comes from these landmarks).

#include <opencv2/core.hpp>

#include <cstdint>
#include <istream>
#include <memory>
#include <vector>

#include "core/base/landmarks.h"

namespace marionette::face_detail {

class FastShapePredictor {
 public:
  // Reads the layout that dlib::serialize(shape_predictor) writes. Throws
  // dlib::serialization_error when the stream is malformed or inconsistent.
  void deserialize(std::istream& in);

  int numParts() const { return static_cast<int>(initial_.size() / 2); }

  // Landmarks for a face in `box` (the detector's box convention) on an
  // 8-bit gray image. Requires a 68-part model.
  Landmarks fit(const cv::Mat& gray, const Rect& box) const;

 private:
  struct Split {
    std::uint32_t first = 0, second = 0;  // feature indices
    float threshold = 0;
  };
  struct Level {
    std::vector<std::uint32_t> anchors;  // landmark each feature pixel hangs off
    std::vector<float> deltaX, deltaY;   // its offset from that landmark, in the initial shape's frame
  };
  struct FreeDeleter {
    void operator()(float* p) const;
  };

  void readLevel(std::istream& in, std::size_t level, std::size_t levels);

  std::vector<float> initial_;  // x0, y0, x1, y1, ... relative to the box
  std::vector<Level> levels_;
  std::size_t treesPerLevel_ = 0;
  std::size_t splitsPerTree_ = 0;                 // complete binary trees: leaves = splits + 1
  std::vector<Split> splits_;                     // [level][tree][split]
  std::unique_ptr<float[], FreeDeleter> leaves_;  // [level][tree][leaf][coordinate]
  std::size_t leafFloats_ = 0;
};

}  // namespace marionette::face_detail
