// The window as people use it: shortcuts, the view box, the Export button,
// what an empty window offers, the example project, small screens and a
// layout that is remembered.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

#include "core/timeline/commands.h"
#include "tests/ui/gui_test_support.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/export/export_dialog.h"
#include "ui/preview/preview_controller.h"
#include "ui/preview/viewport.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

QAction* action(EditorFixture& f, const char* name) { return f.editor->window()->findChild<QAction*>(name); }

TEST(MainWindow, RedoHasBothCommonShortcutsAndSaveAsHasOne) {
  EditorFixture f;
  QAction* redo = action(f, "redoAction");
  ASSERT_NE(redo, nullptr);
  EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
  EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
  EXPECT_EQ(action(f, "saveProjectAsAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

  // Ctrl+Y really redoes.
  ui::MainWindow* window = f.editor->window();
  window->activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(window));
  ui::ProjectDocument* document = f.editor->document();
  const auto smile = timeline::ChannelId::expression(ExpressionChannel::SmileL);
  ASSERT_TRUE(document->apply(timeline::setKeyframe(smile, Rational(1), 0.5)));
  ASSERT_TRUE(document->undo());
  EXPECT_TRUE(document->project().curve(smile).empty());
  QTest::keyClick(window, Qt::Key_Y, Qt::ControlModifier);
  EXPECT_EQ(document->project().curve(smile).size(), 1u) << "Ctrl+Y redid the key";
}

TEST(MainWindow, TheViewBoxFollowsTheViewChosenByShortcut) {
  EditorFixture f;
  auto* box = f.editor->window()->findChild<QComboBox*>("viewModeCombo");
  ASSERT_NE(box, nullptr);
  ui::MainWindow* window = f.editor->window();
  window->activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(window));
  QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
  EXPECT_EQ(window->viewport()->mode(), ui::ViewMode::SideBySide);
  EXPECT_EQ(box->currentData().toInt(), int(ui::ViewMode::SideBySide)) << box->currentText().toStdString();
  box->setCurrentIndex(box->findData(int(ui::ViewMode::Driver)));
  for (QAction* a : window->viewMenu()->actions()) {
    if (a->isCheckable() && a->isChecked() && a->data().isValid()) {
      EXPECT_EQ(a->data().toInt(), int(ui::ViewMode::Driver)) << "the menu follows the box too";
    }
  }
}

TEST(MainWindow, ExportIsAButtonOnTheToolbar) {
  EditorFixture f;
  auto* button = f.editor->window()->findChild<QToolButton*>("exportButton");
  ASSERT_NE(button, nullptr);
  EXPECT_TRUE(button->isVisible());
  QTest::mouseClick(button, Qt::LeftButton);
  EXPECT_TRUE(f.editor->exportDialog()->isVisible());
  f.editor->exportDialog()->close();
}

TEST(MainWindow, AnEmptyWindowOffersWhatToOpenAndTheExampleProject) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  EditorFixture f;
  QWidget* start = f.editor->window()->viewport()->findChild<QWidget*>("startPanel");
  ASSERT_NE(start, nullptr);
  EXPECT_TRUE(start->isVisible());
  QStringList offered;
  for (auto* button : start->findChildren<QToolButton*>()) offered << button->defaultAction()->objectName();
  EXPECT_EQ(offered, (QStringList{"openPortraitAction", "openDriverAction", "openExampleAction"}));

  action(f, "openExampleAction")->trigger();
  ASSERT_TRUE(f.waitSettled());
  ASSERT_TRUE(QTest::qWaitFor([&] { return !f.editor->document()->project().curve(timeline::kYaw).empty(); }, 10000))
      << f.messages.errors.join('\n').toStdString();
  const timeline::Project& project = f.editor->document()->project();
  EXPECT_EQ(project.settings.frameCount, 100);
  EXPECT_EQ(project.pose.segments.front().mode, timeline::TrackMode::Keyframed);
  EXPECT_FALSE(project.curve(timeline::ChannelId::expression(ExpressionChannel::BlinkL)).empty());
  EXPECT_TRUE(f.editor->media()->hasPortrait());
  EXPECT_FALSE(start->isVisible()) << "the portrait shows now";
  EXPECT_TRUE(f.editor->document()->undoName().contains("Example")) << "one undo step";
}

// Everything must fit and stay usable from 1024×600 up.
TEST(MainWindow, FitsASmallScreen) {
  EditorFixture f;
  ui::MainWindow* window = f.editor->window();
  const QSize minimum = window->minimumSizeHint();
  EXPECT_LE(minimum.width(), 1024);
  EXPECT_LE(minimum.height(), 600 - 80) << "room for a title bar and a desktop panel";
  window->resize(1024, 600);
  QTest::qWait(50);
  EXPECT_EQ(window->size(), QSize(1024, 600)) << "the window can be that small";
  EXPECT_TRUE(window->rect().contains(window->statusBar()->geometry())) << "the status bar is on screen";
  // Each dock, brought to the front of its tab group (Live shares one with
  // the Inspector), lies inside the window.
  for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
    dock->raise();
    QTest::qWait(20);
    EXPECT_TRUE(dock->isVisible()) << dock->objectName().toStdString();
    EXPECT_TRUE(window->rect().contains(dock->geometry())) << dock->objectName().toStdString();
  }
}

TEST(MainWindow, GeometryAndDockLayoutAreRememberedOnClose) {
  QByteArray geometry, state;
  {
    EditorFixture f;
    ui::MainWindow* window = f.editor->window();
    auto* curves = window->findChild<QDockWidget*>("curvesDock");
    ASSERT_NE(curves, nullptr);
    curves->hide();
    window->close();
    ASSERT_FALSE(f.savedSettings.empty());
    geometry = f.savedSettings.back().windowGeometry;
    state = f.savedSettings.back().windowState;
  }
  EXPECT_FALSE(geometry.isEmpty());
  EXPECT_FALSE(state.isEmpty());
  guiApplication();
  RecordingMessageSink messages;
  ui::EditorServices services;
  services.model = sharedModel();
  services.makeRenderer = cpuRenderer;
  services.messages = &messages;
  services.settings.windowGeometry = geometry;
  services.settings.windowState = state;
  ui::Editor editor(std::move(services));
  EXPECT_FALSE(editor.window()->findChild<QDockWidget*>("curvesDock")->isVisibleTo(editor.window()))
      << "the hidden panel stays hidden";
}

}  // namespace
}  // namespace marionette::testing
