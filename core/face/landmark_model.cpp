#include "core/face/landmark_model.h"

#include <dlib/matrix.h>
#include <dlib/serialize.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>

#include "core/base/file_check.h"
#include "core/base/landmarks.h"
#include "core/face/dlib_landmark_model.h"

namespace marionette {
namespace face_detail {

DlibLandmarkModel::DlibLandmarkModel(std::string path, FastShapePredictor predictor,
                                     dlib::frontal_face_detector detector, std::vector<Vec2> meanShape)
    : path_(std::move(path)),
      predictor_(std::move(predictor)),
      detector_(std::move(detector)),
      meanShape_(std::move(meanShape)) {}

const DlibLandmarkModel& asDlibModel(const std::shared_ptr<const LandmarkModel>& model) {
  const auto* dlibModel = dynamic_cast<const DlibLandmarkModel*>(model.get());
  if (dlibModel == nullptr) throw std::invalid_argument("the face adapter needs a model made by LandmarkModel::load");
  return *dlibModel;
}

}  // namespace face_detail

namespace {

constexpr const char* kDefaultModelPath = "/usr/share/dlib/shape_predictor_68_face_landmarks.dat";
constexpr const char* kModelPathVariable = "MARIONETTE_LANDMARK_MODEL";
// dlib's shape_predictor has written format version 1 since it was introduced.
constexpr int kPredictorFormatVersion = 1;
constexpr std::size_t kReadBufferBytes = std::size_t{1} << 20;

// dlib's exception texts span several indented lines; our errors are one line.
std::string oneLine(const std::string& text) {
  std::string out;
  bool pendingSpace = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += c;
  }
  return out;
}

Error corrupt(const std::string& path, const std::string& why) {
  return makeError("landmark model '" + path + "' is unreadable or corrupt: " + oneLine(why));
}

// dlib stores the mean shape relative to the detector's box, and the chin
// hangs below it (y reaches ~1.07). One uniform scale keeps the proportions
// and fits the shape into [0,1]², centred along its shorter side.
std::vector<Vec2> normalisedToUnitBox(std::vector<Vec2> shape) {
  Vec2 lo = shape.front(), hi = shape.front();
  for (const Vec2& p : shape) {
    lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
    hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
  }
  const double extent = std::max(hi.x - lo.x, hi.y - lo.y);
  if (extent <= 0) return shape;
  const Vec2 pad{(extent - (hi.x - lo.x)) / 2, (extent - (hi.y - lo.y)) / 2};
  for (Vec2& p : shape) p = (p - lo + pad) * (1.0 / extent);
  return shape;
}

// The serialized predictor opens with its format version and the initial
// (mean) shape; reading just these two lets us check the landmark count and
// keep the mean shape, which shape_predictor does not expose.
Result<std::vector<Vec2>> readMeanShape(std::istream& in, const std::string& path) {
  int version = 0;
  dlib::matrix<float, 0, 1> initialShape;
  dlib::deserialize(version, in);
  if (version != kPredictorFormatVersion) {
    return corrupt(path, "not a dlib shape predictor (format version " + std::to_string(version) + ")");
  }
  dlib::deserialize(initialShape, in);
  if (initialShape.size() != 2 * kLandmarkCount) {
    return makeError("landmark model '" + path + "' has " + std::to_string(initialShape.size() / 2) +
                     " points; Marionette needs the 68-point model");
  }
  std::vector<Vec2> shape(kLandmarkCount);
  for (int i = 0; i < kLandmarkCount; ++i) shape[i] = {initialShape(2 * i), initialShape(2 * i + 1)};
  return normalisedToUnitBox(std::move(shape));
}

Result<std::shared_ptr<const LandmarkModel>> loadChecked(const std::string& path) {
  std::vector<char> buffer(kReadBufferBytes);
  std::ifstream in;
  in.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  in.open(path, std::ios::binary);
  if (!in) return corrupt(path, "cannot open the file");

  Result<std::vector<Vec2>> meanShape = readMeanShape(in, path);
  if (!meanShape) return meanShape.error();

  // Unpacking dlib's built-in HOG detector takes about as long as reading the
  // predictor (~0.6 s each here), so the two run side by side. It starts only
  // once the header looks right, so a wrong file fails without waiting.
  auto detector = std::async(std::launch::async, [] { return dlib::get_frontal_face_detector(); });

  in.clear();
  in.seekg(0);
  face_detail::FastShapePredictor predictor;
  predictor.deserialize(in);
  if (predictor.numParts() != kLandmarkCount) {
    return makeError("landmark model '" + path + "' has " + std::to_string(predictor.numParts()) +
                     " points; Marionette needs the 68-point model");
  }
  return std::shared_ptr<const LandmarkModel>(std::make_shared<face_detail::DlibLandmarkModel>(
      path, std::move(predictor), detector.get(), std::move(meanShape).value()));
}

}  // namespace

std::string LandmarkModel::defaultPath() {
  const char* overridden = std::getenv(kModelPathVariable);
  return (overridden != nullptr && *overridden != '\0') ? std::string(overridden) : std::string(kDefaultModelPath);
}

Result<std::shared_ptr<const LandmarkModel>> LandmarkModel::load(const std::string& path) {
  if (fileKindOf(path) == FileKind::Missing) {
    return makeError("landmark model not found: '" + path +
                     "' (install Debian's libdlib-data or pass evaluate --reader PATH)");
  }
  // A named pipe would block the read below and a device never end.
  if (auto regular = checkRegularFile(path, "a landmark model"); !regular) return regular.error();
  // dlib reports bad input by throwing; this is the adapter edge where those
  // become ordinary errors. A garbage length field can also surface as bad_alloc.
  try {
    return loadChecked(path);
  } catch (const dlib::serialization_error& e) {
    return corrupt(path, e.what());
  } catch (const dlib::error& e) {
    return corrupt(path, e.what());
  } catch (const std::bad_alloc&) {
    return corrupt(path, "implausible sizes in the file");
  } catch (const std::exception& e) {
    return corrupt(path, e.what());
  }
}

std::shared_future<Result<std::shared_ptr<const LandmarkModel>>> LandmarkModel::loadAsync(const std::string& path) {
  return std::async(std::launch::async, [path] { return load(path); }).share();
}

}  // namespace marionette
