// Light and dark: what the timeline draws reads on both.
#include <QToolButton>

#include "tests/ui/gui_test_support.h"
#include "ui/settings/theme.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_view.h"

namespace marionette::testing {
namespace {

double luminance(const QColor& c) {
  auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The brightest colour the icon paints.
QColor iconColour(const QIcon& icon) {
  const QImage image = icon.pixmap(32, 32).toImage();
  QColor best(0, 0, 0, 0);
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      if (c.alpha() > 200 && c.alpha() >= best.alpha()) best = c;
    }
  return best;
}

TEST(Theme, TransportIconsAndModeLabelsReadOnLightAndDark) {
  EditorFixture f;
  for (ui::Theme theme : {ui::Theme::Dark, ui::Theme::Light}) {
    ui::applyTheme(theme);
    QApplication::processEvents();
    const QPalette palette = f.editor->timeline()->palette();
    auto* play = f.editor->timeline()->findChild<QToolButton*>("playButton");
    ASSERT_NE(play, nullptr);
    EXPECT_GT(contrast(iconColour(play->icon()), palette.color(QPalette::Button)), 4.5)
        << ui::themeKey(theme).toStdString();
    for (timeline::TrackMode mode :
         {timeline::TrackMode::Driving, timeline::TrackMode::Source, timeline::TrackMode::Hold,
          timeline::TrackMode::Keyframed, timeline::TrackMode::DrivingOffset})
      EXPECT_GT(contrast(ui::modeColour(mode, palette), Qt::white), 2.5)
          << "white labels on " << ui::modeLabel(mode).toStdString() << ", " << ui::themeKey(theme).toStdString();
  }
  ui::applyTheme(ui::Theme::System);
}

TEST(Theme, ThemeNamesRoundTrip) {
  for (ui::Theme theme : {ui::Theme::System, ui::Theme::Light, ui::Theme::Dark})
    EXPECT_EQ(ui::themeFromKey(ui::themeKey(theme)), theme);
  EXPECT_EQ(ui::themeFromKey("purple"), ui::Theme::System) << "an unknown name in the settings file falls back";
}

}  // namespace
}  // namespace marionette::testing
