#include "core/base/partial_file.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/test_media.h"

namespace marionette {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// The parts of a partial's name: PREFIX HOST-PID-START-RANDOM SUFFIX.
struct Tag {
  std::string host, pid, start, random;
};

Tag tagOf(const std::string& name, const std::string& prefix, const std::string& suffix) {
  std::string tag = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
  Tag t;
  std::size_t dash = tag.rfind('-');
  t.random = tag.substr(dash + 1);
  tag.resize(dash);
  dash = tag.rfind('-');
  t.start = tag.substr(dash + 1);
  tag.resize(dash);
  dash = tag.rfind('-');
  t.pid = tag.substr(dash + 1);
  t.host = tag.substr(0, dash);
  return t;
}

std::string nameOf(const Tag& t) { return t.host + "-" + t.pid + "-" + t.start + "-" + t.random; }

void touch(const fs::path& path) { std::ofstream(path) << "partial"; }

std::string filename(const std::string& path) { return fs::path(path).filename().string(); }

TEST(PartialFile, IsNamedForItsDestinationAndWriter) {
  TempDir dir;
  auto file = createPartial(dir.file("out.mp4"), PartialKind::File);
  ASSERT_TRUE(file.ok()) << file.error().message;
  const std::string name = filename(*file);
  ASSERT_TRUE(name.starts_with(".out.partial-")) << name;
  ASSERT_TRUE(name.ends_with(".mp4")) << name << ": FFmpeg picks the container by the extension";
  const Tag tag = tagOf(name, ".out.partial-", ".mp4");
  EXPECT_EQ(tag.pid, std::to_string(getpid()));
  EXPECT_FALSE(tag.host.empty());
  EXPECT_EQ(tag.random.size(), 6u);
  EXPECT_EQ(fs::file_size(*file), 0u);

  auto second = createPartial(dir.file("out.mp4"), PartialKind::File);
  ASSERT_TRUE(second.ok());
  EXPECT_NE(*second, *file) << "two writers never share a partial";

  auto folder = createPartial(dir.file("frames/"), PartialKind::Folder);
  ASSERT_TRUE(folder.ok()) << folder.error().message;
  EXPECT_TRUE(fs::is_directory(*folder));
  EXPECT_TRUE(filename(*folder).starts_with(".frames.partial-" + tag.host + "-" + tag.pid + "-")) << *folder;

  auto nowhere = createPartial(dir.file("missing/out.mp4"), PartialKind::File);
  ASSERT_FALSE(nowhere.ok());
  EXPECT_NE(nowhere.error().message.find("does not exist"), std::string::npos) << nowhere.error().message;
}

// A writer that is another process: the partial lives as long as it does.
TEST(PartialFile, IsStaleOnlyOnceItsWriterHasEnded) {
  TempDir dir;
  int names[2];
  ASSERT_EQ(pipe(names), 0);
  const pid_t writer = fork();
  if (writer == 0) {
    auto partial = createPartial(dir.file("out.mp4"), PartialKind::File);
    const std::string path = partial.ok() ? *partial : "";
    if (write(names[1], path.c_str(), path.size() + 1) < 0) _exit(1);
    pause();
    _exit(0);
  }
  close(names[1]);
  char buffer[4096] = {};
  ASSERT_GT(read(names[0], buffer, sizeof buffer - 1), 1);
  close(names[0]);
  const std::string partial = buffer;

  const PartialCleanup whileRunning = removeStalePartials(dir.file("out.mp4"), PartialKind::File);
  EXPECT_TRUE(whileRunning.removed.empty());
  EXPECT_TRUE(fs::exists(partial)) << "a running job keeps its partial";

  kill(writer, SIGKILL);
  waitpid(writer, nullptr, 0);
  const PartialCleanup afterwards = removeStalePartials(dir.file("out.mp4"), PartialKind::File);
  EXPECT_EQ(afterwards.removed, std::vector<std::string>{partial});
  EXPECT_FALSE(fs::exists(partial));
}

TEST(PartialFile, ReusedPidsForeignHostsAndOtherNamesAreToldApart) {
  TempDir dir;
  auto own = createPartial(dir.file("out.mp4"), PartialKind::File);
  ASSERT_TRUE(own.ok());
  const std::string prefix = ".out.partial-";
  const Tag self = tagOf(filename(*own), prefix, ".mp4");

  Tag reused = self;  // this PID, but an earlier process (a restarted container)
  reused.start = std::to_string(std::stoull(self.start) + 1);
  reused.random = "reused";
  Tag gone = self;  // no such process (beyond any pid_max)
  gone.pid = "99999999";
  gone.random = "gone00";
  Tag foreign = gone;  // another machine: it cannot be asked
  foreign.host = "elsewhere";
  const fs::path d = dir.path();
  for (const Tag& t : {reused, gone, foreign}) touch(d / (prefix + nameOf(t) + ".mp4"));
  fs::create_directory(d / (prefix + nameOf(gone) + "-dir.mp4"));  // not the pattern
  const std::vector<std::string> unrelated = {
      ".out.partial-abc123.mp4",                  // an older version's name: its writer is unknown
      prefix + nameOf(gone) + ".mkv",             // the partial of out.mkv
      ".other.partial-" + nameOf(gone) + ".mp4",  // of other.mp4
      "out.mp4.partial-" + nameOf(gone),          // not hidden: not ours
  };
  for (const std::string& name : unrelated) touch(d / name);

  const PartialCleanup cleanup = removeStalePartials(dir.file("out.mp4"), PartialKind::File);
  std::vector<std::string> stale = {(d / (prefix + nameOf(gone) + ".mp4")).string(),
                                    (d / (prefix + nameOf(reused) + ".mp4")).string()};
  std::sort(stale.begin(), stale.end());
  EXPECT_EQ(cleanup.removed, stale);
  EXPECT_EQ(cleanup.foreign, std::vector<std::string>{(d / (prefix + nameOf(foreign) + ".mp4")).string()});
  EXPECT_TRUE(fs::exists(*own)) << "this process is running";
  for (const std::string& name : unrelated) EXPECT_TRUE(fs::exists(d / name)) << name;
}

// A PNG sequence's partial is a folder; the folder an earlier sequence is
// moved to while the new one takes its place (PARTIAL.old) is the user's
// only copy until the new one is there.
TEST(PartialFile, StaleFoldersGoWithTheirFramesAndOldCopiesOnlyOnceReplaced) {
  TempDir dir;
  auto own = createPartial(dir.file("frames"), PartialKind::Folder);
  ASSERT_TRUE(own.ok());
  const std::string prefix = ".frames.partial-";
  Tag gone = tagOf(filename(*own), prefix, "");
  gone.pid = "99999999";
  const fs::path stale = dir.path() / (prefix + nameOf(gone));
  const fs::path old = dir.path() / (prefix + nameOf(gone) + ".old");
  for (const fs::path& folder : {stale, old}) {
    fs::create_directory(folder);
    touch(folder / "frame_000001.png");
  }

  PartialCleanup cleanup = removeStalePartials(dir.file("frames/"), PartialKind::Folder);
  EXPECT_EQ(cleanup.removed, std::vector<std::string>{stale.string()});
  EXPECT_TRUE(fs::exists(old / "frame_000001.png")) << "no new sequence in place: the old one is kept";
  EXPECT_TRUE(fs::exists(*own));

  fs::create_directory(dir.path() / "frames");
  cleanup = removeStalePartials(dir.file("frames/"), PartialKind::Folder);
  EXPECT_EQ(cleanup.removed, std::vector<std::string>{old.string()});
}

}  // namespace
}  // namespace marionette
