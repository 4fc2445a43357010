#include <QAction>
#include <QSignalSpy>

#include "core/timeline/motion_at.h"
#include "core/timeline/time.h"
#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/inspector/inspector.h"
#include "ui/preview/preview_controller.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_view.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

using timeline::ChannelId;
using timeline::TrackMode;

const ChannelId kSmile = ChannelId::expression(ExpressionChannel::SmileL);

struct TimelineFixture : EditorFixture {
  ui::ProjectDocument* document() { return editor->document(); }
  ui::TimelineView* view() { return editor->timeline()->view(); }
  const timeline::Project& project() { return document()->project(); }
  QAction* action(const char* name) { return editor->window()->findChild<QAction*>(name); }

  void openMedia() {
    MARIONETTE_REQUIRE_MEDIA(driver, "driving/liveportrait-d0.mp4");
    editor->media()->openFiles(
        {QString::fromStdString(sourceFile("resources/demo/portrait.jpg")), QString::fromStdString(driver)});
    ASSERT_TRUE(waitSettled());
    ASSERT_TRUE(project().hasDriverMotion()) << messages.errors.join('\n').toStdString();
    ASSERT_TRUE(project().portrait.motion.has_value());
  }
  Rational at(int frame) { return timeline::frameTime(frame, project().settings.frameRate); }
};

TEST(TimelineEditing, SwitchesATrackModeOverASelectedRangeAndUndoesIt) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  TimelineFixture f;
  f.openMedia();
  if (::testing::Test::IsSkipped()) return;
  const timeline::Project before = f.project();
  f.view()->selectRange(ui::TimelineRow::Pose, 20, 40);
  ASSERT_TRUE(f.view()->setModeOverSelection(TrackMode::Source));
  EXPECT_EQ(f.project().pose.segmentAt(f.at(10)).mode, TrackMode::Driving);
  EXPECT_EQ(f.project().pose.segmentAt(f.at(20)).mode, TrackMode::Source);
  EXPECT_EQ(f.project().pose.segmentAt(f.at(39)).mode, TrackMode::Source);
  EXPECT_EQ(f.project().pose.segmentAt(f.at(40)).mode, TrackMode::Driving);
  EXPECT_EQ(f.project().expression, before.expression) << "only the pose track changes";
  // Inside the range the pose is the portrait's own.
  const Motion inside = timeline::motionAt(f.project(), 30);
  EXPECT_TRUE(timeline::sameMotion(Motion{inside.pose, {}}, Motion{f.project().portrait.motion->pose, {}}));

  EXPECT_TRUE(f.action("undoAction")->text().contains("pose", Qt::CaseInsensitive))
      << f.action("undoAction")->text().toStdString();
  f.action("undoAction")->trigger();
  EXPECT_TRUE(f.project() == before);
  f.action("redoAction")->trigger();
  EXPECT_EQ(f.project().pose.segmentAt(f.at(30)).mode, TrackMode::Source);
}

TEST(TimelineEditing, AddsMovesAndDeletesAKeyframeWithUndo) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  TimelineFixture f;
  f.openMedia();
  if (::testing::Test::IsSkipped()) return;
  f.view()->selectRange(ui::TimelineRow::Expression, 0, f.view()->outFrame());
  ASSERT_TRUE(f.view()->setModeOverSelection(TrackMode::Keyframed));

  // Add: the inspector's smile slider at frame 10 keys smile there.
  f.editor->preview()->setPlayhead(10);
  ASSERT_TRUE(f.editor->inspector()->setChannelValue(kSmile, 0.8, false));
  ASSERT_EQ(f.project().curve(kSmile).size(), 1u);
  EXPECT_EQ(f.project().curve(kSmile).keys()[0].time, f.at(10));
  EXPECT_NEAR(f.editor->inspector()->valueAt(kSmile), 0.8, 0.02) << "the evaluated smile follows the key";
  const timeline::Project keyed = f.project();

  // Move: select its diamond and drag it 5 frames right.
  f.view()->selectKeys({{kSmile, f.at(10)}});
  ASSERT_TRUE(f.view()->moveSelectedKeys(5, false));
  ASSERT_EQ(f.project().curve(kSmile).size(), 1u);
  EXPECT_EQ(f.project().curve(kSmile).keys()[0].time, f.at(15));
  EXPECT_DOUBLE_EQ(f.project().curve(kSmile).keys()[0].value, keyed.curve(kSmile).keys()[0].value);

  // Delete, then undo back through every step.
  ASSERT_TRUE(f.view()->deleteSelectedKeys());
  EXPECT_TRUE(f.project().curve(kSmile).empty());
  ASSERT_TRUE(f.document()->undo());
  EXPECT_EQ(f.project().curve(kSmile).keys()[0].time, f.at(15));
  ASSERT_TRUE(f.document()->undo());
  EXPECT_TRUE(f.project() == keyed);
  ASSERT_TRUE(f.document()->redo());
  EXPECT_EQ(f.project().curve(kSmile).keys()[0].time, f.at(15));
}

TEST(TimelineEditing, CopiesAndPastesKeyframesAtThePlayhead) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  TimelineFixture f;
  f.openMedia();
  if (::testing::Test::IsSkipped()) return;
  f.editor->preview()->setPlayhead(4);
  ASSERT_TRUE(f.editor->inspector()->setChannelValue(kSmile, 0.5, false));
  f.view()->selectKeys({{kSmile, f.at(4)}});
  f.view()->copySelectedKeys();
  f.editor->preview()->setPlayhead(30);
  ASSERT_TRUE(f.view()->pasteKeys());
  ASSERT_EQ(f.project().curve(kSmile).size(), 2u);
  EXPECT_EQ(f.project().curve(kSmile).keys()[1].time, f.at(30));
  EXPECT_DOUBLE_EQ(f.project().curve(kSmile).keys()[1].value, f.project().curve(kSmile).keys()[0].value);
}

}  // namespace
}  // namespace marionette::testing
