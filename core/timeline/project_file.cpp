#include "core/timeline/project_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/base/atomic_file.h"
#include "core/base/file_check.h"
#include "core/timeline/media_hash.h"
#include "core/timeline/motion_cache.h"

namespace marionette::timeline {

namespace {

namespace fs = std::filesystem;

Result<std::string> readProjectFile(const std::string& path) {
  auto size = checkRegularFile(path, "a project file");
  if (!size) return size.error();
  if (*size > kMaxProjectFileBytes) {
    return makeError("'" + path + "' is too large to be a project file (" + byteSizeText(*size) + "; the limit is " +
                     byteSizeText(kMaxProjectFileBytes) + ")");
  }
  std::ifstream in(path, std::ios::binary);
  std::string text(*size, '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(*size)))
    return makeError("cannot read project '" + path + "'");
  return text;
}

std::string mediaNoun(bool driver) { return driver ? "a video" : "an image"; }

MediaProblem problem(MediaProblem::Kind kind, bool driver, const std::string& path) {
  const std::string what = driver ? "driving video" : "portrait";
  const std::string name = "'" + fs::path(path).filename().string() + "'";
  std::string message;
  if (kind == MediaProblem::Kind::Changed) {
    message = what + " " + name + " has changed since the project was saved; its motion will be tracked again";
  } else {
    // Say what is there instead, so a folder or a pipe left where the file
    // was is not mistaken for a file that moved away.
    const FileKind found = fileKindOf(path);
    const std::string is = found == FileKind::Missing ? "is missing"
                           : found == FileKind::Regular || found == FileKind::Inaccessible
                               ? "cannot be read"
                               : "is " + fileKindText(found) + ", not " + mediaNoun(driver);
    message = what + " " + name + " " + is + " — relink it";
  }
  return {kind, driver, path, message};
}

// Checks one media file: missing (or not a regular file) and changed
// content are problems; returns the current content hash when readable.
std::optional<std::uint64_t> checkMedia(MediaRef& file, bool driver, std::vector<MediaProblem>& problems) {
  auto hash = mediaFingerprint(file.path);
  if (!hash) {
    problems.push_back(problem(MediaProblem::Kind::Missing, driver, file.path));
    return std::nullopt;
  }
  if (file.contentHash != 0 && file.contentHash != *hash)
    problems.push_back(problem(MediaProblem::Kind::Changed, driver, file.path));
  return *hash;
}

// Reads the project at `textPath` as if saved at `projectPath` (the
// autosave sits beside the project, so relative paths resolve alike).
Result<OpenedProject> openAs(const std::string& textPath, const std::string& projectPath) {
  auto text = readProjectFile(textPath);
  if (!text) return text.error();
  int savedAsVersion = kProjectSchemaVersion;
  auto project = projectFromText(*text, projectPath, &savedAsVersion);
  if (!project) return makeError("'" + textPath + "': " + project.error().message);
  OpenedProject opened{std::move(*project), {}, {}, false};
  Project& p = opened.project;
  if (savedAsVersion < 3) {
    opened.notes.push_back(
        "the project was saved by an older Marionette with another face tracker: its keys are "
        "kept; the portrait is analysed and the driver tracked again, once");
  }

  if (auto hash = checkMedia(p.portrait.file, false, opened.problems); hash && *hash != p.portrait.file.contentHash) {
    p.portrait.motion.reset();  // a different picture: analyse it again
    p.portrait.file.contentHash = *hash;
  }
  if (!p.driver) return opened;
  DriverMedia& driver = *p.driver;
  auto hash = checkMedia(driver.file, true, opened.problems);
  if (hash && *hash != driver.file.contentHash) {
    driver.file.contentHash = *hash;  // changed (or never hashed): track again
    return opened;
  }
  // A missing driver keeps its cached motion, so the timeline still plays.
  auto cached = readMotionCache(motionCachePath(projectPath), {driver.file.contentHash, driver.trackingSmoothing});
  if (!cached || static_cast<std::int64_t>((*cached)->frames.size()) != p.settings.frameCount ||
      !((*cached)->frameRate == p.settings.frameRate))
    return opened;
  driver.motion = std::move(*cached);
  if (Status ok = validateProject(p); !ok) return makeError("'" + textPath + "': " + ok.error().message);
  return opened;
}

fs::file_time_type modified(const std::string& path) {
  std::error_code ec;
  const auto time = fs::last_write_time(path, ec);
  return ec ? fs::file_time_type::min() : time;
}

Status saveTo(const Project& project, const std::string& textPath, const std::string& projectPath) {
  if (Status ok = validateProject(project); !ok) return makeError("cannot save: " + ok.error().message);
  if (project.hasDriverMotion() && project.driver->file.contentHash != 0) {
    const MotionCacheKey key{project.driver->file.contentHash, project.driver->trackingSmoothing};
    const std::string cache = motionCachePath(projectPath);
    if (!motionCacheMatches(cache, key))
      if (Status ok = writeMotionCache(cache, key, *project.driver->motion); !ok) return ok;
  }
  return writeFileAtomically(textPath, projectToText(project, projectPath));
}

}  // namespace

std::string autosavePath(const std::string& projectPath) { return projectPath + ".autosave"; }
std::string motionCachePath(const std::string& projectPath) { return projectPath + ".motion"; }

Result<OpenedProject> openProject(const std::string& projectPath) { return openAs(projectPath, projectPath); }

Status saveProject(const Project& project, const std::string& projectPath) {
  if (Status ok = saveTo(project, projectPath, projectPath); !ok) return ok;
  discardAutosave(projectPath);
  return {};
}

Status writeAutosave(const Project& project, const std::string& projectPath) {
  return saveTo(project, autosavePath(projectPath), projectPath);
}

bool hasRecoverableAutosave(const std::string& projectPath) {
  std::error_code ec;
  if (!fs::is_regular_file(autosavePath(projectPath), ec)) return false;
  if (!fs::exists(projectPath, ec)) return true;
  return modified(autosavePath(projectPath)) > modified(projectPath);
}

Result<OpenedProject> recoverAutosave(const std::string& projectPath) {
  auto opened = openAs(autosavePath(projectPath), projectPath);
  if (opened) opened->fromAutosave = true;
  return opened;
}

void discardAutosave(const std::string& projectPath) {
  std::error_code ec;
  fs::remove(autosavePath(projectPath), ec);
  // A project never saved has no file that needs the motion cache its
  // autosave wrote (an untitled one in the data folder).
  if (!fs::exists(projectPath, ec)) fs::remove(motionCachePath(projectPath), ec);
}

}  // namespace marionette::timeline
