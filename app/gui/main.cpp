// The desktop editor: wires the concrete renderer, model loading and widgets.
//   marionette [--open P.marionette] [--screenshot OUT.png] [FILES…]
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "app/gui/screenshot.h"
#include "core/render/warp_renderer.h"
#include "ui/editor.h"
#include "ui/editor_controller.h"
#include "ui/main_window.h"

using namespace marionette;

int main(int argc, char* argv[]) {
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
  parser.addOption(languageOption);
  parser.addOption(openOption);
  parser.addOption(screenshotOption);
  parser.addPositionalArgument("files", QApplication::translate("main", "Portrait images and driving videos."));
  parser.process(app);

  // Language: the option, else the remembered choice, else the system's.
  QSettings settings;
  if (parser.isSet(languageOption)) settings.setValue("language", parser.value(languageOption));
  const QString language = settings.value("language", QLocale::system().name().left(2)).toString();
  QTranslator appTranslator, qtTranslator;
  if (appTranslator.load(":/i18n/marionette_" + language)) QApplication::installTranslator(&appTranslator);
  if (qtTranslator.load("qtbase_" + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(&qtTranslator);

  // Started first so the window appears while the 100 MB model is read.
  ui::EditorServices services;
  services.model = LandmarkModel::loadAsync(LandmarkModel::defaultPath());
  services.previewRenderer = [] {
    WarpRendererOptions options;
    options.threads = 1;  // the other core tracks drivers and keeps the UI smooth
    return createWarpRenderer(options);
  };
  services.exportRenderer = [] { return createWarpRenderer({}); };
  ui::Editor editor(std::move(services));
  editor.window()->show();

  QStringList files = parser.positionalArguments();
  if (parser.isSet(openOption)) files.prepend(parser.value(openOption));
  editor.controller()->openFiles(files);

  if (parser.isSet(screenshotOption)) {
    new app::ScreenshotWhenSettled(
        editor.window(), parser.value(screenshotOption), [&] { return editor.settled(); }, &editor);
  }
  return app.exec();
}
