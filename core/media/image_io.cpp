#include "core/media/image_io.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/base/atomic_file.h"
#include "core/base/file_check.h"
#include "core/media/exif.h"
#include "core/media/file_util.h"
#include "core/media/image_format.h"
#include "core/media/jpeg_decode.h"
#include "core/media/png_check.h"

namespace marionette {

namespace {

using media_detail::Bytes;
using media_detail::ImageFormat;
using media_detail::quotePath;

// Limits that keep loading a still image bounded in memory and time, checked
// from the first bytes and the header before the file is read or decoded.
// 64 megapixels covers every full-frame camera (61 MP at most) and phones in
// their normal modes; it refuses medium-format (100 MP) and 200 MP phone
// shots, which are far beyond what the 4096-pixel portrait needs. Decoding
// one takes up to about 200 MB (8-bit RGB) and the conversions after it a
// few times that.
constexpr std::int64_t kMaxSide = 30000;
constexpr std::int64_t kMaxMegapixels = 64;
constexpr std::int64_t kMaxPixels = kMaxMegapixels * 1'000'000;
// The largest file a 64-megapixel 8-bit image can honestly take: 4 bytes a
// pixel uncompressed (RGBA BMP or TIFF) is 256 MB; JPEG, PNG and WebP are far
// smaller. The bytes are read whole, so this bounds that read too.
constexpr std::uint64_t kMaxFileBytes = std::uint64_t{256} << 20;
// Enough for the signature and, in practice, every header: format and size
// are known before the rest of the file is read.
constexpr std::size_t kHeadBytes = std::size_t{64} << 10;
constexpr const char* kExpectedFormats = "(expected JPEG, PNG, WebP, BMP or TIFF)";
constexpr int kJpegQuality = 95;

std::string sizeText(std::int64_t width, std::int64_t height) {
  return std::to_string(width) + "x" + std::to_string(height);
}

// Refuses absurd sizes from the header alone, before the decoder allocates.
// `complete` says whether `data` is the whole file: only then is a header
// without a size an error (in the first bytes it may simply come later).
Status checkHeaderSize(const std::string& path, ImageFormat format, Bytes data, bool complete) {
  const auto size = media_detail::headerImageSize(format, data);
  if (!size) {
    if (!complete) return {};
    return makeError(quotePath(path) + " is truncated or corrupt: its header gives no image size");
  }
  if (size->width <= 0 || size->height <= 0) {
    return makeError(quotePath(path) + " is corrupt: its header gives a size of " +
                     sizeText(size->width, size->height));
  }
  if (size->width > kMaxSide || size->height > kMaxSide || size->width * size->height > kMaxPixels) {
    const std::int64_t megapixels = (size->width * size->height + 500'000) / 1'000'000;
    return makeError(quotePath(path) + " is too large to load (" + sizeText(size->width, size->height) + ", " +
                     std::to_string(megapixels) + " megapixels; the limit is " + std::to_string(kMaxMegapixels) +
                     " megapixels and " + std::to_string(kMaxSide) + " pixels a side): scale it down first");
  }
  return {};
}

std::string displayName(ImageFormat format) {
  switch (format) {
    case ImageFormat::Jpeg:
      return "JPEG";
    case ImageFormat::Png:
      return "PNG";
    case ImageFormat::Webp:
      return "WebP";
    case ImageFormat::Bmp:
      return "BMP";
    case ImageFormat::Tiff:
      return "TIFF";
    case ImageFormat::Unknown:
      break;
  }
  return "image";
}

Result<cv::Mat> decodeJpeg(const std::string& path, Bytes bytes, std::vector<std::string>& notes) {
  if (!media_detail::jpegIsComplete(bytes)) {
    return makeError(quotePath(path) + " is truncated or corrupt: the JPEG data ends before the image does");
  }
  cv::Mat decoded;
  Result<std::string> warning = media_detail::decodeJpeg(bytes, [&decoded](int width, int height, int channels) {
    decoded.create(height, width, CV_8UC(channels));
    return decoded.data;
  });
  if (!warning) return makeError(quotePath(path) + " is truncated or corrupt: " + warning.error().message);
  if (!warning->empty())
    notes.push_back("the JPEG data is damaged (" + *warning + "); parts of the picture may be wrong");
  return decoded;
}

// Takes the file's bytes, so they are freed as soon as the pixels exist.
// Every format is checked first where its library would print on stderr
// instead of failing quietly: libpng, libjpeg (decoded here for that
// reason) and OpenCV's BMP reader, which prints the exception it catches.
Result<cv::Mat> decode(const std::string& path, ImageFormat format, std::vector<std::uint8_t> bytes,
                       std::vector<std::string>& notes) {
  if (format == ImageFormat::Jpeg) return decodeJpeg(path, bytes, notes);
  const std::string name = displayName(format);
  if (format == ImageFormat::Bmp && !media_detail::bmpIsComplete(bytes)) {
    return makeError(quotePath(path) + " is truncated or corrupt: the BMP data ends before the image does");
  }
  if (format == ImageFormat::Png) {
    // libpng only ever sees a PNG we have checked, stripped of the chunks it
    // could warn about.
    Result<std::vector<std::uint8_t>> checked = media_detail::checkedPngForDecoding(bytes);
    if (!checked) return makeError(quotePath(path) + " is truncated or corrupt: " + checked.error().message);
    bytes = std::move(*checked);
  }
  cv::Mat decoded;
  try {
    const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8U, bytes.data());
    decoded = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
  } catch (const cv::Exception& e) {
    return makeError(quotePath(path) + " could not be decoded as " + name + ": " + e.err);
  }
  if (decoded.empty())
    return makeError(quotePath(path) + " is truncated or corrupt: the " + name + " data could not be decoded");
  return decoded;
}

cv::Mat toEightBit(const cv::Mat& image) {
  if (image.depth() == CV_8U) return image;
  cv::Mat converted;
  switch (image.depth()) {
    case CV_16U:
      image.convertTo(converted, CV_8U, 1.0 / 257.0);
      break;
    case CV_16S:
      image.convertTo(converted, CV_8U, 1.0 / 128.0, 128);
      break;
    case CV_32F:
    case CV_64F:
      image.convertTo(converted, CV_8U, 255.0);
      break;  // float images are 0..1 by convention
    default:
      image.convertTo(converted, CV_8U);
      break;
  }
  return converted;
}

struct ColourAndAlpha {
  cv::Mat rgb;
  cv::Mat alpha;  // empty when the file had none
};

ColourAndAlpha splitAlpha(const cv::Mat& decoded) {
  ColourAndAlpha out;
  switch (decoded.channels()) {
    case 1:
      cv::cvtColor(decoded, out.rgb, cv::COLOR_GRAY2RGB);
      break;
    case 2: {
      cv::Mat planes[2];
      cv::split(decoded, planes);
      cv::cvtColor(planes[0], out.rgb, cv::COLOR_GRAY2RGB);
      out.alpha = planes[1];
      break;
    }
    case 4:
      cv::cvtColor(decoded, out.rgb, cv::COLOR_BGRA2RGB);
      cv::extractChannel(decoded, out.alpha, 3);
      break;
    default:
      cv::cvtColor(decoded, out.rgb, cv::COLOR_BGR2RGB);
      break;
  }
  return out;
}

// Turns stored pixels into display orientation, as EXIF orientation 1..8 asks.
cv::Mat applyOrientation(const cv::Mat& image, int orientation) {
  if (image.empty() || orientation == 1) return image;
  cv::Mat out;
  switch (orientation) {
    case 2:
      cv::flip(image, out, 1);
      break;
    case 3:
      cv::rotate(image, out, cv::ROTATE_180);
      break;
    case 4:
      cv::flip(image, out, 0);
      break;
    case 5:
      cv::transpose(image, out);
      break;
    case 6:
      cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE);
      break;
    case 7: {
      cv::Mat transposed;
      cv::transpose(image, transposed);
      cv::flip(transposed, out, -1);
      break;
    }
    case 8:
      cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE);
      break;
    default:
      return image;
  }
  return out;
}

// Keeps aspect; INTER_AREA averages source pixels, so fine detail does not alias.
void downscaleToFit(ColourAndAlpha& planes, int maxDimension, std::vector<std::string>& notes) {
  const int width = planes.rgb.cols, height = planes.rgb.rows;
  if (maxDimension <= 0 || std::max(width, height) <= maxDimension) return;
  const double scale = static_cast<double>(maxDimension) / std::max(width, height);
  const cv::Size target(std::clamp(static_cast<int>(std::lround(width * scale)), 1, maxDimension),
                        std::clamp(static_cast<int>(std::lround(height * scale)), 1, maxDimension));
  cv::resize(planes.rgb, planes.rgb, target, 0, 0, cv::INTER_AREA);
  if (!planes.alpha.empty()) cv::resize(planes.alpha, planes.alpha, target, 0, 0, cv::INTER_AREA);
  notes.push_back("downscaled from " + sizeText(width, height) + " to " + sizeText(target.width, target.height));
}

void copyPlane(const cv::Mat& plane, std::vector<std::uint8_t>& destination) {
  const cv::Mat continuous = plane.isContinuous() ? plane : plane.clone();
  destination.assign(continuous.datastart, continuous.dataend);
}

Image toImage(const ColourAndAlpha& planes) {
  Image image;
  image.width = planes.rgb.cols;
  image.height = planes.rgb.rows;
  image.channels = 3;
  copyPlane(planes.rgb, image.pixels);
  if (!planes.alpha.empty()) copyPlane(planes.alpha, image.alpha);
  return image;
}

std::string lowerExtension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

Result<cv::Mat> toBgrMat(const Image& image, bool withAlpha) {
  if (image.channels != 1 && image.channels != 3) {
    return makeError("cannot save an image with " + std::to_string(image.channels) + " channels");
  }
  if (image.pixels.size() != image.stride() * image.height)
    return makeError("the image's pixel buffer has the wrong size");
  const cv::Mat colour(image.height, image.width, CV_8UC(image.channels),
                       const_cast<std::uint8_t*>(image.pixels.data()));
  cv::Mat bgr;
  cv::cvtColor(colour, bgr, image.channels == 1 ? cv::COLOR_GRAY2BGR : cv::COLOR_RGB2BGR);
  const bool alphaFits = image.alpha.size() == static_cast<std::size_t>(image.width) * image.height;
  if (!withAlpha || !alphaFits) return bgr;
  const cv::Mat alpha(image.height, image.width, CV_8UC1, const_cast<std::uint8_t*>(image.alpha.data()));
  cv::Mat bgra;
  cv::Mat planes[] = {bgr, alpha};
  cv::merge(planes, 2, bgra);
  return bgra;
}

Result<std::vector<std::uint8_t>> encode(const Image& image, const std::string& path) {
  const std::string extension = lowerExtension(path);
  const bool png = extension == ".png";
  if (!png && extension != ".jpg" && extension != ".jpeg") {
    return makeError("cannot save " + quotePath(path) + ": use a .png or .jpg file name");
  }
  Result<cv::Mat> mat = toBgrMat(image, png);
  if (!mat) return makeError("cannot save " + quotePath(path) + ": " + mat.error().message);
  std::vector<std::uint8_t> bytes;
  const std::vector<int> params = png ? std::vector<int>{} : std::vector<int>{cv::IMWRITE_JPEG_QUALITY, kJpegQuality};
  try {
    if (!cv::imencode(png ? ".png" : ".jpg", *mat, bytes, params)) {
      return makeError("cannot save " + quotePath(path) + ": the image could not be encoded");
    }
  } catch (const cv::Exception& e) {
    return makeError("cannot save " + quotePath(path) + ": " + e.err);
  }
  return bytes;
}

// The file's bytes once its kind, format, stated size and length are known
// to be acceptable; nothing is read whole before that.
Result<std::pair<ImageFormat, std::vector<std::uint8_t>>> readImageFile(const std::string& path) {
  Result<std::uint64_t> length = checkRegularFile(path, "an image");
  if (!length) return length.error();
  if (*length == 0) return makeError(quotePath(path) + " is an empty file, not an image " + kExpectedFormats);
  Result<std::vector<std::uint8_t>> head = media_detail::readFileStart(path, kHeadBytes);
  if (!head) return head.error();
  const ImageFormat format = media_detail::detectImageFormat(*head);
  if (format == ImageFormat::Unknown) return makeError(quotePath(path) + " is not an image " + kExpectedFormats);
  const bool whole = *length <= head->size();
  if (Status size = checkHeaderSize(path, format, *head, whole); !size) return size.error();
  if (*length > kMaxFileBytes) {
    return makeError(quotePath(path) + " is too large for a still image (" + byteSizeText(*length) + "; the limit is " +
                     byteSizeText(kMaxFileBytes) + ")");
  }
  if (whole) return std::pair{format, std::move(*head)};
  Result<std::vector<std::uint8_t>> bytes = media_detail::readFileStart(path, kMaxFileBytes);
  if (!bytes) return bytes.error();
  if (Status size = checkHeaderSize(path, format, *bytes, true); !size) return size.error();
  return std::pair{format, std::move(*bytes)};
}

}  // namespace

Result<LoadedImage> loadImage(const std::string& path, const ImageLoadOptions& options) {
  auto file = readImageFile(path);
  if (!file) return file.error();
  auto& [format, bytes] = *file;
  LoadedImage loaded;
  const int orientation = media_detail::readExifOrientation(format, bytes);
  Result<cv::Mat> decoded = decode(path, format, std::move(bytes), loaded.notes);
  if (!decoded) return decoded.error();

  loaded.format = media_detail::imageFormatName(format);
  loaded.exifOrientation = orientation;
  // OpenCV's TIFF decoder honours the orientation tag itself, even with
  // IMREAD_UNCHANGED (OpenCV 4.6, 8 and 16 bit); the others leave it to us.
  const bool decoderOriented = format == ImageFormat::Tiff;
  const bool decoderTurned = decoderOriented && loaded.exifOrientation >= 5;
  loaded.originalWidth = decoderTurned ? decoded->rows : decoded->cols;
  loaded.originalHeight = decoderTurned ? decoded->cols : decoded->rows;

  ColourAndAlpha planes = splitAlpha(toEightBit(*decoded));
  if (!decoderOriented) {
    planes.rgb = applyOrientation(planes.rgb, loaded.exifOrientation);
    planes.alpha = applyOrientation(planes.alpha, loaded.exifOrientation);
  }
  downscaleToFit(planes, options.maxDimension, loaded.notes);
  loaded.image = toImage(planes);
  return loaded;
}

Status saveImage(const Image& image, const std::string& path) {
  if (image.empty()) return makeError("cannot save " + quotePath(path) + ": the image is empty");
  Result<std::vector<std::uint8_t>> bytes = encode(image, path);
  if (!bytes) return bytes.error();
  return writeFileAtomically(path, std::string(bytes->begin(), bytes->end()));
}

}  // namespace marionette
