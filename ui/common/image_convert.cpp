#include "ui/common/image_convert.h"

#include <cstring>

namespace marionette::ui {

QImage toQImage(const Image& image) {
  if (image.empty()) return {};
  if (image.channels == 1) {
    QImage out(image.width, image.height, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height; ++y) std::memcpy(out.scanLine(y), image.row(y), image.stride());
    return out;
  }
  QImage out(image.width, image.height, QImage::Format_RGB888);
  for (int y = 0; y < image.height; ++y) std::memcpy(out.scanLine(y), image.row(y), image.stride());
  return out;
}

Image fromQImage(const QImage& image) {
  if (image.isNull()) return {};
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  Image out = Image::make(rgb.width(), rgb.height(), 3);
  for (int y = 0; y < rgb.height(); ++y) std::memcpy(out.row(y), rgb.constScanLine(y), out.stride());
  return out;
}

}  // namespace marionette::ui
