#include "ui/common/media_kind.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace marionette::ui {

namespace {

const QStringList& imageSuffixes() {
  static const QStringList suffixes{"jpg", "jpeg", "png", "webp", "bmp", "tif", "tiff"};
  return suffixes;
}

const QStringList& videoSuffixes() {
  static const QStringList suffixes{"mp4", "mov", "mkv", "avi", "webm", "m4v"};
  return suffixes;
}

QString patterns(const QStringList& suffixes) {
  QStringList out;
  for (const QString& suffix : suffixes) out << "*." + suffix;
  return out.join(' ');
}

// lupdate files these free-function tr() calls under the namespace context.
QString tr(const char* text) { return QCoreApplication::translate("marionette::ui", text); }

}  // namespace

MediaKind classifyMediaPath(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (imageSuffixes().contains(suffix)) return MediaKind::Portrait;
  if (videoSuffixes().contains(suffix)) return MediaKind::DrivingVideo;
  if (suffix == "marionette") return MediaKind::Project;
  return MediaKind::Unsupported;
}

QString portraitFileFilter() { return tr("Portrait images (%1)").arg(patterns(imageSuffixes())); }
QString drivingVideoFileFilter() { return tr("Driving videos (%1)").arg(patterns(videoSuffixes())); }
QString projectFileFilter() { return tr("Marionette projects (*.marionette)"); }

}  // namespace marionette::ui
