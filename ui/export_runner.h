#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

#include "ui/export_job.h"

namespace marionette::ui {

// Runs one export at a time on its own thread and reports back through
// queued signals, so the window stays responsive and Cancel is honoured
// between frames.
class ExportRunner : public QObject {
  Q_OBJECT

 public:
  using RendererFactory = std::function<Result<std::unique_ptr<Renderer>>()>;
  explicit ExportRunner(RendererFactory factory, QObject* parent = nullptr);
  ~ExportRunner() override;

  bool running() const { return running_; }
  // Used from the next export on (another device).
  void setRendererFactory(RendererFactory factory) { factory_ = std::move(factory); }
  // Fails at once (returns false and emits finished) when one is running.
  bool start(ExportJobRequest request);
  void cancel();
  // Blocks until the running export has ended; for tests and shutdown.
  void wait();

 signals:
  void progressed(int done, int total, double remainingSeconds);
  // `ok` false with message "export cancelled" after cancel().
  void finished(bool ok, const QString& path, const QString& message, const QStringList& notes);

 private:
  RendererFactory factory_;
  std::thread thread_;
  std::atomic<bool> cancel_{false};
  bool running_ = false;
};

}  // namespace marionette::ui
