// The desktop editor: wires the concrete renderer, model loading, settings
// and widgets.
//   marionette [--open P.marionette] [--screenshot OUT.png] [--language en|de] [--theme system|light|dark] [FILES…]
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include "app/gui/screenshot.h"
#include "app/gui/settings_store.h"
#include "core/render/face_mesh_loading.h"
#include "core/render/warp_renderer.h"
#include "ui/document/project_session.h"
#include "ui/window/editor.h"
#include "ui/window/main_window.h"

using namespace marionette;

namespace {

DeviceChoice deviceChoice(ui::RenderDevice device) {
  switch (device) {
    case ui::RenderDevice::Cpu:
      return DeviceChoice::Cpu;
    case ui::RenderDevice::Cuda:
      return DeviceChoice::Cuda;
    case ui::RenderDevice::Auto:
      break;
  }
  return DeviceChoice::Auto;
}

// The bundled public-domain portrait the example project animates, copied
// out of the program's resources so the media service reads it like any file.
QString examplePortraitPath() {
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  if (folder.isEmpty() || !QDir().mkpath(folder + "/example")) return {};
  const QString path = QDir(folder).filePath("example/portrait.jpg");
  if (!QFileInfo::exists(path) && !QFile::copy(":/example/portrait.jpg", path)) return {};
  return path;
}

QString untitledAutosavePath() {
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  if (folder.isEmpty() || !QDir().mkpath(folder)) return {};
  return QDir(folder).filePath("untitled.marionette");
}

}  // namespace

int main(int argc, char* argv[]) {
  // Qt 6.4 on Linux picks GStreamer by default, which needs plugins Debian
  // does not pull in; the FFmpeg backend plays what our FFmpeg reads.
  if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND")) qputenv("QT_MEDIA_BACKEND", "ffmpeg");
  QApplication app(argc, argv);
  QApplication::setApplicationName("Marionette");
  QApplication::setOrganizationName("Marionette");
  QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "Animate a portrait with a driving video."));
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption openOption("open", QApplication::translate("main", "Open a project."), "project");
  QCommandLineOption screenshotOption(
      "screenshot", QApplication::translate("main", "Save a picture of the window once loaded, then quit."), "png");
  QCommandLineOption languageOption(
      "language", QApplication::translate("main", "Interface language (en, de); remembered for later starts."), "code");
  QCommandLineOption themeOption(
      "theme", QApplication::translate("main", "Look (system, light, dark); remembered for later starts."), "name");
  parser.addOption(themeOption);
  parser.addOption(languageOption);
  parser.addOption(openOption);
  parser.addOption(screenshotOption);
  parser.addPositionalArgument("files", QApplication::translate("main", "Portrait images and driving videos."));
  parser.process(app);

  // Preferences: the remembered ones, else defaults; --language overrides.
  QSettings store;
  ui::EditorSettings settings =
      app::readSettings(store, QString::fromStdString(faceModelFolder()), QLocale::system().name().left(2));
  if (parser.isSet(languageOption)) settings.language = parser.value(languageOption) == "de" ? "de" : "en";
  if (parser.isSet(themeOption)) settings.theme = ui::themeFromKey(parser.value(themeOption));
  ui::applyTheme(settings.theme);
  app::writeSettings(store, settings);
  QTranslator appTranslator, qtTranslator;
  if (appTranslator.load(":/i18n/marionette_" + settings.language)) QApplication::installTranslator(&appTranslator);
  if (qtTranslator.load("qtbase_" + settings.language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(&qtTranslator);

  ui::EditorServices services;
  services.settings = settings;
  services.saveSettings = [&store](const ui::EditorSettings& changed) { app::writeSettings(store, changed); };
  services.loadModel = [](const QString& folder) { return loadTrackingAnalyzerAsync(folder.toStdString()); };
  // Started first so the window appears while the models load.
  services.model = services.loadModel(settings.faceModelFolder);
  services.makeRenderer = [](ui::RenderDevice device, ui::RendererUse) {
    WarpRendererOptions options;
    options.device = deviceChoice(device);
    // Single-threaded either way: the preview keeps one core for tracking and
    // the UI, and an export makes one renderer per core (as the CLI does).
    options.threads = 1;
    return createWarpRenderer(options);
  };
  services.untitledAutosavePath = untitledAutosavePath();
  services.examplePortrait = examplePortraitPath();
  // Loading the models opens libtorch on a thread of its own; a window closed
  // within that half second must not end the process under it.
  const ui::ModelFuture startupModel = services.model;
  struct WaitAtExit {
    ui::ModelFuture model;
    ~WaitAtExit() {
      if (model.valid()) model.wait();
    }
  } waitAtExit{startupModel};
  ui::Editor editor(std::move(services));
  editor.window()->show();

  if (parser.isSet(openOption))
    editor.session()->open(parser.value(openOption));
  else if (!parser.isSet(screenshotOption))
    editor.session()->offerUntitledRecovery();
  editor.media()->openFiles(parser.positionalArguments());

  if (parser.isSet(screenshotOption)) {
    new app::ScreenshotWhenSettled(
        editor.window(), parser.value(screenshotOption), [&] { return editor.settled(); }, &editor);
  }
  return app.exec();
}
