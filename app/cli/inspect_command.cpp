#include <cstdio>
#include <iostream>

#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/model_loading.h"
#include "app/cli/stale_partials.h"
#include "core/base/atomic_file.h"
#include "core/media/draw.h"
#include "core/media/image_io.h"
#include "core/motion/canonical_face.h"
#include "core/motion/motion_json.h"
#include "core/pipeline/analyze_portrait.h"

namespace marionette::cli {

namespace {

constexpr const char* kUsage =
    "marionette-cli inspect IMAGE [--json] [--overlay OUT.png] [--face N] [--model DIR] [--force]";

nlohmann::json faceToJson(const FaceObservation& face) {
  nlohmann::json points = nlohmann::json::array();
  for (const Vec2& p : face.landmarks) points.push_back({p.x, p.y});
  return {{"box", {face.box.x, face.box.y, face.box.width, face.box.height}},
          {"score", face.detectionScore},
          {"landmarks", points}};
}

void drawOverlay(Image& image, const FaceObservation& face, const HeadPose& pose, const FaceShape3D& model) {
  const ImageFrame frame{image.width, image.height};
  double size = std::max(1.0, pose.scale / 60.0);
  drawRect(image, face.box, size, {255, 220, 0});
  for (const Vec2& p : face.landmarks) drawPoint(image, p, 1.5 * size, {0, 255, 80});
  // Axes from the point between the eyes: x red, y green, z (towards the camera) blue.
  Vec3 origin = (model[27] + model[39] + model[42]) * (1.0 / 3);
  Vec2 o = projectPoint(origin, pose, frame);
  drawLine(image, o, projectPoint(origin + Vec3{0.6, 0, 0}, pose, frame), 2 * size, {255, 40, 40});
  drawLine(image, o, projectPoint(origin + Vec3{0, -0.6, 0}, pose, frame), 2 * size, {40, 255, 40});
  drawLine(image, o, projectPoint(origin + Vec3{0, 0, -0.6}, pose, frame), 2 * size, {60, 120, 255});
}

void printText(const std::string& path, const LoadedImage& loaded, const std::vector<FaceObservation>& faces,
               int chosen, const MotionSample& sample) {
  const FaceObservation& face = faces[chosen];
  EulerAngles e = sample.motion.pose.euler();
  std::printf("%s: %dx%d %s\n", path.c_str(), loaded.image.width, loaded.image.height, loaded.format.c_str());
  for (const std::string& note : loaded.notes) std::printf("note: %s\n", note.c_str());
  std::printf("faces: %zu (using face %d)\n", faces.size(), chosen);
  for (std::size_t i = 0; i < faces.size(); ++i)
    std::printf("  face %zu: box %.0f,%.0f %.0fx%.0f score %.2f\n", i, faces[i].box.x, faces[i].box.y,
                faces[i].box.width, faces[i].box.height, faces[i].detectionScore);
  std::printf("pose: yaw %.1f pitch %.1f roll %.1f (degrees) tx %.3f ty %.3f scale %.1f px/unit\n", e.yaw, e.pitch,
              e.roll, sample.motion.pose.tx, sample.motion.pose.ty, sample.motion.pose.scale);
  std::printf("fit confidence: %.2f\n", sample.confidence);
  std::printf("expression:");
  auto readings = readChannels(sample.motion.expression);
  for (const auto& d : expressionChannels())
    std::printf(" %.*s %.2f", static_cast<int>(d.id.size()), d.id.data(), readings[static_cast<int>(d.channel)]);
  std::printf("\nlandmarks:");
  for (int i = 0; i < kLandmarkCount; ++i)
    std::printf("%s%.1f,%.1f", i % 8 ? " " : "\n  ", face.landmarks[i].x, face.landmarks[i].y);
  std::printf("\n");
}

}  // namespace

int runInspect(const std::vector<std::string>& words, const StopSignals& stop) {
  auto args = Arguments::parse(words, {"--overlay", "--face", "--model"}, {"--json", "--force"});
  if (!args) return fail(kExitUsage, args.error().message + "; usage: " + kUsage);
  if (args->positionals().size() != 1)
    return fail(kExitUsage, std::string("inspect takes one image; usage: ") + kUsage);
  auto faceIndex = args->integer("--face", 0, 0, 1000);
  if (!faceIndex) return fail(kExitUsage, faceIndex.error().message);
  const std::string& path = args->positionals()[0];
  auto overlayPath = args->value("--overlay");
  if (overlayPath) {
    if (auto ok = checkOutputPath(*overlayPath, args->flag("--force"), {path}); !ok)
      return fail(kExitFailure, ok.error().message);
    removeStalePartialsOf(*overlayPath);
  }

  auto loaded = loadImage(path);
  if (!loaded) return fail(kExitFailure, loaded.error().message);
  auto model = startLoadingTracker(stop, args->value("--model")).get();
  if (!model) return stop.reportStopped();
  if (!*model) return fail(kExitFailure, model->error().message);
  auto analysis = analyzePortrait(loaded->image, **model, *faceIndex);
  if (stop.requested()) return stop.reportStopped();
  if (!analysis) return fail(kExitFailure, "'" + path + "': " + analysis.error().message);
  const std::vector<FaceObservation>& faces = analysis->faces;
  const FaceObservation* face = &analysis->face;
  const MotionSample* sample = &analysis->motion;

  if (args->flag("--json")) {
    nlohmann::json faceList = nlohmann::json::array();
    for (const auto& f : faces) faceList.push_back(faceToJson(f));
    nlohmann::json out = {{"image", path},
                          {"width", loaded->image.width},
                          {"height", loaded->image.height},
                          {"format", loaded->format},
                          {"notes", loaded->notes},
                          {"faces", faceList},
                          {"chosenFace", *faceIndex},
                          {"pose", poseToJson(sample->motion.pose)},
                          {"expression", expressionToJson(sample->motion.expression)},
                          {"confidence", sample->confidence}};
    std::cout << out.dump(2) << "\n";
  } else {
    printText(path, *loaded, faces, *faceIndex, *sample);
  }

  if (overlayPath) {
    Image overlay = loaded->image;
    overlay.alpha.clear();
    drawOverlay(overlay, *face, sample->motion.pose, canonicalFace());
    if (auto saved = saveImage(overlay, *overlayPath); !saved) return fail(kExitFailure, saved.error().message);
  }
  return kExitOk;
}

}  // namespace marionette::cli
