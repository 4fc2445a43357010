// What a path names, found without opening it: the check every reader of a
// user's file makes first.
#include "core/base/file_check.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/support/test_media.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

TEST(FileCheck, RegularFileGivesItsSize) {
  TempDir dir;
  const std::string path = dir.file("a.bin");
  std::ofstream(path, std::ios::binary) << std::string(1234, 'x');
  EXPECT_EQ(fileKindOf(path), FileKind::Regular);
  auto size = checkRegularFile(path);
  ASSERT_TRUE(size.ok()) << size.error().message;
  EXPECT_EQ(*size, 1234u);
}

TEST(FileCheck, NamedPipeIsRefusedWithoutBlocking) {
  TempDir dir;
  const std::string path = dir.file("pipe.png");
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  // Opening the pipe for reading would block this test forever: the check
  // must only look at it.
  EXPECT_EQ(fileKindOf(path), FileKind::NamedPipe);
  EXPECT_EQ(checkRegularFile(path, "an image").error().message, "'" + path + "' is a named pipe (FIFO), not an image");
  EXPECT_EQ(checkRegularFile(path).error().message, "'" + path + "' is a named pipe (FIFO), not a file");
}

TEST(FileCheck, LinkToAPipeIsAPipe) {
  TempDir dir;
  ASSERT_EQ(::mkfifo(dir.file("pipe").c_str(), 0600), 0);
  fs::create_symlink(dir.file("pipe"), dir.file("link.mp4"));
  EXPECT_EQ(fileKindOf(dir.file("link.mp4")), FileKind::NamedPipe);
}

TEST(FileCheck, FoldersDevicesAndSocketsSayWhatTheyAre) {
  TempDir dir;
  EXPECT_EQ(checkRegularFile(dir.path().string(), "a video").error().message,
            "'" + dir.path().string() + "' is a folder, not a video");
  EXPECT_EQ(checkRegularFile("/dev/zero", "an image").error().message, "'/dev/zero' is a device, not an image");
  EXPECT_EQ(fileKindOf("/dev/null"), FileKind::Device);

  const std::string socketPath = dir.file("s.sock");
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(socketPath.size(), sizeof address.sun_path);
  socketPath.copy(address.sun_path, socketPath.size());
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  EXPECT_EQ(checkRegularFile(socketPath).error().message, "'" + socketPath + "' is a socket, not a file");
  ::close(fd);
}

TEST(FileCheck, MissingAndUnreachablePathsNameTheReason) {
  TempDir dir;
  EXPECT_EQ(fileKindOf(dir.file("none")), FileKind::Missing);
  EXPECT_EQ(fileKindOf(""), FileKind::Missing);
  EXPECT_EQ(checkRegularFile(dir.file("none")).error().message,
            "cannot open '" + dir.file("none") + "': No such file or directory");
  // A path through a file is "not there" as well (ENOTDIR).
  std::ofstream(dir.file("plain")) << "x";
  EXPECT_EQ(fileKindOf(dir.file("plain") + "/inside"), FileKind::Missing);
}

TEST(FileCheck, SizesReadNaturally) {
  EXPECT_EQ(byteSizeText(900), "900 bytes");
  EXPECT_EQ(byteSizeText(std::uint64_t{256} << 20), "256 MB");
  EXPECT_EQ(byteSizeText(std::uint64_t{8} << 30), "8 GB");
  EXPECT_EQ(byteSizeText(40'000'000), "38.1 MB");
  EXPECT_EQ(byteSizeText(1536), "1.5 kB");
}

}  // namespace
}  // namespace marionette
