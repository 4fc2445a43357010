#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "ui/settings/theme.h"

namespace marionette::ui {

enum class RenderDevice { Auto, Cpu, Cuda };

// The user's preferences: a plain value the app reads at start (QSettings
// lives in app/), passes to the editor, and writes back when it changes.
struct EditorSettings {
  RenderDevice device = RenderDevice::Auto;
  int previewSide = 512;    // long side of a full-quality preview frame
  QString faceModelFolder;  // the dlib 68-point predictor
  QString language = "en";  // "en" or "de"; applies at the next start
  Theme theme = Theme::System;
  QStringList recentProjects;  // newest first
  // Where the window was and how its panels were docked (Qt's own encoding);
  // empty: the first start, sized to the screen.
  // Live mode: the camera last used (Qt's device id; empty: the first one),
  // whether its picture is mirrored, and the count-in before a take.
  QByteArray liveCamera;
  bool liveMirror = true;
  int liveCountIn = 3;
  QByteArray windowGeometry;
  QByteArray windowState;
  friend bool operator==(const EditorSettings&, const EditorSettings&) = default;
};

inline constexpr int kMaxRecentProjects = 8;
inline constexpr int kPreviewSides[] = {256, 384, 512, 768, 1024};

// `path` first, without duplicates, at most kMaxRecentProjects.
QStringList withRecent(QStringList recent, const QString& path);

// Why `path` cannot be the face model folder, or empty when it looks usable
// (a readable regular file of plausible size). Loading proves the rest.
QString faceModelFolderProblem(const QString& path);

QString deviceName(RenderDevice device);

}  // namespace marionette::ui
