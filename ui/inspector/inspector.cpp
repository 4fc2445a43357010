#include "ui/inspector/inspector.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

#include "core/motion/presets.h"
#include "core/timeline/motion_at.h"
#include "core/timeline/generators.h"
#include "core/timeline/time.h"
#include "ui/common/channel_names.h"
#include "ui/document/project_document.h"

namespace marionette::ui {

namespace {

constexpr int kSliderSteps = 1000;

int toSlider(const timeline::TimelineChannel& channel, double value) {
  return int(std::lround((value - channel.minimum) / (channel.maximum - channel.minimum) * kSliderSteps));
}

double fromSlider(const timeline::TimelineChannel& channel, int position) {
  return channel.minimum + (channel.maximum - channel.minimum) * position / kSliderSteps;
}

QDoubleSpinBox* spinBox(double maximum, double step, QWidget* parent) {
  auto* box = new QDoubleSpinBox(parent);
  box->setRange(0, maximum);
  box->setSingleStep(step);
  box->setDecimals(2);
  return box;
}

}  // namespace

Inspector::Inspector(ProjectDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
  setObjectName("Inspector");
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  modeNote_ = new QLabel(content);
  modeNote_->setWordWrap(true);
  layout->addWidget(modeNote_);

  for (timeline::TrackKind kind : {timeline::TrackKind::Pose, timeline::TrackKind::Expression}) {
    auto* group = new QGroupBox(kind == timeline::TrackKind::Pose ? tr("Pose") : tr("Expression"), content);
    auto* grid = new QGridLayout(group);
    int row = 0;
    for (int i = timeline::firstChannel(kind); i < timeline::channelEnd(kind); ++i, ++row) {
      const timeline::ChannelId id = *timeline::ChannelId::fromIndex(i);
      const timeline::TimelineChannel& channel = timeline::channelInfo(id);
      auto* slider = new QSlider(Qt::Horizontal, group);
      slider->setObjectName(QString("slider_%1").arg(QString::fromUtf8(channel.key.data(), int(channel.key.size()))));
      slider->setRange(0, kSliderSteps);
      auto* value = new QLabel(group);
      value->setMinimumWidth(64);
      grid->addWidget(new QLabel(channelLabel(channel), group), row, 0);
      grid->addWidget(slider, row, 1);
      grid->addWidget(value, row, 2);
      sliders_[std::size_t(i)] = slider;
      values_[std::size_t(i)] = value;
      connect(slider, &QSlider::valueChanged, this, [this, id, slider](int position) {
        if (refreshing_) return;
        setChannelValue(id, fromSlider(timeline::channelInfo(id), position), slider->isSliderDown());
      });
      connect(slider, &QSlider::sliderPressed, this, [this, id] { emit channelFocused(id); });
      connect(slider, &QSlider::sliderReleased, this, [this] {
        document_->endMerge();
        refresh();
      });
    }
    auto* gain = spinBox(timeline::kMaxGain, 0.05, group);
    auto* smoothing = spinBox(1, 0.05, group);
    grid->addWidget(new QLabel(tr("Gain"), group), row, 0);
    grid->addWidget(gain, row++, 1);
    grid->addWidget(new QLabel(tr("Smoothing"), group), row, 0);
    grid->addWidget(smoothing, row++, 1);
    const timeline::TrackRef track{kind, std::nullopt};
    connect(gain, &QDoubleSpinBox::valueChanged, this, [this, track](double v) {
      if (!refreshing_) document_->apply(timeline::setTrackGain(track, v));
    });
    connect(smoothing, &QDoubleSpinBox::valueChanged, this, [this, track](double v) {
      if (!refreshing_) document_->apply(timeline::setTrackSmoothing(track, v));
    });
    (kind == timeline::TrackKind::Pose ? poseGain_ : expressionGain_) = gain;
    (kind == timeline::TrackKind::Pose ? poseSmoothing_ : expressionSmoothing_) = smoothing;
    layout->addWidget(group);
  }

  auto* presets = new QGroupBox(tr("Presets"), content);
  auto* presetGrid = new QGridLayout(presets);
  int index = 0;
  for (Preset preset : allPresets()) {
    auto* box = new QCheckBox(QString::fromUtf8(presetName(preset).data(), int(presetName(preset).size())), presets);
    box->setProperty("preset", int(preset));
    presetGrid->addWidget(box, index / 3, index % 3);
    ++index;
  }
  auto* insert = new QPushButton(tr("Insert as Keyframes"), presets);
  presetGrid->addWidget(insert, index / 3 + 1, 0, 1, 3);
  connect(insert, &QPushButton::clicked, this, &Inspector::insertPresets);
  layout->addWidget(presets);
  layout->addStretch(1);

  auto* scroll = new QScrollArea(this);
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);
  connect(document_, &ProjectDocument::changed, this, &Inspector::refresh);
  refresh();
}

void Inspector::setPlayhead(int frame) {
  playhead_ = frame;
  refresh();
}

double Inspector::valueAt(timeline::ChannelId channel) const {
  const timeline::Project& project = document_->project();
  const Motion portrait = project.portrait.motion.value_or(Motion{});
  return timeline::channelValuesOf(timeline::motionAt(project, playhead_), portrait)[std::size_t(channel.index())];
}

bool Inspector::setChannelValue(timeline::ChannelId channel, double value, bool dragging) {
  const timeline::Project& project = document_->project();
  const Rational time = timeline::frameTime(playhead_, project.settings.frameRate);
  const timeline::ModeTrack& track = channel.track() == timeline::TrackKind::Pose ? project.pose : project.expression;
  double key = value;
  if (track.segmentAt(time).mode == timeline::TrackMode::DrivingOffset) {
    // The key is an offset: keep what the driver contributes, add the rest.
    const double current = valueAt(channel);
    const double offset = project.curve(channel).valueAt(time, timeline::channelInfo(channel).defaultValue);
    key = value - (current - offset);
  }
  return document_->apply(timeline::setKeyframe(channel, time, key, dragging));
}

void Inspector::refresh() {
  refreshing_ = true;
  const timeline::Project& project = document_->project();
  const Motion portrait = project.portrait.motion.value_or(Motion{});
  const timeline::ChannelValues values = timeline::channelValuesOf(timeline::motionAt(project, playhead_), portrait);
  const Rational time = timeline::frameTime(playhead_, project.settings.frameRate);
  for (int i = 0; i < timeline::kChannelCount; ++i) {
    const timeline::ChannelId id = *timeline::ChannelId::fromIndex(i);
    const timeline::TimelineChannel& channel = timeline::channelInfo(id);
    if (!sliders_[std::size_t(i)]->isSliderDown())
      sliders_[std::size_t(i)]->setValue(toSlider(channel, values[std::size_t(i)]));
    const bool keyed = project.curve(id).find(time).has_value();
    values_[std::size_t(i)]->setText(QString("%1%2 %3")
                                         .arg(keyed ? QStringLiteral("◆ ") : QString())
                                         .arg(values[std::size_t(i)], 0, 'f', 2)
                                         .arg(channelUnit(channel)));
  }
  poseGain_->setValue(project.pose.gain);
  poseSmoothing_->setValue(project.pose.smoothing);
  expressionGain_->setValue(project.expression.gain);
  expressionSmoothing_->setValue(project.expression.smoothing);
  const timeline::TrackMode pose = project.pose.segmentAt(time).mode;
  const timeline::TrackMode expression = project.expression.segmentAt(time).mode;
  const auto ignoresKeys = [](timeline::TrackMode mode) {
    return mode != timeline::TrackMode::Keyframed && mode != timeline::TrackMode::DrivingOffset;
  };
  modeNote_->setText(ignoresKeys(pose) || ignoresKeys(expression)
                         ? tr("Keys take effect where a track is Keyframed or Driving + offset; set the mode on the "
                              "timeline.")
                         : QString());
  refreshing_ = false;
}

void Inspector::insertPresets() {
  std::vector<Preset> chosen;
  for (QCheckBox* box : findChildren<QCheckBox*>())
    if (box->isChecked() && box->property("preset").isValid())
      chosen.push_back(Preset(box->property("preset").toInt()));
  if (chosen.empty()) return;
  const auto& settings = document_->project().settings;
  document_->apply(timeline::insertPresetKeys(chosen, {0, settings.frameCount}, timeline::ExpressionValues::Readings));
}

}  // namespace marionette::ui
