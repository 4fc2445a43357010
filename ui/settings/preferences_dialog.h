#pragma once

#include <QDialog>

#include "ui/settings/editor_settings.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace marionette::ui {

// Device, preview resolution, face model folder, language, theme, and live
// mode's camera and count-in. Opens without a
// nested event loop; OK checks the model path (a bad one is named under
// the field and the dialog stays open) and hands the settings on.
class PreferencesDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PreferencesDialog(QWidget* parent = nullptr);

  void setSettings(const EditorSettings& settings);
  EditorSettings chosenSettings() const;
  // What OK does; public for tests.
  bool tryAccept();
  QString problemText() const;

 signals:
  void settingsAccepted(const marionette::ui::EditorSettings& settings);

 private:
  QComboBox* device_;
  QComboBox* previewSide_;
  QLineEdit* modelPath_;
  QLabel* modelProblem_;
  QComboBox* language_;
  QComboBox* theme_;
  QComboBox* camera_;
  QComboBox* countIn_;
  EditorSettings base_;
};

}  // namespace marionette::ui
