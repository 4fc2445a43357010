#include "core/pipeline/track_video.h"

#include <chrono>

#include "core/media/video_reader.h"
#include "core/motion/motion_extractor.h"

namespace marionette {

Result<MotionTrack> trackVideo(const std::string& path, std::shared_ptr<const FaceAnalyzer> model,
                               const TrackVideoOptions& options, const TrackProgress& progress,
                               TrackVideoReport* report) {
  auto started = std::chrono::steady_clock::now();
  // Colour: the mesh networks were trained on it.
  auto reader = VideoReader::open(path, PixelLayout::Rgb);
  if (!reader) return reader.error();
  const VideoInfo& info = (*reader)->info();
  MotionTrack track;
  track.frameRate = info.frameRate;
  track.width = info.width;
  track.height = info.height;
  std::unique_ptr<VideoFaceTracker> tracker = model->startTracking(options.tracker);
  MotionExtractor extractor(model->landmarkShape());
  const ImageFrame frame{info.width, info.height};
  TrackVideoReport local;
  while (true) {
    auto next = (*reader)->next();
    if (!next) return next.error();
    if (!next->has_value()) break;
    const VideoFrame& video = **next;
    TrackedFrame tracked = tracker->track(video.image, video.time);
    MotionFrame out;
    out.time = video.time;
    if (tracked.redetected) ++local.redetections;
    if (tracked.face) {
      auto sample = extractor.extract(*tracked.face, frame);
      if (sample) {
        out.motion = sample->motion;
        out.confidence = sample->confidence;
      } else {
        out.faceLost = true;
      }
    } else {
      out.faceLost = true;
    }
    if (out.faceLost) ++local.framesWithoutFace;
    track.frames.push_back(out);
    ++local.framesRead;
    if (progress && !progress(local.framesRead, info.frameCount)) return makeError("cancelled");
  }
  if (track.frames.empty()) return makeError("'" + path + "' contains no video frames");
  if (!fillLostFrames(track)) return makeError("no face found in any frame of '" + path + "'");
  local.warnings = (*reader)->warnings();
  local.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (report) *report = local;
  return track;
}

}  // namespace marionette
