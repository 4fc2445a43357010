#include "ui/export_runner.h"

namespace marionette::ui {

ExportRunner::ExportRunner(RendererFactory factory, QObject* parent) : QObject(parent), factory_(std::move(factory)) {}

ExportRunner::~ExportRunner() {
  cancel();
  wait();
}

bool ExportRunner::start(ExportJobRequest request) {
  if (running_) {
    emit finished(false, {}, tr("An export is already running."), {});
    return false;
  }
  wait();  // join the previous, finished thread
  cancel_ = false;
  running_ = true;
  thread_ = std::thread([this, factory = factory_, request = std::move(request)] {
    auto report = [this, &factory, &request]() -> Result<ExportJobReport> {
      auto renderer = factory();
      if (!renderer) return renderer.error();
      auto progress = [this](const ExportJobProgress& p) {
        QMetaObject::invokeMethod(
            this, [this, p] { emit progressed(p.done, p.total, p.remainingSeconds); }, Qt::QueuedConnection);
      };
      return runExportJob(request, **renderer, progress, &cancel_);
    }();
    const QString path = QString::fromStdString(request.output.path);
    QStringList notes;
    if (report)
      for (const std::string& note : report->notes) notes << QString::fromStdString(note);
    const bool ok = report.ok();
    const QString message = ok ? QString() : QString::fromStdString(report.error().message);
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

void ExportRunner::cancel() { cancel_ = true; }

void ExportRunner::wait() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace marionette::ui
