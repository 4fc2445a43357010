#pragma once

// Recognising still-image files by their bytes, and reading what their headers
// promise before anything is decoded.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>

namespace marionette::media_detail {

enum class ImageFormat { Unknown, Jpeg, Png, Webp, Bmp, Tiff };

using Bytes = std::span<const std::uint8_t>;

ImageFormat detectImageFormat(Bytes data);

// "jpeg", "png", "webp", "bmp", "tiff" (the names LoadedImage::format uses).
std::string imageFormatName(ImageFormat format);

struct ImageSize {
  std::int64_t width = 0;
  std::int64_t height = 0;
};

// The dimensions stated in the header, or nullopt when they cannot be found.
std::optional<ImageSize> headerImageSize(ImageFormat format, Bytes data);

// Visits the marker segments of a JPEG in file order with their payloads,
// skipping entropy-coded scan data; `visit` returns false to stop early.
// Returns true only when the end-of-image marker was reached.
bool walkJpegSegments(Bytes data, const std::function<bool(std::uint8_t marker, Bytes payload)>& visit);

// True when walking the JPEG's segments and scans reaches the end-of-image
// marker. libjpeg fills a cut-off image with grey and only warns, so a
// truncated file has to be caught here.
bool jpegIsComplete(Bytes data);

// True when a BMP holds all the pixel data its header describes: the rows of
// an uncompressed bitmap, or an RLE stream that reaches its end (or the last
// row) inside the file. OpenCV's BMP reader throws at a short file, and
// OpenCV then prints the exception on stderr, so a cut-off file has to be
// caught here.
bool bmpIsComplete(Bytes data);

// An unsigned BYTE/SHORT/LONG value of `tag` in the first directory (IFD0) of
// a TIFF structure, as found in TIFF files and in EXIF blocks.
std::optional<std::uint32_t> tiffTagValue(Bytes tiff, std::uint16_t tag);

// Big- and little-endian readers that return 0 past the end of `data`.
std::uint32_t readBigEndian(Bytes data, std::size_t offset, int bytes);
std::uint32_t readLittleEndian(Bytes data, std::size_t offset, int bytes);

}  // namespace marionette::media_detail
