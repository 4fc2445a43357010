#include <QAction>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <filesystem>
#include <fstream>

#include "core/timeline/project_file.h"
#include "tests/ui/gui_test_support.h"
#include "ui/document/media_problems_bar.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/document/project_session.h"
#include "ui/inspector/inspector.h"
#include "ui/preview/preview_controller.h"
#include "ui/window/main_window.h"

namespace marionette::testing {
namespace {

namespace fs = std::filesystem;
using timeline::ChannelId;

const ChannelId kSmile = ChannelId::expression(ExpressionChannel::SmileL);

QString q(const std::string& text) { return QString::fromStdString(text); }

// A project saved in a temporary folder with its own copies of the media,
// so that tests may move them away.
struct SavedProject {
  TempDir dir;
  std::string portrait = dir.file("portrait.jpg");
  std::string driver = dir.file("driver.mp4");
  std::string project = dir.file("scene.marionette");
};

struct SessionFixture : EditorFixture {
  explicit SessionFixture(const QString& untitledAutosavePath = {}) : EditorFixture(untitledAutosavePath) {}
  ui::ProjectDocument* document() { return editor->document(); }
  ui::ProjectSession* session() { return editor->session(); }
  const timeline::Project& project() { return document()->project(); }

  // Portrait + driver d0 with a smile key at frame 0, saved to `saved.project`.
  void makeProject(SavedProject& saved, const std::string& drivingVideo) {
    fs::copy_file(sourceFile("resources/demo/portrait.jpg"), saved.portrait);
    fs::copy_file(drivingVideo, saved.driver);
    editor->media()->openFiles({q(saved.portrait), q(saved.driver)});
    ASSERT_TRUE(waitSettled());
    ASSERT_TRUE(project().hasDriverMotion()) << messages.errors.join('\n').toStdString();
    ASSERT_TRUE(editor->inspector()->setChannelValue(kSmile, 0.6, false));
    ASSERT_TRUE(document()->isModified());
    ASSERT_TRUE(session()->saveTo(q(saved.project)));
    ASSERT_TRUE(waitSettled());
  }
};

TEST(ProjectSession, SavesAndReopensWithCachedMotionAndNoTracking) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  MARIONETTE_REQUIRE_MEDIA(driver, "driving/liveportrait-d0.mp4");
  SavedProject saved;
  timeline::Project before;
  {
    SessionFixture first;
    first.makeProject(saved, driver);
    EXPECT_FALSE(first.document()->isModified());
    EXPECT_EQ(first.editor->window()->windowTitle(), "scene[*] — Marionette");
    EXPECT_FALSE(first.editor->window()->isWindowModified());
    EXPECT_TRUE(fs::exists(timeline::motionCachePath(saved.project))) << "the driver's motion is cached";
    before = first.project();
  }
  SessionFixture second;
  QSignalSpy tracking(second.editor->media(), &ui::ProjectMedia::trackingProgress);
  ASSERT_TRUE(second.session()->open(q(saved.project)));
  ASSERT_TRUE(second.waitSettled());
  EXPECT_TRUE(second.messages.errors.isEmpty()) << second.messages.errors.join('\n').toStdString();
  for (const QList<QVariant>& progress : tracking)
    EXPECT_EQ(progress.at(1).toLongLong(), 0) << "cached motion is used, nothing is tracked";
  auto* bar = second.editor->window()->findChild<QProgressBar*>("trackingProgress");
  ASSERT_NE(bar, nullptr);
  EXPECT_TRUE(bar->isHidden()) << "no tracking bar left behind";
  EXPECT_TRUE(second.project() == before);
  EXPECT_FALSE(second.document()->isModified());
  EXPECT_TRUE(second.editor->media()->hasPortrait());
  EXPECT_EQ(second.editor->preview()->frameCount(), 78);
  EXPECT_EQ(second.session()->recentProjects().value(0), q(saved.project));
}

TEST(ProjectSession, UnsavedChangesPromptCanCancelOrDiscard) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  SessionFixture fixture;
  fixture.editor->media()->openFiles({q(sourceFile("resources/demo/portrait.jpg"))});
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_TRUE(fixture.editor->inspector()->setChannelValue(kSmile, 0.5, false));
  EXPECT_TRUE(fixture.editor->window()->isWindowModified());

  fixture.prompts.unsavedAnswer = ui::UnsavedChoice::Cancel;
  EXPECT_FALSE(fixture.session()->newProject());
  EXPECT_EQ(fixture.prompts.asked, QStringList{"unsaved:Untitled"});
  EXPECT_EQ(fixture.project().curve(kSmile).size(), 1u);
  EXPECT_FALSE(fixture.editor->window()->close()) << "closing asks too, and Cancel keeps the window";

  fixture.prompts.unsavedAnswer = ui::UnsavedChoice::Discard;
  EXPECT_TRUE(fixture.session()->newProject());
  EXPECT_EQ(fixture.project().curve(kSmile).size(), 0u);
  EXPECT_FALSE(fixture.document()->isModified());
  EXPECT_FALSE(fixture.editor->media()->hasPortrait());
}

TEST(ProjectSession, NewerOrMalformedProjectLeavesTheOpenProjectAsItWas) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  MARIONETTE_REQUIRE_MEDIA(driver, "driving/liveportrait-d0.mp4");
  SavedProject saved;
  SessionFixture fixture;
  fixture.makeProject(saved, driver);
  ASSERT_TRUE(fixture.editor->inspector()->setChannelValue(kSmile, 0.2, true));  // unsaved edit
  const timeline::Project before = fixture.project();

  // The same project as written by a later version of the format.
  std::ifstream in(saved.project);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  const auto at = text.find("\"version\": 3");
  ASSERT_NE(at, std::string::npos);
  std::string newer = text;
  newer.replace(at, 12, "\"version\": 7");
  const std::string newerPath = saved.dir.file("newer.marionette");
  std::ofstream(newerPath) << newer;
  const std::string brokenPath = saved.dir.file("broken.marionette");
  std::ofstream(brokenPath) << text.substr(0, text.size() / 2);

  for (const std::string& path : {newerPath, brokenPath}) {
    fixture.messages.errors.clear();
    fixture.prompts.asked.clear();
    EXPECT_FALSE(fixture.session()->open(q(path)));
    ASSERT_TRUE(fixture.waitSettled());
    ASSERT_EQ(fixture.messages.errors.size(), 1) << path;
    const QString error = fixture.messages.errors[0];
    EXPECT_TRUE(error.contains(q(fs::path(path).filename().string()))) << error.toStdString();
    EXPECT_TRUE(error.contains("unchanged")) << error.toStdString();
    EXPECT_TRUE(fixture.prompts.asked.isEmpty()) << "nothing to ask about a file that cannot open";
    EXPECT_TRUE(fixture.project() == before);
    EXPECT_EQ(fixture.document()->path(), q(saved.project));
    EXPECT_TRUE(fixture.document()->isModified());
    EXPECT_TRUE(fixture.editor->document()->project().hasDriverMotion());
  }
  // The newer-version message says what happened.
  fixture.messages.errors.clear();
  EXPECT_FALSE(fixture.session()->open(q(newerPath)));
  ASSERT_EQ(fixture.messages.errors.size(), 1);
  EXPECT_TRUE(fixture.messages.errors[0].contains("newer Marionette")) << fixture.messages.errors[0].toStdString();
}

TEST(ProjectSession, DroppedProjectFileOpens) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  MARIONETTE_REQUIRE_MEDIA(driver, "driving/liveportrait-d0.mp4");
  SavedProject saved;
  { SessionFixture().makeProject(saved, driver); }
  SessionFixture fixture;
  dropFiles(fixture.editor->window(), {q(saved.project)});
  ASSERT_TRUE(fixture.waitSettled());
  EXPECT_EQ(fixture.document()->path(), q(saved.project));
  EXPECT_EQ(fixture.project().curve(kSmile).size(), 1u);
  EXPECT_TRUE(fixture.editor->document()->project().hasDriverMotion());
}

TEST(ProjectSession, AutosaveIsRecoveredAfterACrash) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  MARIONETTE_REQUIRE_MEDIA(driver, "driving/liveportrait-d0.mp4");
  SavedProject saved;
  {
    SessionFixture crashed;
    crashed.makeProject(saved, driver);
    ASSERT_TRUE(crashed.editor->inspector()->setChannelValue(kSmile, 0.9, false));
    crashed.editor->preview()->setPlayhead(30);
    ASSERT_TRUE(crashed.editor->inspector()->setChannelValue(kSmile, 0.1, false));
    ASSERT_TRUE(crashed.session()->autosaveNow());
    ASSERT_TRUE(fs::exists(timeline::autosavePath(saved.project)));
    // The editor goes away without saving or asking: a crash, as far as the files know.
  }
  SessionFixture fixture;
  fixture.prompts.recoverAnswer = true;
  ASSERT_TRUE(fixture.session()->open(q(saved.project)));
  ASSERT_TRUE(fixture.waitSettled());
  EXPECT_EQ(fixture.prompts.asked, QStringList{"recover:scene"});
  EXPECT_EQ(fixture.project().curve(kSmile).size(), 2u) << "the edits after the last save are back";
  EXPECT_TRUE(fixture.document()->isModified()) << "recovered changes are not in the file yet";
  EXPECT_TRUE(fixture.editor->window()->isWindowModified());
  ASSERT_TRUE(fixture.session()->save());
  EXPECT_FALSE(fs::exists(timeline::autosavePath(saved.project))) << "saving removes the autosave";
}

TEST(ProjectSession, UntitledProjectIsRecoveredAtStart) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  TempDir dir;
  const std::string untitled = dir.file("untitled.marionette");
  {
    SessionFixture crashed(q(untitled));
    crashed.editor->media()->openFiles({q(sourceFile("resources/demo/portrait.jpg"))});
    ASSERT_TRUE(crashed.waitSettled());
    ASSERT_TRUE(crashed.editor->inspector()->setChannelValue(kSmile, 0.7, false));
    ASSERT_TRUE(crashed.session()->autosaveNow());
  }
  SessionFixture fixture(q(untitled));
  ASSERT_TRUE(fixture.session()->offerUntitledRecovery());
  ASSERT_TRUE(fixture.waitSettled());
  EXPECT_EQ(fixture.project().curve(kSmile).size(), 1u);
  EXPECT_TRUE(fixture.document()->path().isEmpty());
  EXPECT_TRUE(fixture.editor->media()->hasPortrait());
  EXPECT_TRUE(fixture.document()->isModified());
}

TEST(ProjectSession, MissingDriverShowsRelinkAndRelinkRestoresIt) {
  MARIONETTE_REQUIRE_LANDMARK_MODEL();
  MARIONETTE_REQUIRE_MEDIA(driver, "driving/liveportrait-d0.mp4");
  SavedProject saved;
  { SessionFixture().makeProject(saved, driver); }
  const std::string moved = saved.dir.file("moved-driver.mp4");
  fs::rename(saved.driver, moved);

  SessionFixture fixture;
  ASSERT_TRUE(fixture.session()->open(q(saved.project)));
  ASSERT_TRUE(fixture.waitSettled());
  ASSERT_EQ(fixture.session()->mediaProblems().size(), 1u);
  EXPECT_TRUE(fixture.session()->mediaProblems()[0].driver);
  auto* bar = fixture.editor->window()->findChild<ui::MediaProblemsBar*>("mediaProblemsBar");
  ASSERT_NE(bar, nullptr);
  EXPECT_TRUE(bar->isVisible());
  auto* relink = bar->findChild<QPushButton*>("relinkDriverButton");
  ASSERT_NE(relink, nullptr);
  // The cached motion still plays without the video.
  EXPECT_EQ(fixture.editor->preview()->frameCount(), 78);
  EXPECT_TRUE(fixture.editor->media()->hasPortrait());

  fixture.prompts.replacementPath = q(moved);
  relink->click();
  ASSERT_TRUE(fixture.waitSettled());
  EXPECT_TRUE(fixture.session()->mediaProblems().empty());
  EXPECT_FALSE(bar->isVisible());
  EXPECT_EQ(fixture.project().driver->file.path, fs::absolute(moved).string());
  EXPECT_TRUE(fixture.project().hasDriverMotion()) << "same content: the cached motion stays";
  EXPECT_EQ(q(fixture.project().driver->file.path), q(fs::absolute(moved).string()));
  EXPECT_TRUE(fixture.document()->isModified());
  EXPECT_EQ(fixture.document()->undoName(), "Relink driving video");
}

}  // namespace
}  // namespace marionette::testing
