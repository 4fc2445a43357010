#pragma once

#include <QImage>

#include "core/base/image.h"

namespace marionette::ui {

// Deep copies between the domain's Image (RGB or gray, alpha kept apart) and
// QImage, so no pixel buffer is shared between a worker and the UI thread.
QImage toQImage(const Image& image);
Image fromQImage(const QImage& image);

}  // namespace marionette::ui
