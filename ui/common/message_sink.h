#pragma once

#include <QString>

class QWidget;

namespace marionette::ui {

// Where the editor tells the user about problems. The window shows them in a
// non-modal box; tests inject a recorder so nothing blocks a headless run.
class MessageSink {
 public:
  virtual ~MessageSink() = default;
  virtual void showError(const QString& title, const QString& text) = 0;
  virtual void showInfo(const QString& title, const QString& text) = 0;
};

// Opens a window-modal QMessageBox without entering a nested event loop.
class DialogMessageSink : public MessageSink {
 public:
  explicit DialogMessageSink(QWidget* parent) : parent_(parent) {}
  void showError(const QString& title, const QString& text) override;
  void showInfo(const QString& title, const QString& text) override;

 private:
  QWidget* parent_;
};

}  // namespace marionette::ui
