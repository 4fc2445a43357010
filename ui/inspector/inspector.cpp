#include "ui/inspector/inspector.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/motion/presets.h"
#include "core/timeline/editing.h"
#include "core/timeline/generators.h"
#include "core/timeline/motion_at.h"
#include "ui/common/channel_names.h"
#include "ui/document/project_document.h"
#include "ui/document/project_media.h"
#include "ui/inspector/channel_slider.h"

namespace marionette::ui {

namespace {

QDoubleSpinBox* spinBox(double maximum, double step, QWidget* parent) {
  auto* box = new QDoubleSpinBox(parent);
  box->setRange(0, maximum);
  box->setSingleStep(step);
  box->setDecimals(2);
  box->setKeyboardTracking(false);
  return box;
}

QString keyOf(const timeline::TimelineChannel& channel) {
  return QString::fromUtf8(channel.key.data(), int(channel.key.size()));
}

// Units short enough for the value box; longer ones go to its tooltip.
QString shortUnit(const timeline::TimelineChannel& channel) {
  const QString unit = channelUnit(channel);
  return unit.size() <= 2 ? unit : QString();
}

QString rangeText(double low, double high, const QString& unit) {
  return Inspector::tr("%1 to %2%3").arg(low, 0, 'g', 3).arg(high, 0, 'g', 3).arg(unit);
}

}  // namespace

Inspector::Inspector(ProjectDocument* document, ProjectMedia* media, QWidget* parent)
    : QWidget(parent), document_(document), media_(media) {
  setObjectName("Inspector");
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  note_ = new QLabel(content);
  note_->setObjectName("inspectorNote");
  note_->setWordWrap(true);
  layout->addWidget(note_);
  layout->addWidget(buildSourceGroup());
  layout->addWidget(buildTrackGroup(timeline::TrackKind::Pose));
  layout->addWidget(buildTrackGroup(timeline::TrackKind::Expression));
  layout->addWidget(buildPresetGroup());
  layout->addStretch(1);

  auto* scroll = new QScrollArea(this);
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  // Rows shrink with the panel (sliders give way first); never a sideways scrollbar.
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);
  connect(document_, &ProjectDocument::changed, this, &Inspector::refresh);
  connect(media_, &ProjectMedia::portraitChanged, this, &Inspector::refresh);
  refresh();
}

QWidget* Inspector::buildSourceGroup() {
  auto* group = new QGroupBox(tr("Source"));
  auto* grid = new QGridLayout(group);
  face_ = new QSpinBox(group);
  face_->setObjectName("faceIndex");
  face_->setKeyboardTracking(false);
  face_->setToolTip(tr("Which face of the portrait is animated (1 = the largest)"));
  faceCount_ = new QLabel(group);
  auto* faceRow = new QHBoxLayout;
  faceRow->addWidget(face_);
  faceRow->addWidget(faceCount_, 1);
  grid->addWidget(new QLabel(tr("Face"), group), 0, 0);
  grid->addLayout(faceRow, 0, 1);
  trackingSmoothing_ = spinBox(1, 0.05, group);
  trackingSmoothing_->setObjectName("trackingSmoothing");
  trackingSmoothing_->setToolTip(
      tr("How much the driver's landmarks are smoothed while tracking; changing it "
         "tracks the driver again"));
  grid->addWidget(new QLabel(tr("Tracking smoothing"), group), 1, 0);
  grid->addWidget(trackingSmoothing_, 1, 1);
  grid->setColumnStretch(1, 1);
  connect(face_, &QSpinBox::valueChanged, this, [this](int shown) {
    if (!refreshing_) document_->apply(timeline::setPortraitFace(shown - 1));
  });
  connect(trackingSmoothing_, &QDoubleSpinBox::valueChanged, this, [this](double smoothing) {
    if (!refreshing_) document_->apply(timeline::setTrackingSmoothing(smoothing));
  });
  return group;
}

QWidget* Inspector::buildTrackGroup(timeline::TrackKind kind) {
  auto* group = new QGroupBox(kind == timeline::TrackKind::Pose ? tr("Pose") : tr("Expression"));
  auto* grid = new QGridLayout(group);
  grid->setColumnStretch(2, 1);
  int row = 0;
  for (int i = timeline::firstChannel(kind); i < timeline::channelEnd(kind); ++i, ++row) {
    const timeline::ChannelId id = *timeline::ChannelId::fromIndex(i);
    const timeline::TimelineChannel& channel = timeline::channelInfo(id);
    auto* mark = new QLabel(group);
    mark->setFixedWidth(mark->fontMetrics().horizontalAdvance(QStringLiteral("◆")) + 2);
    mark->setToolTip(tr("Keyed at the playhead"));
    auto* label = new QLabel(channelLabel(channel), group);
    auto* slider = new ChannelSlider(channel, group);
    slider->setObjectName("slider_" + keyOf(channel));
    auto* value = new ValueSpinBox(group);
    value->setObjectName("value_" + keyOf(channel));
    value->setDecimals(channel.unit == "°" ? 1 : 2);
    value->setSingleStep(channel.unit == "°" ? 1 : 0.05);
    value->setSuffix(shortUnit(channel));
    value->setKeyboardTracking(false);
    value->setToolTip(tr("Type a value; the slider drags (Shift: finer). Range %1")
                          .arg(rangeText(channel.minimum, channel.maximum, " " + channelUnit(channel))));
    grid->addWidget(mark, row, 0);
    grid->addWidget(label, row, 1);
    grid->addWidget(slider, row, 2);
    grid->addWidget(value, row, 3);
    sliders_[std::size_t(i)] = slider;
    values_[std::size_t(i)] = value;
    keyMarks_[std::size_t(i)] = mark;
    connect(slider, &ChannelSlider::valueEdited, this,
            [this, id](double v, bool dragging) { setChannelValue(id, v, dragging); });
    connect(slider, &QSlider::sliderPressed, this, [this, id] { emit channelFocused(id); });
    connect(slider, &ChannelSlider::editFinished, this, [this] {
      document_->endMerge();
      refresh();
    });
    connect(value, &QDoubleSpinBox::valueChanged, this, [this, id](double v) {
      if (refreshing_) return;
      emit channelFocused(id);
      setChannelValue(id, v, false);
    });
  }
  auto* gain = spinBox(timeline::kMaxGain, 0.05, group);
  auto* smoothing = spinBox(1, 0.05, group);
  grid->addWidget(new QLabel(tr("Gain"), group), row, 1);
  grid->addWidget(gain, row++, 2, 1, 2);
  grid->addWidget(new QLabel(tr("Smoothing"), group), row, 1);
  grid->addWidget(smoothing, row++, 2, 1, 2);
  const timeline::TrackRef track{kind, std::nullopt};
  connect(gain, &QDoubleSpinBox::valueChanged, this, [this, track](double v) {
    if (!refreshing_) document_->apply(timeline::setTrackGain(track, v));
  });
  connect(smoothing, &QDoubleSpinBox::valueChanged, this, [this, track](double v) {
    if (!refreshing_) document_->apply(timeline::setTrackSmoothing(track, v));
  });
  (kind == timeline::TrackKind::Pose ? poseGain_ : expressionGain_) = gain;
  (kind == timeline::TrackKind::Pose ? poseSmoothing_ : expressionSmoothing_) = smoothing;
  return group;
}

QWidget* Inspector::buildPresetGroup() {
  auto* presets = new QGroupBox(tr("Presets"));
  auto* grid = new QGridLayout(presets);
  constexpr int kColumns = 2;  // fits a narrow panel in either language
  int index = 0;
  for (Preset preset : allPresets()) {
    auto* box = new QCheckBox(QString::fromUtf8(presetName(preset).data(), int(presetName(preset).size())), presets);
    box->setProperty("preset", int(preset));
    grid->addWidget(box, index / kColumns, index % kColumns);
    ++index;
  }
  auto* insert = new QPushButton(tr("Insert as Keyframes"), presets);
  insert->setToolTip(tr("Keys the checked presets over the whole clip; they play where a track is Keyframed"));
  grid->addWidget(insert, (index + kColumns - 1) / kColumns, 0, 1, kColumns);
  connect(insert, &QPushButton::clicked, this, &Inspector::insertPresets);
  return presets;
}

void Inspector::setPlayhead(timeline::FrameIndex frame) {
  playhead_ = frame;
  refresh();
}

double Inspector::valueAt(timeline::ChannelId channel) const {
  return timeline::channelValueAt(document_->project(), channel, playhead_);
}

bool Inspector::setChannelValue(timeline::ChannelId channel, double value, bool dragging) {
  return document_->apply(timeline::setChannelValue(document_->project(), channel, playhead_, value, dragging));
}

void Inspector::refresh() {
  refreshing_ = true;
  const timeline::Project& project = document_->project();
  const Motion portrait = project.portrait.motion.value_or(Motion{});
  const timeline::ChannelValues values = timeline::channelValuesOf(timeline::motionAt(project, playhead_), portrait);
  const Rational time = timeline::frameTime(playhead_, project.settings.frameRate);
  QStringList beyond;
  for (int i = 0; i < timeline::kChannelCount; ++i) {
    const timeline::ChannelId id = *timeline::ChannelId::fromIndex(i);
    const timeline::TimelineChannel& channel = timeline::channelInfo(id);
    const double value = values[std::size_t(i)];
    ChannelSlider* slider = sliders_[std::size_t(i)];
    if (!slider->dragging()) slider->showValue(value);
    ValueSpinBox* box = values_[std::size_t(i)];
    if (!box->hasFocus()) {
      box->setRange(std::min(channel.minimum, value), std::max(channel.maximum, value));
      box->setValue(value);
    }
    keyMarks_[std::size_t(i)]->setText(project.curve(id).find(time) ? QStringLiteral("◆") : QString());
    // Only the pose has a band the renderer limits; an expression reading
    // past its range is the driver's doing and renders like any other.
    const timeline::ValueBand band = timeline::renderedWellBand(channel, portrait.pose);
    slider->setWellBand(band.minimum, band.maximum);
    const bool well = channel.id.track() != timeline::TrackKind::Pose || band.contains(value);
    if (well != !warned_[std::size_t(i)]) {  // a palette change restyles the box: only when it flips
      QPalette palette = box->palette();
      palette.setColor(QPalette::Text, well ? this->palette().color(QPalette::Text) : QColor(220, 110, 20));
      box->setPalette(palette);
      warned_[std::size_t(i)] = !well;
    }
    if (!well) beyond << channelLabel(channel);
  }
  poseGain_->setValue(project.pose.gain);
  poseSmoothing_->setValue(project.pose.smoothing);
  expressionGain_->setValue(project.expression.gain);
  expressionSmoothing_->setValue(project.expression.smoothing);

  const auto prepared = media_->portrait();
  const int faces = prepared ? std::max(1, prepared->faceCount) : project.portrait.faceIndex + 1;
  face_->setRange(1, std::max(faces, project.portrait.faceIndex + 1));
  face_->setValue(project.portrait.faceIndex + 1);
  face_->setEnabled(faces > 1 || project.portrait.faceIndex > 0);
  faceCount_->setText(prepared ? tr("of %1").arg(faces) : QString());
  trackingSmoothing_->setEnabled(project.driver.has_value());
  trackingSmoothing_->setValue(project.driver ? project.driver->trackingSmoothing : 0.5);

  QStringList notes;
  const auto ignoresKeys = [&](timeline::TrackKind kind) {
    const timeline::TrackMode mode = timeline::modeTrack(project, {kind, std::nullopt}).segmentAt(time).mode;
    return mode != timeline::TrackMode::Keyframed && mode != timeline::TrackMode::DrivingOffset;
  };
  if (ignoresKeys(timeline::TrackKind::Pose) || ignoresKeys(timeline::TrackKind::Expression))
    notes << tr("Keys take effect where a track is Keyframed or Driving + offset; set the mode on the timeline.");
  if (!beyond.isEmpty())
    notes << tr("⚠ %1 beyond what the renderer draws as asked (the marked band): turns are drawn smaller there so "
                "the face does not fold; other moves may smear.")
                 .arg(beyond.join(", "));
  note_->setText(notes.join("\n"));
  note_->setVisible(!notes.isEmpty());
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
