// Live mode in the editor, headless: no camera exists here, so a shared
// driving clip is played through the same live source interface, and the
// panel's buttons record takes into the timeline.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <filesystem>

#include "core/timeline/motion_at.h"
#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/document/project_session.h"
#include "ui/live/camera_source.h"
#include "ui/live/live_controller.h"
#include "ui/live/live_panel.h"
#include "ui/preview/preview_controller.h"
#include "ui/settings/preferences_dialog.h"
#include "ui/settings/settings_controller.h"
#include "ui/timeline/playback.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_view.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

namespace fs = std::filesystem;

TEST(CameraSource, NoCameraIsAClearMessage) {
  guiApplication();
  ui::CameraSource camera{QCameraDevice{}, false};
  struct NullSink : LiveSink {
    void frameArrived(LiveFrame) override {}
    void soundArrived(const AudioSamples&) override {}
    void sourceFailed(const std::string&) override {}
    void sourceEnded() override {}
  } sink;
  Status started = camera.start(sink);
  ASSERT_FALSE(started.ok());
  EXPECT_EQ(started.error().message, "no camera is connected");
}

TEST(CameraSource, AFrameQtCannotConvertIsAClearMessage) {
  guiApplication();
  auto invalid = ui::imageFromVideoFrame(QVideoFrame(), "Desk camera");
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().message, "the camera 'Desk camera' delivered a frame in a format Qt cannot convert");

  // A camera that sends broken JPEG (MJPEG) data.
  QVideoFrame jpeg(QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat::Format_Jpeg));
  ASSERT_TRUE(jpeg.map(QVideoFrame::WriteOnly));
  std::memset(jpeg.bits(0), 0x5a, std::size_t(jpeg.mappedBytes(0)));
  jpeg.unmap();
  auto broken = ui::imageFromVideoFrame(jpeg, "Desk camera");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.error().message.find("which Qt cannot convert"), std::string::npos) << broken.error().message;

  QVideoFrame rgb(QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat::Format_RGBX8888));
  ASSERT_TRUE(rgb.map(QVideoFrame::WriteOnly));
  std::memset(rgb.bits(0), 200, std::size_t(rgb.mappedBytes(0)));
  rgb.unmap();
  auto fine = ui::imageFromVideoFrame(rgb, "Desk camera");
  ASSERT_TRUE(fine.ok()) << fine.error().message;
  EXPECT_EQ(fine->width, 64);
  EXPECT_EQ(fine->channels, 3);
  EXPECT_EQ(fine->pixels[0], 200);
}

TEST(LivePreferences, TheDialogShowsTheCameraAndCountIn) {
  guiApplication();
  ui::PreferencesDialog dialog;
  ui::EditorSettings settings;
  settings.liveCountIn = 5;
  dialog.setSettings(settings);
  auto* countIn = dialog.findChild<QComboBox*>("countInCombo");
  auto* camera = dialog.findChild<QComboBox*>("cameraCombo");
  ASSERT_NE(countIn, nullptr);
  ASSERT_NE(camera, nullptr);
  EXPECT_EQ(countIn->currentData().toInt(), 5);
  countIn->setCurrentIndex(countIn->findData(1));
  EXPECT_EQ(dialog.chosenSettings().liveCountIn, 1);
  if (ui::CameraSource::cameras().isEmpty()) {
    EXPECT_FALSE(camera->isEnabled());
    EXPECT_EQ(camera->currentText(), "No camera connected");
    EXPECT_EQ(dialog.chosenSettings().liveCamera, settings.liveCamera) << "the remembered camera is kept";
  }
}

class LiveEditor : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!faceModelsAvailable()) GTEST_SKIP() << "the face models are not installed (packaging/install-models.sh)";
    portrait_ = sharedMedia("portraits/liveportrait-s42.jpg");
    clip_ = sharedMedia("driving/liveportrait-d7.mp4");
    if (portrait_.empty() || clip_.empty()) GTEST_SKIP() << "shared media not found (../shared/media)";
    fixture_ = std::make_unique<EditorFixture>();
    editor().window()->show();
  }
  ui::Editor& editor() { return *fixture_->editor; }
  ui::LivePanel& panel() { return *editor().livePanel(); }
  QString status() { return panel().statusLabel()->text(); }
  void openPortrait() {
    editor().media()->openPortrait(QString::fromStdString(portrait_));
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor().media()->hasPortrait(); }, 60000));
  }
  void saveProjectIn(const TempDir& dir) {
    ASSERT_TRUE(editor().session()->saveTo(QString::fromStdString(dir.file("show.marionette"))));
  }
  void startClip() {
    ASSERT_TRUE(panel().startClip(QString::fromStdString(clip_))) << status().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel().lastPortrait().isNull(); }, 20000));
  }
  void chooseDestination(int index) { panel().findChild<QComboBox*>("liveDestination")->setCurrentIndex(index); }
  // Records for `ms` milliseconds with no count-in.
  void recordFor(int ms) {
    panel().findChild<QSpinBox*>()->setValue(0);
    QTest::mouseClick(panel().recordButton(), Qt::LeftButton);
    ASSERT_TRUE(editor().live()->recording()) << status().toStdString();
    QTest::qWait(ms);
    QTest::mouseClick(panel().recordButton(), Qt::LeftButton);
    ASSERT_FALSE(editor().live()->recording());
  }

  std::string portrait_, clip_;
  std::unique_ptr<EditorFixture> fixture_;
};

TEST_F(LiveEditor, SaysWhatIsMissingBeforeItCanStartOrRecord) {
  ASSERT_FALSE(panel().startClip(QString::fromStdString(clip_)));
  EXPECT_EQ(status(), "Open a portrait first: live mode animates the project's portrait.");
  openPortrait();
  TempDir dir;
  const std::string bogus = dir.file("holiday.mp4");
  std::FILE* file = std::fopen(bogus.c_str(), "w");
  std::fputs("not a video", file);
  std::fclose(file);
  ASSERT_FALSE(panel().startClip(QString::fromStdString(bogus)));
  EXPECT_TRUE(status().contains("holiday.mp4")) << status().toStdString();
  EXPECT_FALSE(editor().live()->running());

  startClip();
  chooseDestination(0);
  QTest::mouseClick(panel().recordButton(), Qt::LeftButton);
  EXPECT_EQ(status(), "Save the project first: a take's video is recorded into the project's folder.");
  chooseDestination(1);
  QTest::mouseClick(panel().recordButton(), Qt::LeftButton);
  EXPECT_EQ(status(), "Select a range on the Pose, Expression or a region row of the timeline to punch in.");
  EXPECT_FALSE(editor().live()->recording());
  QTest::mouseClick(panel().startButton(), Qt::LeftButton);
  EXPECT_FALSE(editor().live()->running());
}

TEST_F(LiveEditor, ATakeBecomesTheDriverAndUndoRemovesIt) {
  openPortrait();
  TempDir dir;
  saveProjectIn(dir);
  startClip();
  chooseDestination(0);
  recordFor(2000);
  ASSERT_EQ(panel().takeList()->count(), 1) << status().toStdString();
  EXPECT_TRUE(panel().takeList()->item(0)->text().contains("take-1"))
      << panel().takeList()->item(0)->text().toStdString();
  const timeline::Project& project = editor().document()->project();
  ASSERT_TRUE(project.driver.has_value());
  EXPECT_TRUE(fs::exists(dir.file("take-1.mp4")));
  EXPECT_NE(project.driver->file.path.find("take-1.mp4"), std::string::npos);
  ASSERT_TRUE(project.hasDriverMotion()) << "the live motion is used, not tracked again";
  EXPECT_NEAR(double(project.settings.frameCount), 60, 6);
  ASSERT_TRUE(editor().document()->undo());
  EXPECT_FALSE(editor().document()->project().driver.has_value()) << "undo takes the take out of the timeline";
  EXPECT_TRUE(fs::exists(dir.file("take-1.mp4"))) << "the recording itself is never deleted";
  ASSERT_EQ(panel().takeList()->count(), 1);
  EXPECT_TRUE(panel().takeList()->item(0)->text().contains("recorded earlier"))
      << panel().takeList()->item(0)->text().toStdString();
}

TEST_F(LiveEditor, CountsInThenRecordsWithThePlayheadRunning) {
  openPortrait();
  editor().document()->setStandaloneLength(300, Rational(30));
  startClip();
  editor().timeline()->view()->selectRange(ui::TimelineRow::Pose, 60, 200);
  chooseDestination(1);
  panel().findChild<QSpinBox*>()->setValue(1);
  QTest::mouseClick(panel().recordButton(), Qt::LeftButton);
  EXPECT_TRUE(editor().live()->countingIn());
  EXPECT_FALSE(editor().live()->recording());
  EXPECT_EQ(status(), "Recording in 1…");
  ASSERT_TRUE(QTest::qWaitFor([&] { return editor().live()->recording(); }, 3000));
  const auto first = editor().preview()->playhead();
  EXPECT_NEAR(double(first), 60, 3) << "the playhead starts at the punch-in";
  QTest::qWait(1000);
  EXPECT_GT(editor().preview()->playhead(), first + 15) << "the playhead runs while recording";
  QTest::mouseClick(panel().recordButton(), Qt::LeftButton);
  EXPECT_FALSE(editor().live()->recording());
  ASSERT_EQ(panel().takeList()->count(), 1) << status().toStdString();
  EXPECT_FALSE(editor().playback()->playing()) << "playback stops with the take";
}

TEST_F(LiveEditor, PreferencesRememberTheCameraChoiceMirrorAndCountIn) {
  auto* mirror = panel().findChild<QCheckBox*>();
  ASSERT_NE(mirror, nullptr);
  ASSERT_EQ(mirror->text(), "Mirror");
  mirror->setChecked(false);
  ASSERT_FALSE(fixture_->savedSettings.empty());
  EXPECT_FALSE(fixture_->savedSettings.back().liveMirror);
  panel().findChild<QSpinBox*>()->setValue(5);
  EXPECT_EQ(fixture_->savedSettings.back().liveCountIn, 5);
  EXPECT_FALSE(editor().settings()->settings().liveMirror);
  EXPECT_FALSE(editor().live()->switches().mirror) << "the camera picture is no longer flipped";
}

TEST_F(LiveEditor, APunchInOnTheMouthChangesOnlyItsRange) {
  openPortrait();
  editor().document()->setStandaloneLength(150, Rational(30));
  startClip();
  const timeline::Project before = editor().document()->project();
  editor().timeline()->view()->selectRange(ui::TimelineRow::Mouth, 30, 75);
  chooseDestination(1);
  recordFor(1800);
  ASSERT_EQ(panel().takeList()->count(), 1) << status().toStdString();
  EXPECT_TRUE(panel().takeList()->item(0)->text().contains("mouth"))
      << panel().takeList()->item(0)->text().toStdString();
  const timeline::Project& after = editor().document()->project();
  EXPECT_FALSE(after.region(FaceRegion::Mouth).followsExpression);
  EXPECT_EQ(after.region(FaceRegion::Mouth).track.segmentAt(Rational(40, 30)).mode, timeline::TrackMode::Keyframed);
  for (timeline::FrameIndex f : {0, 29, 100, 149}) {
    const auto a = timeline::channelValuesOf(timeline::motionAt(before, f), *before.portrait.motion);
    const auto b = timeline::channelValuesOf(timeline::motionAt(after, f), *before.portrait.motion);
    for (int c = 0; c < timeline::kChannelCount; ++c) ASSERT_NEAR(a[c], b[c], 1e-9) << "frame " << f;
  }
  ASSERT_TRUE(editor().document()->undo());
  EXPECT_TRUE(editor().document()->project() == before);
  EXPECT_EQ(panel().takeList()->count(), 0) << "undo removes the take";
}

}  // namespace
}  // namespace marionette::testing
