#include "ui/export/export_runner.h"

#include <algorithm>

namespace marionette::ui {

ExportRunner::ExportRunner(RendererFactory factory, QObject* parent) : QObject(parent), factory_(std::move(factory)) {}

ExportRunner::~ExportRunner() {
  cancel();
  wait();
}

bool ExportRunner::start(ExportRequest request) {
  if (running_) {
    emit finished(false, {}, tr("An export is already running."), {});
    return false;
  }
  wait();  // join the previous, finished thread
  cancel_ = false;
  running_ = true;
  thread_ = std::thread([this, factory = factory_, request = std::move(request)] {
    auto report = run(request, factory);
    const QString path = QString::fromStdString(request.output.path);
    QStringList notes;
    if (report)
      for (const std::string& note : report->notes) notes << QString::fromStdString(note);
    const bool ok = report.ok();
    // A cancel that arrives after the output was committed changes nothing.
    const QString message = ok        ? QString()
                            : cancel_ ? QString(kExportCancelled)
                                      : QString::fromStdString(report.error().message);
    QMetaObject::invokeMethod(
        this,
        [this, ok, path, message, notes] {
          running_ = false;
          emit finished(ok, path, message, notes);
        },
        Qt::QueuedConnection);
  });
  return true;
}

Result<JobReport> ExportRunner::run(const ExportRequest& request, const RendererFactory& factory) {
  if (request.project.portrait.file.path.empty()) return makeError("open a portrait before exporting");
  if (request.output.path.empty()) return makeError("choose where to save the export");
  if (Status ok = checkProjectJob(request.project, request.output); !ok) return ok.error();
  if (!request.model.valid()) return makeError("no face model folder is configured");
  auto renderers = makeRenderWorkers(factory);
  if (!renderers) return renderers.error();
  std::vector<Renderer*> threads;
  for (const auto& renderer : *renderers) threads.push_back(renderer.get());
  const auto& model = request.model.get();  // waits here, on the worker, while it loads
  if (!model) return model.error();
  const JobCallbacks callbacks{[this](const JobProgress& p) { report(p); }, &cancel_};
  return runProjectJob(request.project, request.output, *model, threads, callbacks, request.portrait);
}

// Called on the job's threads: forwarded to the UI thread as queued signals.
void ExportRunner::report(const JobProgress& p) {
  const int done = p.done;
  const int total = static_cast<int>(p.total);
  if (p.stage == JobStage::Tracking) {
    QMetaObject::invokeMethod(
        this, [this, done, total] { emit tracking(done, total); }, Qt::QueuedConnection);
    return;
  }
  const double rate = p.elapsedSeconds > 0 ? done / p.elapsedSeconds : 0;
  const double remaining = rate > 0 && total > 0 ? (total - done) / rate : -1;
  QMetaObject::invokeMethod(
      this, [this, done, total, remaining] { emit progressed(done, total, remaining); }, Qt::QueuedConnection);
}

void ExportRunner::cancel() { cancel_ = true; }

void ExportRunner::wait() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace marionette::ui
