#include "core/media/video_concat.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/media/video_reader.h"
#include "core/media/video_writer.h"
#include "tests/core/media/media_fixtures.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

using testing::TempDir;

// Frame k of the whole clip: its brightness encodes k, so a frame out of
// place or missing after the join shows in the read-back.
Image numberedFrame(int k) {
  Image image = Image::make(64, 48, 3);
  for (std::size_t i = 0; i < image.pixels.size(); ++i)
    image.pixels[i] = static_cast<std::uint8_t>(20 + 8 * k + (i % 3) * 2);
  return image;
}

// Writes frames [first, end) of the clip the way `render --frames` does:
// same encoder settings, sound taken from the same place in the source.
std::string writePart(const TempDir& dir, const std::string& name, int first, int end,
                      const std::string& audioSource = "", int width = 64, const VideoTags& tags = {},
                      const std::string& codec = "libx264") {
  VideoWriterOptions options;
  options.metadata = tags;
  options.codec = codec;
  options.width = width;
  options.height = 48;
  options.frameRate = Rational(25);
  options.audioSourcePath = audioSource;
  options.audioStart = Rational(first, 25);
  const std::string path = dir.file(name);
  auto writer = VideoWriter::create(path, options);
  EXPECT_TRUE(writer.ok()) << (writer.ok() ? "" : writer.error().message);
  if (!writer.ok()) return path;
  for (int k = first; k < end; ++k) {
    Image frame = numberedFrame(k);
    if (width != 64) frame = Image::make(width, 48, 3);
    EXPECT_TRUE((*writer)->write(frame).ok());
  }
  EXPECT_TRUE((*writer)->finish().ok());
  return path;
}

constexpr const char* kProject = "00000000c0ffee00";

// Frames [first, end) of a 30-frame project, saying so as `render` does.
std::string writeRenderPart(const TempDir& dir, const std::string& name, int first, int end,
                            const char* project = kProject, int written = -1, const std::string& codec = "libx264") {
  const VideoTags tags = renderPartTags({project, first, end, 30});
  return writePart(dir, name, first, written < 0 ? end : first + written, "", 64, tags, codec);
}

std::vector<VideoFrame> readAll(const std::string& path) {
  std::vector<VideoFrame> frames;
  auto reader = VideoReader::open(path);
  EXPECT_TRUE(reader.ok()) << (reader.ok() ? "" : reader.error().message);
  if (!reader.ok()) return frames;
  for (;;) {
    auto frame = (*reader)->next();
    if (!frame.ok() || !*frame) break;
    frames.push_back(std::move(**frame));
  }
  return frames;
}

std::string concatError(const std::vector<std::string>& parts, const std::string& output, bool overwrite = false,
                        PartCheck check = PartCheck::Checked) {
  auto joined = concatenateVideos(parts, output, overwrite, check);
  return joined.ok() ? std::string("(joined)") : joined.error().message;
}

TEST(VideoConcatTest, JoinedPartsPlayAsOneClipWithExactTimes) {
  TempDir dir;
  const std::vector<std::string> parts = {writePart(dir, "a.mp4", 0, 10), writePart(dir, "b.mp4", 10, 17),
                                          writePart(dir, "c.mp4", 17, 30)};
  const std::string output = dir.file("joined.mp4");
  auto report = concatenateVideos(parts, output, false);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->parts, 3);
  EXPECT_EQ(report->frames, 30);
  EXPECT_EQ(report->duration, Rational(30, 25));
  EXPECT_FALSE(report->audio);

  const std::vector<VideoFrame> frames = readAll(output);
  ASSERT_EQ(frames.size(), 30u);
  for (int k = 0; k < 30; ++k) {
    EXPECT_EQ(frames[k].time, Rational(k, 25)) << "frame " << k;
    const int expected = numberedFrame(k).pixels[0];
    EXPECT_NEAR(frames[k].image.pixels[0], expected, 3) << "frame " << k;
  }
  // Nothing but the result is left behind.
  EXPECT_EQ(testing::listDirectory(dir.path().string()),
            (std::vector<std::string>{"a.mp4", "b.mp4", "c.mp4", "joined.mp4"}));
}

// A raised cancel flag (SIGINT, SIGTERM in the CLI) stops the copy at the
// next packet: no output, no temporary file, an earlier output untouched.
TEST(VideoConcatTest, CancelStopsTheCopyAndLeavesNothing) {
  TempDir dir;
  const std::vector<std::string> parts = {writePart(dir, "a.mp4", 0, 10), writePart(dir, "b.mp4", 10, 17)};
  std::ofstream(dir.file("joined.mp4")) << "an earlier join";
  const std::atomic<bool> cancel = true;
  auto joined = concatenateVideos(parts, dir.file("joined.mp4"), true, PartCheck::Checked, &cancel);
  ASSERT_FALSE(joined.ok());
  EXPECT_EQ(joined.error().message, "cancelled");
  EXPECT_EQ(testing::listDirectory(dir.path().string()), (std::vector<std::string>{"a.mp4", "b.mp4", "joined.mp4"}));
  std::ifstream kept(dir.file("joined.mp4"));
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(kept), {}), "an earlier join");
}

TEST(VideoConcatTest, SoundStaysInSyncAcrossTheJoin) {
  MARIONETTE_REQUIRE_MEDIA(driving, "driving/liveportrait-d20.mp4");
  TempDir dir;
  const std::vector<std::string> parts = {writePart(dir, "a.mp4", 0, 60, driving),
                                          writePart(dir, "b.mp4", 60, 125, driving)};
  const std::string output = dir.file("joined.mp4");
  auto report = concatenateVideos(parts, output, false);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_TRUE(report->audio);
  auto reader = VideoReader::open(output);
  ASSERT_TRUE(reader.ok());
  const VideoInfo& info = (*reader)->info();
  ASSERT_TRUE(info.audio.has_value());
  EXPECT_EQ(info.duration, Rational(5));
  // One AAC packet (1024 samples at 44.1 kHz) is the most a join may drop.
  EXPECT_NEAR(info.audio->duration.toDouble(), 5.0, 0.05) << info.audio->duration.toDouble();
  // Every stretch of sound, before and after the join, plays at the time it
  // had in the driver.
  const auto offsets = testing::audioOffsetsFromSource(output, driving);
  ASSERT_GT(offsets.size(), 100u);
  for (double offset : offsets) EXPECT_NEAR(offset, 0.0, 1e-3);
}

TEST(VideoConcatTest, PartsThatDifferAreRefusedBeforeAnythingIsWritten) {
  MARIONETTE_REQUIRE_MEDIA(driving, "driving/liveportrait-d20.mp4");
  TempDir dir;
  const std::string a = writePart(dir, "a.mp4", 0, 5);
  const std::string wide = writePart(dir, "wide.mp4", 5, 10, "", 80);
  const std::string loud = writePart(dir, "loud.mp4", 5, 10, driving);
  const std::string output = dir.file("out.mp4");
  EXPECT_EQ(concatError({a, wide}, output),
            "'" + wide + "' cannot be joined to '" + a + "' without re-encoding: its video is 80x48, not 64x48");
  EXPECT_EQ(concatError({a, loud}, output), "'" + loud + "' cannot be joined to '" + a +
                                                "' without re-encoding: it has sound and the first part has none");
  EXPECT_FALSE(std::filesystem::exists(output));
}

TEST(VideoConcatTest, BadPartsAndDestinationsGiveOneClearLine) {
  TempDir dir;
  const std::string a = writePart(dir, "a.mp4", 0, 5);
  const std::string b = writePart(dir, "b.mp4", 5, 10);
  testing::writeText(dir.file("notes.mp4"), "not a video at all");

  EXPECT_EQ(concatError({}, dir.file("out.mp4")), "no parts to join");
  EXPECT_NE(concatError({a, dir.file("missing.mp4")}, dir.file("out.mp4")).find("missing.mp4"), std::string::npos);
  EXPECT_NE(concatError({a, dir.file("notes.mp4")}, dir.file("out.mp4")).find("notes.mp4"), std::string::npos);
  // A part is never the destination, even with overwrite.
  EXPECT_NE(concatError({a, b}, b, true).find("one of the inputs"), std::string::npos);
  // An existing file is kept unless overwrite is asked for.
  testing::writeText(dir.file("taken.mp4"), "keep me");
  EXPECT_NE(concatError({a, b}, dir.file("taken.mp4")).find("already exists"), std::string::npos);
  EXPECT_EQ(testing::readBytes(dir.file("taken.mp4")).size(), 7u);
  EXPECT_EQ(concatError({a, b}, dir.file("no-such-folder/out.mp4")).find("cannot"), 0u);
  EXPECT_EQ(concatError({a, b}, dir.file("taken.mp4"), true), "(joined)");
}

// Parts written by `render` say which frames of which project they hold;
// concat joins them only when they tile one render, and the result says
// what it holds, so it can be joined again.
TEST(VideoConcatTest, RenderPartsMustTileOneRenderInOrder) {
  TempDir dir;
  const std::string a = writeRenderPart(dir, "a.mp4", 0, 10), b = writeRenderPart(dir, "b.mp4", 10, 17);
  const std::string c = writeRenderPart(dir, "c.mp4", 17, 30), late = writeRenderPart(dir, "late.mp4", 20, 30);
  const std::string other = writeRenderPart(dir, "other.mp4", 10, 17, "00000000deadbeef");
  const std::string out = dir.file("out.mp4");
  // One case per line: the parts as given, the start of the one line concat answers.
  const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
      {{b, a}, "the parts are out of order; give them as '" + a + "' '" + b + "'"},
      {{a, late}, "frames 10-19 are missing between '" + a + "' and '" + late + "'"},
      {{a, b, a}, "'" + a + "' is given twice"},
      {{a, other}, "'" + other + "' is a part of another project than '" + a + "'"},
      {{a, b, c, late}, "'" + late + "' (frames 20-29) overlaps '" + c + "' (frames 17-29) in frames 20-29"},
  };
  for (const auto& [parts, message] : refused) {
    const std::string got = concatError(parts, out);
    EXPECT_EQ(got.rfind(message, 0), 0u) << "expected: " << message << "\n     got: " << got;
  }
  EXPECT_FALSE(std::filesystem::exists(out));

  auto ab = concatenateVideos({a, b}, dir.file("ab.mp4"), false);
  ASSERT_TRUE(ab.ok()) << ab.error().message;
  EXPECT_EQ(ab->joined, (RenderPart{kProject, 0, 17, 30}));
  EXPECT_EQ(ab->notes, std::vector<std::string>{"the result holds frames 0-16 of the project's 30"});
  // The joined file carries its range: it joins on, in order only.
  EXPECT_EQ(concatError({c, dir.file("ab.mp4")}, out).rfind("the parts are out of order", 0), 0u);
  auto whole = concatenateVideos({dir.file("ab.mp4"), c}, out, false);
  ASSERT_TRUE(whole.ok()) << whole.error().message;
  EXPECT_EQ(whole->joined, (RenderPart{kProject, 0, 30, 30}));
  EXPECT_TRUE(whole->notes.empty());
  const std::vector<VideoFrame> frames = readAll(out);
  ASSERT_EQ(frames.size(), 30u);
  for (int k : {0, 16, 17, 29}) EXPECT_NEAR(frames[k].image.pixels[0], numberedFrame(k).pixels[0], 3) << k;

  // Asked to, concat joins anything alike, in the order given, and says nothing of what the result is.
  auto unchecked = concatenateVideos({b, a}, dir.file("any.mp4"), false, PartCheck::Unchecked);
  ASSERT_TRUE(unchecked.ok()) << unchecked.error().message;
  EXPECT_FALSE(unchecked->joined.has_value());
  EXPECT_EQ(concatError({dir.file("any.mp4"), c}, dir.file("again.mp4")), "(joined)") << "no tags, no checks";
}

TEST(VideoConcatTest, APartCutShortIsRefused) {
  TempDir dir;
  const std::string a = writeRenderPart(dir, "a.mp4", 0, 10);
  const std::string cut = writeRenderPart(dir, "cut.mp4", 10, 30, kProject, 7);
  EXPECT_EQ(concatError({a, cut}, dir.file("out.mp4")),
            "'" + cut + "' holds 7 frames but says it is frames 10-29 of its project (cut short?)");
  EXPECT_FALSE(std::filesystem::exists(dir.file("out.mp4")));
  EXPECT_EQ(testing::listDirectory(dir.path().string()), (std::vector<std::string>{"a.mp4", "cut.mp4"}));
}

// FFV1 in Matroska and ProRes in QuickTime carry the same tags as MP4.
TEST(VideoConcatTest, EveryContainerCarriesTheRenderInformation) {
  TempDir dir;
  for (auto [codec, extension] : {std::pair{"ffv1", ".mkv"}, std::pair{"prores_ks", ".mov"}}) {
    const std::string a = writeRenderPart(dir, std::string("a") + extension, 0, 4, kProject, -1, codec);
    const std::string b = writeRenderPart(dir, std::string("b") + extension, 4, 8, kProject, -1, codec);
    EXPECT_EQ(concatError({b, a}, dir.file(std::string("out") + extension)).rfind("the parts are out of order", 0), 0u)
        << codec;
    auto joined = concatenateVideos({a, b}, dir.file(std::string("out") + extension), false);
    ASSERT_TRUE(joined.ok()) << codec << ": " << joined.error().message;
    EXPECT_EQ(joined->joined, (RenderPart{kProject, 0, 8, 30})) << codec;
  }
}

}  // namespace
}  // namespace marionette
