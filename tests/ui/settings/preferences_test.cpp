#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <fstream>

#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/preview/preview_controller.h"
#include "ui/settings/preferences_dialog.h"
#include "ui/settings/settings_controller.h"
#include "ui/timeline/audio_sync.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

TEST(Preferences, MissingModelPathIsRefusedAndThePreviousOneKept) {
  EditorFixture fixture;
  ui::SettingsController* settings = fixture.editor->settings();
  const QString before = settings->settings().faceModelFolder;
  ui::EditorSettings wanted = settings->settings();
  wanted.faceModelFolder = "/nowhere/shape_predictor.dat";
  wanted.previewSide = 384;
  EXPECT_FALSE(settings->apply(wanted));
  ASSERT_EQ(fixture.messages.errors.size(), 1);
  EXPECT_TRUE(fixture.messages.errors[0].contains("does not exist")) << fixture.messages.errors[0].toStdString();
  EXPECT_TRUE(fixture.messages.errors[0].contains(before)) << "says which model stays";
  EXPECT_EQ(settings->settings().faceModelFolder, before);
  EXPECT_EQ(settings->settings().previewSide, 384) << "the rest of the change applies";
  ASSERT_FALSE(fixture.savedSettings.empty());
  EXPECT_EQ(fixture.savedSettings.back().previewSide, 384);
  EXPECT_EQ(fixture.savedSettings.back().faceModelFolder, before);
}

TEST(Preferences, FolderWhoseModelsAreNotUsableIsRefusedAfterLoading) {
  EditorFixture fixture;
  ui::SettingsController* settings = fixture.editor->settings();
  const QString before = settings->settings().faceModelFolder;
  TempDir dir;
  {
    // Passes the quick look (a folder holding facemesh.json), fails the load.
    std::ofstream out(dir.file("facemesh.json"), std::ios::binary);
    for (int i = 0; i < (2 << 20); ++i) out.put(char((i * 31) & 0xff));
  }
  ui::EditorSettings wanted = settings->settings();
  wanted.faceModelFolder = q(dir.path().string());
  EXPECT_TRUE(settings->apply(wanted)) << "plausible: it is loaded in the background";
  EXPECT_TRUE(settings->modelSwitchPending());
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_EQ(fixture.messages.errors.size(), 1);
  EXPECT_TRUE(fixture.messages.errors[0].contains("holds no usable face models"))
      << fixture.messages.errors[0].toStdString();
  EXPECT_EQ(settings->settings().faceModelFolder, before);
}

TEST(Preferences, DialogShowsTheProblemUnderTheFieldAndStaysOpen) {
  EditorFixture fixture;
  ui::PreferencesDialog* dialog = fixture.editor->settings()->showDialog(fixture.editor->window());
  ASSERT_TRUE(dialog->isVisible());
  const ui::EditorSettings before = fixture.editor->settings()->settings();
  dialog->findChild<QLineEdit*>("modelPathEdit")->setText("/nowhere/model.dat");
  EXPECT_FALSE(dialog->tryAccept());
  EXPECT_TRUE(dialog->isVisible());
  EXPECT_TRUE(dialog->problemText().contains("does not exist")) << dialog->problemText().toStdString();
  EXPECT_TRUE(fixture.editor->settings()->settings() == before);

  // A good choice: German, CPU, 768 px; the model field back to the current one.
  dialog->findChild<QLineEdit*>("modelPathEdit")->setText(before.faceModelFolder);
  auto* language = dialog->findChild<QComboBox*>("languageCombo");
  language->setCurrentIndex(language->findData("de"));
  auto* device = dialog->findChild<QComboBox*>("deviceCombo");
  device->setCurrentIndex(device->findData(int(ui::RenderDevice::Cpu)));
  auto* side = dialog->findChild<QComboBox*>("previewSideCombo");
  side->setCurrentIndex(side->findData(768));
  EXPECT_TRUE(dialog->tryAccept());
  EXPECT_FALSE(dialog->isVisible());
  const ui::EditorSettings& now = fixture.editor->settings()->settings();
  EXPECT_EQ(now.language, "de");
  EXPECT_EQ(now.device, ui::RenderDevice::Cpu);
  EXPECT_EQ(now.previewSide, 768);
  ASSERT_FALSE(fixture.savedSettings.empty());
  EXPECT_TRUE(fixture.savedSettings.back() == now);
}

TEST(Preferences, PreviewResolutionChangesTheRenderedSize) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture fixture;
  fixture.editor->media()->openFiles({q(sourceFile("resources/demo/portrait.jpg"))});
  ASSERT_TRUE(fixture.waitSettled());
  ui::EditorSettings wanted = fixture.editor->settings()->settings();
  wanted.previewSide = 256;
  QSignalSpy shown(fixture.editor->preview(), &ui::PreviewController::frameShown);
  ASSERT_TRUE(fixture.editor->settings()->apply(wanted));
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_GE(shown.count(), 1);
  EXPECT_EQ(shown.last().at(0).value<ui::PreviewFrame>().image.result.width(), 256);
}

TEST(Audio, WithoutAnAudioDeviceTheEditorStaysSilentAndSaysWhy) {
  EditorFixture fixture;
  ui::AudioSync* audio = fixture.editor->audio();
  if (audio->available()) GTEST_SKIP() << "this machine has an audio device";
  EXPECT_TRUE(audio->note().contains("audio device")) << audio->note().toStdString();
}

}  // namespace
}  // namespace marionette::testing
