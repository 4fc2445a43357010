#include <QLabel>
#include <QSignalSpy>
#include <future>

#include "core/timeline/motion_at.h"
#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/preview/preview_controller.h"
#include "ui/preview/viewport.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

const std::string kPortrait = sourceFile("resources/demo/portrait.jpg");

TEST(EditorWindow, DroppedPortraitIsAnalysedAndPreviewed) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture fixture;
  QSignalSpy shown(fixture.editor->preview(), &ui::PreviewController::frameShown);
  dropFiles(fixture.editor->window(), {QString::fromStdString(kPortrait)});
  ASSERT_TRUE(fixture.waitSettled());
  EXPECT_TRUE(fixture.messages.errors.isEmpty()) << fixture.messages.errors.join('\n').toStdString();
  ASSERT_TRUE(fixture.editor->media()->hasPortrait());
  EXPECT_EQ(fixture.editor->document()->project().portrait.file.path, kPortrait);
  ASSERT_GE(shown.count(), 1);
  const auto frame = shown.last().at(0).value<ui::PreviewFrame>();
  EXPECT_EQ(frame.image.result.width(), 512);  // the demo portrait is 512² and the preview's long side 512
  EXPECT_FALSE(frame.image.result.isNull());
}

TEST(EditorWindow, DrivingVideoDroppedOnViewportIsTrackedAndScrubbed) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  MARIONETTE_REQUIRE_MEDIA(driver, "driving/liveportrait-d0.mp4");
  EditorFixture fixture;
  ui::PreviewController* controller = fixture.editor->preview();
  dropFiles(fixture.editor->window()->viewport(), {QString::fromStdString(kPortrait), QString::fromStdString(driver)});
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_TRUE(fixture.editor->document()->project().hasDriverMotion())
      << fixture.messages.errors.join('\n').toStdString();
  EXPECT_EQ(controller->frameCount(), 78);
  EXPECT_FALSE(fixture.editor->media()->thumbnails().isEmpty());

  QSignalSpy shown(controller, &ui::PreviewController::frameShown);
  controller->setPlayhead(40);
  ASSERT_TRUE(shown.wait(10000));
  const auto frame = shown.last().at(0).value<ui::PreviewFrame>();
  EXPECT_EQ(frame.frame, 40);
  EXPECT_FALSE(frame.image.driver.isNull()) << "the driver's frame comes with the result for side-by-side views";
  // The portrait follows the driver: the frame shows the project's motion at
  // frame 40, which is not frame 0's.
  const timeline::Project& project = fixture.editor->document()->project();
  EXPECT_TRUE(timeline::sameMotion(frame.image.target, timeline::motionAt(project, 40)));
  EXPECT_FALSE(timeline::sameMotion(frame.image.target, timeline::motionAt(project, 0)));
}

TEST(EditorWindow, WindowShowsBeforeTheLandmarkModelHasLoaded) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  guiApplication();
  std::promise<Result<std::shared_ptr<const FaceAnalyzer>>> model;
  RecordingMessageSink messages;
  ui::EditorServices services;
  services.model = model.get_future().share();
  services.makeRenderer = cpuRenderer;
  services.messages = &messages;
  ui::Editor editor(std::move(services));
  editor.window()->show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(editor.window()));
  auto* status = editor.window()->findChild<QLabel*>("modelStatus");
  ASSERT_NE(status, nullptr);
  QTest::qWait(250);
  EXPECT_TRUE(status->text().contains("Loading")) << status->text().toStdString();

  // A portrait opened now waits for the model on a worker; the UI stays live.
  editor.media()->openPortrait(QString::fromStdString(kPortrait));
  QTest::qWait(200);
  EXPECT_FALSE(editor.media()->hasPortrait());
  model.set_value(sharedModel().get());
  EXPECT_TRUE(QTest::qWaitFor([&] { return editor.media()->hasPortrait(); }, 30000));
  EXPECT_TRUE(QTest::qWaitFor([&] { return status->text().contains("ready"); }, 2000));
}

}  // namespace
}  // namespace marionette::testing
