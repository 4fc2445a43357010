// Prints the costs of the foundation's stages on 2 CPU cores: image load, face
// detection, landmarks, pose + expression fit, decoding, and the whole
// tracking + extraction pass over a 512x512 clip. Medians over repeated runs.
//
// usage: bench_foundation [SHARED_MEDIA_DIR]
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/face/face_detector.h"
#include "core/media/image_io.h"
#include "core/media/video_reader.h"
#include "core/motion/motion_extractor.h"
#include "core/pipeline/track_video.h"
#include "core/render/face_mesh_loading.h"
#include "tests/bench/bench_timing.h"

using namespace marionette;
using bench::medianSeconds;

namespace {

int fail(const std::string& message) {
  std::fprintf(stderr, "bench_foundation: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path media = argc > 1 ? argv[1] : MARIONETTE_SHARED_DIR "/media";
  const std::string portrait = (media / "portraits/liveportrait-s42.jpg").string();
  const std::string clip = (media / "driving/liveportrait-d3.mp4").string();
  if (!std::filesystem::exists(portrait) || !std::filesystem::exists(clip))
    return fail("shared media not found under " + media.string());

  double modelLoad = 0;
  std::shared_ptr<const FaceAnalyzer> model;
  modelLoad = medianSeconds(1, [&] {
    auto loaded = loadTrackingAnalyzer();
    if (loaded) model = *loaded;
  });
  if (!model) return fail("cannot load the face models");

  Image image;
  double load = medianSeconds(21, [&] { image = loadImage(portrait)->image; });
  std::vector<FaceObservation> faces;
  double detect = medianSeconds(11, [&] { faces = model->detectAll(image); });
  if (faces.empty()) return fail("no face in " + portrait);
  // The tracker's steady state: mesh and both irises from the previous frame's region.
  auto tracker = model->startTracking(TrackerOptions{});
  std::int64_t frameNumber = 0;
  double landmarks = medianSeconds(201, [&] {
    TrackedFrame tracked = tracker->track(image, Rational(frameNumber++, 30));
    if (tracked.face) faces[0] = *tracked.face;
  });
  MotionExtractor extractor;
  const ImageFrame frame{image.width, image.height};
  MotionSample sample;
  double fit = medianSeconds(2001, [&] { sample = *extractor.extract(faces[0].landmarks, frame); });
  // The checksum keeps the optimiser from dropping work whose result is unused.
  volatile double checksum = 0;
  double decodeLandmarksTime = medianSeconds(2001, [&] {
    Landmarks out = decodeLandmarks(extractor.model(), sample.motion.expression, sample.motion.pose, frame);
    checksum = checksum + out[30].x;
  });

  std::int64_t frames = 0;
  double decode = medianSeconds(3, [&] {
    auto reader = VideoReader::open(clip, PixelLayout::Rgb);
    frames = 0;
    while (true) {
      auto next = (*reader)->next();
      if (!next || !next->has_value()) break;
      ++frames;
    }
  });
  TrackVideoReport report;
  double tracking = medianSeconds(3, [&] { (void)trackVideo(clip, model, {}, {}, &report); });

  std::printf("foundation benchmark (%s, %dx%d portrait; %s, %lld frames)\n", portrait.c_str(), image.width,
              image.height, clip.c_str(), static_cast<long long>(frames));
  std::printf("  face models load (module+graphs)%7.1f ms (once)\n", modelLoad * 1e3);
  std::printf("  image load (JPEG 512x512)     %8.2f ms\n", load * 1e3);
  std::printf("  face detection (still, settled) %7.2f ms\n", detect * 1e3);
  std::printf("  tracking step (mesh + irises)  %8.3f ms\n", landmarks * 1e3);
  std::printf("  pose + expression fit         %8.1f us\n", fit * 1e6);
  std::printf("  decode to landmarks           %8.2f us  (%.0f fps)\n", decodeLandmarksTime * 1e6,
              1 / decodeLandmarksTime);
  std::printf("  video decode (RGB)            %8.0f fps\n", frames / decode);
  std::printf("  tracking + extraction         %8.0f fps  (%d re-detections in %d frames; target >= 150 fps)\n",
              report.framesRead / tracking, report.redetections, report.framesRead);
  return 0;
}
