#pragma once

#include <QWidget>
#include <array>

#include "core/timeline/channels.h"

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace marionette::ui {

class ProjectDocument;

// Sliders for every pose and expression channel at the playhead. Moving one
// keys that channel there (in Driving + offset mode the key is the offset
// that brings the value to the slider); gain and smoothing per track; the
// motion presets as keyframes.
class Inspector : public QWidget {
  Q_OBJECT

 public:
  explicit Inspector(ProjectDocument* document, QWidget* parent = nullptr);

  void setPlayhead(int frame);
  // The value the project gives a channel at the playhead (keyframe meaning).
  double valueAt(timeline::ChannelId channel) const;
  // What dragging a slider to `value` does; public for tests.
  bool setChannelValue(timeline::ChannelId channel, double value, bool dragging);
  QSlider* slider(timeline::ChannelId channel) const { return sliders_[std::size_t(channel.index())]; }

 signals:
  void channelFocused(timeline::ChannelId channel);

 private:
  void refresh();
  void insertPresets();

  ProjectDocument* document_;
  int playhead_ = 0;
  bool refreshing_ = false;
  std::array<QSlider*, timeline::kChannelCount> sliders_{};
  std::array<QLabel*, timeline::kChannelCount> values_{};
  QDoubleSpinBox* poseGain_;
  QDoubleSpinBox* poseSmoothing_;
  QDoubleSpinBox* expressionGain_;
  QDoubleSpinBox* expressionSmoothing_;
  QLabel* modeNote_;
};

}  // namespace marionette::ui
