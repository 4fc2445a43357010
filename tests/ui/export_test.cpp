#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

#include "core/media/video_reader.h"
#include "tests/ui/gui_test_support.h"
#include "ui/editor_controller.h"
#include "ui/export_dialog.h"
#include "ui/export_runner.h"

namespace marionette::testing {
namespace {

// A portrait with no driver: the clip is the standalone length, the portrait's own motion.
void openDemoPortrait(EditorFixture& fixture, int frames) {
  fixture.editor->controller()->setStandaloneLength(frames, Rational(25));
  fixture.editor->controller()->openPortrait(QString::fromStdString(sourceFile("resources/demo/portrait.jpg")));
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_TRUE(fixture.editor->controller()->hasPortrait()) << fixture.messages.errors.join('\n').toStdString();
}

TEST(ExportDialog, ExportsAShortClipWithProgressReachingTheEnd) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture fixture;
  openDemoPortrait(fixture, 12);
  TempDir dir;
  ui::ExportDialog* dialog = fixture.editor->exportDialog();
  dialog->show();
  dialog->setOutputPath(QString::fromStdString(dir.file("clip.mp4")));
  QSignalSpy finished(fixture.editor->exportRunner(), &ui::ExportRunner::finished);
  QSignalSpy progressed(fixture.editor->exportRunner(), &ui::ExportRunner::progressed);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(finished.wait(60000));
  EXPECT_TRUE(finished.last().at(0).toBool()) << finished.last().at(2).toString().toStdString();
  EXPECT_EQ(dialog->progressBar()->value(), 100);
  ASSERT_FALSE(progressed.isEmpty());
  EXPECT_EQ(progressed.last().at(0).toInt(), 12);
  EXPECT_EQ(progressed.last().at(1).toInt(), 12);

  auto reader = VideoReader::open(dir.file("clip.mp4"));
  ASSERT_TRUE(reader) << reader.error().message;
  EXPECT_EQ((*reader)->info().width, 512);
  int frames = 0;
  while (true) {
    auto frame = (*reader)->next();
    ASSERT_TRUE(frame);
    if (!*frame) break;
    ++frames;
  }
  EXPECT_EQ(frames, 12);
}

TEST(ExportDialog, CancelLeavesNoPartialFile) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture fixture;
  openDemoPortrait(fixture, 2000);
  TempDir dir;
  ui::ExportDialog* dialog = fixture.editor->exportDialog();
  dialog->setOutputPath(QString::fromStdString(dir.file("long.mp4")));
  QSignalSpy finished(fixture.editor->exportRunner(), &ui::ExportRunner::finished);
  QSignalSpy progressed(fixture.editor->exportRunner(), &ui::ExportRunner::progressed);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(progressed.wait(30000));
  EXPECT_TRUE(dialog->cancelButton()->isEnabled());
  QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
  ASSERT_TRUE(finished.wait(30000));
  EXPECT_FALSE(finished.last().at(0).toBool());
  EXPECT_EQ(finished.last().at(2).toString().toStdString(), ui::kExportCancelled);
  EXPECT_LT(progressed.last().at(0).toInt(), 2000);
  EXPECT_TRUE(std::filesystem::is_empty(dir.path())) << "a cancelled export left files behind";
}

}  // namespace
}  // namespace marionette::testing
