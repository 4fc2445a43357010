// Still images an attacker would hand the loader: pipes and devices, sparse
// giants, decompression bombs, files whose headers lie. Each is refused with
// one line, quickly, in bounded memory, and no library prints anything.
#include <gtest/gtest.h>
#include <jpeglib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/media/image_io.h"
#include "tests/core/media/media_fixtures.h"
#include "tests/support/hostile_files.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

using testing::TempDir;

constexpr std::uint64_t kMiB = 1 << 20;

std::vector<std::uint8_t> encode(const std::string& extension, const cv::Mat& image) {
  std::vector<std::uint8_t> bytes;
  EXPECT_TRUE(cv::imencode(extension, image, bytes));
  return bytes;
}

std::string messageOf(const Result<LoadedImage>& loaded) {
  return loaded.ok() ? std::string("(loaded)") : loaded.error().message;
}

// Loads on a worker thread. Should the loader block on the named pipe at
// `fifo`, the pipe is released so that the test fails instead of hanging.
Result<LoadedImage> loadUnlessStuck(const std::string& path, const std::string& fifo) {
  auto pending = std::async(std::launch::async, [path] { return loadImage(path); });
  if (pending.wait_for(std::chrono::seconds(10)) == std::future_status::timeout) {
    ADD_FAILURE() << "loadImage('" << path << "') blocked on the named pipe";
    testing::releaseFifoReaders(fifo);
  }
  return pending.get();
}

// The load's message and everything written on stderr meanwhile.
struct Quiet {
  std::string message;
  std::string stderrText;
};

Quiet loadCapturingStderr(const std::string& path) {
  ::testing::internal::CaptureStderr();
  const Result<LoadedImage> loaded = loadImage(path);
  std::fflush(stderr);
  return {messageOf(loaded), ::testing::internal::GetCapturedStderr()};
}

TEST(ImageIoHostile, NamedPipeIsRefusedWithoutOpeningIt) {
  TempDir dir;
  const std::string fifo = dir.file("portrait.jpg");
  testing::makeFifo(fifo);
  EXPECT_EQ(messageOf(loadUnlessStuck(fifo, fifo)), "'" + fifo + "' is a named pipe (FIFO), not an image");
  // Through a link as well.
  std::filesystem::create_symlink(fifo, dir.file("link.png"));
  EXPECT_EQ(messageOf(loadUnlessStuck(dir.file("link.png"), fifo)),
            "'" + dir.file("link.png") + "' is a named pipe (FIFO), not an image");
}

TEST(ImageIoHostile, DevicesAndFoldersSayWhatTheyAre) {
  const std::uint64_t before = testing::peakResidentBytes();
  EXPECT_EQ(messageOf(loadImage("/dev/zero")), "'/dev/zero' is a device, not an image");
  EXPECT_EQ(messageOf(loadImage("/dev/null")), "'/dev/null' is a device, not an image");
  EXPECT_EQ(messageOf(loadImage("/dev/urandom")), "'/dev/urandom' is a device, not an image");
  TempDir dir;
  EXPECT_EQ(messageOf(loadImage(dir.path().string())), "'" + dir.path().string() + "' is a folder, not an image");
  EXPECT_LT(testing::peakResidentBytes() - before, 16 * kMiB) << "nothing was read";
}

TEST(ImageIoHostile, HugeSparseFileIsJudgedByItsFirstBytes) {
  TempDir dir;
  const std::uint64_t before = testing::peakResidentBytes();
  // 8 GB of nothing, named like a photo: it used to be read whole first.
  const std::string zeros = dir.file("holiday.jpg");
  testing::makeSparseFile(zeros, std::uint64_t{8} << 30);
  EXPECT_EQ(messageOf(loadImage(zeros)), "'" + zeros + "' is not an image (expected JPEG, PNG, WebP, BMP or TIFF)");
  // A real JPEG header in front of the 8 GB: refused by its length.
  const std::string padded = dir.file("padded.jpg");
  testing::makeSparseFile(padded, std::uint64_t{8} << 30, testing::readBytes(testing::demoPortrait()));
  EXPECT_EQ(messageOf(loadImage(padded)),
            "'" + padded + "' is too large for a still image (8 GB; the limit is 256 MB)");
  EXPECT_LT(testing::peakResidentBytes() - before, 16 * kMiB) << "only the first bytes were read";
}

TEST(ImageIoHostile, DecompressionBombIsRefusedFromItsHeader) {
  // 1.2 MB on disk, 1.2 GB of pixels (20000x20000 RGB): it used to take
  // 2.6 GB and 14 s before "no face found".
  TempDir dir;
  const std::string bomb = dir.file("bomb.png");
  testing::writeBytes(bomb, testing::blackPng(20000, 20000));
  const std::uint64_t before = testing::peakResidentBytes();
  const auto start = std::chrono::steady_clock::now();
  const Quiet loaded = loadCapturingStderr(bomb);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(loaded.message, "'" + bomb +
                                "' is too large to load (20000x20000, 400 megapixels; the limit is 64 megapixels "
                                "and 30000 pixels a side): scale it down first");
  EXPECT_EQ(loaded.stderrText, "");
  EXPECT_LT(testing::peakResidentBytes() - before, 16 * kMiB);
  std::printf("[ info ] refusing the 20000x20000 PNG took %.3f s\n", seconds);
}

TEST(ImageIoHostile, SixtyFourMegapixelsIsTheLimit) {
  TempDir dir;
  const std::string over = dir.file("over.png");
  testing::writeBytes(over, testing::pngFile({testing::pngChunk("IHDR", testing::pngHeaderData(8001, 8000)),
                                              testing::pngChunk("IEND", {})}));
  EXPECT_EQ(messageOf(loadImage(over)), "'" + over +
                                            "' is too large to load (8001x8000, 64 megapixels; the limit is 64 "
                                            "megapixels and 30000 pixels a side): scale it down first");
  const std::string limit = dir.file("limit.png");
  testing::writeBytes(limit, testing::blackPng(8000, 8000));
  const Result<LoadedImage> loaded = loadImage(limit);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ(loaded->originalWidth, 8000);
  EXPECT_EQ(loaded->notes, std::vector<std::string>{"downscaled from 8000x8000 to 4096x4096"});
}

struct LyingPng {
  std::string name;
  std::vector<std::uint8_t> bytes;
  std::string reason;  // after "'x' is truncated or corrupt: "
};

std::vector<LyingPng> lyingPngs() {
  using testing::pngChunk;
  using testing::pngFile;
  using testing::pngHeaderData;
  const std::uint64_t rows64 = 64 * (1 + 3 * 64);  // the raw data of a 64x64 RGB image
  const auto idat64 = pngChunk("IDAT", testing::compressedZeros(rows64));
  const auto iend = pngChunk("IEND", {});
  std::vector<LyingPng> cases;
  cases.push_back({"bigger.png", pngFile({pngChunk("IHDR", pngHeaderData(128, 128)), idat64, iend}),
                   "its image data ends before the 128x128 pixels its header promises"});
  cases.push_back({"smaller.png", pngFile({pngChunk("IHDR", pngHeaderData(32, 32)), idat64, iend}),
                   "it holds more image data than its header's 32x32 pixels"});
  auto badCrc = pngFile({pngChunk("IHDR", pngHeaderData(64, 64)), idat64, iend});
  badCrc[8 + 8 + 13] ^= 0x01;  // the IHDR's CRC
  cases.push_back({"crc.png", badCrc, "its IHDR chunk fails its checksum"});
  std::vector<std::uint8_t> badFilters;
  for (int y = 0; y < 64; ++y) {
    badFilters.push_back(y == 40 ? 7 : 0);  // filter types end at 4
    badFilters.insert(badFilters.end(), 3 * 64, 0);
  }
  cases.push_back(
      {"filter.png",
       pngFile({pngChunk("IHDR", pngHeaderData(64, 64)), pngChunk("IDAT", testing::compressed(badFilters)), iend}),
       "a row of its image data has an unknown filter type"});
  cases.push_back({"cut.png",
                   [&] {
                     auto png = pngFile({pngChunk("IHDR", pngHeaderData(64, 64)), idat64, iend});
                     png.resize(png.size() - 30);
                     return png;
                   }(),
                   "the file ends inside the IDAT chunk"});
  cases.push_back(
      {"nodata.png", pngFile({pngChunk("IHDR", pngHeaderData(64, 64)), iend}), "it has no image data (IDAT chunk)"});
  cases.push_back({"depth.png", pngFile({pngChunk("IHDR", pngHeaderData(64, 64, 3, 2)), idat64, iend}),
                   "its header gives an invalid colour type 2 with bit depth 3"});
  cases.push_back({"critical.png",
                   pngFile({pngChunk("IHDR", pngHeaderData(64, 64)), pngChunk("ABCD", {1}), idat64, iend}),
                   "it uses an unknown critical chunk ABCD"});
  cases.push_back({"palette.png", pngFile({pngChunk("IHDR", pngHeaderData(64, 64, 8, 3)), idat64, iend}),
                   "it has no palette (PLTE chunk)"});
  cases.push_back(
      {"noend.png", pngFile({pngChunk("IHDR", pngHeaderData(64, 64)), idat64}), "the file ends before the IEND chunk"});
  auto damaged = testing::compressedZeros(rows64);
  damaged[0] ^= 0xFF;  // the zlib header; the chunk's CRC is made over the damage
  cases.push_back({"inflate.png", pngFile({pngChunk("IHDR", pngHeaderData(64, 64)), pngChunk("IDAT", damaged), iend}),
                   "its compressed image data is damaged"});
  return cases;
}

TEST(ImageIoHostile, PngsWhoseHeadersLieGiveOneMessageAndLibpngStaysSilent) {
  TempDir dir;
  for (const LyingPng& c : lyingPngs()) {
    const std::string path = dir.file(c.name);
    testing::writeBytes(path, c.bytes);
    const Quiet loaded = loadCapturingStderr(path);
    EXPECT_EQ(loaded.message, "'" + path + "' is truncated or corrupt: " + c.reason) << c.name;
    EXPECT_EQ(loaded.stderrText, "") << c.name << ": a library printed on stderr";
  }
}

TEST(ImageIoHostile, BrokenAncillaryChunksNeitherStopTheLoadNorReachLibpng) {
  using testing::pngChunk;
  // libpng would print "iCCP: too short" and "tEXt: invalid keyword".
  std::vector<std::uint8_t> png = encode(".png", cv::Mat(16, 16, CV_8UC3, cv::Scalar(30, 60, 90)));
  const auto iccp = pngChunk("iCCP", {'x', 0, 0, 1, 2});
  const auto text = pngChunk("tEXt", {0, 'n', 'o', ' ', 'k', 'e', 'y'});
  png.insert(png.begin() + 8 + 25, text.begin(), text.end());
  png.insert(png.begin() + 8 + 25, iccp.begin(), iccp.end());
  TempDir dir;
  const std::string path = dir.file("chatty.png");
  testing::writeBytes(path, png);
  ::testing::internal::CaptureStderr();
  const Result<LoadedImage> loaded = loadImage(path);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_EQ(loaded->image.pixels[0], 90);  // RGB of the BGR (30, 60, 90)
  EXPECT_EQ(loaded->image.pixels[2], 30);
}

// The raw size of an Adam7-interlaced image, counted pixel by pixel.
std::uint64_t interlacedRawBytes(int width, int height) {
  static constexpr int kStart[7][2] = {{0, 0}, {4, 0}, {0, 4}, {2, 0}, {0, 2}, {1, 0}, {0, 1}};
  static constexpr int kStep[7][2] = {{8, 8}, {8, 8}, {4, 8}, {4, 4}, {2, 4}, {2, 2}, {1, 2}};
  std::uint64_t total = 0;
  for (int pass = 0; pass < 7; ++pass) {
    int columns = 0, rows = 0;
    for (int x = kStart[pass][0]; x < width; x += kStep[pass][0]) ++columns;
    for (int y = kStart[pass][1]; y < height; y += kStep[pass][1]) ++rows;
    if (columns > 0 && rows > 0) total += static_cast<std::uint64_t>(rows) * (1 + 3 * columns);
  }
  return total;
}

TEST(ImageIoHostile, InterlacedPngsOfAwkwardSizesPassTheCheck) {
  TempDir dir;
  for (auto [width, height] : {std::pair{1, 1}, {3, 9}, {13, 7}, {8, 8}, {33, 2}}) {
    auto header = testing::pngHeaderData(width, height);
    header.back() = 1;  // Adam7
    const std::string path = dir.file("adam7.png");
    testing::writeBytes(
        path, testing::pngFile({testing::pngChunk("IHDR", header),
                                testing::pngChunk("IDAT", testing::compressedZeros(interlacedRawBytes(width, height))),
                                testing::pngChunk("IEND", {})}));
    const Result<LoadedImage> loaded = loadImage(path);
    ASSERT_TRUE(loaded.ok()) << width << "x" << height << ": " << loaded.error().message;
    EXPECT_EQ(loaded->image.width, width);
    EXPECT_EQ(loaded->image.height, height);
  }
}

TEST(ImageIoHostile, DamagedJpegLoadsWithANoteInsteadOfLibjpegOnStderr) {
  // Scan bytes overwritten (never with 0xFF, so the markers stay whole):
  // libjpeg decodes it anyway and complains.
  std::vector<std::uint8_t> jpeg = testing::readBytes(testing::demoPortrait());
  const std::uint8_t startOfScan[] = {0xFF, 0xDA};
  const std::size_t scan =
      std::search(jpeg.begin(), jpeg.end(), std::begin(startOfScan), std::end(startOfScan)) - jpeg.begin();
  ASSERT_LT(scan + 3000, jpeg.size());
  for (std::size_t i = scan + 600; i + 2000 < jpeg.size(); i += 97)
    if (jpeg[i] != 0xFF && jpeg[i - 1] != 0xFF) jpeg[i] = 0x5A;
  TempDir dir;
  const std::string path = dir.file("damaged.jpg");
  testing::writeBytes(path, jpeg);
  ::testing::internal::CaptureStderr();
  const Result<LoadedImage> loaded = loadImage(path);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  ASSERT_EQ(loaded->notes.size(), 1u);
  EXPECT_EQ(loaded->notes[0].rfind("the JPEG data is damaged (Corrupt JPEG data: ", 0), 0u) << loaded->notes[0];
}

// A progressive JPEG whose last scan is repeated: each repeat is a few
// hundred bytes and costs libjpeg another pass over the whole image.
std::vector<std::uint8_t> jpegWithRepeatedScans(int repeats) {
  std::vector<std::uint8_t> jpeg;
  cv::imencode(".jpg", cv::Mat(256, 256, CV_8UC3, cv::Scalar(40, 90, 160)), jpeg, {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
  const std::uint8_t startOfScan[] = {0xFF, 0xDA};
  const auto last = std::find_end(jpeg.begin(), jpeg.end(), std::begin(startOfScan), std::end(startOfScan));
  const std::vector<std::uint8_t> scan(last, jpeg.end() - 2);  // up to the end-of-image marker
  std::vector<std::uint8_t> out(jpeg.begin(), jpeg.end() - 2);
  for (int i = 0; i < repeats; ++i) out.insert(out.end(), scan.begin(), scan.end());
  out.insert(out.end(), {0xFF, 0xD9});
  return out;
}

TEST(ImageIoHostile, JpegWithThousandsOfScansIsRefused) {
  TempDir dir;
  const std::string ok = dir.file("progressive.jpg");
  testing::writeBytes(ok, jpegWithRepeatedScans(0));
  ASSERT_TRUE(loadImage(ok).ok());
  const std::string path = dir.file("scans.jpg");
  testing::writeBytes(path, jpegWithRepeatedScans(2000));
  const Quiet loaded = loadCapturingStderr(path);
  EXPECT_EQ(loaded.message,
            "'" + path + "' is truncated or corrupt: the JPEG data could not be decoded (more than 500 scans)");
  EXPECT_EQ(loaded.stderrText, "");
}

// A CMYK JPEG as Photoshop writes them (libjpeg adds the Adobe marker).
std::vector<std::uint8_t> cmykJpeg(int width, int height) {
  jpeg_compress_struct info{};
  jpeg_error_mgr errors{};
  info.err = jpeg_std_error(&errors);
  jpeg_create_compress(&info);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&info, &buffer, &size);
  info.image_width = static_cast<JDIMENSION>(width);
  info.image_height = static_cast<JDIMENSION>(height);
  info.input_components = 4;
  info.in_color_space = JCS_CMYK;
  jpeg_set_defaults(&info);
  jpeg_start_compress(&info, TRUE);
  std::vector<std::uint8_t> row(static_cast<std::size_t>(width) * 4);
  while (info.next_scanline < info.image_height) {
    for (int x = 0; x < width; ++x)
      for (int c = 0; c < 4; ++c)
        row[4 * x + c] = static_cast<std::uint8_t>((x * 37 + c * 60 + info.next_scanline * 11) % 256);
    JSAMPROW rows[] = {row.data()};
    jpeg_write_scanlines(&info, rows, 1);
  }
  jpeg_finish_compress(&info);
  std::vector<std::uint8_t> bytes(buffer, buffer + size);
  jpeg_destroy_compress(&info);
  std::free(buffer);
  return bytes;
}

// libjpeg is called directly (to keep its warnings off stderr): the pixels
// must be exactly OpenCV's.
TEST(ImageIoHostile, JpegPixelsAreExactlyOpenCvs) {
  TempDir dir;
  const cv::Mat colour = cv::imread(testing::demoPortrait(), cv::IMREAD_UNCHANGED);
  cv::Mat grey;
  cv::cvtColor(colour, grey, cv::COLOR_BGR2GRAY);
  const std::vector<std::pair<std::string, std::vector<std::uint8_t>>> files = {
      {"colour", testing::readBytes(testing::demoPortrait())},
      {"grey", encode(".jpg", grey)},
      {"cmyk", cmykJpeg(48, 32)}};
  for (const auto& [name, bytes] : files) {
    const std::string path = dir.file(name + ".jpg");
    testing::writeBytes(path, bytes);
    const cv::Mat expectedBgr = cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
    cv::Mat expected;
    cv::cvtColor(expectedBgr, expected, expectedBgr.channels() == 1 ? cv::COLOR_GRAY2RGB : cv::COLOR_BGR2RGB);
    const Result<LoadedImage> loaded = loadImage(path, {.maxDimension = 0});
    ASSERT_TRUE(loaded.ok()) << name << ": " << loaded.error().message;
    ASSERT_EQ(loaded->image.width, expected.cols) << name;
    ASSERT_EQ(loaded->image.height, expected.rows) << name;
    EXPECT_TRUE(std::equal(loaded->image.pixels.begin(), loaded->image.pixels.end(), expected.datastart)) << name;
  }
}

// An 8-bit RLE bitmap, 4x2: each row one run of four pixels, then the end.
std::vector<std::uint8_t> rle8Bmp() {
  std::vector<std::uint8_t> bmp = {'B', 'M'};
  auto u32 = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) bmp.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
  };
  auto u16 = [&](std::uint16_t v) { bmp.insert(bmp.end(), {std::uint8_t(v), std::uint8_t(v >> 8)}); };
  const std::vector<std::uint8_t> pixels = {4, 1, 0, 0, 4, 2, 0, 1};  // run, end of line, run, end of bitmap
  const std::uint32_t offset = 14 + 40 + 4 * 256;
  u32(offset + static_cast<std::uint32_t>(pixels.size()));
  u32(0);
  u32(offset);
  u32(40), u32(4), u32(2), u16(1), u16(8), u32(1), u32(static_cast<std::uint32_t>(pixels.size())), u32(2835), u32(2835),
      u32(256), u32(0);
  for (int i = 0; i < 256; ++i) u32(static_cast<std::uint32_t>(i * 0x010101));
  bmp.insert(bmp.end(), pixels.begin(), pixels.end());
  return bmp;
}

TEST(ImageIoHostile, CutOffBmpsAreRefusedBeforeOpenCvPrintsItsException) {
  TempDir dir;
  const std::vector<std::uint8_t> full = encode(".bmp", cv::Mat(64, 64, CV_8UC3, cv::Scalar(1, 2, 3)));
  const std::vector<std::uint8_t> rle = rle8Bmp();
  ASSERT_TRUE(loadImage((testing::writeBytes(dir.file("rle.bmp"), rle), dir.file("rle.bmp"))).ok());
  const std::vector<std::pair<std::string, std::vector<std::uint8_t>>> cut = {
      {"half.bmp", std::vector<std::uint8_t>(full.begin(), full.begin() + full.size() / 2)},
      {"rle-cut.bmp", std::vector<std::uint8_t>(rle.begin(), rle.end() - 3)}};
  for (const auto& [name, bytes] : cut) {
    const std::string path = dir.file(name);
    testing::writeBytes(path, bytes);
    const Quiet loaded = loadCapturingStderr(path);
    EXPECT_EQ(loaded.message, "'" + path + "' is truncated or corrupt: the BMP data ends before the image does");
    EXPECT_EQ(loaded.stderrText, "") << name;
  }
}

}  // namespace
}  // namespace marionette
