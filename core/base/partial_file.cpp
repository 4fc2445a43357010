#include "core/base/partial_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>

#include "core/base/atomic_file.h"

namespace marionette {

namespace fs = std::filesystem;

namespace {

constexpr int kNameAttempts = 64;
constexpr std::size_t kRandomLength = 6;  // what mkdtemp's XXXXXX becomes
constexpr std::size_t kMaxHostLength = 64;
constexpr const char* kMarker = ".partial-";

std::string quoted(const std::string& path) { return "'" + path + "'"; }

// Who wrote a partial.
struct Writer {
  std::string host;
  long pid = 0;
  std::uint64_t start = 0;  // 0 when /proc cannot tell
};

// Field 22 of /proc/PID/stat: clock ticks from boot to the process's start.
std::optional<std::uint64_t> processStartTime(long pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  const std::size_t name = line.rfind(')');  // the command name may hold spaces and parentheses
  if (name == std::string::npos) return std::nullopt;
  std::istringstream fields(line.substr(name + 1));
  std::string field;
  for (int i = 3; i <= 22; ++i)
    if (!(fields >> field)) return std::nullopt;
  char* end = nullptr;
  const unsigned long long start = std::strtoull(field.c_str(), &end, 10);
  if (end == field.c_str() || *end != '\0') return std::nullopt;
  return start;
}

// The host name as it may appear in a file name.
std::string hostName() {
  char raw[256] = {};
  std::string host = gethostname(raw, sizeof raw - 1) == 0 ? raw : "";
  if (host.size() > kMaxHostLength) host.resize(kMaxHostLength);
  for (char& c : host)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_') c = '_';
  return host.empty() ? std::string("host") : host;
}

Writer thisProcess() {
  static const std::string host = hostName();
  const long pid = static_cast<long>(getpid());
  return {host, pid, processStartTime(pid).value_or(0)};
}

std::string writerTag(const Writer& writer) {
  return writer.host + "-" + std::to_string(writer.pid) + "-" + std::to_string(writer.start) + "-";
}

bool isDigits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

// "HOST-PID-START-RANDOM", read from the right since HOST may hold dashes.
std::optional<Writer> parseTag(const std::string& tag) {
  const std::size_t randomDash = tag.rfind('-');
  if (randomDash == std::string::npos || tag.size() - randomDash - 1 != kRandomLength) return std::nullopt;
  for (std::size_t i = randomDash + 1; i < tag.size(); ++i)
    if (!std::isalnum(static_cast<unsigned char>(tag[i]))) return std::nullopt;
  const std::size_t startDash = randomDash == 0 ? std::string::npos : tag.rfind('-', randomDash - 1);
  if (startDash == std::string::npos || startDash == 0) return std::nullopt;
  const std::size_t pidDash = tag.rfind('-', startDash - 1);
  if (pidDash == std::string::npos || pidDash == 0) return std::nullopt;
  const std::string pid = tag.substr(pidDash + 1, startDash - pidDash - 1);
  const std::string start = tag.substr(startDash + 1, randomDash - startDash - 1);
  if (!isDigits(pid) || !isDigits(start) || pid.size() > 9 || start.size() > 19) return std::nullopt;
  return Writer{tag.substr(0, pidDash), std::stol(pid), std::stoull(start)};
}

// Whether the process that wrote a partial on this machine has ended. A
// process with the same PID but another start time is a different one.
bool writerGone(const Writer& writer) {
  const Writer self = thisProcess();
  if (writer.pid == self.pid) return writer.start != self.start;
  if (writer.pid <= 0) return false;
  if (const auto start = processStartTime(writer.pid)) return *start != writer.start;
  // No /proc entry: ask the kernel (EPERM means it exists, owned by someone else).
  return kill(static_cast<pid_t>(writer.pid), 0) != 0 && errno == ESRCH;
}

// The destination as a path with a file name ("frames/" -> "frames").
fs::path normalised(const std::string& destination) {
  fs::path path(destination);
  return path.has_filename() ? path : path.parent_path();
}

fs::path directoryOf(const fs::path& path) {
  fs::path parent = path.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

struct NamePattern {
  std::string prefix;  // ".STEM.partial-"
  std::string suffix;  // ".EXT" for files, "" for folders
};

NamePattern patternFor(const fs::path& target, PartialKind kind) {
  if (kind == PartialKind::Folder) return {"." + target.filename().string() + kMarker, ""};
  return {"." + target.stem().string() + kMarker, target.extension().string()};
}

std::string randomToken() {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device seed;
  std::mt19937 engine(seed());
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string token(kRandomLength, 'x');
  for (char& c : token) c = kAlphabet[pick(engine)];
  return token;
}

}  // namespace

Result<std::string> createPartial(const std::string& destination, PartialKind kind) {
  const fs::path target = normalised(destination);
  const fs::path directory = directoryOf(target);
  const std::string shown = kind == PartialKind::Folder ? target.string() : destination;
  if (Status folder = checkOutputFolder(shown); !folder) return folder.error();
  const NamePattern pattern = patternFor(target, kind);
  const std::string stem = (directory / (pattern.prefix + writerTag(thisProcess()))).string();
  for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
    const std::string name = stem + randomToken() + pattern.suffix;
    // Exclusive creation: two writers never share a partial. The modes are
    // mkdir's and creat's own, so what ends up at the destination has the
    // mode the user's umask gives any new file or folder.
    if (kind == PartialKind::Folder) {
      if (::mkdir(name.c_str(), 0777) == 0) return name;
    } else {
      const int fd = open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd >= 0) {
        close(fd);
        return name;
      }
    }
    if (errno != EEXIST) return makeError("cannot write " + quoted(shown) + ": " + std::strerror(errno));
  }
  return makeError("cannot write " + quoted(shown) + ": no free temporary file name in " + quoted(directory.string()));
}

PartialCleanup removeStalePartials(const std::string& destination, PartialKind kind) {
  const fs::path target = normalised(destination);
  const NamePattern pattern = patternFor(target, kind);
  const std::string host = thisProcess().host;
  PartialCleanup cleanup;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(directoryOf(target), ec)) {
    const std::string name = entry.path().filename().string();
    std::string suffix = pattern.suffix;
    // A PNG sequence moves the folder it replaces aside as PARTIAL.old until
    // the new one is in place; without the destination it is the user's only copy.
    if (kind == PartialKind::Folder && name.ends_with(".old")) {
      if (!fs::exists(target, ec)) continue;
      suffix = ".old";
    }
    if (!name.starts_with(pattern.prefix) || !name.ends_with(suffix) ||
        name.size() < pattern.prefix.size() + suffix.size())
      continue;
    const auto writer =
        parseTag(name.substr(pattern.prefix.size(), name.size() - pattern.prefix.size() - suffix.size()));
    if (!writer) continue;
    // Named as the user named the destination ("out.mp4", not "./out.mp4").
    const std::string shown = (target.parent_path() / name).string();
    if (writer->host != host) {
      cleanup.foreign.push_back(shown);
    } else if (writerGone(*writer)) {
      std::error_code removeError;
      fs::remove_all(entry.path(), removeError);
      if (!removeError) cleanup.removed.push_back(shown);
    }
  }
  std::sort(cleanup.removed.begin(), cleanup.removed.end());
  std::sort(cleanup.foreign.begin(), cleanup.foreign.end());
  return cleanup;
}

}  // namespace marionette
