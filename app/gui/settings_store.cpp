#include "app/gui/settings_store.h"

#include <QSettings>
#include <algorithm>

namespace marionette::app {

namespace {

QString deviceKey(ui::RenderDevice device) {
  switch (device) {
    case ui::RenderDevice::Cpu:
      return "cpu";
    case ui::RenderDevice::Cuda:
      return "cuda";
    case ui::RenderDevice::Auto:
      break;
  }
  return "auto";
}

ui::RenderDevice deviceFromKey(const QString& key) {
  if (key == "cpu") return ui::RenderDevice::Cpu;
  if (key == "cuda") return ui::RenderDevice::Cuda;
  return ui::RenderDevice::Auto;
}

}  // namespace

ui::EditorSettings readSettings(QSettings& store, const QString& defaultModelPath, const QString& defaultLanguage) {
  ui::EditorSettings settings;
  settings.device = deviceFromKey(store.value("render/device").toString());
  settings.previewSide = std::clamp(store.value("preview/side", settings.previewSide).toInt(), 128, 2048);
  settings.faceModelFolder = store.value("face/modelFolder", defaultModelPath).toString();
  settings.language = store.value("language", defaultLanguage).toString() == "de" ? "de" : "en";
  settings.recentProjects = store.value("recentProjects").toStringList();
  settings.theme = ui::themeFromKey(store.value("theme").toString());
  settings.liveCamera = store.value("live/camera").toByteArray();
  settings.liveMirror = store.value("live/mirror", true).toBool();
  settings.liveCountIn = std::clamp(store.value("live/countIn", settings.liveCountIn).toInt(), 0, 10);
  settings.windowGeometry = store.value("window/geometry").toByteArray();
  settings.windowState = store.value("window/state").toByteArray();
  return settings;
}

void writeSettings(QSettings& store, const ui::EditorSettings& settings) {
  store.setValue("render/device", deviceKey(settings.device));
  store.setValue("preview/side", settings.previewSide);
  store.setValue("face/modelFolder", settings.faceModelFolder);
  store.setValue("language", settings.language);
  store.setValue("recentProjects", settings.recentProjects);
  store.setValue("theme", ui::themeKey(settings.theme));
  store.setValue("live/camera", settings.liveCamera);
  store.setValue("live/mirror", settings.liveMirror);
  store.setValue("live/countIn", settings.liveCountIn);
  store.setValue("window/geometry", settings.windowGeometry);
  store.setValue("window/state", settings.windowState);
}

}  // namespace marionette::app
