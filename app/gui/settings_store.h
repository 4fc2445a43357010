#pragma once

#include "ui/settings/editor_settings.h"

class QSettings;

namespace marionette::app {

// The editor's preferences in QSettings (the app is the only place that
// knows where they live); the editor itself only sees the value.
ui::EditorSettings readSettings(QSettings& store, const QString& defaultModelPath, const QString& defaultLanguage);
void writeSettings(QSettings& store, const ui::EditorSettings& settings);

}  // namespace marionette::app
