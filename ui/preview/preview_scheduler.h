#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/base/rational.h"
#include "core/motion/renderer.h"
#include "core/pipeline/project_media.h"
#include "core/timeline/project.h"
#include "ui/preview/frame_cache.h"

namespace marionette::ui {

// An immutable snapshot of everything a preview frame depends on: the
// project (a copy is cheap: the driver's motion is shared) and its portrait
// as prepared. The UI builds a new one after every change; the worker
// renders from whichever snapshot its request carries, so edits never race
// with rendering, and it renders exactly as the export does.
struct PreviewScene {
  timeline::Project project;
  std::shared_ptr<const PreparedPortrait> portrait;  // null: nothing to render yet
  std::string drivingPath;                           // empty: no driver frames (none, or missing)
  std::uint64_t revision = 0;
  timeline::FrameIndex frameCount() const { return std::max<timeline::FrameIndex>(1, project.settings.frameCount); }
};

enum class PreviewQuality { Draft, Full };

struct PreviewFrame {
  timeline::FrameIndex frame = 0;
  std::uint64_t ticket = 0;  // the request it answers; later requests have larger tickets
  std::uint64_t revision = 0;
  PreviewQuality quality = PreviewQuality::Full;
  CachedFrame image;
  bool fromCache = false;
  double renderMilliseconds = 0;
};

// Renders preview frames on one worker thread. The newest request wins: a
// request that has not started when a newer one arrives is dropped. When
// idle the worker reads ahead past the playhead into a bounded cache, so
// playback and stepping mostly hit the cache; an edit drops only the cached
// frames it changed. A full-quality frame at the export's size is the
// export's frame, pixel for pixel (same project, framing and renderer path).
class PreviewScheduler : public QObject {
  Q_OBJECT

 public:
  using RendererFactory = std::function<Result<std::unique_ptr<Renderer>>()>;
  struct Options {
    int fullSide = 512;   // long side of a full-quality frame
    int draftSide = 256;  // long side while scrubbing or dragging a slider
    int readAhead = 16;
    std::size_t cacheFrames = 96;
  };

  // The renderer is created on the worker, so torch starts off the UI thread.
  explicit PreviewScheduler(RendererFactory factory, Options options, QObject* parent = nullptr);
  ~PreviewScheduler() override;

  // The next scene; cached frames the change did not touch stay valid.
  void setScene(std::shared_ptr<const PreviewScene> scene);
  std::shared_ptr<const PreviewScene> scene() const;
  void setFullSide(int side);
  // Another renderer (a different device); the next frame starts it.
  void setRendererFactory(RendererFactory factory);
  std::uint64_t request(timeline::FrameIndex frame, PreviewQuality quality);
  std::size_t cachedFrames() const;
  // Whether nothing is queued or rendering (read-ahead aside); for tests.
  bool idle() const;

 signals:
  void frameReady(const marionette::ui::PreviewFrame& frame);
  void renderFailed(const QString& message);

 private:
  struct Job {
    std::shared_ptr<const PreviewScene> scene;
    timeline::FrameIndex frame = 0;
    int side = 0;
    std::uint64_t ticket = 0;
    PreviewQuality quality = PreviewQuality::Full;
    bool readAhead = false;
  };

  void run();
  std::optional<Job> nextJob(std::unique_lock<std::mutex>& lock);
  void process(const Job& job);
  Result<CachedFrame> render(const Job& job);
  Status prepareRenderer(const PreviewScene& scene);

  RendererFactory factory_;
  Options options_;

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool busy_ = false;
  bool rendererStale_ = false;  // the factory changed; the worker drops its renderer
  std::shared_ptr<const PreviewScene> scene_;
  std::optional<Job> pending_;
  std::uint64_t nextTicket_ = 1;
  timeline::FrameIndex readAheadNext_ = 0, readAheadEnd_ = 0;  // frames [next, end) still to warm
  FrameCache cache_;

  // Worker-only state.
  std::unique_ptr<Renderer> renderer_;
  std::string rendererProblem_;  // why the renderer could not start; empty: it may be tried
  std::string reportedProblem_;  // the last problem reported, so it is not repeated per frame
  std::shared_ptr<const PreparedPortrait> rendererSource_;
  std::unique_ptr<class DriverFrames> driver_;

  std::thread worker_;
};

}  // namespace marionette::ui

Q_DECLARE_METATYPE(marionette::ui::PreviewFrame)
