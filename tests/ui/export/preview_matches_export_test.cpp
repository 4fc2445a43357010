// What the preview shows is what the export writes: one project, one frame,
// the same bytes — with a face other than the default, the project's own
// tracking smoothing, a face crop at a chosen size and a region with modes
// of its own.
#include <QComboBox>
#include <QSignalSpy>
#include <cstring>

#include "core/timeline/commands.h"
#include "core/timeline/editing.h"
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

constexpr int kSide = 256;
constexpr timeline::FrameIndex kFrame = 17;

std::string makeMedia(const std::string& command) {
  const CommandResult made = runShell("ffmpeg -v error -y " + command);
  return made.exitCode == 0 ? std::string() : made.err;
}

// The full-quality frame the preview shows at `frame`.
QImage previewFrame(EditorFixture& fixture, timeline::FrameIndex frame) {
  ui::PreviewController* preview = fixture.editor->preview();
  QSignalSpy shown(preview, &ui::PreviewController::frameShown);
  preview->setPlayhead(frame == 0 ? 1 : 0);
  preview->setPlayhead(frame);
  const bool arrived = QTest::qWaitFor(
      [&] {
        for (const QList<QVariant>& args : shown) {
          const auto shownFrame = args.at(0).value<ui::PreviewFrame>();
          if (shownFrame.frame == frame && shownFrame.quality == ui::PreviewQuality::Full) return true;
        }
        return false;
      },
      30000);
  if (!arrived) return {};
  for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
    const auto shownFrame = it->at(0).value<ui::PreviewFrame>();
    if (shownFrame.frame == frame && shownFrame.quality == ui::PreviewQuality::Full)
      return shownFrame.image.result.convertToFormat(QImage::Format_RGB888);
  }
  return {};
}

bool samePixels(const QImage& a, const QImage& b) {
  if (a.size() != b.size() || a.format() != b.format()) return false;
  for (int y = 0; y < a.height(); ++y)
    if (std::memcmp(a.constScanLine(y), b.constScanLine(y), std::size_t(a.width()) * 3) != 0) return false;
  return true;
}

TEST(PreviewMatchesExport, AFrameIsTheSameBytesWithANonDefaultFaceSmoothingFramingAndRegions) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  MARIONETTE_REQUIRE_MEDIA(small, "portraits/liveportrait-s42.jpg");
  MARIONETTE_REQUIRE_MEDIA(large, "portraits/liveportrait-s7.jpg");
  MARIONETTE_REQUIRE_MEDIA(talking, "driving/liveportrait-d3.mp4");
  TempDir dir;
  // Two faces: the large one (face 1 in the file's order of preference) on
  // the right, a small one on the left; the project animates the small one.
  const std::string portrait = dir.file("two.png");
  ASSERT_EQ(makeMedia("-i " + shellQuote(small) + " -i " + shellQuote(large) +
                      " -filter_complex '[0]scale=256:256,pad=256:512:0:128[l];[1]scale=512:512[r];[l][r]hstack' " +
                      shellQuote(portrait)),
            "");
  const std::string driver = dir.file("talk.mp4");
  ASSERT_EQ(makeMedia("-i " + shellQuote(talking) + " -t 1 -c:v libx264 -preset ultrafast -an " + shellQuote(driver)),
            "");

  EditorFixture fixture;
  ui::EditorSettings settings = fixture.editor->settings()->settings();
  settings.previewSide = kSide;  // the export's size: the preview renders the export's exact pixels
  ASSERT_TRUE(fixture.editor->settings()->apply(settings));
  fixture.editor->media()->openFiles({QString::fromStdString(portrait), QString::fromStdString(driver)});
  ASSERT_TRUE(fixture.waitSettled());
  ui::ProjectDocument* document = fixture.editor->document();
  ASSERT_TRUE(document->project().hasDriverMotion()) << fixture.messages.errors.join('\n').toStdString();

  const timeline::ChannelId jaw = timeline::ChannelId::expression(ExpressionChannel::JawOpen);
  const timeline::TrackRef mouth{timeline::TrackKind::Expression, FaceRegion::Mouth};
  timeline::RenderSettings render = document->project().render;
  render.width = render.height = kSide;
  render.cropToFace = true;
  ASSERT_TRUE(document->apply(timeline::setPortraitFace(1)));
  ASSERT_TRUE(document->apply(timeline::setTrackingSmoothing(0.15)));
  ASSERT_TRUE(document->apply(timeline::setTrackSmoothing({timeline::TrackKind::Expression, std::nullopt}, 0.4)));
  ASSERT_TRUE(document->apply(timeline::setRenderSettings(render)));
  ASSERT_TRUE(
      document->apply(timeline::setModeOver(document->project(), mouth, {10, 25}, timeline::TrackMode::Keyframed)));
  ASSERT_TRUE(document->apply(timeline::setChannelValue(document->project(), jaw, kFrame, 0.8, false)));
  ASSERT_TRUE(fixture.waitSettled());
  const timeline::Project& project = document->project();
  ASSERT_TRUE(fixture.messages.errors.isEmpty()) << fixture.messages.errors.join('\n').toStdString();
  ASSERT_TRUE(project.portrait.motion.has_value()) << "face 1 was analysed";
  ASSERT_TRUE(project.hasDriverMotion()) << "the driver was tracked again with the project's smoothing";
  ASSERT_EQ(fixture.editor->media()->portrait()->key.faceIndex, 1);
  ASSERT_EQ(fixture.editor->media()->portrait()->faceCount, 2);

  const QImage preview = previewFrame(fixture, kFrame);
  ASSERT_FALSE(preview.isNull());
  EXPECT_EQ(preview.size(), QSize(kSide, kSide));

  ui::ExportDialog* dialog = fixture.editor->exportDialog();
  auto* format = dialog->findChild<QComboBox*>("exportFormat");
  ASSERT_NE(format, nullptr);
  format->setCurrentIndex(format->findData(int(ExportFormat::PngSequence)));
  dialog->setOutputPath(QString::fromStdString(dir.file("exported")));
  QSignalSpy finished(fixture.editor->exportRunner(), &ui::ExportRunner::finished);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(finished.wait(120000));
  ASSERT_TRUE(finished.last().at(0).toBool()) << finished.last().at(2).toString().toStdString();
  EXPECT_TRUE(project == document->project()) << "exporting with the project's own settings is no edit";
  const QString name = QString::fromStdString(dir.file("exported/" + sequenceFrameName(kFrame)));
  const QImage exported = QImage(name).convertToFormat(QImage::Format_RGB888);
  ASSERT_FALSE(exported.isNull()) << name.toStdString();
  EXPECT_TRUE(samePixels(preview, exported)) << "the preview shows other pixels than the export writes";

  // `render` of the saved project writes the same frame too.
  ASSERT_TRUE(timeline::saveProject(project, dir.file("scene.marionette")));
  const CommandResult cli =
      runCli({"render", dir.file("scene.marionette"), "-o", dir.file("cli/"), "--frames", "17:18", "--device", "cpu"});
  ASSERT_EQ(cli.exitCode, 0) << cli.err;
  // A sequence's files are named by project frame, whatever range it holds.
  EXPECT_EQ(slurp(dir.file("cli/" + sequenceFrameName(kFrame))), slurp(name.toStdString()));

  // And the face matters: the default face gives another picture.
  ASSERT_TRUE(document->apply(timeline::setPortraitFace(0)));
  ASSERT_TRUE(fixture.waitSettled());
  const QImage otherFace = previewFrame(fixture, kFrame);
  ASSERT_FALSE(otherFace.isNull());
  EXPECT_FALSE(samePixels(preview, otherFace));
}

}  // namespace
}  // namespace marionette::testing
