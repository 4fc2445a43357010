#pragma once

// Helpers shared by the face adapter tests. Images come in through OpenCV
// and video frames through the ffmpeg command-line tool, so these tests do
// not depend on the project's own media library.

#include <gtest/gtest.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/base/image.h"
#include "core/base/landmarks.h"
#include "core/face/landmark_model.h"
#include "tests/support/test_media.h"

namespace marionette::testing {

// An 8-bit BGR (OpenCV's order) or gray Mat as an RGB Image.
inline Image toRgbImage(const cv::Mat& mat) {
  cv::Mat rgb;
  if (mat.channels() == 1) {
    cv::cvtColor(mat, rgb, cv::COLOR_GRAY2RGB);
  } else {
    cv::cvtColor(mat, rgb, cv::COLOR_BGR2RGB);
  }
  Image image = Image::make(rgb.cols, rgb.rows, 3);
  for (int y = 0; y < rgb.rows; ++y) std::copy_n(rgb.ptr<std::uint8_t>(y), image.stride(), image.row(y));
  return image;
}

inline Image loadRgb(const std::string& path) { return toRgbImage(cv::imread(path, cv::IMREAD_COLOR)); }

// A 1024x512 picture of two people: s42 (512x512, a large face) on the left
// and s12 (375x500, a smaller face) on the right. Empty when media is absent.
inline Image twoFaceImage() {
  const std::string large = sharedMedia("portraits/liveportrait-s42.jpg");
  const std::string small = sharedMedia("portraits/liveportrait-s12.jpg");
  if (large.empty() || small.empty()) return {};
  cv::Mat canvas(512, 1024, CV_8UC3, cv::Scalar(90, 90, 90));
  cv::imread(large).copyTo(canvas(cv::Rect(0, 0, 512, 512)));
  cv::imread(small).copyTo(canvas(cv::Rect(512 + 68, 6, 375, 500)));
  return toRgbImage(canvas);
}

inline Image uniformImage(int width, int height, std::uint8_t value) {
  Image image = Image::make(width, height, 3);
  std::fill(image.pixels.begin(), image.pixels.end(), value);
  return image;
}

// The 68-point model, loaded once per test binary: loading takes ~0.4 s.
// Fails the calling test (and returns null) when the model cannot be loaded.
inline std::shared_ptr<const LandmarkModel> sharedModel() {
  static const Result<std::shared_ptr<const LandmarkModel>> model = LandmarkModel::load(LandmarkModel::defaultPath());
  if (!model.ok()) {
    ADD_FAILURE() << model.error().message;
    return nullptr;
  }
  return model.value();
}

// The first `count` frames of a video as PNG files in `dir`, in order.
inline std::vector<std::string> extractFrames(const std::string& video, int count, const TempDir& dir) {
  const std::string command = "ffmpeg -nostdin -v error -i '" + video + "' -frames:v " + std::to_string(count) + " '" +
                              dir.file("frame%03d.png") + "'";
  if (std::system(command.c_str()) != 0) return {};
  std::vector<std::string> frames;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) frames.push_back(entry.path().string());
  std::sort(frames.begin(), frames.end());
  return frames;
}

inline Vec2 meanPoint(const Landmarks& l, int first, int last) {
  Vec2 sum;
  for (int i = first; i <= last; ++i) sum = sum + l[i];
  return sum * (1.0 / (last - first + 1));
}

inline Vec2 rightEye(const Landmarks& l) { return meanPoint(l, 36, 41); }  // the subject's right, image left
inline Vec2 leftEye(const Landmarks& l) { return meanPoint(l, 42, 47); }
inline Vec2 mouthCentre(const Landmarks& l) { return meanPoint(l, 48, 67); }
inline double interOcular(const Landmarks& l) { return (leftEye(l) - rightEye(l)).norm(); }

inline double meanDistance(const Landmarks& a, const Landmarks& b) {
  double sum = 0;
  for (int i = 0; i < kLandmarkCount; ++i) sum += (a[i] - b[i]).norm();
  return sum / kLandmarkCount;
}

}  // namespace marionette::testing
