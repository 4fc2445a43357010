#include "ui/export/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/export/export_runner.h"
#include "ui/common/message_sink.h"

namespace marionette::ui {

namespace {

struct FormatChoice {
  ExportFormat format;
  const char* label;
  const char* suffix;  // empty: a folder
};

constexpr std::array<FormatChoice, 4> kFormats{{
    {ExportFormat::Mp4, QT_TRANSLATE_NOOP("marionette::ui::ExportDialog", "MP4 (H.264)"), "mp4"},
    {ExportFormat::Ffv1, QT_TRANSLATE_NOOP("marionette::ui::ExportDialog", "Matroska (FFV1, lossless)"), "mkv"},
    {ExportFormat::ProRes, QT_TRANSLATE_NOOP("marionette::ui::ExportDialog", "QuickTime (ProRes)"), "mov"},
    {ExportFormat::PngSequence, QT_TRANSLATE_NOOP("marionette::ui::ExportDialog", "PNG sequence (folder)"), ""},
}};

// x264 CRF: lower is better; the slider shows "quality" going up to the right.
constexpr int kBestCrf = 12, kWorstCrf = 32;

QString formatDuration(double seconds) {
  const int s = int(seconds + 0.5);
  return QString("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

}  // namespace

ExportDialog::ExportDialog(ExportRunner* runner, std::function<ExportRequest()> snapshot, MessageSink* messages,
                           QWidget* parent)
    : QDialog(parent), runner_(runner), snapshot_(std::move(snapshot)), messages_(messages) {
  setObjectName("ExportDialog");
  setWindowTitle(tr("Export"));
  format_ = new QComboBox(this);
  format_->setObjectName("exportFormat");
  for (const FormatChoice& choice : kFormats) format_->addItem(tr(choice.label), int(choice.format));
  path_ = new QLineEdit(this);
  path_->setObjectName("exportPath");
  auto* browseButton = new QPushButton(tr("Browse…"), this);
  auto* pathRow = new QHBoxLayout;
  pathRow->addWidget(path_, 1);
  pathRow->addWidget(browseButton);
  size_ = new QComboBox(this);
  size_->addItem(tr("Portrait size"), 0);
  for (int side : {256, 512, 720, 1080}) size_->addItem(tr("%1 × %1").arg(side), side);
  crop_ = new QCheckBox(tr("Crop to the face"), this);
  sideBySide_ = new QCheckBox(tr("Side by side (portrait | driver | result)"), this);
  sideBySide_->setObjectName("exportSideBySide");
  range_ = new QComboBox(this);
  range_->setObjectName("exportRange");
  range_->addItem(tr("Whole clip"));
  range_->addItem(tr("In to out"));
  audio_ = new QCheckBox(tr("Include the driving video's sound"), this);
  audio_->setChecked(true);
  quality_ = new QSlider(Qt::Horizontal, this);
  quality_->setRange(0, kWorstCrf - kBestCrf);
  quality_->setValue(kWorstCrf - 18);
  qualityLabel_ = new QLabel(this);
  auto* qualityRow = new QHBoxLayout;
  qualityRow->addWidget(quality_, 1);
  qualityRow->addWidget(qualityLabel_);

  auto* form = new QFormLayout;
  form->addRow(tr("Format:"), format_);
  form->addRow(tr("Save to:"), pathRow);
  form->addRow(tr("Size:"), size_);
  form->addRow(QString(), crop_);
  form->addRow(tr("Layout:"), sideBySide_);
  form->addRow(tr("Range:"), range_);
  form->addRow(tr("Audio:"), audio_);
  form->addRow(tr("Quality:"), qualityRow);

  progress_ = new QProgressBar(this);
  progress_->setObjectName("exportProgress");
  progress_->setRange(0, 100);
  progress_->setValue(0);
  remaining_ = new QLabel(this);
  export_ = new QPushButton(tr("Export"), this);
  export_->setDefault(true);
  cancel_ = new QPushButton(tr("Cancel"), this);
  cancel_->setObjectName("exportCancel");
  open_ = new QPushButton(tr("Open Result"), this);
  open_->setEnabled(false);
  auto* closeButton = new QPushButton(tr("Close"), this);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(open_);
  buttons->addStretch(1);
  buttons->addWidget(export_);
  buttons->addWidget(cancel_);
  buttons->addWidget(closeButton);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(progress_);
  layout->addWidget(remaining_);
  layout->addLayout(buttons);

  connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
  connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
  connect(quality_, &QSlider::valueChanged, this,
          [this](int v) { qualityLabel_->setText(tr("CRF %1").arg(kWorstCrf - v)); });
  connect(export_, &QPushButton::clicked, this, &ExportDialog::startExport);
  connect(cancel_, &QPushButton::clicked, runner_, &ExportRunner::cancel);
  connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
  connect(open_, &QPushButton::clicked, this,
          [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(finishedPath_)); });
  connect(runner_, &ExportRunner::tracking, this, &ExportDialog::onTracking);
  connect(runner_, &ExportRunner::progressed, this, &ExportDialog::onProgress);
  connect(runner_, &ExportRunner::finished, this, &ExportDialog::onFinished);
  qualityLabel_->setText(tr("CRF %1").arg(kWorstCrf - quality_->value()));
  setRunning(false);
}

void ExportDialog::setInOutRange(int first, int end) {
  inFrame_ = first;
  outFrame_ = end;
  range_->setItemText(1, tr("In to out (frames %1–%2)").arg(first).arg(end - 1));
}

void ExportDialog::setOutputPath(const QString& path) { path_->setText(path); }
QString ExportDialog::outputPath() const { return path_->text(); }

ExportFormat ExportDialog::format() const { return ExportFormat(format_->currentData().toInt()); }

void ExportDialog::formatChanged() {
  const FormatChoice& choice = kFormats[std::size_t(format_->currentIndex())];
  quality_->setEnabled(choice.format == ExportFormat::Mp4);
  audio_->setEnabled(choice.format != ExportFormat::PngSequence);
  QString path = path_->text();
  if (path.isEmpty()) return;
  QFileInfo info(path);
  const QString base = info.dir().filePath(info.completeBaseName());
  path_->setText(*choice.suffix ? base + '.' + choice.suffix : base);
}

void ExportDialog::browse() {
  const FormatChoice& choice = kFormats[std::size_t(format_->currentIndex())];
  const QString path =
      *choice.suffix
          ? QFileDialog::getSaveFileName(this, tr("Export To"), path_->text(), tr("Video (*.%1)").arg(choice.suffix))
          : QFileDialog::getExistingDirectory(this, tr("Export Into Folder"), path_->text());
  if (!path.isEmpty()) path_->setText(path);
}

bool ExportDialog::startExport() {
  ExportRequest request = snapshot_();
  AnimateRequest& job = request.job;
  if (range_->currentIndex() == 1 && outFrame_ > inFrame_) job.frames = {inFrame_, outFrame_};
  const int side = size_->currentData().toInt();
  job.framing = {side, side, crop_->isChecked()};
  job.layout = sideBySide_->isChecked() ? OutputLayout::SideBySide : OutputLayout::Result;
  job.output.format = format();
  job.output.path = path_->text().toStdString();
  job.output.crf = kWorstCrf - quality_->value();
  job.output.overwrite = true;  // the file dialog already asked
  job.audio = audio_->isChecked() && audio_->isEnabled();
  // The project that reproduces this export (`marionette-cli render`) carries the same settings.
  if (job.project) {
    timeline::RenderSettings& r = job.project->render;
    r.width = job.framing.width;
    r.height = job.framing.height;
    r.cropToFace = job.framing.cropToFace;
    r.sideBySide = job.layout == OutputLayout::SideBySide;
    r.audio = job.audio;
    r.crf = job.output.crf;
  }
  progress_->setValue(0);
  remaining_->clear();
  finishedPath_.clear();
  open_->setEnabled(false);
  if (!runner_->start(std::move(request))) return false;
  setRunning(true);
  return true;
}

void ExportDialog::onTracking(int done, int total) {
  progress_->setValue(0);
  remaining_->setText(total > 0 ? tr("Tracking the driving video: frame %1 of %2").arg(done).arg(total)
                                : tr("Tracking the driving video: frame %1").arg(done));
}

void ExportDialog::onProgress(int done, int total, double remainingSeconds) {
  progress_->setValue(total > 0 ? int(100.0 * done / total) : 0);
  remaining_->setText(
      remainingSeconds < 0
          ? QString()
          : tr("Frame %1 of %2 · %3 remaining").arg(done).arg(total).arg(formatDuration(remainingSeconds)));
}

void ExportDialog::onFinished(bool ok, const QString& path, const QString& message, const QStringList& notes) {
  setRunning(false);
  if (ok) {
    progress_->setValue(100);
    finishedPath_ = path;
    open_->setEnabled(true);
    remaining_->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
    if (!notes.isEmpty()) messages_->showInfo(tr("Export"), notes.join('\n'));
  } else if (message == QLatin1String(kExportCancelled)) {
    progress_->setValue(0);
    remaining_->setText(tr("Cancelled; nothing was written."));
  } else {
    remaining_->setText(tr("Export failed."));
    messages_->showError(tr("Export"), tr("The export failed: %1").arg(message));
  }
}

void ExportDialog::setRunning(bool running) {
  export_->setEnabled(!running);
  cancel_->setEnabled(running);
}

}  // namespace marionette::ui
