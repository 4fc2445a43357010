#pragma once

#include <gtest/gtest.h>

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QStringList>
#include <QTest>
#include <QUrl>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/face/landmark_model.h"
#include "core/render/warp_renderer.h"
#include "tests/support/test_media.h"
#include "ui/common/message_sink.h"
#include "ui/common/user_prompts.h"
#include "ui/window/editor.h"

namespace marionette::testing {

// Keeps every message instead of showing it, so nothing blocks a headless run.
struct RecordingMessageSink : ui::MessageSink {
  QStringList errors, infos;
  void showError(const QString& title, const QString& text) override { errors << title + ": " + text; }
  void showInfo(const QString& title, const QString& text) override { infos << title + ": " + text; }
};

// Answers the editor's questions from a script and records what was asked.
struct ScriptedPrompts : ui::UserPrompts {
  ui::UnsavedChoice unsavedAnswer = ui::UnsavedChoice::Cancel;
  bool recoverAnswer = true;
  QString openPath, savePath, replacementPath;
  QStringList asked;
  ui::UnsavedChoice askUnsavedChanges(const QString& name) override {
    asked << "unsaved:" + name;
    return unsavedAnswer;
  }
  bool askRecoverAutosave(const QString& name) override {
    asked << "recover:" + name;
    return recoverAnswer;
  }
  QString chooseProjectToOpen() override { return openPath; }
  QString chooseProjectSavePath(const QString&) override { return savePath; }
  QString chooseReplacementMedia(bool, const QString&) override { return replacementPath; }
  bool replaceAnswer = false;
  bool confirmReplace(const QString& path) override {
    asked << "replace:" + path;
    return replaceAnswer;
  }
};

// One QApplication for the whole test binary.
QApplication& guiApplication();

// The landmark model, loaded once per test binary (it takes half a second).
ui::ModelFuture sharedModel();
bool faceModelsAvailable();

// CPU, one thread: what every GUI test renders with.
Result<std::unique_ptr<Renderer>> cpuRenderer(ui::RenderDevice device, ui::RendererUse use);

// An Editor wired like the app, with a message recorder and scripted answers.
struct EditorFixture {
  RecordingMessageSink messages;
  ScriptedPrompts prompts;
  std::vector<ui::EditorSettings> savedSettings;  // what the app would write to QSettings
  std::unique_ptr<ui::Editor> editor;
  explicit EditorFixture(const QString& untitledAutosavePath = {});
  ~EditorFixture();
  // Waits until nothing loads, tracks, renders or exports (or the timeout).
  bool waitSettled(int timeoutMs = 60000);
};

// Sends a drop of local files to `target` as a window system would.
void dropFiles(QWidget* target, const QStringList& paths);

#define MARIONETTE_REQUIRE_LANDMARK_MODEL()          \
  if (!::marionette::testing::faceModelsAvailable()) \
  GTEST_SKIP() << "the face models are not installed (packaging/install-models.sh)"

}  // namespace marionette::testing
