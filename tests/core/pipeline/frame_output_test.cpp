// Pixel helpers around the renderer and the PNG-sequence destination.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/media/image_io.h"
#include "core/pipeline/frame_compose.h"
#include "core/pipeline/frame_sink.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

Image gradient(int width, int height) {
  Image image = Image::make(width, height, 3);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      std::uint8_t* p = image.row(y) + 3 * x;
      p[0] = static_cast<std::uint8_t>(x), p[1] = static_cast<std::uint8_t>(y), p[2] = 200;
    }
  return image;
}

void writeText(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

std::vector<std::string> listNames(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

int hiddenEntries(const fs::path& dir) {
  int n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) n += entry.path().filename().string()[0] == '.';
  return n;
}

TEST(FrameCompose, ResamplingTheWholeImageAtItsSizeChangesNothing) {
  Image image = gradient(64, 48);
  Image same = resampleRegion(image, {0, 0, 64, 48}, 64, 48);
  EXPECT_EQ(same.pixels, image.pixels);
  Image half = resampleRegion(image, {0, 0, 64, 48}, 32, 24);
  EXPECT_NEAR(half.row(10)[3 * 7], 2 * 7 + 0.5, 1) << "the average of the two source columns";
  Image corner = resampleRegion(image, {32, 24, 16, 12}, 16, 12);
  EXPECT_EQ(corner.row(0)[0], 32);
  EXPECT_EQ(corner.row(0)[1], 24);
}

TEST(FrameCompose, LetterboxCentresTheFrameBetweenBlackBars) {
  Image wide = gradient(200, 100);
  Image boxed = letterbox(wide, 100, 100);
  ASSERT_EQ(boxed.width, 100);
  ASSERT_EQ(boxed.height, 100);
  EXPECT_EQ(boxed.row(10)[3 * 50 + 2], 0) << "bar above";
  EXPECT_EQ(boxed.row(89)[3 * 50 + 2], 0) << "bar below";
  EXPECT_EQ(boxed.row(50)[3 * 50 + 2], 200) << "picture in the middle";
}

TEST(FrameCompose, PanelsSitSideBySide) {
  Image a = gradient(30, 20), b = Image::make(10, 20, 3);
  Image both = placeSideBySide({&a, &b, &a});
  EXPECT_EQ(both.width, 70);
  EXPECT_EQ(both.height, 20);
  EXPECT_EQ(both.row(5)[3 * 35 + 2], 0);
  EXPECT_EQ(both.row(5)[3 * 45 + 0], 5);
}

TEST(FrameCompose, TransparencyIsFlattenedOntoTheBackground) {
  Image image = gradient(4, 1);
  image.alpha = {255, 0, 128, 255};
  Image flat = flattenAlpha(image, 255);
  EXPECT_TRUE(flat.alpha.empty());
  EXPECT_EQ(flat.pixels[0], 0);
  EXPECT_EQ(flat.pixels[3], 255);
  EXPECT_NEAR(flat.pixels[6], (2 * 128 + 255 * 127) / 255.0, 1);
}

ExportSettings sequenceInto(const std::string& path) {
  ExportSettings settings;
  settings.format = ExportFormat::PngSequence;
  settings.path = path;
  settings.width = 32;
  settings.height = 24;
  return settings;
}

TEST(PngSequence, FramesAppearOnlyWhenTheSequenceIsFinished) {
  TempDir dir;
  auto sink = openFrameSink(sequenceInto(dir.file("frames/")));
  ASSERT_TRUE(sink.ok()) << sink.error().message;
  for (int i = 0; i < 3; ++i) ASSERT_TRUE((*sink)->write(gradient(32, 24)).ok());
  EXPECT_FALSE(fs::exists(dir.file("frames")));
  ASSERT_TRUE((*sink)->finish().ok());
  EXPECT_EQ(sequenceFrameName(0), "frame_000001.png");
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(fs::exists(dir.path() / "frames" / sequenceFrameName(i))) << i;
  auto back = loadImage((dir.path() / "frames" / sequenceFrameName(2)).string());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->image.pixels, gradient(32, 24).pixels);
  EXPECT_EQ(hiddenEntries(dir.path()), 0);
}

TEST(PngSequence, CancelLeavesNothingBehind) {
  TempDir dir;
  {
    auto sink = openFrameSink(sequenceInto(dir.file("frames")));
    ASSERT_TRUE(sink.ok());
    ASSERT_TRUE((*sink)->write(gradient(32, 24)).ok());
  }
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(PngSequence, ExistingFoldersAreReplacedOnlyWhenSafe) {
  TempDir dir;
  fs::create_directory(dir.file("empty"));
  EXPECT_TRUE(checkExportDestination(sequenceInto(dir.file("empty"))).ok()) << "an empty folder is fine";

  fs::create_directory(dir.file("old"));
  std::ofstream(dir.path() / "old" / "frame_000001.png") << "old";
  Status refused = checkExportDestination(sequenceInto(dir.file("old/")));
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("already exists; pass --force"), std::string::npos);
  ExportSettings replace = sequenceInto(dir.file("old/"));
  replace.overwrite = true;
  auto sink = openFrameSink(replace);
  ASSERT_TRUE(sink.ok()) << sink.error().message;
  ASSERT_TRUE((*sink)->write(gradient(32, 24)).ok());
  ASSERT_TRUE((*sink)->finish().ok());
  EXPECT_GT(fs::file_size(dir.path() / "old" / "frame_000001.png"), 3u);
  EXPECT_EQ(hiddenEntries(dir.path()), 0);

  fs::create_directory(dir.file("mine"));
  std::ofstream(dir.path() / "mine" / "notes.txt") << "precious";
  ExportSettings mine = sequenceInto(dir.file("mine"));
  mine.overwrite = true;
  Status kept = checkExportDestination(mine);
  ASSERT_FALSE(kept.ok());
  EXPECT_NE(kept.error().message.find("holds files other than frame_*.png"), std::string::npos);

  ExportSettings missing = sequenceInto(dir.file("no/such/frames/"));
  Status noParent = checkExportDestination(missing);
  ASSERT_FALSE(noParent.ok());
  EXPECT_NE(noParent.error().message.find("does not exist"), std::string::npos);
}

// Files are named by project frame, so ranges rendered apart drop into one
// folder as one sequence (render --frames 10:12 writes frame_000011.png …).
TEST(PngSequence, FilesAreNamedByProjectFrame) {
  TempDir dir;
  EXPECT_EQ(sequenceFrameName(0), "frame_000001.png");
  EXPECT_EQ(sequenceFrameName(249), "frame_000250.png");
  ExportSettings range = sequenceInto(dir.file("range"));
  range.firstFrame = 10;
  auto sink = openFrameSink(range);
  ASSERT_TRUE(sink.ok()) << sink.error().message;
  for (int i = 0; i < 2; ++i) ASSERT_TRUE((*sink)->write(gradient(32, 24)).ok());
  ASSERT_TRUE((*sink)->finish().ok());
  EXPECT_EQ(listNames(dir.file("range")), (std::vector<std::string>{sequenceFrameName(10), sequenceFrameName(11)}));
  EXPECT_EQ(sequenceFrameName(10), "frame_000011.png");
}

// Restores the process's umask when a test ends.
class UmaskGuard {
 public:
  explicit UmaskGuard(mode_t mask) : previous_(::umask(mask)) {}
  ~UmaskGuard() { ::umask(previous_); }

 private:
  mode_t previous_;
};

mode_t modeOf(const fs::path& path) {
  struct stat info {};
  EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
  return info.st_mode & 07777;
}

// The finished folder and its files have the modes mkdir and a new file get
// under the user's umask, not a temporary folder's private 0700.
TEST(PngSequence, TheFolderAndFilesFollowTheUmask) {
  TempDir dir;
  for (mode_t mask : {mode_t{022}, mode_t{027}, mode_t{002}}) {
    UmaskGuard guard(mask);
    const std::string folder = dir.file("frames-" + std::to_string(mask));
    auto sink = openFrameSink(sequenceInto(folder));
    ASSERT_TRUE(sink.ok()) << sink.error().message;
    ASSERT_TRUE((*sink)->write(gradient(32, 24)).ok());
    ASSERT_TRUE((*sink)->finish().ok());
    EXPECT_EQ(modeOf(folder), 0777 & ~mask) << "umask " << std::oct << mask;
    EXPECT_EQ(modeOf(fs::path(folder) / sequenceFrameName(0)), 0666 & ~mask) << "umask " << std::oct << mask;
  }
}

ExportSettings videoTo(const std::string& path, bool overwrite) {
  ExportSettings settings;
  settings.path = path;
  settings.overwrite = overwrite;
  return settings;
}

std::string refusal(const ExportSettings& settings) {
  Status checked = checkExportDestination(settings);
  return checked ? std::string("(accepted)") : checked.error().message;
}

// --force replaces a file (or a folder of frames this program wrote), never
// a FIFO, device or socket, nor a link to one.
TEST(ExportDestination, ForceNeverReplacesAPipeOrADevice) {
  TempDir dir;
  ASSERT_EQ(::mkfifo(dir.file("pipe.mp4").c_str(), 0600), 0);
  fs::create_symlink(dir.file("pipe.mp4"), dir.file("link.mp4"));
  fs::create_symlink("/dev/null", dir.file("null.mp4"));
  writeText(dir.file("old.mp4"), "old");
  for (bool force : {false, true}) {
    EXPECT_EQ(refusal(videoTo(dir.file("pipe.mp4"), force)),
              "refusing to replace '" + dir.file("pipe.mp4") +
                  "': it is a named pipe (FIFO), not a regular file (even with --force); choose another output");
    EXPECT_NE(refusal(videoTo(dir.file("link.mp4"), force)).find("it is a link to a named pipe (FIFO)"),
              std::string::npos);
    EXPECT_NE(refusal(videoTo(dir.file("null.mp4"), force)).find("it is a link to a character device"),
              std::string::npos);
    EXPECT_NE(refusal(videoTo("/dev/null", force)).find("'/dev/null': it is a character device"), std::string::npos);
  }
  EXPECT_EQ(refusal(videoTo(dir.file("old.mp4"), true)), "(accepted)") << "a regular file may be replaced";

  ExportSettings pipeFolder = sequenceInto(dir.file("pipe.mp4"));
  pipeFolder.overwrite = true;
  EXPECT_NE(refusal(pipeFolder).find("it exists and is not a folder"), std::string::npos);
  // A folder of frames holding a pipe or a link under a frame's name is not one this program wrote.
  fs::create_directory(dir.file("frames"));
  writeText(dir.file("frames/frame_000001.png"), "png");
  fs::create_symlink(dir.file("old.mp4"), dir.file("frames/frame_000002.png"));
  ExportSettings frames = sequenceInto(dir.file("frames"));
  frames.overwrite = true;
  EXPECT_NE(refusal(frames).find("holds files other than frame_*.png"), std::string::npos);
  fs::remove(dir.file("frames/frame_000002.png"));
  ASSERT_EQ(::mkfifo(dir.file("frames/frame_000002.png").c_str(), 0600), 0);
  EXPECT_NE(refusal(frames).find("holds files other than frame_*.png"), std::string::npos);
  fs::remove(dir.file("frames/frame_000002.png"));
  EXPECT_EQ(refusal(frames), "(accepted)");
}

// A path through a file names the file, for a video and for a folder of frames.
TEST(ExportDestination, APathThroughAFileSaysItIsAFile) {
  TempDir dir;
  writeText(dir.file("file.jpg"), "jpeg");
  const std::string isAFile = "'" + dir.file("file.jpg") + "' is a file, not a folder";
  EXPECT_EQ(refusal(videoTo(dir.file("file.jpg/out.mp4"), true)),
            "cannot write '" + dir.file("file.jpg/out.mp4") + "': " + isAFile);
  EXPECT_NE(refusal(videoTo(dir.file("file.jpg/deeper/out.mp4"), true)).find(isAFile), std::string::npos);
  EXPECT_NE(refusal(sequenceInto(dir.file("file.jpg/frames/"))).find(isAFile), std::string::npos);
  EXPECT_EQ(refusal(videoTo(dir.file("none/out.mp4"), true)),
            "cannot write '" + dir.file("none/out.mp4") + "': folder '" + dir.file("none") + "' does not exist");
}

}  // namespace
}  // namespace marionette
