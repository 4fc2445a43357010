#pragma once

#include <QString>

class QWidget;

namespace marionette::ui {

enum class UnsavedChoice { Save, Discard, Cancel };

// Questions the editor must ask the user (unsaved changes, crash recovery,
// which file). The window asks with dialogs; tests inject scripted answers
// so nothing blocks a headless run.
class UserPrompts {
 public:
  virtual ~UserPrompts() = default;
  virtual UnsavedChoice askUnsavedChanges(const QString& projectName) = 0;
  // An autosave newer than the project exists; true: open the autosave.
  virtual bool askRecoverAutosave(const QString& projectName) = 0;
  // Empty: the user cancelled.
  virtual QString chooseProjectToOpen() = 0;
  virtual QString chooseProjectSavePath(const QString& suggestion) = 0;
  virtual QString chooseReplacementMedia(bool driver, const QString& missingPath) = 0;
  // `path` exists; true: replace it.
  virtual bool confirmReplace(const QString& path) = 0;
};

// Asks with standard dialogs over `parent`.
class DialogUserPrompts : public UserPrompts {
 public:
  explicit DialogUserPrompts(QWidget* parent) : parent_(parent) {}
  UnsavedChoice askUnsavedChanges(const QString& projectName) override;
  bool askRecoverAutosave(const QString& projectName) override;
  QString chooseProjectToOpen() override;
  QString chooseProjectSavePath(const QString& suggestion) override;
  QString chooseReplacementMedia(bool driver, const QString& missingPath) override;
  bool confirmReplace(const QString& path) override;

 private:
  QWidget* parent_;
};

}  // namespace marionette::ui
