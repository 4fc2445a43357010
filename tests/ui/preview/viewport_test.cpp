// Pointing the result's eyes in the viewport: grabbing them (and only them)
// turns a drag into the point they look at, starting from where they already
// look, and the editor keys both gaze channels as one undo step.
#include "ui/preview/viewport.h"

#include <gtest/gtest.h>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

#include "core/motion/canonical_face.h"
#include "core/motion/face_model.h"
#include "core/timeline/editing.h"
#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/window/editor.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

using timeline::ChannelId;

// A 400×400 result whose face is frontal, 100 pixels per face unit, looking
// `gaze` degrees; the viewport shows it at its own size.
ui::ViewImage resultLooking(Vec2 gaze) {
  QImage image(400, 400, QImage::Format_RGB888);
  image.fill(QColor(90, 90, 90));
  Motion motion;
  motion.pose = HeadPose::fromEuler({0, 0, 0}, 0, 0, 100);
  motion.expression.setGaze(gaze);
  return {image, motion, QSize(400, 400), {}};
}

// Where an eye of `view` is in `viewport` (shown at its size, centred).
QPoint eyeOnScreen(const ui::Viewport& viewport, const ui::ViewImage& view, int eye) {
  const Landmarks points =
      decodeLandmarks(canonicalFace(), view.motion->expression, view.motion->pose, ImageFrame{400, 400});
  Vec2 centre;
  for (int k = 0; k < 6; ++k) centre = centre + points[std::size_t(36 + 6 * eye + k)] * (1.0 / 6);
  const QPointF offset((viewport.width() - 400) / 2.0, (viewport.height() - 400) / 2.0);
  return (QPointF(centre.x, centre.y) + offset).toPoint();
}

void drag(QWidget* widget, QPoint from, QPoint to) {
  QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, from);
  QMouseEvent move(QEvent::MouseMove, QPointF(to), widget->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                   Qt::NoModifier);
  QApplication::sendEvent(widget, &move);
  QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, to);
}

TEST(ViewportGaze, DraggingAnEyeMovesThePointItLooksAtFromWhereItLooked) {
  EditorFixture f;  // a QApplication on the offscreen platform
  ui::Viewport viewport;
  viewport.resize(600, 500);
  viewport.setZoom(1);
  const ui::ViewImage view = resultLooking({0, 0});
  viewport.setResult(view);
  viewport.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewport));
  viewport.repaint();
  QSignalSpy pointed(&viewport, &ui::Viewport::gazePointed);

  const QPoint eye = eyeOnScreen(viewport, view, 1);
  drag(&viewport, eye, eye + QPoint(50, -20));  // half a face unit right, a fifth up
  ASSERT_EQ(pointed.count(), 1);
  const Vec2 point = pointed.at(0).at(0).value<Vec2>();
  EXPECT_NEAR(point.x, 0.5, 0.02);
  EXPECT_NEAR(point.y, -0.2, 0.02);

  // Looking 30° right already, the same drag starts from there: no jump.
  const ui::ViewImage aside = resultLooking({30, 0});
  viewport.setResult(aside);
  viewport.repaint();
  const QPoint eyeAside = eyeOnScreen(viewport, aside, 0);
  drag(&viewport, eyeAside, eyeAside + QPoint(0, 1));
  ASSERT_EQ(pointed.count(), 2);
  const Vec2 from = pointed.at(1).at(0).value<Vec2>();
  EXPECT_NEAR(std::atan(from.x) * 180 / kPi, 30, 0.1);
}

TEST(ViewportGaze, ADragAwayFromTheEyesPointsNothing) {
  EditorFixture f;
  ui::Viewport viewport;
  viewport.resize(600, 500);
  viewport.setZoom(1);
  viewport.setResult(resultLooking({0, 0}));
  viewport.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewport));
  viewport.repaint();
  QSignalSpy pointed(&viewport, &ui::Viewport::gazePointed);
  drag(&viewport, QPoint(300, 440), QPoint(350, 440));  // the chin's level, far below the eyes
  EXPECT_EQ(pointed.count(), 0);
  viewport.setMode(ui::ViewMode::Portrait);  // the result is not shown: nothing to grab
  viewport.repaint();
  drag(&viewport, eyeOnScreen(viewport, resultLooking({0, 0}), 0), QPoint(350, 200));
  EXPECT_EQ(pointed.count(), 0);
}

TEST(ViewportGaze, TheEditorKeysBothGazeChannelsAsOneUndoStep) {
  EditorFixture f;
  ui::ProjectDocument* document = f.editor->document();
  ASSERT_TRUE(document->apply(timeline::setModeOver(
      document->project(), {timeline::TrackKind::Expression, std::nullopt}, {0, 100}, timeline::TrackMode::Keyframed)));
  ui::Viewport* viewport = f.editor->window()->viewport();
  emit viewport->gazePointed({0.5, 0});
  emit viewport->gazePointed({1.0, -0.3});  // the same drag, further
  const auto gazeX = ChannelId::expression(ExpressionChannel::GazeX);
  const auto gazeY = ChannelId::expression(ExpressionChannel::GazeY);
  const auto x = document->project().curve(gazeX).find(Rational(0));
  const auto y = document->project().curve(gazeY).find(Rational(0));
  ASSERT_TRUE(x && y);
  EXPECT_NEAR(document->project().curve(gazeX).at(*x).value, 40, 1e-6) << "45° clamped to the channel's range";
  EXPECT_NEAR(document->project().curve(gazeY).at(*y).value, std::atan(-0.3) * 180 / kPi, 1e-6);
  emit viewport->gazeDragEnded();
  emit viewport->gazePointed({0.2, 0});  // a second drag is its own step
  ASSERT_TRUE(document->undo());
  EXPECT_NEAR(document->project().curve(gazeX).at(*document->project().curve(gazeX).find(Rational(0))).value, 40, 1e-6);
  ASSERT_TRUE(document->undo());
  EXPECT_FALSE(document->project().curve(gazeX).find(Rational(0))) << "one undo removes the whole first drag";
  EXPECT_FALSE(document->project().curve(gazeY).find(Rational(0)));
}

}  // namespace
}  // namespace marionette::testing
