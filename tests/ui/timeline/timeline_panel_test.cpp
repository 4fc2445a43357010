// The transport's time and the timeline's hint for choosing a range.
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/preview/preview_controller.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_view.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

TEST(TimelinePanel, TheTimeRunsForwardAtNtscRatesInDropFrameTimecode) {
  EditorFixture f;
  f.editor->document()->setStandaloneLength(20000, Rational(30000, 1001));
  auto* time = f.editor->timeline()->findChild<QToolButton*>("timecodeButton");
  ASSERT_NE(time, nullptr);
  QStringList shown;
  for (timeline::FrameIndex frame : {1798, 1799, 1800, 17982}) {
    f.editor->preview()->setPlayhead(frame);
    shown << time->text();
  }
  EXPECT_TRUE(shown[0].startsWith("00:00:59;28")) << shown[0].toStdString();
  EXPECT_TRUE(shown[1].startsWith("00:00:59;29")) << shown[1].toStdString();
  EXPECT_TRUE(shown[2].startsWith("00:01:00;02")) << shown[2].toStdString();
  EXPECT_TRUE(shown[3].startsWith("00:10:00;00")) << shown[3].toStdString();
  EXPECT_TRUE(shown[2].contains("1800"));
  for (int i = 1; i < shown.size(); ++i) EXPECT_LT(shown[i - 1], shown[i]) << "never runs backwards";

  // Frames and seconds are a click away.
  QMenu* menu = time->menu();
  ASSERT_NE(menu, nullptr);
  menu->actions().at(1)->trigger();  // Frames
  EXPECT_EQ(time->text(), "frame 17982 of 20000");
  menu->actions().at(2)->trigger();  // Seconds
  EXPECT_TRUE(time->text().startsWith("599.999 s")) << time->text().toStdString();
}

TEST(TimelinePanel, SaysHowARangeIsChosenAndWhichOneIs) {
  EditorFixture f;
  f.editor->window()->resize(1600, 900);
  auto* hint = f.editor->timeline()->findChild<QLabel*>("selectionHint");
  ASSERT_NE(hint, nullptr);
  EXPECT_TRUE(hint->toolTip().contains("Drag on a row")) << hint->toolTip().toStdString();
  f.editor->timeline()->view()->selectRange(ui::TimelineRow::Expression, 20, 40);
  EXPECT_TRUE(hint->toolTip().contains("20–39")) << hint->toolTip().toStdString();
}

}  // namespace
}  // namespace marionette::testing
