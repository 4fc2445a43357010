#include "core/pipeline/track_video.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

#include "core/media/video_reader.h"
#include "core/motion/motion_extractor.h"
#include "core/pipeline/bounded_queue.h"

namespace marionette {

namespace {

// One thread that runs the jobs it is given, in order: a thread per frame
// would pay thread start and OpenMP set-up every frame.
class SerialWorker {
 public:
  SerialWorker() : thread_([this] { loop(); }) {}
  ~SerialWorker() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
  }
  std::future<TrackedFrame> run(VideoFaceTracker::FinishFrame job) {
    std::packaged_task<TrackedFrame()> task(std::move(job));
    std::future<TrackedFrame> result = task.get_future();
    {
      std::lock_guard lock(mutex_);
      jobs_.push_back(std::move(task));
    }
    wake_.notify_one();
    return result;
  }

 private:
  void loop() {
    while (true) {
      std::packaged_task<TrackedFrame()> job;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job();
    }
  }
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::packaged_task<TrackedFrame()>> jobs_;
  bool stopping_ = false;
  std::thread thread_;
};

using DecodedFrame = Result<std::optional<VideoFrame>>;

// Frames decoded ahead on a thread of their own; the destructor stops it.
class DecodeAhead {
 public:
  // A few frames: enough to smooth out a slow one, little memory.
  static constexpr std::size_t kFramesAhead = 3;

  explicit DecodeAhead(VideoReader& reader)
      : frames_(kFramesAhead), thread_([this, &reader] {
          while (true) {
            DecodedFrame next = reader.next();
            const bool last = !next || !next->has_value();
            if (!frames_.push(std::move(next)) || last) break;
          }
          frames_.close();
        }) {}
  ~DecodeAhead() {
    frames_.discard();
    thread_.join();
  }

  // The next frame, the end (an empty optional), or the reader's error.
  DecodedFrame next() {
    std::optional<DecodedFrame> frame = frames_.pop();
    return frame ? std::move(*frame) : DecodedFrame(std::optional<VideoFrame>());
  }

 private:
  BoundedQueue<DecodedFrame> frames_;
  std::thread thread_;
};

}  // namespace

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
  // Each frame's tracking is split in two (VideoFaceTracker::trackInTwo):
  // the second part of frame N (the mesh tracker's irises and smoothing) runs
  // on a thread of its own while this one finds frame N+1's mesh, and frames
  // are decoded ahead on a third, so tracking keeps both cores busy.
  SerialWorker worker;
  DecodeAhead decoded(**reader);
  std::future<TrackedFrame> finishing;
  Rational finishingTime;
  auto collect = [&]() -> bool {
    if (!finishing.valid()) return true;
    const TrackedFrame tracked = finishing.get();
    MotionFrame out;
    out.time = finishingTime;
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
    return !progress || progress(local.framesRead, info.frameCount);
  };
  while (true) {
    DecodedFrame next = decoded.next();
    if (!next) {
      if (finishing.valid()) finishing.wait();
      return next.error();
    }
    if (!next->has_value()) break;
    const VideoFrame& video = **next;
    VideoFaceTracker::FinishFrame finish = tracker->trackInTwo(video.image, video.time);
    if (!collect()) return makeError("cancelled");
    finishingTime = video.time;
    finishing = worker.run(std::move(finish));
  }
  if (!collect()) return makeError("cancelled");
  if (track.frames.empty()) return makeError("'" + path + "' contains no video frames");
  if (!fillLostFrames(track)) return makeError("no face found in any frame of '" + path + "'");
  local.warnings = (*reader)->warnings();
  local.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (report) *report = local;
  return track;
}

}  // namespace marionette
