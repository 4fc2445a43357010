#pragma once

#include <QString>
#include <QStringList>

namespace marionette::ui {

enum class MediaKind { Portrait, DrivingVideo, Project, Unsupported };

// What a dropped or opened file is for, judged by its extension; the loaders
// check the content itself and report a clear error when it disagrees.
MediaKind classifyMediaPath(const QString& path);

// File-dialog filters for each kind.
QString portraitFileFilter();
QString drivingVideoFileFilter();
QString projectFileFilter();

}  // namespace marionette::ui
