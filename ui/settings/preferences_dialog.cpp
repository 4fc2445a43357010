#include "ui/settings/preferences_dialog.h"

#include <QCameraDevice>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>

namespace marionette::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent),
      device_(new QComboBox(this)),
      previewSide_(new QComboBox(this)),
      modelPath_(new QLineEdit(this)),
      modelProblem_(new QLabel(this)),
      language_(new QComboBox(this)),
      theme_(new QComboBox(this)),
      camera_(new QComboBox(this)),
      countIn_(new QComboBox(this)) {
  camera_->setObjectName("cameraCombo");
  for (const QCameraDevice& camera : QMediaDevices::videoInputs()) camera_->addItem(camera.description(), camera.id());
  if (camera_->count() == 0) {
    camera_->addItem(tr("No camera connected"));
    camera_->setEnabled(false);
  }
  countIn_->setObjectName("countInCombo");
  for (int seconds : {0, 1, 2, 3, 5, 10}) countIn_->addItem(tr("%n s", nullptr, seconds), seconds);
  theme_->setObjectName("themeCombo");
  theme_->addItem(tr("System"), themeKey(Theme::System));
  theme_->addItem(tr("Light"), themeKey(Theme::Light));
  theme_->addItem(tr("Dark"), themeKey(Theme::Dark));
  setObjectName("preferencesDialog");
  setWindowTitle(tr("Preferences"));
  for (RenderDevice device : {RenderDevice::Auto, RenderDevice::Cpu, RenderDevice::Cuda})
    device_->addItem(deviceName(device), int(device));
  device_->setObjectName("deviceCombo");
  for (int side : kPreviewSides) previewSide_->addItem(tr("%1 × %1").arg(side), side);
  previewSide_->setObjectName("previewSideCombo");
  language_->addItem(QStringLiteral("English"), "en");
  language_->addItem(QStringLiteral("Deutsch"), "de");
  language_->setObjectName("languageCombo");
  modelPath_->setObjectName("modelPathEdit");
  modelProblem_->setObjectName("modelProblem");
  modelProblem_->setWordWrap(true);
  modelProblem_->setStyleSheet("color: #d9480f");
  modelProblem_->hide();

  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    // Non-blocking: the file dialog reports through a signal.
    auto* files = new QFileDialog(this, tr("Face Model Folder"), modelPath_->text());
    files->setFileMode(QFileDialog::Directory);
    files->setOption(QFileDialog::ShowDirsOnly);
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, modelPath_, &QLineEdit::setText);
    files->open();
  });
  auto* modelRow = new QHBoxLayout;
  modelRow->addWidget(modelPath_, 1);
  modelRow->addWidget(browse);

  auto* form = new QFormLayout;
  form->addRow(tr("Render device:"), device_);
  form->addRow(tr("Preview resolution:"), previewSide_);
  form->addRow(tr("Face models:"), modelRow);
  form->addRow(QString(), modelProblem_);
  form->addRow(tr("Theme:"), theme_);
  form->addRow(tr("Language:"), language_);
  form->addRow(tr("Live camera:"), camera_);
  form->addRow(tr("Count-in before a take:"), countIn_);
  auto* note = new QLabel(tr("A new language applies when Marionette starts again."), this);
  note->setEnabled(false);
  form->addRow(QString(), note);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::tryAccept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

void PreferencesDialog::setSettings(const EditorSettings& settings) {
  base_ = settings;
  device_->setCurrentIndex(std::max(0, device_->findData(int(settings.device))));
  int side = previewSide_->findData(settings.previewSide);
  if (side < 0) {
    previewSide_->addItem(tr("%1 × %1").arg(settings.previewSide), settings.previewSide);
    side = previewSide_->count() - 1;
  }
  previewSide_->setCurrentIndex(side);
  modelPath_->setText(settings.faceModelFolder);
  language_->setCurrentIndex(std::max(0, language_->findData(settings.language)));
  theme_->setCurrentIndex(std::max(0, theme_->findData(themeKey(settings.theme))));
  if (camera_->isEnabled()) camera_->setCurrentIndex(std::max(0, camera_->findData(settings.liveCamera)));
  int countIn = countIn_->findData(settings.liveCountIn);
  if (countIn < 0) {
    countIn_->addItem(tr("%n s", nullptr, settings.liveCountIn), settings.liveCountIn);
    countIn = countIn_->count() - 1;
  }
  countIn_->setCurrentIndex(countIn);
  modelProblem_->hide();
}

EditorSettings PreferencesDialog::chosenSettings() const {
  EditorSettings chosen = base_;
  chosen.device = RenderDevice(device_->currentData().toInt());
  chosen.previewSide = previewSide_->currentData().toInt();
  chosen.faceModelFolder = modelPath_->text().trimmed();
  chosen.language = language_->currentData().toString();
  chosen.theme = themeFromKey(theme_->currentData().toString());
  if (camera_->isEnabled()) chosen.liveCamera = camera_->currentData().toByteArray();
  chosen.liveCountIn = countIn_->currentData().toInt();
  return chosen;
}

QString PreferencesDialog::problemText() const { return modelProblem_->isHidden() ? QString() : modelProblem_->text(); }

bool PreferencesDialog::tryAccept() {
  const EditorSettings chosen = chosenSettings();
  if (chosen.faceModelFolder != base_.faceModelFolder) {
    if (const QString problem = faceModelFolderProblem(chosen.faceModelFolder); !problem.isEmpty()) {
      modelProblem_->setText(problem + ' ' + tr("The current models stay in use."));
      modelProblem_->show();
      return false;
    }
  }
  modelProblem_->hide();
  emit settingsAccepted(chosen);
  accept();
  return true;
}

}  // namespace marionette::ui
