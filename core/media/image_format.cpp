#include "core/media/image_format.h"

#include <algorithm>
#include <cstring>

namespace marionette::media_detail {

namespace {

constexpr std::uint8_t kJpegEndOfImage = 0xD9;
constexpr std::uint8_t kJpegStartOfScan = 0xDA;

bool startsWith(Bytes data, std::size_t offset, const char* text) {
  const std::size_t length = std::strlen(text);
  return data.size() >= offset + length && std::memcmp(data.data() + offset, text, length) == 0;
}

bool isStandaloneJpegMarker(std::uint8_t marker) {
  return marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7);
}

bool isStartOfFrame(std::uint8_t marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Returns the offset of the next marker after entropy-coded data; 0xFF00 is an
// escaped data byte and restart markers belong to the scan.
std::size_t skipEntropyCodedData(Bytes data, std::size_t pos) {
  while (pos + 1 < data.size()) {
    const void* found = std::memchr(data.data() + pos, 0xFF, data.size() - pos);
    if (!found) return data.size();
    pos = static_cast<std::size_t>(static_cast<const std::uint8_t*>(found) - data.data());
    if (pos + 1 >= data.size()) return data.size();
    const std::uint8_t next = data[pos + 1];
    if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
      pos += 2;
    } else if (next == 0xFF) {
      pos += 1;
    } else {
      return pos;
    }
  }
  return data.size();
}

std::optional<ImageSize> jpegSize(Bytes data) {
  std::optional<ImageSize> size;
  walkJpegSegments(data, [&](std::uint8_t marker, Bytes payload) {
    if (marker == kJpegStartOfScan) return false;
    if (!isStartOfFrame(marker) || payload.size() < 5) return true;
    const auto height = readBigEndian(payload, 1, 2);
    const auto width = readBigEndian(payload, 3, 2);
    if (width > 0 && height > 0) size = ImageSize{width, height};
    return false;
  });
  return size;
}

std::optional<ImageSize> pngSize(Bytes data) {
  if (data.size() < 24 || !startsWith(data, 12, "IHDR")) return std::nullopt;
  return ImageSize{readBigEndian(data, 16, 4), readBigEndian(data, 20, 4)};
}

std::optional<ImageSize> webpSize(Bytes data) {
  // The first chunk after "RIFF....WEBP" says which of the three layouts this is.
  if (startsWith(data, 12, "VP8X") && data.size() >= 30) {
    return ImageSize{readLittleEndian(data, 24, 3) + 1, readLittleEndian(data, 27, 3) + 1};
  }
  if (startsWith(data, 12, "VP8L") && data.size() >= 25) {
    const std::uint32_t bits = readLittleEndian(data, 21, 4);
    return ImageSize{(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
  }
  if (startsWith(data, 12, "VP8 ") && data.size() >= 30) {
    return ImageSize{readLittleEndian(data, 26, 2) & 0x3FFF, readLittleEndian(data, 28, 2) & 0x3FFF};
  }
  return std::nullopt;
}

std::optional<ImageSize> bmpSize(Bytes data) {
  const std::uint32_t headerSize = readLittleEndian(data, 14, 4);
  if (headerSize == 12) return ImageSize{readLittleEndian(data, 18, 2), readLittleEndian(data, 20, 2)};
  if (headerSize < 40 || data.size() < 26) return std::nullopt;
  // Height is negative for top-down bitmaps.
  const auto width = static_cast<std::int32_t>(readLittleEndian(data, 18, 4));
  const auto height = static_cast<std::int32_t>(readLittleEndian(data, 22, 4));
  return ImageSize{std::abs(static_cast<std::int64_t>(width)), std::abs(static_cast<std::int64_t>(height))};
}

constexpr std::uint16_t kTiffImageWidth = 256;
constexpr std::uint16_t kTiffImageLength = 257;

std::optional<ImageSize> tiffSize(Bytes data) {
  const auto width = tiffTagValue(data, kTiffImageWidth);
  const auto height = tiffTagValue(data, kTiffImageLength);
  if (!width || !height) return std::nullopt;
  return ImageSize{*width, *height};
}

}  // namespace

std::optional<std::uint32_t> tiffTagValue(Bytes tiff, std::uint16_t tag) {
  if (tiff.size() < 8 || (tiff[0] != 'I' && tiff[0] != 'M')) return std::nullopt;
  const bool little = tiff[0] == 'I';
  auto read = [&](std::size_t offset, int bytes) {
    return little ? readLittleEndian(tiff, offset, bytes) : readBigEndian(tiff, offset, bytes);
  };
  constexpr std::size_t kEntrySize = 12;
  constexpr std::uint32_t kTypeByte = 1, kTypeShort = 3, kTypeLong = 4;
  const std::size_t directory = read(4, 4);
  const std::size_t entries = read(directory, 2);
  for (std::size_t i = 0; i < entries; ++i) {
    const std::size_t entry = directory + 2 + i * kEntrySize;
    if (entry + kEntrySize > tiff.size()) break;
    if (read(entry, 2) != tag || read(entry + 4, 4) < 1) continue;
    // Values of up to four bytes sit in the entry itself, left-aligned.
    switch (read(entry + 2, 2)) {
      case kTypeByte:
        return tiff[entry + 8];
      case kTypeShort:
        return read(entry + 8, 2);
      case kTypeLong:
        return read(entry + 8, 4);
      default:
        return std::nullopt;
    }
  }
  return std::nullopt;
}

std::uint32_t readBigEndian(Bytes data, std::size_t offset, int bytes) {
  if (offset + bytes > data.size()) return 0;
  std::uint32_t value = 0;
  for (int i = 0; i < bytes; ++i) value = (value << 8) | data[offset + i];
  return value;
}

std::uint32_t readLittleEndian(Bytes data, std::size_t offset, int bytes) {
  if (offset + bytes > data.size()) return 0;
  std::uint32_t value = 0;
  for (int i = bytes - 1; i >= 0; --i) value = (value << 8) | data[offset + i];
  return value;
}

ImageFormat detectImageFormat(Bytes data) {
  if (data.size() >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) return ImageFormat::Jpeg;
  if (startsWith(data, 0, "\x89PNG\r\n\x1A\n")) return ImageFormat::Png;
  if (startsWith(data, 0, "RIFF") && startsWith(data, 8, "WEBP")) return ImageFormat::Webp;
  if (startsWith(data, 0, "BM") && data.size() >= 26) return ImageFormat::Bmp;
  if (data.size() >= 8 && (startsWith(data, 0, "II*") || startsWith(data, 0, "MM"))) {
    // "II*\0" or "MM\0*": classic TIFF (BigTIFF uses 43 and is rare for photos).
    const bool little = data[0] == 'I';
    const std::uint32_t magic = little ? readLittleEndian(data, 2, 2) : readBigEndian(data, 2, 2);
    if (magic == 42) return ImageFormat::Tiff;
  }
  return ImageFormat::Unknown;
}

std::string imageFormatName(ImageFormat format) {
  switch (format) {
    case ImageFormat::Jpeg:
      return "jpeg";
    case ImageFormat::Png:
      return "png";
    case ImageFormat::Webp:
      return "webp";
    case ImageFormat::Bmp:
      return "bmp";
    case ImageFormat::Tiff:
      return "tiff";
    case ImageFormat::Unknown:
      break;
  }
  return "unknown";
}

bool walkJpegSegments(Bytes data, const std::function<bool(std::uint8_t, Bytes)>& visit) {
  std::size_t pos = 2;  // past the start-of-image marker
  while (pos + 1 < data.size()) {
    if (data[pos] != 0xFF) return false;
    const std::uint8_t marker = data[pos + 1];
    if (marker == 0xFF) {  // fill byte before a marker
      ++pos;
      continue;
    }
    pos += 2;
    if (marker == kJpegEndOfImage) {
      visit(marker, Bytes());
      return true;
    }
    if (isStandaloneJpegMarker(marker)) continue;
    const std::uint32_t length = readBigEndian(data, pos, 2);
    if (length < 2 || pos + length > data.size()) return false;
    if (!visit(marker, data.subspan(pos + 2, length - 2))) return false;
    pos += length;
    if (marker == kJpegStartOfScan) pos = skipEntropyCodedData(data, pos);
  }
  return false;
}

namespace {

constexpr std::uint32_t kBmpRgb = 0, kBmpRle8 = 1, kBmpRle4 = 2, kBmpBitfields = 3;

// Walks RLE8/RLE4 records from `pos`: (count, value) runs and escapes for
// end of line, end of bitmap, a jump and literal runs (padded to 16 bits).
bool rleStreamIsComplete(Bytes data, std::size_t pos, std::uint64_t height, bool fourBit) {
  std::uint64_t line = 0;
  for (;;) {
    if (pos + 2 > data.size()) return false;
    const std::uint8_t count = data[pos], code = data[pos + 1];
    pos += 2;
    if (count > 0) continue;  // a run of one value
    if (code == 0) {          // end of line
      if (++line >= height) return true;
    } else if (code == 1) {  // end of bitmap
      return true;
    } else if (code == 2) {  // jump right and down
      if (pos + 2 > data.size()) return false;
      line += data[pos + 1];
      pos += 2;
      if (line >= height) return true;
    } else {  // `code` literal pixels
      std::size_t bytes = fourBit ? (code + 1u) / 2 : code;
      bytes += bytes & 1;
      if (pos + bytes > data.size()) return false;
      pos += bytes;
    }
  }
}

}  // namespace

bool bmpIsComplete(Bytes data) {
  const std::uint32_t pixelOffset = readLittleEndian(data, 10, 4);
  const std::uint32_t headerSize = readLittleEndian(data, 14, 4);
  std::uint64_t width = 0, height = 0, bitsPerPixel = 0;
  std::uint32_t compression = kBmpRgb;
  if (headerSize == 12) {
    width = readLittleEndian(data, 18, 2);
    height = readLittleEndian(data, 20, 2);
    bitsPerPixel = readLittleEndian(data, 24, 2);
  } else {
    width = static_cast<std::uint64_t>(
        std::abs(static_cast<std::int64_t>(static_cast<std::int32_t>(readLittleEndian(data, 18, 4)))));
    height = static_cast<std::uint64_t>(
        std::abs(static_cast<std::int64_t>(static_cast<std::int32_t>(readLittleEndian(data, 22, 4)))));
    bitsPerPixel = readLittleEndian(data, 28, 2);
    compression = readLittleEndian(data, 30, 4);
  }
  if (pixelOffset >= data.size()) return false;
  if (compression == kBmpRle8 || compression == kBmpRle4)
    return rleStreamIsComplete(data, pixelOffset, height, compression == kBmpRle4);
  if (compression != kBmpRgb && compression != kBmpBitfields) return true;  // left to the decoder to refuse
  const std::uint64_t stride = (width * bitsPerPixel + 31) / 32 * 4;
  return pixelOffset + stride * height <= data.size();
}

bool jpegIsComplete(Bytes data) {
  return walkJpegSegments(data, [](std::uint8_t, Bytes) { return true; });
}

std::optional<ImageSize> headerImageSize(ImageFormat format, Bytes data) {
  switch (format) {
    case ImageFormat::Jpeg:
      return jpegSize(data);
    case ImageFormat::Png:
      return pngSize(data);
    case ImageFormat::Webp:
      return webpSize(data);
    case ImageFormat::Bmp:
      return bmpSize(data);
    case ImageFormat::Tiff:
      return tiffSize(data);
    case ImageFormat::Unknown:
      break;
  }
  return std::nullopt;
}

}  // namespace marionette::media_detail
