#pragma once

#include <QString>

#include "core/timeline/channels.h"

namespace marionette::ui {

// A channel's label and unit in the interface language. The core's
// descriptors hold the English text; the translations are keyed by it.
QString channelLabel(const timeline::TimelineChannel& channel);
QString channelUnit(const timeline::TimelineChannel& channel);

}  // namespace marionette::ui
