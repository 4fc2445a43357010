#include "ui/live/live_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "core/pipeline/clip_frame_source.h"
#include "ui/live/camera_source.h"

namespace marionette::ui {

namespace {

const QByteArray kClipSource = "marionette:clip";
constexpr int kImageSide = 200;

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
  return values[values.size() / 2];
}

}  // namespace

LivePanel::LivePanel(LiveController* controller, std::function<TakeTarget()> target, QWidget* parent)
    : QWidget(parent), controller_(controller), target_(std::move(target)) {
  source_ = new QComboBox(this);
  source_->setObjectName("liveSource");
  start_ = new QPushButton(tr("Start"), this);
  start_->setObjectName("liveStart");
  mirror_ = new QCheckBox(tr("Mirror"), this);
  mirror_->setChecked(true);
  auto* top = new QHBoxLayout;
  top->addWidget(source_, 1);
  top->addWidget(start_);

  pose_ = new QCheckBox(tr("Pose"), this);
  expression_ = new QCheckBox(tr("Expression"), this);
  eyes_ = new QCheckBox(tr("Eyes"), this);
  brows_ = new QCheckBox(tr("Brows"), this);
  mouth_ = new QCheckBox(tr("Mouth"), this);
  neutral_ = new QPushButton(tr("Set Neutral"), this);
  neutral_->setToolTip(tr("Take the next second of the performer's face as the calm face motion is measured from"));
  auto* drives = new QHBoxLayout;
  for (QCheckBox* box : {pose_, expression_, eyes_, brows_, mouth_}) {
    box->setChecked(true);
    box->setToolTip(tr("Follows the performer while checked; unchecked, it stays on the portrait's own"));
    drives->addWidget(box);
    connect(box, &QCheckBox::toggled, this, &LivePanel::sendSwitches);
  }
  drives->addStretch(1);
  // Its own row: with the switches beside it the panel would be wider than a
  // small screen leaves it (German labels are long).
  auto* view = new QHBoxLayout;
  view->addWidget(mirror_);
  view->addStretch(1);
  view->addWidget(neutral_);

  camera_ = new QLabel(tr("Camera"), this);
  portrait_ = new QLabel(tr("Portrait"), this);
  for (QLabel* label : {camera_, portrait_}) {
    label->setAlignment(Qt::AlignCenter);
    label->setMinimumSize(kImageSide * 3 / 4, kImageSide * 3 / 4);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    label->setFrameShape(QFrame::StyledPanel);
  }
  auto* images = new QHBoxLayout;
  images->addWidget(camera_, 1);
  images->addWidget(portrait_, 1);

  destination_ = new QComboBox(this);
  destination_->setObjectName("liveDestination");
  destination_->addItem(tr("New driving video"));
  destination_->addItem(tr("Punch in over the selected range"));
  countIn_ = new QSpinBox(this);
  countIn_->setRange(0, 10);
  countIn_->setSuffix(tr(" s count-in"));
  record_ = new QPushButton(tr("Record"), this);
  record_->setObjectName("liveRecord");
  auto* takeRow = new QHBoxLayout;
  takeRow->addWidget(destination_, 1);
  takeRow->addWidget(countIn_);
  takeRow->addWidget(record_);

  status_ = new QLabel(this);
  status_->setObjectName("liveStatus");
  status_->setWordWrap(true);
  takes_ = new QListWidget(this);
  takes_->setObjectName("liveTakes");
  takes_->setMaximumHeight(90);
  takes_->setToolTip(tr("Double-click a take to put it in the timeline again"));

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addLayout(view);
  layout->addLayout(drives);
  layout->addLayout(images, 1);
  layout->addLayout(takeRow);
  layout->addWidget(status_);
  layout->addWidget(takes_);

  fillSources({});
  connect(start_, &QPushButton::clicked, this, [this] {
    if (controller_->running())
      controller_->stop();
    else
      startChosenSource();
  });
  connect(mirror_, &QCheckBox::toggled, this, [this] {
    sendSwitches();
    emitSettings();
  });
  connect(countIn_, &QSpinBox::valueChanged, this, &LivePanel::emitSettings);
  connect(destination_, &QComboBox::currentIndexChanged, this, &LivePanel::sendSwitches);
  connect(source_, &QComboBox::activated, this, &LivePanel::emitSettings);
  connect(neutral_, &QPushButton::clicked, controller_, &LiveController::resetNeutral);
  connect(record_, &QPushButton::clicked, this, [this] {
    if (controller_->recording() || controller_->countingIn()) return controller_->stopRecording();
    TakeTarget target;
    if (destination_->currentIndex() == 1) target = target_();
    controller_->record(target, countIn_->value());
  });
  connect(takes_, &QListWidget::itemDoubleClicked, this,
          [this](QListWidgetItem* item) { controller_->activateTake(takes_->row(item)); });
  connect(controller_, &LiveController::frameShown, this, &LivePanel::showFrame);
  connect(controller_, &LiveController::stateChanged, this, &LivePanel::showState);
  connect(controller_, &LiveController::takesChanged, this, &LivePanel::showTakes);
  connect(controller_, &LiveController::problem, status_, &QLabel::setText);
  connect(controller_, &LiveController::countInChanged, this, [this](int left) {
    if (left > 0) status_->setText(tr("Recording in %1…").arg(left));
  });
  sendSwitches();
  showState();
}

void LivePanel::fillSources(const QByteArray& preferred) {
  source_->clear();
  for (const QCameraDevice& camera : CameraSource::cameras()) source_->addItem(camera.description(), camera.id());
  source_->addItem(tr("Video file as camera…"), kClipSource);
  const int index = source_->findData(preferred);
  source_->setCurrentIndex(index >= 0 ? index : 0);
}

void LivePanel::applySettings(const EditorSettings& settings) {
  const QSignalBlocker blockMirror(mirror_), blockCount(countIn_);
  fillSources(settings.liveCamera);
  mirror_->setChecked(settings.liveMirror);
  countIn_->setValue(settings.liveCountIn);
  sendSwitches();
}

void LivePanel::emitSettings() {
  emit liveSettingsChanged(source_->currentData().toByteArray(), mirror_->isChecked(), countIn_->value());
}

void LivePanel::startChosenSource() {
  const QByteArray id = source_->currentData().toByteArray();
  if (id == kClipSource) return emit clipWanted();
  const std::optional<QCameraDevice> camera = CameraSource::cameraById(id);
  if (!camera) {
    status_->setText(tr("No camera is connected. Choose \"Video file as camera…\" to perform from a clip."));
    return;
  }
  controller_->start(std::make_unique<CameraSource>(*camera, true));
}

bool LivePanel::startClip(const QString& path) {
  auto source = ClipFrameSource::open(path.toStdString());
  if (!source) {
    status_->setText(QString::fromStdString(source.error().message));
    return false;
  }
  return controller_->start(std::move(*source));
}

void LivePanel::sendSwitches() {
  LiveSwitches switches;
  switches.pose = pose_->isChecked();
  switches.expression = expression_->isChecked();
  switches.regions = {eyes_->isChecked(), brows_->isChecked(), mouth_->isChecked()};
  switches.mirror = mirror_->isChecked();
  // A take that will be punched in as keys is shown as the keys will play it.
  switches.keyable = destination_->currentIndex() == 1;
  for (QCheckBox* region : {eyes_, brows_, mouth_}) region->setEnabled(switches.expression);
  controller_->setSwitches(switches);
}

void LivePanel::showImage(QLabel* label, const QImage& image) {
  const QSize room = label->contentsRect().size();
  label->setPixmap(QPixmap::fromImage(image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void LivePanel::showFrame(const QImage& camera, const QImage& portrait, bool faceFound, double takeSeconds) {
  showImage(camera_, camera);
  showImage(portrait_, portrait);
  lastPortrait_ = portrait;
  if (++framesShown_ % 10 != 0 && !controller_->recording()) return;
  const LiveStatistics stats = controller_->statistics();
  QString text = tr("%1 frames, %2 dropped, latency %3 ms")
                     .arg(stats.rendered)
                     .arg(stats.dropped)
                     .arg(median(stats.latencyMs), 0, 'f', 0);
  if (!faceFound) text = tr("No face in the camera picture. ") + text;
  if (controller_->recording()) text = tr("● Recording %1 s — ").arg(takeSeconds, 0, 'f', 1) + text;
  status_->setText(text);
}

void LivePanel::showState() {
  const bool running = controller_->running();
  const bool busy = controller_->recording() || controller_->countingIn();
  start_->setText(running ? tr("Stop") : tr("Start"));
  source_->setEnabled(!running);
  record_->setEnabled(running);
  record_->setText(busy ? tr("Stop Take") : tr("Record"));
  destination_->setEnabled(!busy);
  neutral_->setEnabled(running && !busy);
  if (!running) {
    camera_->setText(tr("Camera"));
    portrait_->setText(tr("Portrait"));
  }
}

void LivePanel::showTakes() {
  takes_->clear();
  for (const TakeEntry& take : controller_->takes()) {
    auto* item = new QListWidgetItem((take.active ? QStringLiteral("▶ ") : QStringLiteral("   ")) + take.name +
                                         QStringLiteral(" — ") + take.description,
                                     takes_);
    item->setToolTip(take.videoPath);
  }
}

}  // namespace marionette::ui
