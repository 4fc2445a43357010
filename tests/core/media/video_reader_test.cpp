#include "core/media/video_reader.h"

#include <gtest/gtest.h>

#include <future>
#include <map>

#include "tests/core/media/media_fixtures.h"
#include "tests/support/hostile_files.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

using testing::TempDir;

std::unique_ptr<VideoReader> openOrFail(const std::string& path, PixelLayout layout = PixelLayout::Rgb) {
  Result<std::unique_ptr<VideoReader>> reader = VideoReader::open(path, layout);
  EXPECT_TRUE(reader.ok()) << (reader.ok() ? "" : reader.error().message);
  return reader.ok() ? std::move(*reader) : nullptr;
}

std::string openError(const std::string& path) {
  Result<std::unique_ptr<VideoReader>> reader = VideoReader::open(path);
  return reader.ok() ? std::string("(opened)") : reader.error().message;
}

// Reads to the end; fails the test on any error.
std::vector<VideoFrame> readAll(VideoReader& reader) {
  std::vector<VideoFrame> frames;
  for (;;) {
    Result<std::optional<VideoFrame>> frame = reader.next();
    EXPECT_TRUE(frame.ok()) << (frame.ok() ? "" : frame.error().message);
    if (!frame.ok() || !*frame) return frames;
    frames.push_back(std::move(**frame));
  }
}

struct Timing {
  std::int64_t index;
  Rational time;
  std::uint64_t fingerprint;
};

std::vector<Timing> readTimings(VideoReader& reader) {
  std::vector<Timing> timings;
  for (;;) {
    Result<std::optional<VideoFrame>> frame = reader.next();
    EXPECT_TRUE(frame.ok()) << (frame.ok() ? "" : frame.error().message);
    if (!frame.ok() || !*frame) return timings;
    timings.push_back({(*frame)->index, (*frame)->time, testing::fingerprint((*frame)->image)});
  }
}

struct SharedClip {
  const char* name;
  int size;
  Rational fps;
  std::int64_t frames;
  bool audio;
};

class SharedClipTest : public ::testing::TestWithParam<SharedClip> {};

TEST_P(SharedClipTest, InfoAndEveryFrameTimeAreExact) {
  const SharedClip clip = GetParam();
  const std::string path = testing::sharedMedia(std::string("driving/") + clip.name);
  if (path.empty()) GTEST_SKIP() << "shared media not found: " << clip.name;
  std::unique_ptr<VideoReader> reader = openOrFail(path);
  ASSERT_TRUE(reader);
  const VideoInfo& info = reader->info();
  EXPECT_EQ(info.width, clip.size);
  EXPECT_EQ(info.height, clip.size);
  EXPECT_EQ(info.frameRate, clip.fps);
  EXPECT_EQ(info.frameCount, clip.frames);
  EXPECT_EQ(info.duration, Rational(clip.frames) / clip.fps);
  EXPECT_FALSE(info.variableFrameRate);
  EXPECT_EQ(info.rotationDegrees, 0);
  EXPECT_EQ(info.codecName, "h264");
  ASSERT_EQ(info.audio.has_value(), clip.audio);
  if (clip.audio) {
    EXPECT_EQ(info.audio->codecName, "aac");
    EXPECT_EQ(info.audio->sampleRate, 44100);
    EXPECT_EQ(info.audio->channels, 2);
    EXPECT_EQ(info.audio->startTime, Rational(0));
  }
  std::int64_t count = 0;
  for (;;) {
    Result<std::optional<VideoFrame>> frame = reader->next();
    ASSERT_TRUE(frame.ok()) << frame.error().message;
    if (!*frame) break;
    const VideoFrame& f = **frame;
    ASSERT_EQ(f.index, count);
    ASSERT_EQ(f.time, Rational(count) / clip.fps) << "frame " << count;
    ASSERT_EQ(f.image.width, clip.size);
    ASSERT_EQ(f.image.height, clip.size);
    ASSERT_EQ(f.image.channels, 3);
    ASSERT_EQ(f.image.pixels.size(), static_cast<std::size_t>(clip.size) * clip.size * 3);
    ++count;
  }
  EXPECT_EQ(count, clip.frames);
  EXPECT_TRUE(reader->warnings().empty());
  // The end is sticky.
  Result<std::optional<VideoFrame>> after = reader->next();
  ASSERT_TRUE(after.ok());
  EXPECT_FALSE(after->has_value());
}

INSTANTIATE_TEST_SUITE_P(Driving, SharedClipTest,
                         ::testing::Values(SharedClip{"liveportrait-d0.mp4", 512, Rational(25), 78, false},
                                           SharedClip{"liveportrait-d3.mp4", 512, Rational(30), 354, true},
                                           SharedClip{"liveportrait-d20.mp4", 480, Rational(25), 175, true},
                                           SharedClip{"liveportrait-d7.mp4", 480, Rational(30), 178, true}),
                         [](const auto& info) { return std::string(info.param.name).substr(13, 2); });

TEST(VideoReaderTest, GrayLayoutGivesOneChannel) {
  MARIONETTE_REQUIRE_MEDIA(path, "driving/liveportrait-d7.mp4");
  std::unique_ptr<VideoReader> rgb = openOrFail(path);
  std::unique_ptr<VideoReader> gray = openOrFail(path, PixelLayout::Gray);
  ASSERT_TRUE(rgb && gray);
  Result<std::optional<VideoFrame>> colourFrame = rgb->next();
  Result<std::optional<VideoFrame>> grayFrame = gray->next();
  ASSERT_TRUE(colourFrame.ok() && grayFrame.ok() && *colourFrame && *grayFrame);
  const Image& c = (*colourFrame)->image;
  const Image& g = (*grayFrame)->image;
  ASSERT_EQ(g.channels, 1);
  ASSERT_EQ(g.pixels.size(), 480u * 480u);
  // Gray is the luma of the same picture: compare with a Rec. 601 mix of RGB.
  double error = 0;
  for (int i = 0; i < 480 * 480; i += 97) {
    const double luma = 0.299 * c.pixels[i * 3] + 0.587 * c.pixels[i * 3 + 1] + 0.114 * c.pixels[i * 3 + 2];
    error += std::abs(luma - g.pixels[i]);
  }
  EXPECT_LT(error / (480 * 480 / 97), 6.0);
}

TEST(VideoReaderTest, NtscRateAndTimesStayExact) {
  TempDir dir;
  const std::string path = dir.file("ntsc.mp4");
  ASSERT_TRUE(
      testing::runFfmpeg("-f lavfi -i testsrc=size=64x48:rate=30000/1001 -t 1 -c:v libx264 -pix_fmt yuv420p " + path));
  std::unique_ptr<VideoReader> reader = openOrFail(path);
  ASSERT_TRUE(reader);
  EXPECT_EQ(reader->info().frameRate, Rational(30000, 1001));
  EXPECT_FALSE(reader->info().variableFrameRate);
  EXPECT_EQ(reader->info().width, 64);
  EXPECT_EQ(reader->info().height, 48);
  const std::vector<Timing> timings = readTimings(*reader);
  ASSERT_EQ(static_cast<std::int64_t>(timings.size()), reader->info().frameCount);
  ASSERT_GE(timings.size(), 29u);
  for (std::size_t i = 0; i < timings.size(); ++i) {
    EXPECT_EQ(timings[i].time, Rational(static_cast<std::int64_t>(i) * 1001, 30000)) << "frame " << i;
  }
}

TEST(VideoReaderTest, VariableFrameRateFollowsTimestamps) {
  TempDir dir;
  const std::string path = dir.file("vfr.mp4");
  // Ten frames at 1/30 s, then every frame twice as far apart.
  ASSERT_TRUE(
      testing::runFfmpeg("-f lavfi -i testsrc=size=64x48:rate=30 -t 1 "
                         "-vf \"setpts='if(lt(N,10),N,N*2)/30/TB'\" -fps_mode vfr -c:v libx264 " +
                         path));
  std::unique_ptr<VideoReader> reader = openOrFail(path);
  ASSERT_TRUE(reader);
  EXPECT_TRUE(reader->info().variableFrameRate);
  const std::vector<Timing> timings = readTimings(*reader);
  ASSERT_GE(timings.size(), 12u);
  for (std::size_t i = 0; i < timings.size(); ++i) {
    const std::int64_t n = static_cast<std::int64_t>(i);
    EXPECT_EQ(timings[i].time, Rational(n < 10 ? n : 2 * n, 30)) << "frame " << i;
    EXPECT_EQ(timings[i].index, n);
  }
}

TEST(VideoReaderTest, RotationMetadataTurnsFramesUpright) {
  TempDir dir;
  const std::string plain = dir.file("plain.mp4");
  const std::string rotated = dir.file("rotated.mp4");
  const std::string reference = dir.file("reference.gray");
  ASSERT_TRUE(
      testing::runFfmpeg("-f lavfi -i testsrc=size=64x48:rate=25 -t 0.2 -c:v libx264 -pix_fmt yuv420p " + plain));
  ASSERT_TRUE(testing::runFfmpeg("-i " + plain + " -c copy -metadata:s:v:0 rotate=90 " + rotated));
  // The ffmpeg CLI's own autorotation is the reference for which way to turn.
  ASSERT_TRUE(testing::runFfmpeg("-i " + rotated + " -frames:v 1 -f rawvideo -pix_fmt gray " + reference));

  std::unique_ptr<VideoReader> upright = openOrFail(rotated, PixelLayout::Gray);
  std::unique_ptr<VideoReader> stored = openOrFail(plain, PixelLayout::Gray);
  ASSERT_TRUE(upright && stored);
  EXPECT_EQ(upright->info().width, 48);
  EXPECT_EQ(upright->info().height, 64);
  EXPECT_NE(upright->info().rotationDegrees, 0);
  const Result<std::optional<VideoFrame>> turned = upright->next();
  const Result<std::optional<VideoFrame>> original = stored->next();
  ASSERT_TRUE(turned.ok() && original.ok() && *turned && *original);
  const Image& t = (*turned)->image;
  const Image& o = (*original)->image;
  ASSERT_EQ(t.width, 48);
  ASSERT_EQ(t.height, 64);

  const std::vector<std::uint8_t> expected = testing::readBytes(reference);
  ASSERT_EQ(expected.size(), t.pixels.size());
  int worst = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) worst = std::max(worst, std::abs(expected[i] - t.pixels[i]));
  EXPECT_LE(worst, 3);

  // And the turn is the one the reader reports, pixel for pixel.
  const int degrees = upright->info().rotationDegrees;
  for (int y = 0; y < t.height; ++y) {
    for (int x = 0; x < t.width; ++x) {
      const int sx = degrees == 90 ? y : o.width - 1 - y;
      const int sy = degrees == 90 ? o.height - 1 - x : x;
      ASSERT_EQ(t.pixels[y * t.width + x], o.pixels[sy * o.width + sx]) << x << "," << y;
    }
  }
}

// Seeks land on exactly the frame sequential decoding produced at that time.
void checkSeeks(const std::string& path, const std::vector<std::int64_t>& targets) {
  std::unique_ptr<VideoReader> reader = openOrFail(path);
  ASSERT_TRUE(reader);
  const std::vector<Timing> sequential = readTimings(*reader);
  ASSERT_FALSE(sequential.empty());
  for (std::int64_t target : targets) {
    ASSERT_LT(target, static_cast<std::int64_t>(sequential.size()));
    const Timing& want = sequential[target];
    ASSERT_TRUE(reader->seek(want.time).ok());
    Result<std::optional<VideoFrame>> got = reader->next();
    ASSERT_TRUE(got.ok() && *got) << "seek to frame " << target;
    EXPECT_EQ((*got)->time, want.time) << "seek to frame " << target;
    EXPECT_EQ((*got)->index, target);
    EXPECT_EQ(testing::fingerprint((*got)->image), want.fingerprint) << "seek to frame " << target;
    // Decoding carries on from there.
    if (target + 1 < static_cast<std::int64_t>(sequential.size())) {
      Result<std::optional<VideoFrame>> following = reader->next();
      ASSERT_TRUE(following.ok() && *following);
      EXPECT_EQ((*following)->index, target + 1);
      EXPECT_EQ(testing::fingerprint((*following)->image), sequential[target + 1].fingerprint);
    }
  }
  // Between two frames: the next one at or after the time.
  const Rational between = (sequential[40].time + sequential[41].time) / Rational(2);
  ASSERT_TRUE(reader->seek(between).ok());
  Result<std::optional<VideoFrame>> got = reader->next();
  ASSERT_TRUE(got.ok() && *got);
  EXPECT_EQ((*got)->time, sequential[41].time);
  // Past the end: nothing more, and no error.
  ASSERT_TRUE(reader->seek(sequential.back().time + Rational(10)).ok());
  Result<std::optional<VideoFrame>> none = reader->next();
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

TEST(VideoReaderTest, SeekIsFrameAccurateOnSharedClip) {
  MARIONETTE_REQUIRE_MEDIA(path, "driving/liveportrait-d3.mp4");
  checkSeeks(path, {177, 3, 0, 353, 100, 101, 299});
}

TEST(VideoReaderTest, SeekIsFrameAccurateWithSparseKeyframesAndBFrames) {
  TempDir dir;
  const std::string path = dir.file("gop.mp4");
  ASSERT_TRUE(
      testing::runFfmpeg("-f lavfi -i testsrc=size=96x64:rate=30000/1001 -frames:v 150 -c:v libx264 "
                         "-g 60 -bf 3 -pix_fmt yuv420p " +
                         path));
  checkSeeks(path, {75, 59, 60, 61, 0, 149, 1});
}

TEST(VideoReaderTest, DecodesOtherCodecs) {
  struct Clip {
    std::string file, encoder, codecName;
  };
  const std::vector<Clip> clips = {{"part2.avi", "-c:v mpeg4", "mpeg4"},
                                   {"vp9.webm", "-c:v libvpx-vp9 -deadline realtime -cpu-used 8", "vp9"},
                                   {"prores.mov", "-c:v prores_ks", "prores"}};
  TempDir dir;
  for (const Clip& clip : clips) {
    const std::string path = dir.file(clip.file);
    ASSERT_TRUE(testing::runFfmpeg("-f lavfi -i testsrc=size=80x64:rate=25 -frames:v 20 " + clip.encoder + " " + path));
    std::unique_ptr<VideoReader> reader = openOrFail(path);
    ASSERT_TRUE(reader) << clip.file;
    EXPECT_EQ(reader->info().codecName, clip.codecName);
    EXPECT_EQ(reader->info().frameRate, Rational(25));
    const std::vector<VideoFrame> frames = readAll(*reader);
    ASSERT_EQ(frames.size(), 20u) << clip.file;
    EXPECT_EQ(frames.back().time, Rational(19, 25)) << clip.file;
    EXPECT_EQ(frames[5].image.width, 80);
    EXPECT_EQ(frames[5].image.height, 64);
  }
}

TEST(VideoReaderTest, TruncatedClipDecodesTheGoodPartWithWarning) {
  MARIONETTE_REQUIRE_MEDIA(source, "driving/liveportrait-d20.mp4");  // index at the front
  TempDir dir;
  const std::string path = dir.file("cut.mp4");
  testing::copyPrefix(source, path, 0.4);
  std::unique_ptr<VideoReader> reader = openOrFail(path);
  ASSERT_TRUE(reader);
  EXPECT_EQ(reader->info().frameCount, 175);  // what the container promised
  const std::vector<VideoFrame> frames = readAll(*reader);
  EXPECT_GT(frames.size(), 30u);
  EXPECT_LT(frames.size(), 120u);
  const std::vector<std::string> warnings = reader->warnings();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("'" + path + "' is truncated or corrupt: decoding stopped at frame " +
                                  std::to_string(frames.size()) + " of 175",
                              0),
            0u)
      << warnings[0];
}

TEST(VideoReaderTest, TruncatedClipWithIndexAtTheEndIsAClearError) {
  MARIONETTE_REQUIRE_MEDIA(source, "driving/liveportrait-d3.mp4");  // index at the end, now cut off
  TempDir dir;
  const std::string path = dir.file("cut.mp4");
  testing::copyPrefix(source, path, 0.4);
  EXPECT_EQ(openError(path), "'" + path + "' is truncated or corrupt (moov atom not found)");
}

TEST(VideoReaderTest, ErrorMessagesNameTheFile) {
  TempDir dir;
  const std::string missing = dir.file("missing.mp4");
  const std::string text = dir.file("notes.txt");
  const std::string shortText = dir.file("short.txt");
  const std::string garbage = dir.file("garbage.mp4");
  const std::string empty = dir.file("empty.mp4");
  const std::string still = dir.file("still.jpg");
  const std::string audioOnly = dir.file("tone.m4a");
  testing::writeText(text, "This is a plain text file and not a video at all.\nSecond line.\n");
  testing::writeText(shortText, "hi\nthere\n");  // FFmpeg's tty demuxer would call this ANSI art
  std::vector<std::uint8_t> noise(64 * 1024);
  for (std::size_t i = 0; i < noise.size(); ++i) noise[i] = static_cast<std::uint8_t>((i * 2654435761u) >> 13);
  testing::writeBytes(garbage, noise);
  testing::writeText(empty, "");
  ASSERT_TRUE(testing::runFfmpeg("-f lavfi -i testsrc=size=32x32 -frames:v 1 " + still));
  ASSERT_TRUE(testing::runFfmpeg("-f lavfi -i sine=duration=0.2 -c:a aac " + audioOnly));

  EXPECT_EQ(openError(missing), "cannot open '" + missing + "': No such file or directory");
  EXPECT_EQ(openError(text), "'" + text + "' is not a video file FFmpeg can read");
  EXPECT_EQ(openError(shortText), "'" + shortText + "' is not a video file FFmpeg can read");
  EXPECT_EQ(openError(garbage), "'" + garbage + "' is not a video file FFmpeg can read");
  EXPECT_EQ(openError(empty), "'" + empty + "' is an empty file, not a video");
  EXPECT_EQ(openError(still), "'" + still + "' is a still image, not a video");
  EXPECT_EQ(openError(audioOnly), "'" + audioOnly + "' contains no video stream");
  EXPECT_EQ(openError(dir.path().string()), "'" + dir.path().string() + "' is a folder, not a video");
}

// Opens on a worker thread; should it block on the named pipe at `fifo`, the
// pipe is released so that the test fails instead of hanging.
std::string openErrorUnlessStuck(const std::string& path, const std::string& fifo) {
  auto pending = std::async(std::launch::async, [path] {
    Result<std::unique_ptr<VideoReader>> reader = VideoReader::open(path);
    if (!reader) return reader.error().message;
    // A playlist may open its segments only while frames are read.
    for (;;) {
      auto frame = (*reader)->next();
      if (!frame) return frame.error().message;
      if (!*frame) return std::string("(read to the end)");
    }
  });
  if (pending.wait_for(std::chrono::seconds(10)) == std::future_status::timeout) {
    ADD_FAILURE() << "opening '" << path << "' blocked on the named pipe";
    testing::releaseFifoReaders(fifo);
  }
  return pending.get();
}

TEST(VideoReaderHostile, PipesAndDevicesAreRefusedBeforeFfmpegOpensThem) {
  TempDir dir;
  const std::string fifo = dir.file("driver.mp4");
  testing::makeFifo(fifo);
  EXPECT_EQ(openErrorUnlessStuck(fifo, fifo), "'" + fifo + "' is a named pipe (FIFO), not a video");
  EXPECT_EQ(openError("/dev/zero"), "'/dev/zero' is a device, not a video");
  EXPECT_EQ(openError("/dev/null"), "'/dev/null' is a device, not a video");
}

// A file can name other files for FFmpeg to open: an HLS playlist its
// segments, a concat list its parts. A pipe there would block just the same.
TEST(VideoReaderHostile, PipesNamedInsidePlaylistsAndListsAreRefusedToo) {
  TempDir dir;
  const std::string segment = dir.file("segment.ts");
  testing::makeFifo(segment);
  const std::string playlist = dir.file("playlist.mp4");
  testing::writeText(playlist, "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nsegment.ts\n#EXT-X-ENDLIST\n");
  EXPECT_EQ(openErrorUnlessStuck(playlist, segment),
            "'" + playlist + "' refers to another file: '" + segment + "' is a named pipe (FIFO), not a file");
  const std::string list = dir.file("list.mp4");
  testing::writeText(list, "ffconcat version 1.0\nfile segment.ts\n");
  EXPECT_EQ(openErrorUnlessStuck(list, segment),
            "'" + list + "' is an FFmpeg concat list, not a video (open the files it names instead)");
  // A playlist may not reach out of the machine either.
  const std::string remote = dir.file("remote.mp4");
  testing::writeText(remote,
                     "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nhttp://127.0.0.1:9/x.ts\n#EXT-X-ENDLIST\n");
  EXPECT_EQ(openErrorUnlessStuck(remote, segment),
            "'" + remote + "' refers to another file: 'http://127.0.0.1:9/x.ts' is not a local file");
}

// Inputs reach FFmpeg as "file:PATH", which must still open a name with a
// colon in it (the CLI table has the relative "pipe:0" case, run in its folder).
TEST(VideoReaderHostile, NameWithAColonIsOpenedAsAFile) {
  TempDir dir;
  const std::string path = dir.file("pipe:0");
  ASSERT_TRUE(testing::runFfmpeg("-f lavfi -i testsrc=size=32x32:rate=10 -t 0.5 -f matroska '" + path + "'"));
  std::unique_ptr<VideoReader> reader = openOrFail(path);
  ASSERT_TRUE(reader);
  EXPECT_EQ(readAll(*reader).size(), 5u);
}

}  // namespace
}  // namespace marionette
