#include "core/media/video_writer.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <map>

#include "core/media/video_reader.h"
#include "tests/core/media/media_fixtures.h"
#include "tests/support/file_size_limit.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

using testing::TempDir;

// Frame k: a horizontal gradient whose colour drifts with k, so frames differ
// and a swapped channel or a flipped image would show.
Image patternFrame(int width, int height, int k) {
  Image image = Image::make(width, height, 3);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      std::uint8_t* p = image.row(y) + x * 3;
      p[0] = static_cast<std::uint8_t>(40 + (x * 160) / width);
      p[1] = static_cast<std::uint8_t>((k * 7) % 200 + 20);
      p[2] = static_cast<std::uint8_t>(200 - (y * 120) / height);
    }
  }
  return image;
}

// Deterministic noise: incompressible, to make files big quickly.
Image noiseFrame(int width, int height, int k) {
  Image image = Image::make(width, height, 3);
  std::uint32_t state = 2463534242u + static_cast<std::uint32_t>(k) * 7919u;
  for (std::uint8_t& byte : image.pixels) {
    state ^= state << 13, state ^= state >> 17, state ^= state << 5;
    byte = static_cast<std::uint8_t>(state);
  }
  return image;
}

std::unique_ptr<VideoWriter> createOrFail(const std::string& path, const VideoWriterOptions& options) {
  Result<std::unique_ptr<VideoWriter>> writer = VideoWriter::create(path, options);
  EXPECT_TRUE(writer.ok()) << (writer.ok() ? "" : writer.error().message);
  return writer.ok() ? std::move(*writer) : nullptr;
}

std::string createError(const std::string& path, const VideoWriterOptions& options) {
  Result<std::unique_ptr<VideoWriter>> writer = VideoWriter::create(path, options);
  return writer.ok() ? std::string("(created)") : writer.error().message;
}

void writeFrames(VideoWriter& writer, int count, int width, int height) {
  for (int k = 0; k < count; ++k) ASSERT_TRUE(writer.write(patternFrame(width, height, k)).ok()) << "frame " << k;
}

VideoWriterOptions optionsFor(int width, int height, Rational fps = Rational(25)) {
  VideoWriterOptions options;
  options.width = width;
  options.height = height;
  options.frameRate = fps;
  return options;
}

int worstDifference(const Image& a, const Image& b) {
  EXPECT_EQ(a.pixels.size(), b.pixels.size());
  int worst = 0;
  for (std::size_t i = 0; i < std::min(a.pixels.size(), b.pixels.size()); ++i) {
    worst = std::max(worst, std::abs(a.pixels[i] - b.pixels[i]));
  }
  return worst;
}

struct ReadBack {
  VideoInfo info;
  std::vector<VideoFrame> frames;
};

ReadBack readBack(const std::string& path) {
  ReadBack result;
  Result<std::unique_ptr<VideoReader>> reader = VideoReader::open(path);
  EXPECT_TRUE(reader.ok()) << (reader.ok() ? "" : reader.error().message);
  if (!reader.ok()) return result;
  result.info = (*reader)->info();
  for (;;) {
    Result<std::optional<VideoFrame>> frame = (*reader)->next();
    EXPECT_TRUE(frame.ok());
    if (!frame.ok() || !*frame) break;
    result.frames.push_back(std::move(**frame));
  }
  return result;
}

void roundTrip(const std::string& file, VideoWriterOptions options, int count, int tolerance) {
  TempDir dir;
  const std::string path = dir.file(file);
  std::unique_ptr<VideoWriter> writer = createOrFail(path, options);
  ASSERT_TRUE(writer);
  writeFrames(*writer, count, options.width, options.height);
  Status finished = writer->finish();
  ASSERT_TRUE(finished.ok()) << finished.error().message;
  EXPECT_EQ(testing::listDirectory(dir.path().string()), std::vector<std::string>{file});

  const ReadBack back = readBack(path);
  EXPECT_EQ(back.info.frameRate, options.frameRate) << file;
  EXPECT_EQ(back.info.frameCount, count) << file;
  EXPECT_EQ(back.info.width, options.width);
  EXPECT_EQ(back.info.height, options.height);
  ASSERT_EQ(static_cast<int>(back.frames.size()), count) << file;
  for (int k = 0; k < count; ++k) {
    EXPECT_EQ(back.frames[k].time, Rational(k) / options.frameRate) << file << " frame " << k;
    EXPECT_LE(worstDifference(back.frames[k].image, patternFrame(options.width, options.height, k)), tolerance)
        << file << " frame " << k;
  }
}

TEST(VideoWriterTest, H264RoundTripKeepsCountSizeRateAndColour) {
  roundTrip("out.mp4", optionsFor(64, 48, Rational(25)), 30, 12);
}

TEST(VideoWriterTest, NtscRateStaysExact) { roundTrip("ntsc.mp4", optionsFor(64, 48, Rational(30000, 1001)), 45, 12); }

TEST(VideoWriterTest, Ffv1IsLosslessInMkvAndMov) {
  VideoWriterOptions options = optionsFor(41, 23, Rational(30));  // odd sizes are fine in RGB
  options.codec = "ffv1";
  roundTrip("lossless.mkv", options, 12, 0);
  roundTrip("lossless.mov", options, 12, 0);
}

TEST(VideoWriterTest, ProResRoundTripInMov) {
  VideoWriterOptions options = optionsFor(64, 48, Rational(24000, 1001));
  options.codec = "prores_ks";
  roundTrip("intermediate.mov", options, 10, 6);
}

TEST(VideoWriterTest, OddSizeIsCroppedToEven) {
  TempDir dir;
  const std::string path = dir.file("odd.mp4");
  std::unique_ptr<VideoWriter> writer = createOrFail(path, optionsFor(65, 49));
  ASSERT_TRUE(writer);
  EXPECT_EQ(writer->notes(), std::vector<std::string>{"frames are cropped from 65x49 to 64x48 for libx264"});
  writeFrames(*writer, 5, 65, 49);
  ASSERT_TRUE(writer->finish().ok());
  const ReadBack back = readBack(path);
  EXPECT_EQ(back.info.width, 64);
  EXPECT_EQ(back.info.height, 48);
  ASSERT_EQ(back.frames.size(), 5u);
  // Cropped, not scaled: the left column keeps its colour.
  const Image expected = patternFrame(65, 49, 2);
  EXPECT_NEAR(back.frames[2].image.row(24)[0], expected.row(24)[0], 10);
}

TEST(VideoWriterTest, RejectsFramesOfTheWrongSize) {
  TempDir dir;
  std::unique_ptr<VideoWriter> writer = createOrFail(dir.file("out.mp4"), optionsFor(64, 48));
  ASSERT_TRUE(writer);
  Status wrong = writer->write(patternFrame(32, 32, 0));
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.error().message.find("32x32"), std::string::npos) << wrong.error().message;
  EXPECT_TRUE(writer->write(patternFrame(64, 48, 0)).ok());  // not fatal
}

TEST(VideoWriterTest, CopiesAudioCutToTheVideoInSync) {
  MARIONETTE_REQUIRE_MEDIA(driving, "driving/liveportrait-d3.mp4");
  TempDir dir;
  const std::string path = dir.file("with-audio.mp4");
  VideoWriterOptions options = optionsFor(64, 64, Rational(30));
  options.audioSourcePath = driving;
  options.protectedPaths = {driving};
  std::unique_ptr<VideoWriter> writer = createOrFail(path, options);
  ASSERT_TRUE(writer);
  EXPECT_TRUE(writer->notes().empty());
  writeFrames(*writer, 90, 64, 64);  // 3 s of the 11.8 s driving clip
  Status finished = writer->finish();
  ASSERT_TRUE(finished.ok()) << finished.error().message;

  const ReadBack back = readBack(path);
  EXPECT_EQ(back.frames.size(), 90u);
  EXPECT_EQ(back.info.duration, Rational(3));
  ASSERT_TRUE(back.info.audio.has_value());
  EXPECT_EQ(back.info.audio->codecName, "aac");
  EXPECT_EQ(back.info.audio->sampleRate, 44100);
  EXPECT_EQ(back.info.audio->channels, 2);
  EXPECT_EQ(back.info.audio->startTime, Rational(0));
  const double frame = 1.0 / 30;
  EXPECT_NEAR(back.info.audio->duration.toDouble(), 3.0, frame) << back.info.audio->duration.toDouble();
}

TEST(VideoWriterTest, AudioStartsAtTheRangeStartInTheSource) {
  // d20 has real sound (d3 and d7 carry silent audio tracks).
  MARIONETTE_REQUIRE_MEDIA(driving, "driving/liveportrait-d20.mp4");
  TempDir dir;
  const std::string path = dir.file("range.mp4");
  VideoWriterOptions options = optionsFor(64, 64, Rational(25));
  options.audioSourcePath = driving;
  options.audioStart = Rational(3);  // frame 75 of the 25 fps driver
  std::unique_ptr<VideoWriter> writer = createOrFail(path, options);
  ASSERT_TRUE(writer);
  writeFrames(*writer, 50, 64, 64);
  ASSERT_TRUE(writer->finish().ok());

  const auto offsets = testing::audioOffsetsFromSource(path, driving);
  ASSERT_GT(offsets.size(), 20u);
  for (double offset : offsets) EXPECT_NEAR(offset, 3.0, 1e-3);
  EXPECT_NEAR(readBack(path).info.audio->duration.toDouble(), 2.0, 1.0 / 25);
}

TEST(VideoWriterTest, SourceWithoutAudioGivesSilentVideo) {
  MARIONETTE_REQUIRE_MEDIA(driving, "driving/liveportrait-d0.mp4");
  TempDir dir;
  const std::string path = dir.file("silent.mp4");
  VideoWriterOptions options = optionsFor(64, 64);
  options.audioSourcePath = driving;
  std::unique_ptr<VideoWriter> writer = createOrFail(path, options);
  ASSERT_TRUE(writer);
  EXPECT_EQ(writer->notes(), std::vector<std::string>{"'" + driving + "' has no audio; the video is silent"});
  writeFrames(*writer, 10, 64, 64);
  ASSERT_TRUE(writer->finish().ok());
  const ReadBack back = readBack(path);
  EXPECT_EQ(back.frames.size(), 10u);
  EXPECT_FALSE(back.info.audio.has_value());
}

TEST(VideoWriterTest, AudioTheContainerCannotHoldIsAClearError) {
  TempDir dir;
  const std::string source = dir.file("pcm.mov");
  ASSERT_TRUE(
      testing::runFfmpeg("-f lavfi -i testsrc=size=32x32:rate=25 -f lavfi -i sine=duration=1 -t 1 "
                         "-c:v libx264 -c:a pcm_s16le " +
                         source));
  VideoWriterOptions options = optionsFor(32, 32);
  options.audioSourcePath = source;
  const std::string path = dir.file("out.mp4");
  EXPECT_EQ(createError(path, options), "the audio of '" + source + "' (pcm_s16le) cannot be stored in '" + path +
                                            "' (a mp4 file); choose another container");
  EXPECT_EQ(testing::listDirectory(dir.path().string()), std::vector<std::string>{"pcm.mov"});
  // MOV takes PCM.
  std::unique_ptr<VideoWriter> writer = createOrFail(dir.file("out.mov"), options);
  ASSERT_TRUE(writer);
  writeFrames(*writer, 5, 32, 32);
  ASSERT_TRUE(writer->finish().ok());
  EXPECT_EQ(readBack(dir.file("out.mov")).info.audio->codecName, "pcm_s16le");
}

TEST(VideoWriterTest, RefusesExistingDestinationUnlessOverwrite) {
  TempDir dir;
  const std::string path = dir.file("taken.mp4");
  testing::writeText(path, "precious");
  const std::string refused = createError(path, optionsFor(32, 32));
  EXPECT_NE(refused.find("'" + path + "' already exists"), std::string::npos) << refused;
  EXPECT_NE(refused.find("--force"), std::string::npos) << refused;

  VideoWriterOptions options = optionsFor(32, 32);
  options.overwrite = true;
  std::unique_ptr<VideoWriter> writer = createOrFail(path, options);
  ASSERT_TRUE(writer);
  writeFrames(*writer, 3, 32, 32);
  // Untouched until finish() succeeds.
  EXPECT_EQ(testing::readBytes(path).size(), 8u);
  ASSERT_TRUE(writer->finish().ok());
  EXPECT_EQ(readBack(path).frames.size(), 3u);
}

TEST(VideoWriterTest, NeverOverwritesAnInputEvenWithOverwrite) {
  TempDir dir;
  const std::string input = dir.file("driving.mp4");
  ASSERT_TRUE(testing::runFfmpeg("-f lavfi -i testsrc=size=32x32:rate=25 -frames:v 5 -c:v libx264 " + input));
  const auto before = testing::readBytes(input);
  VideoWriterOptions options = optionsFor(32, 32);
  options.overwrite = true;
  options.protectedPaths = {input};
  const std::string sameFileOtherSpelling = (dir.path() / "." / "driving.mp4").string();
  const std::string refused = createError(sameFileOtherSpelling, options);
  EXPECT_NE(refused.find("one of the inputs"), std::string::npos) << refused;

  VideoWriterOptions audioOnly = optionsFor(32, 32);
  audioOnly.overwrite = true;
  audioOnly.audioSourcePath = input;
  EXPECT_NE(createError(input, audioOnly).find("one of the inputs"), std::string::npos);
  EXPECT_EQ(testing::readBytes(input), before);
  EXPECT_EQ(testing::listDirectory(dir.path().string()), std::vector<std::string>{"driving.mp4"});
}

TEST(VideoWriterTest, UnwritableDestinationFailsAtCreate) {
  TempDir dir;
  const std::string missingDir = dir.file("no/such/dir/out.mp4");
  const std::string message = createError(missingDir, optionsFor(32, 32));
  EXPECT_NE(message.find("cannot write '" + missingDir + "'"), std::string::npos) << message;
  if (geteuid() != 0) {  // root writes anywhere
    std::filesystem::create_directory(dir.file("locked"));
    std::filesystem::permissions(dir.file("locked"),
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    const std::string locked = dir.file("locked/out.mp4");
    EXPECT_EQ(createError(locked, optionsFor(32, 32)), "cannot write '" + locked + "': Permission denied");
  }
}

TEST(VideoWriterTest, RejectsBadOptionsWithoutTouchingTheDisk) {
  TempDir dir;
  VideoWriterOptions ffv1InMp4 = optionsFor(32, 32);
  ffv1InMp4.codec = "ffv1";
  EXPECT_EQ(createError(dir.file("a.mp4"), ffv1InMp4),
            "ffv1 video cannot be stored in '" + dir.file("a.mp4") + "' (use .mkv or .mov)");
  VideoWriterOptions proresInMkv = optionsFor(32, 32);
  proresInMkv.codec = "prores_ks";
  EXPECT_NE(createError(dir.file("a.xyz"), proresInMkv).find("cannot tell which kind of video"), std::string::npos);
  VideoWriterOptions unknownCodec = optionsFor(32, 32);
  unknownCodec.codec = "h265";
  EXPECT_NE(createError(dir.file("a.mp4"), unknownCodec).find("unsupported video codec 'h265'"), std::string::npos);
  VideoWriterOptions badPreset = optionsFor(32, 32);
  badPreset.preset = "turbo";
  EXPECT_NE(createError(dir.file("a.mp4"), badPreset).find("unknown x264 preset 'turbo'"), std::string::npos);
  EXPECT_NE(createError(dir.file("a.mp4"), optionsFor(1, 1)).find("too small"), std::string::npos);
  EXPECT_NE(createError(dir.file("a.mp4"), optionsFor(32, 32, Rational(0))).find("frame rate"), std::string::npos);
  EXPECT_TRUE(testing::listDirectory(dir.path().string()).empty());
}

TEST(VideoWriterTest, CancelAndDestructionLeaveNothingBehind) {
  TempDir dir;
  {
    std::unique_ptr<VideoWriter> writer = createOrFail(dir.file("cancelled.mp4"), optionsFor(32, 32));
    ASSERT_TRUE(writer);
    writeFrames(*writer, 5, 32, 32);
    EXPECT_EQ(testing::listDirectory(dir.path().string()).size(), 1u);  // the temp file
    writer->cancel();
    EXPECT_TRUE(testing::listDirectory(dir.path().string()).empty());
    EXPECT_FALSE(writer->write(patternFrame(32, 32, 0)).ok());
    EXPECT_FALSE(writer->finish().ok());
  }
  {
    std::unique_ptr<VideoWriter> writer = createOrFail(dir.file("dropped.mp4"), optionsFor(32, 32));
    ASSERT_TRUE(writer);
    writeFrames(*writer, 5, 32, 32);
  }
  EXPECT_TRUE(testing::listDirectory(dir.path().string()).empty());
}

TEST(VideoWriterTest, FinishWithoutFramesIsAnError) {
  TempDir dir;
  std::unique_ptr<VideoWriter> writer = createOrFail(dir.file("empty.mp4"), optionsFor(32, 32));
  ASSERT_TRUE(writer);
  Status finished = writer->finish();
  ASSERT_FALSE(finished.ok());
  EXPECT_EQ(finished.error().message, "no frames were written to '" + dir.file("empty.mp4") + "'");
  EXPECT_TRUE(testing::listDirectory(dir.path().string()).empty());
}

TEST(VideoWriterTest, WriteErrorsAreReportedAndTheTempFileRemoved) {
  TempDir dir;
  const std::string path = dir.file("big.mkv");
  VideoWriterOptions options = optionsFor(128, 128);
  options.codec = "ffv1";  // lossless noise: about 48 KiB a frame
  std::unique_ptr<VideoWriter> writer = createOrFail(path, options);
  ASSERT_TRUE(writer);
  Status status;
  {
    testing::FileSizeLimit limit(256 * 1024);
    for (int k = 0; k < 40 && status.ok(); ++k) status = writer->write(noiseFrame(128, 128, k));
    if (status.ok()) status = writer->finish();
  }
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message.rfind("cannot write '" + path + "': File too large", 0), 0u)
      << status.error().message;
  EXPECT_TRUE(testing::listDirectory(dir.path().string()).empty());
  EXPECT_FALSE(writer->finish().ok());
}

}  // namespace
}  // namespace marionette
