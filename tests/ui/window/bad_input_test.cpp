#include <QImage>
#include <QLabel>
#include <QTimer>
#include <fstream>

#include "tests/support/hostile_files.h"
#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/preview/preview_controller.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

const QString kPortrait = QString::fromStdString(sourceFile("resources/demo/portrait.jpg"));

void openPortrait(EditorFixture& fixture) {
  dropFiles(fixture.editor->window(), {kPortrait});
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_TRUE(fixture.editor->media()->hasPortrait());
}

TEST(BadInput, UnsupportedDroppedFileIsRefusedWithAMessage) {
  EditorFixture fixture;
  TempDir dir;
  const std::string path = dir.file("notes.txt");
  std::ofstream(path) << "not media";
  dropFiles(fixture.editor->window(), {QString::fromStdString(path)});
  ASSERT_EQ(fixture.messages.errors.size(), 1);
  EXPECT_TRUE(fixture.messages.errors[0].contains("notes.txt")) << fixture.messages.errors[0].toStdString();
  EXPECT_TRUE(fixture.messages.errors[0].contains("neither a portrait image"));
  EXPECT_FALSE(fixture.editor->media()->hasPortrait());
}

TEST(BadInput, PortraitWithoutAFaceKeepsThePreviousPortrait) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture fixture;
  openPortrait(fixture);
  TempDir dir;
  QImage blank(400, 300, QImage::Format_RGB888);
  blank.fill(QColor(90, 140, 200));
  const QString path = QString::fromStdString(dir.file("sky.png"));
  ASSERT_TRUE(blank.save(path));
  dropFiles(fixture.editor->window(), {path});
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_EQ(fixture.messages.errors.size(), 1);
  EXPECT_TRUE(fixture.messages.errors[0].contains("sky.png"));
  EXPECT_TRUE(fixture.messages.errors[0].contains("face")) << fixture.messages.errors[0].toStdString();
  EXPECT_EQ(QString::fromStdString(fixture.editor->document()->project().portrait.file.path), kPortrait);
}

TEST(BadInput, CorruptVideoLeavesTheProjectAsItWas) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture fixture;
  openPortrait(fixture);
  TempDir dir;
  const std::string path = dir.file("broken.mp4");
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 20000; ++i) out.put(char((i * 7919) & 0xff));
  }
  const int framesBefore = fixture.editor->preview()->frameCount();
  dropFiles(fixture.editor->window(), {QString::fromStdString(path)});
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_EQ(fixture.messages.errors.size(), 1);
  EXPECT_TRUE(fixture.messages.errors[0].contains("broken.mp4")) << fixture.messages.errors[0].toStdString();
  EXPECT_TRUE(fixture.messages.errors[0].contains("unchanged"));
  EXPECT_FALSE(fixture.editor->document()->project().hasDriverMotion());
  EXPECT_EQ(fixture.editor->preview()->frameCount(), framesBefore);
  EXPECT_EQ(QString::fromStdString(fixture.editor->document()->project().portrait.file.path), kPortrait);
}

// Waits for the editor to settle; should a job block on the named pipe at
// `fifo`, the pipe is released so that the test fails instead of hanging.
void settleUnlessStuck(EditorFixture& fixture, const std::string& fifo) {
  if (fixture.waitSettled(20000)) return;
  ADD_FAILURE() << "the editor did not settle: a job is blocked on " << fifo;
  testing::releaseFifoReaders(fifo);
  fixture.waitSettled();
}

// A pipe is refused by the core functions the editor's jobs call, so a
// dropped one gives one message and no worker stays blocked on it (the
// window closes, the test ends).
TEST(BadInput, DroppedNamedPipesGiveOneMessageEachAndTheWindowStaysResponsive) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture fixture;
  openPortrait(fixture);
  TempDir dir;
  const std::vector<std::pair<std::string, std::string>> pipes = {
      {"portrait.png", "is a named pipe (FIFO), not an image"},
      {"driver.mp4", "is a named pipe (FIFO), not a video"},
      {"scene.marionette", "is a named pipe (FIFO), not a project file"}};
  for (const auto& [name, message] : pipes) {
    const std::string fifo = dir.file(name);
    testing::makeFifo(fifo);
    const qsizetype before = fixture.messages.errors.size();
    dropFiles(fixture.editor->window(), {QString::fromStdString(fifo)});
    settleUnlessStuck(fixture, fifo);
    ASSERT_EQ(fixture.messages.errors.size(), before + 1)
        << name << ": " << fixture.messages.errors.join('\n').toStdString();
    const QString& error = fixture.messages.errors.back();
    EXPECT_TRUE(error.contains(QString::fromStdString(message))) << error.toStdString();
    // The window still answers at once.
    bool answered = false;
    QTimer::singleShot(0, fixture.editor->window(), [&] { answered = true; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, 1000)) << name;
  }
  EXPECT_EQ(QString::fromStdString(fixture.editor->document()->project().portrait.file.path), kPortrait)
      << "the project is unchanged";
  EXPECT_TRUE(fixture.editor->media()->idle());
}

// Without a renderer (no render module, a device that fails) the window
// says so and keeps saying it, rather than showing the still portrait as if
// it were the result.
TEST(BadInput, ARendererThatCannotStartIsReportedInTheStatusBar) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  guiApplication();
  RecordingMessageSink messages;
  ui::EditorServices services;
  services.model = sharedModel();
  services.makeRenderer = [](ui::RenderDevice, ui::RendererUse) -> Result<std::unique_ptr<Renderer>> {
    return makeError("the render module libmarionette_render_torch.so was not found");
  };
  services.messages = &messages;
  ui::Editor editor(std::move(services));
  editor.window()->show();
  editor.media()->openPortrait(kPortrait);
  ASSERT_TRUE(QTest::qWaitFor([&] { return !messages.errors.isEmpty(); }, 30000));
  EXPECT_TRUE(messages.errors.join('\n').contains("render module")) << messages.errors.join('\n').toStdString();
  bool flagged = false;
  QTest::qWait(100);  // queued signals
  for (auto* label : editor.window()->findChildren<QLabel*>())
    flagged = flagged || (label->text().contains("Preview unavailable") && label->toolTip().contains("render module"));
  EXPECT_TRUE(flagged) << "the status bar names the problem";
}

}  // namespace
}  // namespace marionette::testing
