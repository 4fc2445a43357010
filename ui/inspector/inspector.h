#pragma once

#include <QWidget>
#include <array>

#include "core/timeline/channels.h"
#include "core/timeline/time.h"

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace marionette::ui {

class ChannelSlider;
class ProjectDocument;
class ProjectMedia;
class ValueSpinBox;

// Sliders and typed values for every pose and expression channel at the
// playhead. Changing one sets that channel's value there (the timeline's
// editing rules decide whether that is a key or an offset); gain and
// smoothing per track; which face of the portrait is animated and how the
// driver is tracked; the motion presets as keyframes.
class Inspector : public QWidget {
  Q_OBJECT

 public:
  Inspector(ProjectDocument* document, ProjectMedia* media, QWidget* parent = nullptr);

  void setPlayhead(timeline::FrameIndex frame);
  // The value the project gives a channel at the playhead (keyframe meaning).
  double valueAt(timeline::ChannelId channel) const;
  // What moving a slider or typing a value does; public for tests.
  bool setChannelValue(timeline::ChannelId channel, double value, bool dragging);
  ChannelSlider* slider(timeline::ChannelId channel) const { return sliders_[std::size_t(channel.index())]; }
  ValueSpinBox* valueBox(timeline::ChannelId channel) const { return values_[std::size_t(channel.index())]; }
  QLabel* note() const { return note_; }

 signals:
  void channelFocused(timeline::ChannelId channel);

 private:
  QWidget* buildSourceGroup();
  QWidget* buildTrackGroup(timeline::TrackKind kind);
  QWidget* buildPresetGroup();
  void refresh();
  void insertPresets();

  ProjectDocument* document_;
  ProjectMedia* media_;
  timeline::FrameIndex playhead_ = 0;
  bool refreshing_ = false;
  std::array<ChannelSlider*, timeline::kChannelCount> sliders_{};
  std::array<ValueSpinBox*, timeline::kChannelCount> values_{};
  std::array<QLabel*, timeline::kChannelCount> keyMarks_{};
  std::array<bool, timeline::kChannelCount> warned_{};  // the value box shows the warning colour
  QDoubleSpinBox* poseGain_ = nullptr;
  QDoubleSpinBox* poseSmoothing_ = nullptr;
  QDoubleSpinBox* expressionGain_ = nullptr;
  QDoubleSpinBox* expressionSmoothing_ = nullptr;
  QLabel* note_ = nullptr;
  QSpinBox* face_ = nullptr;
  QLabel* faceCount_ = nullptr;
  QDoubleSpinBox* trackingSmoothing_ = nullptr;
};

}  // namespace marionette::ui
