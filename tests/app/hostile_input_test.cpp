// Hostile input at the command line: one row per attack, all checked alike.
//
// To add a case, append one row to kCases below:
//
//   {"what it is, in words",
//    {"inspect", "{in}"},          marionette-cli's words: {in} is the prepared
//                                  input, {dir} the case's own folder (the
//                                  command runs inside it; write outputs there)
//    fifo("portrait.jpg"),         how to make the input (helpers below:
//                                  fifo, folder, device, sparse, bytes, text,
//                                  savedProject, … or any lambda that takes
//                                  the folder and returns the input's path)
//    1,                            the exit status (1 bad input, 2 bad usage)
//    "is a named pipe (FIFO)"},    a fragment of the message
//
// Every row is then held to the same rules: the run ends within kSeconds
// under a kMemoryKiB address-space limit (so a hang or an unbounded read
// fails the row instead of stalling the suite or the machine), stderr is
// exactly one line starting with "marionette-cli: " (no library noise
// before it), and the folder holds nothing new afterwards (no output, no
// temporary file). Rows run one after another, each in a fresh folder.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <set>

#include "tests/support/cli_checks.h"
#include "tests/support/hostile_files.h"
#include "tests/support/run_command.h"
#include "tests/support/test_media.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

constexpr int kSeconds = 60;
// 1.5 GB of address space: a normal inspect needs less than 1 GB; every
// unbounded read in this table needed more (2.6 GB for the 20000x20000 PNG,
// all there is for /dev/zero).
constexpr long kMemoryKiB = 1'500'000;

// Makes a case's input inside its folder and returns the path the command
// gets as {in} (relative to the folder, or absolute).
using Prepare = std::function<std::string(const fs::path& dir)>;

struct Case {
  std::string what;
  std::vector<std::string> words;
  Prepare prepare;
  int exitCode;
  std::string message;
};

// --- Ways to prepare an input.

Prepare fifo(const std::string& name) {
  return [name](const fs::path& dir) {
    testing::makeFifo((dir / name).string());
    return name;
  };
}

Prepare folder(const std::string& name) {
  return [name](const fs::path& dir) {
    fs::create_directory(dir / name);
    return name;
  };
}

Prepare device(const std::string& path) {
  return [path](const fs::path&) { return path; };
}

// `size` bytes that take no disk: `head` and then holes.
Prepare sparse(const std::string& name, std::uint64_t size, std::vector<std::uint8_t> head = {}) {
  return [=](const fs::path& dir) {
    testing::makeSparseFile((dir / name).string(), size, head);
    return name;
  };
}

Prepare bytes(const std::string& name, std::function<std::vector<std::uint8_t>()> make) {
  return [=](const fs::path& dir) {
    const auto content = make();
    std::ofstream(dir / name, std::ios::binary)
        .write(reinterpret_cast<const char*>(content.data()), static_cast<std::streamsize>(content.size()));
    return name;
  };
}

Prepare text(const std::string& name, const std::string& content) {
  return [=](const fs::path& dir) {
    std::ofstream(dir / name, std::ios::binary) << content;
    return name;
  };
}

// Several inputs at once; {in} is the last one's.
Prepare all(std::vector<Prepare> steps) {
  return [steps](const fs::path& dir) {
    std::string last;
    for (const Prepare& step : steps) last = step(dir);
    return last;
  };
}

// A project saved by `animate --save-project` with the demo portrait copied
// to media/face.jpg, which `spoil` then replaces (with a pipe, a folder …).
Prepare savedProject(const std::string& name, std::function<void(const fs::path& face)> spoil) {
  return [=](const fs::path& dir) {
    fs::create_directories(dir / "media");
    fs::copy_file(testing::demoPortrait(), dir / "media/face.jpg");
    const auto saved =
        testing::runCli({"animate", (dir / "media/face.jpg").string(), "--preset", "nod", "--duration", "1", "--crop",
                         "--size", "64x64", "-o", (dir / "frames/").string(), "--save-project", (dir / name).string()});
    EXPECT_EQ(saved.exitCode, 0) << saved.err;
    fs::remove_all(dir / "frames");
    fs::remove(dir / "media/face.jpg");
    spoil(dir / "media/face.jpg");
    return name;
  };
}

// A saved project (as savedProject, the portrait left alone) whose text then
// has `from` replaced by `to`.
Prepare editedProject(const std::string& name, const std::string& from, const std::string& to) {
  return [=](const fs::path& dir) {
    fs::create_directories(dir / "media");
    fs::copy_file(testing::demoPortrait(), dir / "media/face.jpg");
    const auto saved =
        testing::runCli({"animate", (dir / "media/face.jpg").string(), "--preset", "nod", "--duration", "1", "--crop",
                         "--size", "64x64", "-o", (dir / "frames/").string(), "--save-project", (dir / name).string()});
    EXPECT_EQ(saved.exitCode, 0) << saved.err;
    fs::remove_all(dir / "frames");
    std::ifstream in(dir / name);
    std::string project{std::istreambuf_iterator<char>(in), {}};
    const std::size_t at = project.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) project.replace(at, from.size(), to);
    std::ofstream(dir / name, std::ios::trunc) << project;
    return name;
  };
}

// No input to prepare; {in} is empty.
Prepare nothing() {
  return [](const fs::path&) { return std::string(); };
}

std::vector<std::uint8_t> demoJpeg() {
  std::ifstream in(testing::demoPortrait(), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// A 64x64 PNG whose header claims 128x128.
std::vector<std::uint8_t> pngClaimingMore() {
  return testing::pngFile({testing::pngChunk("IHDR", testing::pngHeaderData(128, 128)),
                           testing::pngChunk("IDAT", testing::compressedZeros(64 * (1 + 3 * 64))),
                           testing::pngChunk("IEND", {})});
}

std::vector<std::uint8_t> pngWithBadCrc() {
  auto png = testing::pngFile({testing::pngChunk("IHDR", testing::pngHeaderData(64, 64)),
                               testing::pngChunk("IDAT", testing::compressedZeros(64 * (1 + 3 * 64))),
                               testing::pngChunk("IEND", {})});
  png[8 + 8 + 13] ^= 0x01;  // the IHDR's CRC
  return png;
}

// 15 MB of empty arrays inside an otherwise plausible project: millions of
// values, each a heap object in a DOM.
std::string manyValuesProject() {
  std::string body = "{\"format\": \"marionette-project\", \"version\": 2, \"x\": [";
  while (body.size() < 15'000'000) body += "[],";
  return body + "[]]}";
}

// A raw-video header promising 216 MB frames, followed by a few bytes.
const std::string kGiantY4m = "YUV4MPEG2 W12000 H12000 F25:1 Ip A1:1 C420jpeg\nFRAME\n" + std::string(64, '\x80');

const std::string kPlaylist = "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nsegment.ts\n#EXT-X-ENDLIST\n";

// clang-format off
const std::vector<Case> kCases = {
  // Devices, pipes and folders: said for what they are, never opened.
  {"inspect /dev/zero", {"inspect", "{in}"}, device("/dev/zero"), 1, "'/dev/zero' is a device, not an image"},
  {"animate /dev/zero as the portrait", {"animate", "{in}", "--preset", "nod", "--duration", "1", "-o", "{dir}/out.mp4"},
   device("/dev/zero"), 1, "'/dev/zero' is a device, not an image"},
  {"inspect a named pipe", {"inspect", "{in}"}, fifo("portrait.jpg"), 1, "'portrait.jpg' is a named pipe (FIFO), not an image"},
  {"animate a named pipe as the portrait", {"animate", "{in}", "--preset", "nod", "--duration", "1", "-o", "{dir}/out.mp4"},
   fifo("portrait.jpg"), 1, "'portrait.jpg' is a named pipe (FIFO), not an image"},
  {"animate a named pipe as the driver", {"animate", testing::demoPortrait(), "{in}", "-o", "{dir}/out.mp4"},
   fifo("driver.mp4"), 1, "'driver.mp4' is a named pipe (FIFO), not a video"},
  {"extract a named pipe", {"extract", "{in}", "-o", "{dir}/motion.json"}, fifo("driver.mp4"), 1,
   "'driver.mp4' is a named pipe (FIFO), not a video"},
  {"extract /dev/null", {"extract", "{in}", "-o", "{dir}/motion.json"}, device("/dev/null"), 1,
   "'/dev/null' is a device, not a video"},
  {"concat a named pipe", {"concat", "{in}", "-o", "{dir}/joined.mp4"}, fifo("part1.mp4"), 1,
   "'part1.mp4' is a named pipe (FIFO), not a video"},
  {"inspect a folder", {"inspect", "{in}"}, folder("photos.jpg"), 1, "'photos.jpg' is a folder, not an image"},
  {"a named pipe as the face model folder", {"inspect", testing::demoPortrait(), "--model", "{in}"}, fifo("models"), 1,
   "models' is not a folder"},

  // Files that name other files: what they name is held to the same rules.
  {"an HLS playlist naming a pipe", {"extract", "{in}", "-o", "{dir}/motion.json"},
   all({fifo("segment.ts"), text("playlist.mp4", kPlaylist)}), 1,
   "'playlist.mp4' refers to another file: 'segment.ts' is a named pipe (FIFO), not a file"},
  {"an FFmpeg concat list", {"extract", "{in}", "-o", "{dir}/motion.json"},
   all({fifo("segment.ts"), text("list.mp4", "ffconcat version 1.0\nfile segment.ts\n")}), 1,
   "'list.mp4' is an FFmpeg concat list, not a video"},
  {"a file named like an FFmpeg protocol is that file", {"extract", "{in}", "-o", "{dir}/motion.json"},
   text("pipe:0", "not a video\n"), 1, "'pipe:0' is not a video file FFmpeg can read"},

  // Sizes: judged from the first bytes and the header, never read whole.
  {"an 8 GB sparse file named .jpg", {"inspect", "{in}"}, sparse("holiday.jpg", std::uint64_t{8} << 30), 1,
   "'holiday.jpg' is not an image"},
  {"a JPEG header in front of 8 GB", {"inspect", "{in}"}, sparse("padded.jpg", std::uint64_t{8} << 30, demoJpeg()), 1,
   "'padded.jpg' is too large for a still image (8 GB; the limit is 256 MB)"},
  {"a 20000x20000 PNG (1.2 MB on disk)", {"inspect", "{in}"}, bytes("bomb.png", [] { return testing::blackPng(20000, 20000); }),
   1, "(20000x20000, 400 megapixels; the limit is 64 megapixels"},
  {"a Y4M video of 12000x12000 frames", {"extract", "{in}", "-o", "{dir}/motion.json"},
   text("huge.y4m", kGiantY4m), 1, "'huge.y4m' has frames too large to decode (12000x12000; the limit is 8192"},
  {"a Y4M header FFmpeg itself finds impossible", {"extract", "{in}", "-o", "{dir}/motion.json"},
   text("impossible.y4m", "YUV4MPEG2 W20000 H20000 F25:1 Ip A1:1 C420jpeg\nFRAME\n"), 1,
   "'impossible.y4m' is truncated or corrupt (Picture size 20000x20000 is invalid)"},
  {"a driver of 12000x12000 frames", {"animate", testing::demoPortrait(), "{in}", "-o", "{dir}/out.mp4"},
   text("huge.y4m", kGiantY4m), 1, "'huge.y4m' has frames too large to decode (12000x12000; the limit is 8192"},

  // Headers that lie: our line only, libpng says nothing.
  {"a PNG whose header claims more pixels than it holds", {"inspect", "{in}"}, bytes("lies.png", pngClaimingMore), 1,
   "its image data ends before the 128x128 pixels its header promises"},
  {"a PNG with a broken header checksum", {"inspect", "{in}"}, bytes("crc.png", pngWithBadCrc), 1,
   "its IHDR chunk fails its checksum"},

  // Project files.
  {"render a named pipe", {"render", "{in}", "-o", "{dir}/out.mp4"}, fifo("scene.marionette"), 1,
   "'scene.marionette' is a named pipe (FIFO), not a project file"},
  {"render a 40 MB project", {"render", "{in}", "-o", "{dir}/out.mp4"}, sparse("big.marionette", 40'000'000), 1,
   "'big.marionette' is too large to be a project file (38.1 MB; the limit is 16 MB)"},
  {"render a project of millions of tiny values", {"render", "{in}", "-o", "{dir}/out.mp4"},
   text("values.marionette", manyValuesProject()), 1, "holds too many values to be a project (the limit is 1000000)"},
  {"render a project whose portrait became a named pipe", {"render", "{in}", "-o", "{dir}/out.mp4"},
   savedProject("scene.marionette", [](const fs::path& face) { testing::makeFifo(face.string()); }), 1,
   "portrait 'face.jpg' is a named pipe (FIFO), not an image — relink it"},
  {"render a project whose portrait became a folder", {"render", "{in}", "-o", "{dir}/out.mp4"},
   savedProject("scene.marionette", [](const fs::path& face) { fs::create_directory(face); }), 1,
   "portrait 'face.jpg' is a folder, not an image — relink it"},
  {"render a project with an unknown x264 speed", {"render", "{in}", "-o", "{dir}/out.mp4"},
   editedProject("scene.marionette", "\"speed\": \"veryfast\"", "\"speed\": \"warp\""), 1,
   "render.speed must be one of ultrafast"},

  // Outputs: what the user owns is never replaced by mistake.
  {"-o given twice", {"animate", testing::demoPortrait(), "--preset", "nod", "--duration", "1", "-o", "{dir}/a.mp4",
   "-o", "{dir}/b.mp4"}, nothing(), 2, "is given twice"},
  {"a video name with --format png", {"animate", testing::demoPortrait(), "--preset", "nod", "--duration", "1",
   "-o", "{dir}/out.mp4", "--format", "png"}, nothing(), 2, "--format png writes a folder of frames"},
  {"--force over a named pipe", {"animate", testing::demoPortrait(), "--preset", "nod", "--duration", "1", "-o", "{in}",
   "--force"}, fifo("out.mp4"), 1, "named pipe (FIFO), not a regular file"},
  {"an output inside a file", {"animate", testing::demoPortrait(), "--preset", "nod", "--duration", "1",
   "-o", "{in}/out.mp4"}, text("photo.jpg", "a photo"), 1, "is a file, not a folder"},
};
// clang-format on

// Failures name the row, not its bytes.
void PrintTo(const Case& c, std::ostream* out) { *out << c.what; }

std::string substituted(const std::string& word, const std::string& input, const std::string& dir) {
  std::string out = word;
  for (auto [key, value] : {std::pair<std::string, std::string>{"{in}", input}, {"{dir}", dir}}) {
    for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
      out.replace(at, key.size(), value);
  }
  return out;
}

std::set<std::string> entries(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) names.insert(entry.path().string());
  return names;
}

class HostileInput : public ::testing::TestWithParam<Case> {};

TEST_P(HostileInput, IsRefusedWithOneLineQuicklyInBoundedMemoryLeavingNothing) {
  const Case& c = GetParam();
  TempDir dir;
  const std::string input = c.prepare(dir.path());
  const std::set<std::string> before = entries(dir.path());

  std::string line = testing::shellQuote(MARIONETTE_CLI_PATH);
  for (const std::string& word : c.words)
    line += " " + testing::shellQuote(substituted(word, input, dir.path().string()));
  const std::string shell = "cd " + testing::shellQuote(dir.path().string()) + " && ulimit -v " +
                            std::to_string(kMemoryKiB) + " && exec timeout -k 5 " + std::to_string(kSeconds) + " " +
                            line;
  const auto start = std::chrono::steady_clock::now();
  const testing::CommandResult r = testing::runShell("sh -c " + testing::shellQuote(shell));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  ASSERT_NE(r.exitCode, 124) << c.what << ": still running after " << kSeconds << " s (blocked?)";
  testing::expectOneLineError(r, c.exitCode, c.message);
  EXPECT_EQ(entries(dir.path()), before) << c.what << ": a file was left behind";
  std::printf("[ info ] %-55s %.2f s\n", c.what.c_str(), seconds);
}

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
  std::string name;
  for (char ch : info.param.what) name += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
  return std::to_string(info.index) + "_" + name;
}

INSTANTIATE_TEST_SUITE_P(Cli, HostileInput, ::testing::ValuesIn(kCases), caseName);

}  // namespace
}  // namespace marionette
