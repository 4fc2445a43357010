// The curve panel fits what it shows and keeps its legend off the data.
#include <qcustomplot.h>
#include <QLabel>

#include "core/timeline/editing.h"
#include "tests/ui/gui_test_support.h"
#include "ui/curves/curve_editor.h"
#include "ui/document/project_document.h"

namespace marionette::testing {
namespace {

const timeline::ChannelId kSmile = timeline::ChannelId::expression(ExpressionChannel::SmileL);

TEST(CurveEditor, TheValueAxisFitsTheCurvesShown) {
  EditorFixture f;
  ui::ProjectDocument* document = f.editor->document();
  ASSERT_TRUE(document->apply(timeline::setModeOver(document->project(), {timeline::TrackKind::Expression, {}},
                                                    {0, 100}, timeline::TrackMode::Keyframed)));
  ui::CurveEditor* curves = f.editor->curveEditor();
  curves->setChannel(kSmile);
  ASSERT_TRUE(document->apply(timeline::setKeyframe(kSmile, Rational(0), 0.2)));
  curves->flush();
  const QCPRange flat = curves->plot()->yAxis->range();
  EXPECT_TRUE(flat.contains(0.2));
  EXPECT_LT(flat.size(), 0.5) << "a flat curve is not drawn against the channel's whole range";
  ASSERT_TRUE(document->apply(timeline::setKeyframe(kSmile, Rational(2), 1.4)));
  curves->flush();
  const QCPRange ramp = curves->plot()->yAxis->range();
  EXPECT_TRUE(ramp.contains(0.2) && ramp.contains(1.4)) << ramp.lower << " " << ramp.upper;
  ASSERT_TRUE(document->apply(timeline::setKeyframe(kSmile, Rational(3), -0.8)));
  // Without flushing: the redraw follows shortly after the edit by itself.
  EXPECT_TRUE(QTest::qWaitFor([&] { return curves->plot()->yAxis->range().contains(-0.8); }, 1000));
  EXPECT_TRUE(curves->plot()->yAxis->range().contains(-0.8)) << "values never leave the plot";
}

TEST(CurveEditor, TheLegendStaysOffTheDataAndLabelsDoNotCrowd) {
  EditorFixture f;
  ui::CurveEditor* curves = f.editor->curveEditor();
  EXPECT_FALSE(curves->plot()->legend->visible()) << "no legend box inside the plot";
  auto* legend = curves->findChild<QLabel*>("curveLegend");
  ASSERT_NE(legend, nullptr);
  EXPECT_TRUE(legend->text().contains("result") && legend->text().contains("driver"));
  curves->resize(260, 220);
  QApplication::processEvents();
  const int ticks = curves->plot()->xAxis->ticker()->tickCount();
  EXPECT_LE(ticks * 60, curves->plot()->axisRect()->width() + 60) << ticks << " ticks on a narrow panel";
}

}  // namespace
}  // namespace marionette::testing
