#include "ui/settings/editor_settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace marionette::ui {

namespace {

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

QString faceModelFolderProblem(const QString& path) {
  if (path.trimmed().isEmpty()) return tr("No face model folder was given.");
  const QFileInfo info(path);
  if (!info.exists()) return tr("'%1' does not exist.").arg(path);
  if (!info.isDir()) return tr("'%1' is not a folder.").arg(path);
  if (!QFileInfo(QDir(path).filePath("facemesh.json")).isFile())
    return tr("'%1' holds no face models (install them with packaging/install-models.sh).").arg(path);
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
