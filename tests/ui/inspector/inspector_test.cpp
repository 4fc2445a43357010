// The inspector's value controls: values beyond a slider's range, fine
// drags, typed values, honest zeros, the renderer's band, the face picker.
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QTest>

#include "core/timeline/editing.h"
#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/inspector/channel_slider.h"
#include "ui/inspector/inspector.h"
#include "ui/preview/preview_controller.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

using timeline::ChannelId;

const ChannelId kJaw = ChannelId::expression(ExpressionChannel::JawOpen);
const ChannelId kYaw = ChannelId::pose(timeline::PoseChannel::Yaw);

// A project without media whose tracks take keys everywhere.
void keyEverything(EditorFixture& f) {
  ui::ProjectDocument* document = f.editor->document();
  for (timeline::TrackKind kind : {timeline::TrackKind::Pose, timeline::TrackKind::Expression})
    ASSERT_TRUE(document->apply(
        timeline::setModeOver(document->project(), {kind, std::nullopt}, {0, 100}, timeline::TrackMode::Keyframed)));
}

TEST(Inspector, AValueBeyondTheSliderRangeWidensItInsteadOfPinningTheHandle) {
  EditorFixture f;
  keyEverything(f);
  ui::Inspector* inspector = f.editor->inspector();
  ASSERT_TRUE(f.editor->document()->apply(timeline::setKeyframe(kJaw, Rational(0), 1.8)));  // range is -0.3..1.5
  ui::ChannelSlider* slider = inspector->slider(kJaw);
  EXPECT_NEAR(slider->value(), 1.8, 1e-6);
  EXPECT_EQ(slider->sliderPosition(), slider->maximum()) << "1.8 is the widened range's end";
  // Another value inside the range sits where it belongs, not at an end.
  ASSERT_TRUE(f.editor->document()->apply(timeline::setKeyframe(kJaw, Rational(0), 0.6)));
  EXPECT_GT(slider->sliderPosition(), slider->minimum());
  EXPECT_LT(slider->sliderPosition(), slider->maximum());
  EXPECT_NEAR(inspector->valueBox(kJaw)->value(), 0.6, 1e-6);
}

TEST(Inspector, ShiftDragsTenTimesFinerAndATypedValueKeysTheChannel) {
  EditorFixture f;
  keyEverything(f);
  f.editor->window()->resize(1280, 820);
  ui::Inspector* inspector = f.editor->inspector();
  ui::ChannelSlider* slider = inspector->slider(kYaw);
  ASSERT_TRUE(QTest::qWaitForWindowExposed(f.editor->window()));
  const double coarse = slider->unitsPerPixel(false), fine = slider->unitsPerPixel(true);
  EXPECT_NEAR(fine, coarse / 10, 1e-12);
  // Press, drag 20 pixels right and release, Shift held throughout.
  const QPointF centre = slider->rect().center();
  auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
    QMouseEvent event(type, at, slider->mapToGlobal(at), Qt::LeftButton, buttons, Qt::ShiftModifier);
    QApplication::sendEvent(slider, &event);
  };
  send(QEvent::MouseButtonPress, centre, Qt::LeftButton);
  send(QEvent::MouseMove, centre + QPointF(20, 0), Qt::LeftButton);
  send(QEvent::MouseButtonRelease, centre + QPointF(20, 0), Qt::NoButton);
  const double moved = inspector->valueAt(kYaw);
  EXPECT_NEAR(moved, 20 * fine, 0.05) << "a 20-pixel drag with Shift moves " << 20 * fine << "°, not " << 20 * coarse;
  EXPECT_LT(std::abs(moved), 20 * coarse / 5) << "well below what a plain drag moves";

  ui::ValueSpinBox* typed = inspector->valueBox(kYaw);
  typed->setValue(12.5);
  EXPECT_NEAR(inspector->valueAt(kYaw), 12.5, 0.05);
  EXPECT_TRUE(f.editor->document()->project().curve(kYaw).find(Rational(0)).has_value());
}

TEST(Inspector, ValuesNeverReadMinusZero) {
  EditorFixture f;
  ui::ValueSpinBox* box = f.editor->inspector()->valueBox(kJaw);
  EXPECT_EQ(box->textFromValue(-0.0001), "0.00");
  EXPECT_EQ(box->textFromValue(-0.004), "0.00");
  EXPECT_EQ(box->textFromValue(-0.006), "-0.01");
}

TEST(Inspector, APoseBeyondWhatRendersWellIsMarkedAndExplained) {
  EditorFixture f;
  keyEverything(f);
  ui::Inspector* inspector = f.editor->inspector();
  ASSERT_TRUE(f.editor->document()->apply(timeline::setKeyframe(kYaw, Rational(0), 5)));
  EXPECT_FALSE(inspector->note()->text().contains("⚠")) << inspector->note()->text().toStdString();
  ASSERT_TRUE(f.editor->document()->apply(timeline::setKeyframe(kYaw, Rational(0), 45)));
  EXPECT_TRUE(inspector->note()->text().contains("⚠")) << inspector->note()->text().toStdString();
  EXPECT_TRUE(inspector->note()->text().contains("Yaw"));
  EXPECT_NE(inspector->valueBox(kYaw)->palette().color(QPalette::Text), inspector->palette().color(QPalette::Text))
      << "the value itself shows the warning colour";
  EXPECT_TRUE(inspector->note()->text().contains("drawn smaller")) << "says what happens past the band";
  const auto& yaw = timeline::channelInfo(kYaw);
  EXPECT_LT(yaw.renderedWellMaximum, yaw.maximum) << "the band is narrower than the slider";
  EXPECT_TRUE(yaw.rendersWell(35)) << "a frontal face drawn as a surface turns 35° as asked";
  EXPECT_TRUE(yaw.rendersWell(5));
}

// The inspector shrinks with its panel: no sideways scrolling, in either language.
TEST(Inspector, FitsANarrowPanelWithoutScrollingSideways) {
  EditorFixture f;
  auto* scroll = f.editor->inspector()->findChild<QScrollArea*>();
  ASSERT_NE(scroll, nullptr);
  EXPECT_EQ(scroll->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
  EXPECT_LE(scroll->widget()->minimumSizeHint().width(), 320);
}

TEST(Inspector, TheFacePickerChoosesWhichFaceTheProjectAnimates) {
  EditorFixture f;
  auto* face = f.editor->inspector()->findChild<QSpinBox*>("faceIndex");
  ASSERT_NE(face, nullptr);
  face->setRange(1, 3);
  face->setValue(2);
  EXPECT_EQ(f.editor->document()->project().portrait.faceIndex, 1) << "shown 1-based, stored 0-based";
  EXPECT_TRUE(f.editor->document()->undoName().contains("face")) << f.editor->document()->undoName().toStdString();
}

}  // namespace
}  // namespace marionette::testing
