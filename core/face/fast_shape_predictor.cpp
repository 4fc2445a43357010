#include "core/face/fast_shape_predictor.h"

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/serialize.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <new>
#include <string>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace marionette::face_detail {

namespace {

// Limits far above any dlib model (68 points: 15 levels of 500 depth-4
// trees) that keep a corrupt file from requesting absurd allocations.
constexpr std::size_t kMaxLevels = 100;
constexpr std::size_t kMaxTrees = 10000;
constexpr std::size_t kMaxSplits = 1023;
constexpr std::size_t kMaxFeatures = 100000;
// dlib's format version for shape_predictor.
constexpr int kFormatVersion = 1;
constexpr std::size_t kHugePage = std::size_t{2} << 20;
// How many trees ahead the summing loop prefetches: enough to cover a memory
// round trip with the ~140 additions each tree takes.
constexpr std::size_t kPrefetchAhead = 6;
constexpr std::size_t kFloatsPerCacheLine = 16;

void check(bool ok, const std::string& what) {
  if (!ok) throw dlib::serialization_error("malformed shape predictor: " + what);
}

// The least-squares similarity (rotation and scale) taking `from` onto `to`,
// as the 2x2 matrix [[c, -s], [s, c]]: what dlib's find_tform_between_shapes
// computes, in closed form.
struct Similarity {
  float c = 1, s = 0;
};

Similarity similarityBetween(const std::vector<float>& from, const float* to, std::size_t count) {
  double fx = 0, fy = 0, tx = 0, ty = 0;
  for (std::size_t i = 0; i < count; ++i)
    fx += from[2 * i], fy += from[2 * i + 1], tx += to[2 * i], ty += to[2 * i + 1];
  fx /= count, fy /= count, tx /= count, ty /= count;
  double dot = 0, cross = 0, norm = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const double ax = from[2 * i] - fx, ay = from[2 * i + 1] - fy;
    const double bx = to[2 * i] - tx, by = to[2 * i + 1] - ty;
    dot += ax * bx + ay * by;
    cross += ax * by - ay * bx;
    norm += ax * ax + ay * ay;
  }
  if (norm <= 0) return {};
  return {static_cast<float>(dot / norm), static_cast<float>(cross / norm)};
}

}  // namespace

void FastShapePredictor::FreeDeleter::operator()(float* p) const { std::free(p); }

void FastShapePredictor::deserialize(std::istream& in) {
  int version = 0;
  dlib::deserialize(version, in);
  check(version == kFormatVersion, "unexpected format version " + std::to_string(version));

  dlib::matrix<float, 0, 1> initial;
  dlib::deserialize(initial, in);
  check(initial.size() > 0 && initial.size() % 2 == 0, "bad initial shape");
  initial_.assign(initial.begin(), initial.end());

  // The forests are read one cascade level at a time so the scattered copy
  // dlib's types make never holds more than one level.
  unsigned long levels = 0;
  dlib::deserialize(levels, in);
  check(levels > 0 && levels <= kMaxLevels, "bad number of cascade levels");
  levels_.assign(levels, Level{});
  for (std::size_t level = 0; level < levels; ++level) readLevel(in, level, levels);

  std::vector<std::vector<unsigned long>> anchors;
  std::vector<std::vector<dlib::vector<float, 2>>> deltas;
  dlib::deserialize(anchors, in);
  dlib::deserialize(deltas, in);
  check(anchors.size() == levels && deltas.size() == levels, "feature tables do not match the cascade");
  for (std::size_t level = 0; level < levels; ++level) {
    const std::size_t features = anchors[level].size();
    check(features > 0 && features <= kMaxFeatures && deltas[level].size() == features, "bad feature table");
    Level& l = levels_[level];
    for (std::size_t i = 0; i < features; ++i) {
      check(anchors[level][i] < initial_.size() / 2, "feature anchored to a missing landmark");
      l.anchors.push_back(static_cast<std::uint32_t>(anchors[level][i]));
      l.deltaX.push_back(deltas[level][i].x());
      l.deltaY.push_back(deltas[level][i].y());
    }
    const Split* splits = splits_.data() + level * treesPerLevel_ * splitsPerTree_;
    for (std::size_t i = 0; i < treesPerLevel_ * splitsPerTree_; ++i) {
      check(splits[i].first < features && splits[i].second < features, "split on a missing feature");
    }
  }
}

void FastShapePredictor::readLevel(std::istream& in, std::size_t level, std::size_t levels) {
  std::vector<dlib::impl::regression_tree> forest;
  dlib::deserialize(forest, in);
  if (level == 0) {
    check(!forest.empty() && forest.size() <= kMaxTrees, "bad number of trees");
    treesPerLevel_ = forest.size();
    splitsPerTree_ = forest.front().splits.size();
    check(splitsPerTree_ > 0 && splitsPerTree_ <= kMaxSplits, "bad tree depth");
    splits_.reserve(levels * treesPerLevel_ * splitsPerTree_);
    leafFloats_ = levels * treesPerLevel_ * (splitsPerTree_ + 1) * initial_.size();
    // One block, aligned and advised for transparent huge pages: the fit's
    // scattered leaf reads then cost cache misses but few TLB misses.
    const std::size_t bytes = (leafFloats_ * sizeof(float) + kHugePage - 1) / kHugePage * kHugePage;
    leaves_.reset(static_cast<float*>(std::aligned_alloc(kHugePage, bytes)));
    if (!leaves_) throw std::bad_alloc();
#ifdef __linux__
    madvise(leaves_.get(), bytes, MADV_HUGEPAGE);
#endif
  }
  check(forest.size() == treesPerLevel_, "cascade levels differ in size");

  float* leaves = leaves_.get() + level * treesPerLevel_ * (splitsPerTree_ + 1) * initial_.size();
  for (const dlib::impl::regression_tree& tree : forest) {
    check(tree.splits.size() == splitsPerTree_ && tree.leaf_values.size() == splitsPerTree_ + 1,
          "trees differ in shape");
    for (const dlib::impl::split_feature& split : tree.splits) {
      splits_.push_back({static_cast<std::uint32_t>(split.idx1), static_cast<std::uint32_t>(split.idx2), split.thresh});
    }
    for (const dlib::matrix<float, 0, 1>& leaf : tree.leaf_values) {
      check(static_cast<std::size_t>(leaf.size()) == initial_.size(), "leaf size differs from the shape");
      leaves = std::copy(leaf.begin(), leaf.end(), leaves);
    }
  }
}

Landmarks FastShapePredictor::fit(const cv::Mat& gray, const Rect& box) const {
  constexpr std::size_t kCoordinates = 2 * kLandmarkCount;
  Landmarks landmarks{};
  if (initial_.size() != kCoordinates || gray.empty() || gray.type() != CV_8UC1) return landmarks;

  std::array<float, kCoordinates> shape;
  std::copy(initial_.begin(), initial_.end(), shape.begin());
  // dlib maps the unit square onto the box's inclusive corner pixels.
  const double left = box.x, top = box.y;
  const double spanX = box.width - 1, spanY = box.height - 1;
  const std::size_t leavesPerTree = splitsPerTree_ + 1;

  std::vector<float> features;
  std::vector<const float*> chosen(treesPerLevel_);
  for (std::size_t level = 0; level < levels_.size(); ++level) {
    const Level& l = levels_[level];
    const Similarity m = similarityBetween(initial_, shape.data(), kLandmarkCount);
    features.resize(l.anchors.size());
    for (std::size_t i = 0; i < features.size(); ++i) {
      const std::uint32_t a = l.anchors[i];
      const float px = m.c * l.deltaX[i] - m.s * l.deltaY[i] + shape[2 * a];
      const float py = m.s * l.deltaX[i] + m.c * l.deltaY[i] + shape[2 * a + 1];
      const long x = static_cast<long>(std::floor(left + px * spanX + 0.5));
      const long y = static_cast<long>(std::floor(top + py * spanY + 0.5));
      const bool inside = x >= 0 && y >= 0 && x < gray.cols && y < gray.rows;
      features[i] = inside ? gray.ptr<std::uint8_t>(static_cast<int>(y))[x] : 0.0f;
    }

    // Pass 1 picks every tree's leaf; the walks are independent, so the CPU
    // overlaps them, and the first line of each leaf is requested early.
    const Split* splits = splits_.data() + level * treesPerLevel_ * splitsPerTree_;
    const float* leaves = leaves_.get() + level * treesPerLevel_ * leavesPerTree * kCoordinates;
    for (std::size_t t = 0; t < treesPerLevel_; ++t) {
      const Split* tree = splits + t * splitsPerTree_;
      std::size_t node = 0;
      while (node < splitsPerTree_) {
        const Split& s = tree[node];
        node = features[s.first] - features[s.second] > s.threshold ? 2 * node + 1 : 2 * node + 2;
      }
      chosen[t] = leaves + (t * leavesPerTree + (node - splitsPerTree_)) * kCoordinates;
      __builtin_prefetch(chosen[t]);
    }
    // Pass 2 sums the leaves in dlib's order, fetching a few trees ahead.
    for (std::size_t t = 0; t < treesPerLevel_; ++t) {
      if (t + kPrefetchAhead < treesPerLevel_) {
        for (std::size_t k = 0; k < kCoordinates; k += kFloatsPerCacheLine) {
          __builtin_prefetch(chosen[t + kPrefetchAhead] + k);
        }
      }
      const float* leaf = chosen[t];
      for (std::size_t k = 0; k < kCoordinates; ++k) shape[k] += leaf[k];
    }
  }

  for (int i = 0; i < kLandmarkCount; ++i) landmarks[i] = {left + shape[2 * i] * spanX, top + shape[2 * i + 1] * spanY};
  return landmarks;
}

}  // namespace marionette::face_detail
