#include "ui/settings/editor_settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace marionette::ui {

namespace {
// The Debian model is about 100 MB; anything under a megabyte is not one.
constexpr qint64 kMinModelBytes = 1 << 20;

// lupdate files these free-function tr() calls under the namespace context.
QString tr(const char* text) { return QCoreApplication::translate("marionette::ui", text); }
}  // namespace

QStringList withRecent(QStringList recent, const QString& path) {
  const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
  recent.removeAll(clean);
  recent.prepend(clean);
  while (recent.size() > kMaxRecentProjects) recent.removeLast();
  return recent;
}

QString landmarkModelPathProblem(const QString& path) {
  if (path.trimmed().isEmpty()) return tr("No landmark model file was given.");
  const QFileInfo info(path);
  if (!info.exists()) return tr("'%1' does not exist.").arg(path);
  if (!info.isFile()) return tr("'%1' is not a file.").arg(path);
  if (!info.isReadable()) return tr("'%1' cannot be read.").arg(path);
  if (info.size() < kMinModelBytes)
    return tr("'%1' is too small to be a 68-point landmark model (the dlib model is about 100 MB).").arg(path);
  return {};
}

QString deviceName(RenderDevice device) {
  switch (device) {
    case RenderDevice::Auto:
      return tr("Automatic (CUDA when available)");
    case RenderDevice::Cpu:
      return tr("CPU");
    case RenderDevice::Cuda:
      return tr("CUDA");
  }
  return {};
}

}  // namespace marionette::ui
