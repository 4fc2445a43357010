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

#include "core/face/landmark_model.h"
#include "core/render/warp_renderer.h"
#include "tests/support/test_media.h"
#include "ui/editor.h"
#include "ui/message_sink.h"

namespace marionette::testing {

// Keeps every message instead of showing it, so nothing blocks a headless run.
struct RecordingMessageSink : ui::MessageSink {
  QStringList errors, infos;
  void showError(const QString& title, const QString& text) override { errors << title + ": " + text; }
  void showInfo(const QString& title, const QString& text) override { infos << title + ": " + text; }
};

// One QApplication for the whole test binary.
QApplication& guiApplication();

// The landmark model, loaded once per test binary (it takes half a second).
ui::ModelFuture sharedModel();
bool landmarkModelAvailable();

// An Editor wired like the app, with a message recorder.
struct EditorFixture {
  RecordingMessageSink messages;
  std::unique_ptr<ui::Editor> editor;
  EditorFixture();
  ~EditorFixture();
  // Waits until nothing loads, tracks, renders or exports (or the timeout).
  bool waitSettled(int timeoutMs = 60000);
};

// Sends a drop of local files to `target` as a window system would.
void dropFiles(QWidget* target, const QStringList& paths);

#define MARIONETTE_REQUIRE_LANDMARK_MODEL() \
  if (!::marionette::testing::landmarkModelAvailable()) GTEST_SKIP() << "landmark model not installed (libdlib-data)"

}  // namespace marionette::testing
