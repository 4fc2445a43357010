#include "core/media/exif.h"

#include <cstring>
#include <optional>

namespace marionette::media_detail {

namespace {

constexpr std::uint16_t kOrientationTag = 0x0112;
constexpr std::uint8_t kJpegApp1 = 0xE1;
constexpr std::uint8_t kJpegStartOfScan = 0xDA;

bool hasPrefix(Bytes data, const char* prefix, std::size_t length) {
  return data.size() >= length && std::memcmp(data.data(), prefix, length) == 0;
}

// EXIF blocks begin with "Exif\0\0" in JPEG; WebP writers differ on whether
// they keep that prefix, so accept both.
Bytes skipExifPrefix(Bytes block) { return hasPrefix(block, "Exif\0\0", 6) ? block.subspan(6) : block; }

std::optional<Bytes> jpegExif(Bytes data) {
  std::optional<Bytes> found;
  walkJpegSegments(data, [&](std::uint8_t marker, Bytes payload) {
    if (marker == kJpegStartOfScan) return false;
    if (marker == kJpegApp1 && hasPrefix(payload, "Exif\0\0", 6)) {
      found = payload.subspan(6);
      return false;
    }
    return true;
  });
  return found;
}

std::optional<Bytes> webpExif(Bytes data) {
  std::size_t pos = 12;  // past "RIFF", the size and "WEBP"
  while (pos + 8 <= data.size()) {
    const std::size_t size = readLittleEndian(data, pos + 4, 4);
    if (pos + 8 + size > data.size()) return std::nullopt;
    if (hasPrefix(data.subspan(pos), "EXIF", 4)) return skipExifPrefix(data.subspan(pos + 8, size));
    pos += 8 + size + (size & 1);  // chunks are padded to an even length
  }
  return std::nullopt;
}

std::optional<Bytes> pngExif(Bytes data) {
  std::size_t pos = 8;  // past the signature
  while (pos + 12 <= data.size()) {
    const std::size_t length = readBigEndian(data, pos, 4);
    if (pos + 12 + length > data.size()) return std::nullopt;
    const Bytes type = data.subspan(pos + 4, 4);
    if (hasPrefix(type, "eXIf", 4)) return skipExifPrefix(data.subspan(pos + 8, length));
    if (hasPrefix(type, "IEND", 4)) return std::nullopt;
    pos += 12 + length;  // length, type, data, CRC
  }
  return std::nullopt;
}

std::optional<Bytes> exifBlock(ImageFormat format, Bytes data) {
  switch (format) {
    case ImageFormat::Jpeg:
      return jpegExif(data);
    case ImageFormat::Tiff:
      return data;
    case ImageFormat::Webp:
      return webpExif(data);
    case ImageFormat::Png:
      return pngExif(data);
    case ImageFormat::Bmp:
    case ImageFormat::Unknown:
      break;
  }
  return std::nullopt;
}

}  // namespace

int readExifOrientation(ImageFormat format, Bytes data) {
  const std::optional<Bytes> block = exifBlock(format, data);
  if (!block) return 1;
  const std::optional<std::uint32_t> value = tiffTagValue(*block, kOrientationTag);
  return value && *value >= 1 && *value <= 8 ? static_cast<int>(*value) : 1;
}

}  // namespace marionette::media_detail
