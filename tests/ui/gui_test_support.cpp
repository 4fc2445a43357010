#include "tests/ui/gui_test_support.h"

#include <QMimeData>
#include <cstdlib>

#include "core/render/face_mesh_loading.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/preview/preview_controller.h"
#include "ui/window/main_window.h"

namespace marionette::testing {

QApplication& guiApplication() {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  static int argc = 1;
  static char name[] = "ui_editor_test";
  static char* argv[] = {name, nullptr};
  // Never destroyed: at exit, after the renderer module and the libraries it
  // pulled in are gone, QApplication's destructor crashes in Qt's input
  // device cleanup; the process ends without it.
  static QApplication* app = new QApplication(argc, argv);
  return *app;
}

Result<std::unique_ptr<Renderer>> cpuRenderer(ui::RenderDevice, ui::RendererUse) {
  WarpRendererOptions options;
  options.device = DeviceChoice::Cpu;
  options.threads = 1;
  return createWarpRenderer(options);
}

ui::ModelFuture sharedModel() {
  // Never destroyed: its torch tensors must not outlive libtorch's own
  // statics at exit.
  static const auto* model = new ui::ModelFuture(loadTrackingAnalyzerAsync());
  return *model;
}

bool faceModelsAvailable() { return checkFaceModelFiles(faceModelFolder()).ok(); }

EditorFixture::EditorFixture(const QString& untitledAutosavePath) {
  guiApplication();
  ui::EditorServices services;
  services.model = sharedModel();
  services.makeRenderer = cpuRenderer;
  services.loadModel = [](const QString& folder) { return loadTrackingAnalyzerAsync(folder.toStdString()); };
  services.settings.faceModelFolder = QString::fromStdString(faceModelFolder());
  services.messages = &messages;
  services.prompts = &prompts;
  services.autosaveIntervalMs = 0;  // tests autosave on demand
  services.untitledAutosavePath = untitledAutosavePath;
  services.examplePortrait = QString::fromStdString(sourceFile("resources/demo/portrait.jpg"));
  services.saveSettings = [this](const ui::EditorSettings& settings) { savedSettings.push_back(settings); };
  editor = std::make_unique<ui::Editor>(std::move(services));
  editor->window()->show();
}

EditorFixture::~EditorFixture() {
  editor.reset();
  // A test shorter than the load must not leave it running into the exit.
  sharedModel().wait();
}

bool EditorFixture::waitSettled(int timeoutMs) {
  // Settled twice in a row: queued results of the last job have been delivered.
  int quiet = 0;
  return QTest::qWaitFor(
      [&] {
        quiet = editor->settled() ? quiet + 1 : 0;
        return quiet >= 3;
      },
      timeoutMs);
}

void dropFiles(QWidget* target, const QStringList& paths) {
  QMimeData mime;
  QList<QUrl> urls;
  for (const QString& path : paths) urls << QUrl::fromLocalFile(path);
  mime.setUrls(urls);
  const QPointF centre(target->width() / 2.0, target->height() / 2.0);
  QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(target, &enter);
  ASSERT_TRUE(enter.isAccepted()) << "the drop target refused the drag";
  QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(target, &drop);
}

}  // namespace marionette::testing
