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

#include <algorithm>

#include "core/timeline/commands.h"
#include "ui/common/message_sink.h"
#include "ui/common/user_prompts.h"
#include "ui/document/project_document.h"
#include "ui/export/export_runner.h"

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
constexpr int kBestCrf = 0, kWorstCrf = 51;  // every value x264 takes, so a project's own CRF shows as it is

QString formatDuration(double seconds) {
  const int s = int(seconds + 0.5);
  return QString("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

}  // namespace

ExportDialog::ExportDialog(ExportRunner* runner, ProjectDocument* document, std::function<ExportRequest()> snapshot,
                           MessageSink* messages, UserPrompts* prompts, QWidget* parent)
    : QDialog(parent),
      runner_(runner),
      document_(document),
      snapshot_(std::move(snapshot)),
      messages_(messages),
      prompts_(prompts) {
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
  showRenderSettings();
}

void ExportDialog::showEvent(QShowEvent* event) {
  if (!runner_->running()) showRenderSettings();
  QDialog::showEvent(event);
}

void ExportDialog::showRenderSettings() {
  const timeline::RenderSettings& r = document_->project().render;
  const QVariant size = r.width > 0 && r.width == r.height ? QVariant(r.width) : QVariant(0);
  int index = size_->findData(size);
  if (r.width > 0 && r.width != r.height) {
    // A size from the command line (animate --size) keeps its shape.
    const QVariant shape = QSize(r.width, r.height);
    index = size_->findData(shape);
    if (index < 0) {
      size_->addItem(tr("%1 × %2").arg(r.width).arg(r.height), shape);
      index = size_->count() - 1;
    }
  }
  size_->setCurrentIndex(std::max(0, index));
  crop_->setChecked(r.cropToFace);
  sideBySide_->setChecked(r.sideBySide);
  audio_->setChecked(r.audio);
  quality_->setValue(std::clamp(kWorstCrf - r.crf, 0, kWorstCrf - kBestCrf));
}

timeline::RenderSettings ExportDialog::renderSettings() const {
  timeline::RenderSettings r = document_->project().render;
  const QVariant size = size_->currentData();
  if (size.typeId() == QMetaType::QSize) {
    r.width = size.toSize().width();
    r.height = size.toSize().height();
  } else {
    r.width = r.height = size.toInt();
  }
  r.cropToFace = crop_->isChecked();
  r.sideBySide = sideBySide_->isChecked();
  if (audio_->isEnabled()) r.audio = audio_->isChecked();
  if (quality_->isEnabled()) r.crf = kWorstCrf - quality_->value();
  return r;
}

void ExportDialog::setInOutRange(timeline::FrameIndex first, timeline::FrameIndex end) {
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
  if (!path.isEmpty()) {
    path_->setText(path);
    confirmedPath_ = path;
  }
}

bool ExportDialog::startExport() {
  const QString path = path_->text();
  if (path.isEmpty()) {
    messages_->showError(tr("Export"), tr("Choose where to save the export."));
    return false;
  }
  // The name must fit the format: a folder for frames, the container's own
  // extension for a video (a typed "x.mp4" with PNG chosen is not a folder).
  const FormatChoice& choice = kFormats[std::size_t(format_->currentIndex())];
  const QString suffix = QFileInfo(path).suffix().toLower();
  const bool videoSuffix = std::any_of(kFormats.begin(), kFormats.end(), [&](const FormatChoice& f) {
    return *f.suffix && suffix == QLatin1String(f.suffix);
  });
  if (!*choice.suffix && videoSuffix) {
    messages_->showError(tr("Export"), tr("'%1' names a video file, but a PNG sequence is a folder of frames: "
                                          "choose a folder name.")
                                           .arg(QFileInfo(path).fileName()));
    return false;
  }
  if (*choice.suffix && suffix != QLatin1String(choice.suffix)) {
    messages_->showError(tr("Export"), tr("'%1' does not fit %2, whose files end in .%3.")
                                           .arg(QFileInfo(path).fileName(), tr(choice.label), choice.suffix));
    return false;
  }
  // A file the user owns is replaced only when they said so.
  if (QFileInfo::exists(path) && path != confirmedPath_ && !prompts_->confirmReplace(path)) return false;
  // The settings are the project's: one undo step, and what `render` of the
  // saved project and the preview both use.
  if (const timeline::RenderSettings wanted = renderSettings(); !(wanted == document_->project().render))
    if (!document_->apply(timeline::setRenderSettings(wanted))) return false;
  ExportRequest request = snapshot_();
  if (range_->currentIndex() == 1 && outFrame_ > inFrame_) request.output.frames = {inFrame_, outFrame_};
  request.output.format = format();
  request.output.path = path.toStdString();
  request.output.overwrite = true;  // asked above
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
