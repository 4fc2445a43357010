#include <QCheckBox>
#include <QComboBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

#include "core/media/video_reader.h"
#include "core/timeline/commands.h"
#include "core/timeline/project_file.h"
#include "tests/support/run_command.h"
#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/export/export_dialog.h"
#include "ui/export/export_runner.h"
#include "ui/preview/preview_controller.h"

namespace marionette::testing {
namespace {

// A portrait with no driver: the clip is the standalone length, the portrait's own motion.
void openDemoPortrait(EditorFixture& fixture, int frames) {
  fixture.editor->document()->setStandaloneLength(frames, Rational(25));
  fixture.editor->media()->openPortrait(QString::fromStdString(sourceFile("resources/demo/portrait.jpg")));
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_TRUE(fixture.editor->media()->hasPortrait()) << fixture.messages.errors.join('\n').toStdString();
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

// Without a driver, side by side is portrait | result: twice the width.
TEST(ExportDialog, SideBySidePutsThePortraitBesideTheResult) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture fixture;
  openDemoPortrait(fixture, 3);
  TempDir dir;
  ui::ExportDialog* dialog = fixture.editor->exportDialog();
  dialog->sideBySideBox()->setChecked(true);
  dialog->setOutputPath(QString::fromStdString(dir.file("pair.mp4")));
  QSignalSpy finished(fixture.editor->exportRunner(), &ui::ExportRunner::finished);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(finished.wait(60000));
  ASSERT_TRUE(finished.last().at(0).toBool()) << finished.last().at(2).toString().toStdString();
  auto reader = VideoReader::open(dir.file("pair.mp4"));
  ASSERT_TRUE(reader) << reader.error().message;
  EXPECT_EQ((*reader)->info().width, 1024);
  EXPECT_EQ((*reader)->info().height, 512);
}

// The sorted names and contents of a PNG sequence folder.
std::vector<std::pair<std::string, std::string>> readSequence(const std::filesystem::path& folder) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    files.emplace_back(entry.path().filename().string(), slurp(entry.path()));
  std::sort(files.begin(), files.end());
  return files;
}

// The GUI export and `marionette-cli render` run the same job on the same
// project: a keyframed turn over an in/out range gives the same PNG files.
TEST(ExportDialog, FramesEqualTheCliRenderOfTheSavedProject) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture fixture;
  openDemoPortrait(fixture, 10);
  ui::ProjectDocument* document = fixture.editor->document();
  const auto yaw = timeline::ChannelId::pose(timeline::PoseChannel::Yaw);
  ASSERT_TRUE(document->apply(timeline::setTrackMode({}, Rational(0), std::nullopt, timeline::TrackMode::Keyframed)));
  ASSERT_TRUE(document->apply(timeline::setKeyframe(yaw, Rational(0), -10)));
  ASSERT_TRUE(document->apply(timeline::setKeyframe(yaw, Rational(8, 25), 10)));
  TempDir dir;
  ASSERT_TRUE(timeline::saveProject(document->project(), dir.file("scene.marionette")));

  ui::ExportDialog* dialog = fixture.editor->exportDialog();
  dialog->setInOutRange(2, 7);
  auto* format = dialog->findChild<QComboBox*>("exportFormat");
  auto* range = dialog->findChild<QComboBox*>("exportRange");
  ASSERT_TRUE(format && range);
  format->setCurrentIndex(format->findData(int(ExportFormat::PngSequence)));
  range->setCurrentIndex(1);  // in to out
  dialog->setOutputPath(QString::fromStdString(dir.file("gui")));
  QSignalSpy finished(fixture.editor->exportRunner(), &ui::ExportRunner::finished);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(finished.wait(60000));
  ASSERT_TRUE(finished.last().at(0).toBool()) << finished.last().at(2).toString().toStdString();

  const CommandResult cli = runCli({"render", dir.file("scene.marionette"), "-o", dir.file("cli"), "--format", "png",
                                    "--frames", "2:7", "--device", "cpu"});
  ASSERT_EQ(cli.exitCode, 0) << cli.err;
  const auto gui = readSequence(dir.file("gui"));
  const auto reference = readSequence(dir.file("cli"));
  ASSERT_EQ(gui.size(), 5u);
  ASSERT_EQ(reference.size(), gui.size());
  EXPECT_EQ(gui.front().first, "frame_000003.png") << "in/out from frame 2: files named by project frame";
  for (std::size_t i = 0; i < gui.size(); ++i) {
    EXPECT_EQ(gui[i].first, reference[i].first);
    EXPECT_TRUE(gui[i].second == reference[i].second) << gui[i].first << " differs from the CLI's";
  }
  EXPECT_TRUE(gui.front().second != gui.back().second) << "the keyframed turn should change the frames";
}

// The destination must fit the chosen format; nothing is written otherwise.
TEST(ExportDialog, ANameThatDoesNotFitTheFormatIsRefused) {
  EditorFixture fixture;
  TempDir dir;
  ui::ExportDialog* dialog = fixture.editor->exportDialog();
  auto* format = dialog->findChild<QComboBox*>("exportFormat");
  ASSERT_NE(format, nullptr);
  format->setCurrentIndex(format->findData(int(ExportFormat::PngSequence)));
  dialog->setOutputPath(QString::fromStdString(dir.file("clip.mp4")));
  EXPECT_FALSE(dialog->startExport());
  ASSERT_EQ(fixture.messages.errors.size(), 1);
  EXPECT_TRUE(fixture.messages.errors[0].contains("folder of frames")) << fixture.messages.errors[0].toStdString();
  format->setCurrentIndex(format->findData(int(ExportFormat::Ffv1)));
  dialog->setOutputPath(QString::fromStdString(dir.file("clip.mp4")));
  EXPECT_FALSE(dialog->startExport());
  EXPECT_TRUE(fixture.messages.errors.last().contains(".mkv")) << fixture.messages.errors.last().toStdString();
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace marionette::testing
