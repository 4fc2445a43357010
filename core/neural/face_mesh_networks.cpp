#include "core/neural/face_mesh_networks.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/neural/blas_threads.h"
#include "core/neural/graph_model.h"

namespace marionette {

namespace {

constexpr int kDetectorSize = 256;
constexpr int kMeshSize = 192;
constexpr int kIrisSize = 64;
constexpr int kIrisOutputPoints = 76;  // 71 on lids and brows, then the 5 of the iris
constexpr int kIrisFirstIrisPoint = 71;
// How much larger than its corner-to-corner span an eye's crop is.
constexpr double kEyeRegionScale = 2.3;

// Samples a rotated square of `frame` into an RGB float tensor (1, size,
// size, 3), bilinearly, black outside the frame, values scaled by `gain`
// and shifted by `offset`; when `mirror`, left and right swap.
void sampleRegion(const Image& frame, const RotatedSquare& region, int size, float gain, float offset, bool mirror,
                  float* out) {
  const double c = std::cos(region.rotation), s = std::sin(region.rotation);
  const double step = region.size / size;
  for (int row = 0; row < size; ++row) {
    for (int column = 0; column < size; ++column) {
      const double u = ((mirror ? size - 1 - column : column) + 0.5) * step - region.size / 2;
      const double v = (row + 0.5) * step - region.size / 2;
      const double x = region.center.x + c * u - s * v - 0.5;
      const double y = region.center.y + s * u + c * v - 0.5;
      const int x0 = static_cast<int>(std::floor(x)), y0 = static_cast<int>(std::floor(y));
      const double fx = x - x0, fy = y - y0;
      float rgb[3] = {0, 0, 0};
      for (int dy = 0; dy < 2; ++dy) {
        const int yy = y0 + dy;
        if (yy < 0 || yy >= frame.height) continue;
        const double wy = dy ? fy : 1 - fy;
        for (int dx = 0; dx < 2; ++dx) {
          const int xx = x0 + dx;
          if (xx < 0 || xx >= frame.width) continue;
          const double w = wy * (dx ? fx : 1 - fx);
          const std::uint8_t* pixel = frame.row(yy) + static_cast<std::size_t>(xx) * frame.channels;
          for (int k = 0; k < 3; ++k) rgb[k] += static_cast<float>(w * pixel[frame.channels == 3 ? k : 0]);
        }
      }
      float* target = out + (static_cast<std::size_t>(row) * size + column) * 3;
      for (int k = 0; k < 3; ++k) target[k] = rgb[k] * gain + offset;
    }
  }
}

double intersectionOverUnion(const Rect& a, const Rect& b) {
  const double x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
  const double x1 = std::min(a.x + a.width, b.x + b.width), y1 = std::min(a.y + a.height, b.y + b.height);
  const double overlap = std::max(0.0, x1 - x0) * std::max(0.0, y1 - y0);
  const double total = a.area() + b.area() - overlap;
  return total > 0 ? overlap / total : 0;
}

// BlazeFace's anchors: a 16x16 grid with two per cell, then 8x8 with six.
std::vector<Vec2> detectorAnchors() {
  std::vector<Vec2> anchors;
  const int strides[2] = {16, 32};
  const int perCell[2] = {2, 6};
  for (int level = 0; level < 2; ++level) {
    const int cells = kDetectorSize / strides[level];
    for (int y = 0; y < cells; ++y)
      for (int x = 0; x < cells; ++x)
        for (int n = 0; n < perCell[level]; ++n)
          anchors.push_back({strides[level] * (x + 0.5), strides[level] * (y + 0.5)});
  }
  return anchors;
}

// The networks run on one intra-op thread whatever the caller's setting:
// their convolutions sum in another order on two threads, and the same
// portrait must give the same landmarks in the editor and the command line
// (one thread is also faster for networks this small). Switching the thread
// count rebuilds OpenMP's team, so it is not switched back: the calling
// thread stays single-threaded, as the renderers run anyway.
void runSingleThreaded() {
  if (at::get_num_threads() != 1) at::set_num_threads(1);
}

class TorchFaceMeshNetworks final : public FaceMeshNetworks {
 public:
  TorchFaceMeshNetworks(std::unique_ptr<GraphModel> detector, std::unique_ptr<GraphModel> mesh,
                        std::unique_ptr<GraphModel> iris)
      : detector_(std::move(detector)), mesh_(std::move(mesh)), iris_(std::move(iris)), anchors_(detectorAnchors()) {}

  std::vector<FaceCandidate> detect(const Image& frame, double minimumScore) const override {
    if (frame.empty()) return {};
    runSingleThreaded();
    // The whole frame, letterboxed into the detector's square.
    RotatedSquare whole{
        {frame.width / 2.0, frame.height / 2.0}, static_cast<double>(std::max(frame.width, frame.height)), 0};
    torch::Tensor input = torch::empty({1, kDetectorSize, kDetectorSize, 3});
    sampleRegion(frame, whole, kDetectorSize, 1.0f / 127.5f, -1.0f, false, input.data_ptr<float>());
    std::vector<torch::Tensor> outputs = detector_->run(input, detector_->outputNames());
    // Two scores and two regressions, told apart by size: 384 or 512 anchors,
    // 1 or 16 values each; the 512 finer anchors come first.
    std::sort(outputs.begin(), outputs.end(), [](const auto& a, const auto& b) { return a.numel() < b.numel(); });
    torch::Tensor scores = torch::cat({outputs[1].reshape({-1}), outputs[0].reshape({-1})});
    torch::Tensor boxes = torch::cat({outputs[3].reshape({-1, 16}), outputs[2].reshape({-1, 16})});
    const float* score = scores.data_ptr<float>();
    const float* box = boxes.contiguous().data_ptr<float>();
    std::vector<FaceCandidate> candidates;
    const auto n = static_cast<std::size_t>(scores.size(0));
    for (std::size_t i = 0; i < n && i < anchors_.size(); ++i) {
      const double probability = 1 / (1 + std::exp(-std::clamp<double>(score[i], -100, 100)));
      if (probability < minimumScore) continue;
      const float* b = box + i * 16;
      auto toImage = [&](double x, double y) { return whole.toImage({x / kDetectorSize, y / kDetectorSize}); };
      const Vec2 center = toImage(anchors_[i].x + b[0], anchors_[i].y + b[1]);
      const double scale = whole.size / kDetectorSize;
      FaceCandidate candidate;
      candidate.box = {center.x - b[2] * scale / 2, center.y - b[3] * scale / 2, b[2] * scale, b[3] * scale};
      for (int k = 0; k < 6; ++k) {
        candidate.keypoints[static_cast<std::size_t>(k)] =
            toImage(anchors_[i].x + b[4 + 2 * k], anchors_[i].y + b[5 + 2 * k]);
      }
      candidate.score = probability;
      candidates.push_back(candidate);
    }
    // Overlapping detections of one face are averaged, weighted by score
    // (steadier than keeping the best one alone).
    std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    std::vector<FaceCandidate> faces;
    std::vector<bool> used(candidates.size(), false);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      if (used[i]) continue;
      FaceCandidate merged = candidates[i];
      double weight = 0;
      Rect sum{};
      std::array<Vec2, 6> keypoints{};
      for (std::size_t j = i; j < candidates.size(); ++j) {
        if (used[j] || intersectionOverUnion(candidates[i].box, candidates[j].box) < 0.3) continue;
        used[j] = true;
        const double w = candidates[j].score;
        weight += w;
        sum.x += w * candidates[j].box.x, sum.y += w * candidates[j].box.y;
        sum.width += w * candidates[j].box.width, sum.height += w * candidates[j].box.height;
        for (std::size_t k = 0; k < 6; ++k) keypoints[k] = keypoints[k] + candidates[j].keypoints[k] * w;
      }
      merged.box = {sum.x / weight, sum.y / weight, sum.width / weight, sum.height / weight};
      for (std::size_t k = 0; k < 6; ++k) merged.keypoints[k] = keypoints[k] * (1 / weight);
      faces.push_back(merged);
    }
    return faces;
  }

  FaceMesh mesh(const Image& frame, const RotatedSquare& region, bool withIrises) const override {
    FaceMesh result;
    result.region = region;
    if (frame.empty() || region.size <= 0) return result;
    runSingleThreaded();
    torch::Tensor input = torch::empty({1, kMeshSize, kMeshSize, 3});
    sampleRegion(frame, region, kMeshSize, 1.0f / 255.0f, 0.0f, false, input.data_ptr<float>());
    std::vector<torch::Tensor> outputs = mesh_->run(input, {"Identity_2", "Identity_1"});
    const float* points = outputs[0].contiguous().data_ptr<float>();
    result.confidence = outputs[1].reshape({-1})[0].item<float>();
    const double depthScale = region.size / kMeshSize;
    for (int i = 0; i < kMeshPointCount; ++i) {
      const float* p = points + 3 * i;
      const Vec2 at = region.toImage({p[0] / kMeshSize, p[1] / kMeshSize});
      result.points[static_cast<std::size_t>(i)] = {at.x, at.y, p[2] * depthScale};
    }
    if (withIrises) addIrises(frame, result);
    return result;
  }

  // Runs the iris network on both eyes in one batch. It was trained on one
  // eye's appearance; the other is mirrored in and its points mirrored back.
  void addIrises(const Image& frame, FaceMesh& mesh) const override {
    runSingleThreaded();
    const int corners[2][2] = {{mesh_index::kRightEyeOuter, mesh_index::kRightEyeInner},
                               {mesh_index::kLeftEyeInner, mesh_index::kLeftEyeOuter}};
    RotatedSquare regions[2];
    torch::Tensor input = torch::empty({2, kIrisSize, kIrisSize, 3});
    for (int eye = 0; eye < 2; ++eye) {
      const Vec3 a = mesh.points[static_cast<std::size_t>(corners[eye][0])];
      const Vec3 b = mesh.points[static_cast<std::size_t>(corners[eye][1])];
      const double span = std::hypot(b.x - a.x, b.y - a.y);
      regions[eye] = {{(a.x + b.x) / 2, (a.y + b.y) / 2}, span * kEyeRegionScale, std::atan2(b.y - a.y, b.x - a.x)};
      sampleRegion(frame, regions[eye], kIrisSize, 1.0f / 255.0f, 0.0f, eye == kMirroredEye,
                   input.data_ptr<float>() + static_cast<std::size_t>(eye) * kIrisSize * kIrisSize * 3);
    }
    torch::Tensor output = iris_->run(input, {iris_->outputNames().front()})[0].reshape({2, kIrisOutputPoints, 3});
    const float* values = output.contiguous().data_ptr<float>();
    for (int eye = 0; eye < 2; ++eye) {
      const double depthScale = regions[eye].size / kIrisSize;
      for (int k = 0; k < kIrisPointCount; ++k) {
        const float* p = values + (static_cast<std::size_t>(eye) * kIrisOutputPoints + kIrisFirstIrisPoint + k) * 3;
        const double x = eye == kMirroredEye ? kIrisSize - p[0] : p[0];
        const Vec2 at = regions[eye].toImage({x / kIrisSize, p[1] / kIrisSize});
        mesh.irises[static_cast<std::size_t>(eye)][static_cast<std::size_t>(k)] = {at.x, at.y, p[2] * depthScale};
      }
    }
    mesh.hasIrises = true;
  }

 private:
  static constexpr int kMirroredEye = 1;
  std::unique_ptr<GraphModel> detector_, mesh_, iris_;
  std::vector<Vec2> anchors_;
};

}  // namespace

Result<std::unique_ptr<FaceMeshNetworks>> loadFaceMeshNetworks(const std::string& folder, const std::string& device) {
  keepBlasSingleThreaded();
  auto detector = GraphModel::load(folder + "/blazeface.json", device);
  if (!detector) return detector.error();
  auto mesh = GraphModel::load(folder + "/facemesh.json", device);
  if (!mesh) return mesh.error();
  auto iris = GraphModel::load(folder + "/iris.json", device);
  if (!iris) return iris.error();
  return std::unique_ptr<FaceMeshNetworks>(
      new TorchFaceMeshNetworks(std::move(*detector), std::move(*mesh), std::move(*iris)));
}

}  // namespace marionette
