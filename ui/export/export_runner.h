#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

#include "core/pipeline/project_job.h"
#include "ui/document/project_media.h"

namespace marionette::ui {

// One export of the editor's project: the same job `marionette-cli render`
// runs, on a snapshot of the document (keyframes, modes, offsets, face,
// tracking and render settings are all in it), with the landmark model the
// editor loads and, when it matches the project, the portrait the preview
// already prepared.
struct ExportRequest {
  timeline::Project project;
  ProjectOutput output;
  ModelFuture model;
  std::shared_ptr<const PreparedPortrait> portrait;
};

// The message of a cancelled export.
inline constexpr const char* kExportCancelled = "export cancelled";

// Runs one export at a time on its own thread through runProjectJob (torch,
// dlib and FFmpeg never run on the UI thread) and reports back through
// queued signals, so the window stays responsive and Cancel is honoured
// between frames.
class ExportRunner : public QObject {
  Q_OBJECT

 public:
  // Makes one renderer; the runner makes as many as makeRenderWorkers says,
  // so each should be single-threaded.
  explicit ExportRunner(RendererFactory factory, QObject* parent = nullptr);
  ~ExportRunner() override;

  bool running() const { return running_; }
  // Used from the next export on (another device).
  void setRendererFactory(RendererFactory factory) { factory_ = std::move(factory); }
  // Fails at once (returns false and emits finished) when one is running.
  bool start(ExportRequest request);
  void cancel();
  // Blocks until the running export has ended; for tests and shutdown.
  void wait();

 signals:
  // Tracking a driver whose motion the project had not cached.
  void tracking(int done, int total);
  // Frames written so far; remainingSeconds is -1 until there is a rate.
  void progressed(int done, int total, double remainingSeconds);
  // `ok` false with message kExportCancelled after cancel().
  void finished(bool ok, const QString& path, const QString& message, const QStringList& notes);

 private:
  Result<JobReport> run(const ExportRequest& request, const RendererFactory& factory);
  void report(const JobProgress& progress);

  RendererFactory factory_;
  std::thread thread_;
  std::atomic<bool> cancel_{false};
  bool running_ = false;
};

}  // namespace marionette::ui
