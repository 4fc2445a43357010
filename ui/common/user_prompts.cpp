#include "ui/common/user_prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include "ui/common/media_kind.h"

namespace marionette::ui {

namespace {
// lupdate files these free-function tr() calls under the namespace context.
QString tr(const char* text) { return QCoreApplication::translate("marionette::ui", text); }
}  // namespace

UnsavedChoice DialogUserPrompts::askUnsavedChanges(const QString& projectName) {
  const auto answer =
      QMessageBox::question(parent_, tr("Unsaved Changes"), tr("Save the changes to '%1' first?").arg(projectName),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  if (answer == QMessageBox::Save) return UnsavedChoice::Save;
  if (answer == QMessageBox::Discard) return UnsavedChoice::Discard;
  return UnsavedChoice::Cancel;
}

bool DialogUserPrompts::askRecoverAutosave(const QString& projectName) {
  return QMessageBox::question(parent_, tr("Recover Project"),
                               tr("Marionette was closed without saving '%1'. Recover the changes from the "
                                  "autosave?")
                                   .arg(projectName),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
}

QString DialogUserPrompts::chooseProjectToOpen() {
  return QFileDialog::getOpenFileName(parent_, tr("Open Project"), {}, projectFileFilter());
}

QString DialogUserPrompts::chooseProjectSavePath(const QString& suggestion) {
  QString path = QFileDialog::getSaveFileName(parent_, tr("Save Project"), suggestion, projectFileFilter());
  if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += ".marionette";
  return path;
}

QString DialogUserPrompts::chooseReplacementMedia(bool driver, const QString& missingPath) {
  const QString title = driver ? tr("Relink Driving Video") : tr("Relink Portrait");
  const QString folder = QFileInfo(missingPath).absolutePath();
  return QFileDialog::getOpenFileName(parent_, title, folder, driver ? drivingVideoFileFilter() : portraitFileFilter());
}

bool DialogUserPrompts::confirmReplace(const QString& path) {
  return QMessageBox::question(parent_, tr("Replace File"),
                               tr("'%1' already exists. Replace it?").arg(QFileInfo(path).fileName()),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

}  // namespace marionette::ui
