#include "core/media/image_io.h"

#include <gtest/gtest.h>

#include <array>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "tests/core/media/media_fixtures.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

using testing::TempDir;

struct Rgb {
  int r, g, b;
};

// An image whose four quadrants have different colours, so every flip and
// turn moves them somewhere recognisable.
constexpr std::array<Rgb, 4> kQuadrants = {Rgb{255, 0, 0}, Rgb{0, 255, 0}, Rgb{0, 0, 255}, Rgb{255, 255, 255}};

cv::Mat quadrantsBgr(int width, int height) {
  cv::Mat image(height, width, CV_8UC3);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const Rgb c = kQuadrants[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)];
      image.at<cv::Vec3b>(y, x) = cv::Vec3b(c.b, c.g, c.r);
    }
  }
  return image;
}

std::vector<std::uint8_t> encode(const std::string& extension, const cv::Mat& image, std::vector<int> params = {}) {
  std::vector<std::uint8_t> bytes;
  EXPECT_TRUE(cv::imencode(extension, image, bytes, params));
  return bytes;
}

Rgb pixelAt(const Image& image, int x, int y) {
  const std::uint8_t* p = image.row(y) + x * image.channels;
  return {p[0], p[1], p[2]};
}

void expectNear(Rgb actual, Rgb expected, int tolerance, const std::string& where) {
  EXPECT_NEAR(actual.r, expected.r, tolerance) << where;
  EXPECT_NEAR(actual.g, expected.g, tolerance) << where;
  EXPECT_NEAR(actual.b, expected.b, tolerance) << where;
}

// Appends integers in the byte order of a TIFF structure.
class TiffBytes {
 public:
  explicit TiffBytes(bool bigEndian) : bigEndian_(bigEndian) {}
  void u16(int v) {
    const std::uint8_t hi = static_cast<std::uint8_t>(v >> 8), lo = static_cast<std::uint8_t>(v);
    if (bigEndian_)
      bytes.insert(bytes.end(), {hi, lo});
    else
      bytes.insert(bytes.end(), {lo, hi});
  }
  void u32(std::uint32_t v) {
    if (bigEndian_)
      u16(static_cast<int>(v >> 16)), u16(static_cast<int>(v & 0xFFFF));
    else
      u16(static_cast<int>(v & 0xFFFF)), u16(static_cast<int>(v >> 16));
  }
  void header() {
    bytes.insert(bytes.end(), {static_cast<std::uint8_t>(bigEndian_ ? 'M' : 'I'),
                               static_cast<std::uint8_t>(bigEndian_ ? 'M' : 'I')});
    u16(42);
    u32(8);  // IFD0 right after the header
  }
  // One IFD entry with a SHORT or LONG value held in the entry itself.
  void entry(int tag, int type, std::uint32_t value) {
    u16(tag);
    u16(type);
    u32(1);
    if (type == 3)
      u16(static_cast<int>(value)), u16(0);  // SHORTs are left-aligned
    else
      u32(value);
  }
  std::vector<std::uint8_t> bytes;

 private:
  bool bigEndian_;
};

// A TIFF structure (as EXIF blocks hold) with one Orientation entry.
std::vector<std::uint8_t> exifTiff(int orientation, bool bigEndian) {
  TiffBytes tiff(bigEndian);
  tiff.header();
  tiff.u16(1);
  tiff.entry(0x0112, 3, static_cast<std::uint32_t>(orientation));
  tiff.u32(0);  // no next IFD
  return tiff.bytes;
}

void appendBigEndian32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  out.insert(out.end(), {std::uint8_t(v >> 24), std::uint8_t(v >> 16), std::uint8_t(v >> 8), std::uint8_t(v)});
}

void appendLittleEndian(std::vector<std::uint8_t>& out, std::uint32_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

// An APP1 segment: "Exif\0\0" and the TIFF structure.
std::vector<std::uint8_t> exifSegment(int orientation, bool bigEndian) {
  std::vector<std::uint8_t> payload = {'E', 'x', 'i', 'f', 0, 0};
  const std::vector<std::uint8_t> tiff = exifTiff(orientation, bigEndian);
  payload.insert(payload.end(), tiff.begin(), tiff.end());
  const std::size_t length = payload.size() + 2;  // JPEG lengths are big-endian whatever the TIFF order
  std::vector<std::uint8_t> segment = {0xFF, 0xE1, std::uint8_t(length >> 8), std::uint8_t(length)};
  segment.insert(segment.end(), payload.begin(), payload.end());
  return segment;
}

std::uint32_t crc32(const std::uint8_t* data, std::size_t size) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (std::size_t i = 0; i < size; ++i) {
    crc ^= data[i];
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

// Inserts an eXIf chunk right after IHDR.
std::vector<std::uint8_t> pngWithExif(std::vector<std::uint8_t> png, int orientation) {
  const std::vector<std::uint8_t> tiff = exifTiff(orientation, false);
  std::vector<std::uint8_t> chunk;
  appendBigEndian32(chunk, static_cast<std::uint32_t>(tiff.size()));
  chunk.insert(chunk.end(), {'e', 'X', 'I', 'f'});
  chunk.insert(chunk.end(), tiff.begin(), tiff.end());
  appendBigEndian32(chunk, crc32(chunk.data() + 4, chunk.size() - 4));
  constexpr std::size_t kAfterIhdr = 8 + 25;
  png.insert(png.begin() + kAfterIhdr, chunk.begin(), chunk.end());
  return png;
}

// Rewrites a simple WebP into the extended layout with an EXIF chunk.
std::vector<std::uint8_t> webpWithExif(const std::vector<std::uint8_t>& webp, int width, int height, int orientation) {
  std::vector<std::uint8_t> body = {'W', 'E', 'B', 'P', 'V', 'P', '8', 'X'};
  appendLittleEndian(body, 10, 4);
  body.insert(body.end(), {0x08, 0, 0, 0});  // flags: has EXIF
  appendLittleEndian(body, static_cast<std::uint32_t>(width - 1), 3);
  appendLittleEndian(body, static_cast<std::uint32_t>(height - 1), 3);
  body.insert(body.end(), webp.begin() + 12, webp.end());  // the original image chunk
  const std::vector<std::uint8_t> tiff = exifTiff(orientation, true);
  body.insert(body.end(), {'E', 'X', 'I', 'F'});
  appendLittleEndian(body, static_cast<std::uint32_t>(tiff.size()), 4);
  body.insert(body.end(), tiff.begin(), tiff.end());
  if (tiff.size() % 2) body.push_back(0);
  std::vector<std::uint8_t> riff = {'R', 'I', 'F', 'F'};
  appendLittleEndian(riff, static_cast<std::uint32_t>(body.size()), 4);
  riff.insert(riff.end(), body.begin(), body.end());
  return riff;
}

// An uncompressed RGB TIFF of the quadrant image with an Orientation tag.
std::vector<std::uint8_t> quadrantTiff(int width, int height, int orientation, int bits) {
  constexpr int kEntries = 10;
  const std::uint32_t dataSize = static_cast<std::uint32_t>(width * height * 3 * bits / 8);
  const std::uint32_t bitsOffset = 8 + 2 + 12 * kEntries + 4;
  const std::uint32_t dataOffset = bitsOffset + 6;
  TiffBytes tiff(false);
  tiff.header();
  tiff.u16(kEntries);
  tiff.entry(256, 3, static_cast<std::uint32_t>(width));
  tiff.entry(257, 3, static_cast<std::uint32_t>(height));
  tiff.u16(258), tiff.u16(3), tiff.u32(3), tiff.u32(bitsOffset);  // BitsPerSample, three values
  tiff.entry(259, 3, 1);                                          // no compression
  tiff.entry(262, 3, 2);                                          // RGB
  tiff.entry(273, 4, dataOffset);
  tiff.entry(274, 3, static_cast<std::uint32_t>(orientation));
  tiff.entry(277, 3, 3);
  tiff.entry(278, 3, static_cast<std::uint32_t>(height));
  tiff.entry(279, 4, dataSize);
  tiff.u32(0);
  for (int i = 0; i < 3; ++i) tiff.u16(bits);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const Rgb c = kQuadrants[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)];
      for (int v : {c.r, c.g, c.b}) bits == 8 ? tiff.bytes.push_back(static_cast<std::uint8_t>(v)) : tiff.u16(v * 257);
    }
  }
  return tiff.bytes;
}

std::vector<std::uint8_t> withExif(std::vector<std::uint8_t> jpeg, int orientation, bool bigEndian = true) {
  const std::vector<std::uint8_t> segment = exifSegment(orientation, bigEndian);
  jpeg.insert(jpeg.begin() + 2, segment.begin(), segment.end());  // right after SOI
  return jpeg;
}

// Where display pixel (x, y) comes from in the stored W x H image, straight
// from the EXIF definition of each orientation.
cv::Point storedPixelFor(int orientation, int x, int y, int w, int h) {
  switch (orientation) {
    case 2:
      return {w - 1 - x, y};
    case 3:
      return {w - 1 - x, h - 1 - y};
    case 4:
      return {x, h - 1 - y};
    case 5:
      return {y, x};
    case 6:
      return {y, h - 1 - x};
    case 7:
      return {w - 1 - y, h - 1 - x};
    case 8:
      return {w - 1 - y, x};
    default:
      return {x, y};
  }
}

Rgb quadrantAt(cv::Point p, int w, int h) { return kQuadrants[(p.y < h / 2 ? 0 : 2) + (p.x < w / 2 ? 0 : 1)]; }

TEST(ImageIoTest, RecognisesJpegByContentDespitePngName) {
  TempDir dir;
  const std::string path = dir.file("photo.png");
  testing::writeBytes(path, encode(".jpg", quadrantsBgr(40, 30)));
  Result<LoadedImage> loaded = loadImage(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ(loaded->format, "jpeg");
  EXPECT_EQ(loaded->image.width, 40);
  EXPECT_EQ(loaded->image.height, 30);
  EXPECT_EQ(loaded->image.channels, 3);
  EXPECT_TRUE(loaded->image.alpha.empty());
}

TEST(ImageIoTest, DetectsEveryFormatAndDeliversRgb) {
  const cv::Mat source = quadrantsBgr(32, 16);
  struct Case {
    std::string extension, format;
    std::vector<int> params;
    int tolerance;
  };
  const std::vector<Case> cases = {{".png", "png", {}, 0},
                                   {".bmp", "bmp", {}, 0},
                                   {".tiff", "tiff", {}, 0},
                                   {".webp", "webp", {cv::IMWRITE_WEBP_QUALITY, 101}, 0},
                                   {".jpg", "jpeg", {cv::IMWRITE_JPEG_QUALITY, 100}, 8}};
  TempDir dir;
  for (const Case& c : cases) {
    const std::string path = dir.file("image" + c.extension + ".bin");  // extension hidden on purpose
    testing::writeBytes(path, encode(c.extension, source, c.params));
    Result<LoadedImage> loaded = loadImage(path);
    ASSERT_TRUE(loaded.ok()) << c.format << ": " << loaded.error().message;
    EXPECT_EQ(loaded->format, c.format);
    ASSERT_EQ(loaded->image.width, 32);
    ASSERT_EQ(loaded->image.height, 16);
    expectNear(pixelAt(loaded->image, 4, 4), kQuadrants[0], c.tolerance, c.format + " top-left");
    expectNear(pixelAt(loaded->image, 28, 4), kQuadrants[1], c.tolerance, c.format + " top-right");
    expectNear(pixelAt(loaded->image, 4, 12), kQuadrants[2], c.tolerance, c.format + " bottom-left");
    expectNear(pixelAt(loaded->image, 28, 12), kQuadrants[3], c.tolerance, c.format + " bottom-right");
  }
}

// Loads `bytes` and checks that the four quadrants of a kWidth x kHeight
// stored image sit where `orientation` puts them for display.
void expectOriented(const std::vector<std::uint8_t>& bytes, int orientation, int width, int height, int tolerance) {
  TempDir dir;
  const std::string path = dir.file("oriented.bin");
  testing::writeBytes(path, bytes);
  Result<LoadedImage> loaded = loadImage(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ(loaded->exifOrientation, orientation);
  EXPECT_EQ(loaded->originalWidth, width);
  EXPECT_EQ(loaded->originalHeight, height);
  const bool swapped = orientation >= 5;
  const Image& image = loaded->image;
  ASSERT_EQ(image.width, swapped ? height : width) << loaded->format << " orientation " << orientation;
  ASSERT_EQ(image.height, swapped ? width : height) << loaded->format << " orientation " << orientation;
  for (int fy : {1, 3}) {
    for (int fx : {1, 3}) {
      const int x = image.width * fx / 4, y = image.height * fy / 4;
      const Rgb expected = quadrantAt(storedPixelFor(orientation, x, y, width, height), width, height);
      expectNear(pixelAt(image, x, y), expected, tolerance,
                 loaded->format + " orientation " + std::to_string(orientation) + " at " + std::to_string(x) + "," +
                     std::to_string(y));
    }
  }
}

TEST(ImageIoTest, AppliesAllEightExifOrientationsInJpeg) {
  const std::vector<std::uint8_t> jpeg = encode(".jpg", quadrantsBgr(64, 32), {cv::IMWRITE_JPEG_QUALITY, 100});
  for (int orientation = 1; orientation <= 8; ++orientation) {
    // Alternate byte orders: EXIF written by different cameras uses both.
    expectOriented(withExif(jpeg, orientation, orientation % 2 == 0), orientation, 64, 32, 10);
  }
}

TEST(ImageIoTest, AppliesExifOrientationInPngWebpAndTiff) {
  const std::vector<std::uint8_t> png = encode(".png", quadrantsBgr(64, 32));
  const std::vector<std::uint8_t> webp = encode(".webp", quadrantsBgr(64, 32), {cv::IMWRITE_WEBP_QUALITY, 101});
  for (int orientation = 1; orientation <= 8; ++orientation) {
    expectOriented(pngWithExif(png, orientation), orientation, 64, 32, 0);
    expectOriented(webpWithExif(webp, 64, 32, orientation), orientation, 64, 32, 0);
    expectOriented(quadrantTiff(16, 8, orientation, 8), orientation, 16, 8, 0);
    expectOriented(quadrantTiff(16, 8, orientation, 16), orientation, 16, 8, 0);
  }
}

TEST(ImageIoTest, KeepsAlphaApartFromColour) {
  cv::Mat bgra(20, 30, CV_8UC4, cv::Scalar(10, 20, 200, 255));  // B, G, R, A
  bgra(cv::Rect(0, 0, 15, 20)).setTo(cv::Scalar(10, 20, 200, 0));
  TempDir dir;
  const std::string path = dir.file("cutout.png");
  testing::writeBytes(path, encode(".png", bgra));
  Result<LoadedImage> loaded = loadImage(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  const Image& image = loaded->image;
  ASSERT_EQ(image.channels, 3);
  ASSERT_EQ(image.alpha.size(), 30u * 20u);
  EXPECT_EQ(image.alpha[5 * 30 + 2], 0);
  EXPECT_EQ(image.alpha[5 * 30 + 25], 255);
  expectNear(pixelAt(image, 25, 5), Rgb{200, 20, 10}, 0, "colour");
}

TEST(ImageIoTest, SaveWritesAlphaAsFourthPngChannel) {
  Image image = Image::make(8, 4, 3);
  image.alpha.assign(8 * 4, 255);
  image.alpha[0] = 7;
  image.pixels[0] = 200;  // red of the first pixel
  TempDir dir;
  const std::string path = dir.file("saved.png");
  ASSERT_TRUE(saveImage(image, path).ok());
  const cv::Mat raw = cv::imread(path, cv::IMREAD_UNCHANGED);
  ASSERT_EQ(raw.channels(), 4);
  EXPECT_EQ(raw.at<cv::Vec4b>(0, 0), cv::Vec4b(0, 0, 200, 7));
  Result<LoadedImage> loaded = loadImage(path);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->image.alpha, image.alpha);
  EXPECT_EQ(loaded->image.pixels, image.pixels);
  EXPECT_EQ(testing::listDirectory(dir.path().string()), std::vector<std::string>{"saved.png"});
}

TEST(ImageIoTest, SavesJpegByExtension) {
  TempDir dir;
  const std::string path = dir.file("out.JPG");
  ASSERT_TRUE(saveImage(Image::make(16, 16, 3), path).ok());
  Result<LoadedImage> loaded = loadImage(path);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->format, "jpeg");
}

TEST(ImageIoTest, ConvertsGrayAndSixteenBitToEightBitRgb) {
  cv::Mat gray16(4, 4, CV_16UC1, cv::Scalar(128 * 257));
  gray16.at<std::uint16_t>(0, 0) = 65535;
  TempDir dir;
  const std::string path = dir.file("deep.png");
  testing::writeBytes(path, encode(".png", gray16));
  Result<LoadedImage> loaded = loadImage(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ(loaded->image.channels, 3);
  expectNear(pixelAt(loaded->image, 0, 0), Rgb{255, 255, 255}, 0, "white");
  expectNear(pixelAt(loaded->image, 1, 1), Rgb{128, 128, 128}, 0, "mid gray");
}

TEST(ImageIoTest, DownscalesLargeImagesWithNote) {
  TempDir dir;
  const std::string path = dir.file("huge.png");
  // A solid gray PNG compresses to almost nothing, so this stays fast.
  testing::writeBytes(path,
                      encode(".png", cv::Mat(8000, 8000, CV_8UC1, cv::Scalar(90)), {cv::IMWRITE_PNG_COMPRESSION, 1}));
  Result<LoadedImage> loaded = loadImage(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ(loaded->image.width, 4096);
  EXPECT_EQ(loaded->image.height, 4096);
  EXPECT_EQ(loaded->originalWidth, 8000);
  EXPECT_EQ(loaded->originalHeight, 8000);
  EXPECT_EQ(loaded->notes, std::vector<std::string>{"downscaled from 8000x8000 to 4096x4096"});
  expectNear(pixelAt(loaded->image, 2000, 3000), Rgb{90, 90, 90}, 0, "centre");
}

TEST(ImageIoTest, DownscaleKeepsAspectAndAlpha) {
  cv::Mat bgra(200, 400, CV_8UC4, cv::Scalar(0, 0, 0, 255));
  bgra(cv::Rect(0, 0, 200, 200)).setTo(cv::Scalar(0, 0, 0, 0));
  TempDir dir;
  const std::string path = dir.file("wide.png");
  testing::writeBytes(path, encode(".png", bgra));
  ImageLoadOptions options;
  options.maxDimension = 100;
  Result<LoadedImage> loaded = loadImage(path, options);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->image.width, 100);
  EXPECT_EQ(loaded->image.height, 50);
  ASSERT_EQ(loaded->image.alpha.size(), 100u * 50u);
  EXPECT_EQ(loaded->image.alpha[25 * 100 + 10], 0);
  EXPECT_EQ(loaded->image.alpha[25 * 100 + 90], 255);
  EXPECT_EQ(loaded->notes, std::vector<std::string>{"downscaled from 400x200 to 100x50"});
}

TEST(ImageIoTest, RefusesAbsurdSizeFromHeaderAlone) {
  // Signature and an IHDR claiming 40000x40000; no pixel data at all.
  std::vector<std::uint8_t> png = {0x89, 'P',  'N',  'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
                                   0,    0x9C, 0x40, 0,   0,    0x9C, 0x40, 8,    2, 0, 0, 0,  0,   0,   0,   0};
  TempDir dir;
  const std::string path = dir.file("bomb.png");
  testing::writeBytes(path, png);
  Result<LoadedImage> loaded = loadImage(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().message, "'" + path +
                                        "' is too large to load (40000x40000, 1600 megapixels; the limit is 64 "
                                        "megapixels and 30000 pixels a side): scale it down first");
}

TEST(ImageIoTest, ErrorMessagesNameTheFile) {
  TempDir dir;
  const std::string missing = dir.file("missing.jpg");
  const std::string text = dir.file("notes.txt");
  const std::string empty = dir.file("empty.png");
  const std::string truncated = dir.file("cut.jpg");
  const std::string corruptPng = dir.file("corrupt.png");
  testing::writeText(text, "hello, this is not a picture\n");
  testing::writeText(empty, "");
  std::vector<std::uint8_t> jpeg = encode(".jpg", quadrantsBgr(64, 64));
  testing::writeBytes(truncated, std::vector<std::uint8_t>(jpeg.begin(), jpeg.begin() + jpeg.size() * 6 / 10));
  std::vector<std::uint8_t> png = encode(".png", quadrantsBgr(64, 64));
  std::fill(png.begin() + 40, png.end(), 0x5A);  // keep the header, wreck the data
  testing::writeBytes(corruptPng, png);

  auto messageFor = [](const std::string& path) {
    Result<LoadedImage> loaded = loadImage(path);
    return loaded.ok() ? std::string("(loaded)") : loaded.error().message;
  };
  EXPECT_EQ(messageFor(missing), "cannot open '" + missing + "': No such file or directory");
  EXPECT_EQ(messageFor(text), "'" + text + "' is not an image (expected JPEG, PNG, WebP, BMP or TIFF)");
  EXPECT_EQ(messageFor(empty),
            "'" + empty + "' is an empty file, not an image (expected JPEG, PNG, WebP, BMP or TIFF)");
  EXPECT_EQ(messageFor(truncated),
            "'" + truncated + "' is truncated or corrupt: the JPEG data ends before the image does");
  // The wrecking reached the last letter of "IDAT".
  EXPECT_EQ(messageFor(corruptPng), "'" + corruptPng + "' is truncated or corrupt: its IDAZ chunk fails its checksum");
  EXPECT_EQ(messageFor(dir.path().string()), "'" + dir.path().string() + "' is a folder, not an image");
}

TEST(ImageIoTest, SaveErrorsAreClear) {
  TempDir dir;
  const std::string noDir = dir.file("nowhere/out.png");
  Status saved = saveImage(Image::make(4, 4, 3), noDir);
  ASSERT_FALSE(saved.ok());
  EXPECT_NE(saved.error().message.find("cannot write '" + noDir + "'"), std::string::npos) << saved.error().message;
  Status badExtension = saveImage(Image::make(4, 4, 3), dir.file("out.gif"));
  ASSERT_FALSE(badExtension.ok());
  EXPECT_NE(badExtension.error().message.find(".png or .jpg"), std::string::npos);
  EXPECT_FALSE(saveImage(Image{}, dir.file("empty.png")).ok());
  EXPECT_TRUE(testing::listDirectory(dir.path().string()).empty());
}

TEST(ImageIoTest, LoadsSharedPortrait) {
  MARIONETTE_REQUIRE_MEDIA(path, "portraits/liveportrait-s7.jpg");
  Result<LoadedImage> loaded = loadImage(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ(loaded->format, "jpeg");
  EXPECT_GT(loaded->image.width, 100);
  EXPECT_EQ(loaded->image.pixels.size(), loaded->image.stride() * loaded->image.height);
}

}  // namespace
}  // namespace marionette
