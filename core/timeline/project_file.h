#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/result.h"
#include "core/timeline/project.h"

namespace marionette::timeline {

// The `.marionette` project file: versioned JSON (keys sorted, two-space
// indent, shortest round-trip numbers), so save -> load -> save is byte
// identical. Media paths are stored relative to the project file's folder.
// Times are exact fractions [num, den]. The driver's per-frame motion lives
// in the binary cache beside it (motion_cache.h); the portrait's analysed
// motion is small and stays in the JSON.
//
// Version history:
//  1  one mode per track for the whole clip, keyframe times in float seconds
//  2  modes per time range, region sub-tracks, exact times, render settings
constexpr int kProjectSchemaVersion = 2;
constexpr const char* kProjectExtension = ".marionette";
// Larger project files are refused before parsing (a project holds keyframes,
// not per-frame motion, so real ones are far smaller).
constexpr std::size_t kMaxProjectFileBytes = 64u << 20;

// The JSON text of a project saved at `projectPath`.
std::string projectToText(const Project& project, const std::string& projectPath);
// Parses, migrates and validates; media paths come back resolved against the
// project's folder. Any problem gives one line; nothing throws.
Result<Project> projectFromText(const std::string& text, const std::string& projectPath);

// What a render of `project` shows, as 16 hex digits: the project file's
// content (settings, tracks, keys, render settings, the media by content
// hash) without the media's paths or the portrait's analysed motion, so the
// same project copied to another machine or folder has the same
// fingerprint. Where the output goes (ProjectOutput) is not part of it.
// Parts of a split render carry it (core/media/render_part.h), so `concat`
// can refuse parts of different projects.
std::string renderFingerprint(const Project& project);

// Brings a document of an older schema to the current one, one version at a
// time. Fails on a newer or unknown version.
Result<nlohmann::json> migrateProject(nlohmann::json document);
// Version 1 -> 2 (exposed for its own test).
Result<nlohmann::json> migrateV1ToV2(nlohmann::json document);

// Why a media file of an opened project cannot be used as it is.
struct MediaProblem {
  enum class Kind { Missing, Changed } kind;
  bool driver;          // false: the portrait
  std::string path;     // resolved path
  std::string message;  // "driving video 'd.mp4' is missing — relink it"
};

struct OpenedProject {
  Project project;
  std::vector<MediaProblem> problems;  // empty when every file is there and unchanged
  bool fromAutosave = false;
};

// Opens a project: reads the JSON, checks each media file (missing ->
// "relink" problem; changed content -> its cached motion is dropped so it is
// tracked again) and loads the driver's motion from the cache when its hash
// matches. Errors only for the project file itself.
Result<OpenedProject> openProject(const std::string& projectPath);

// Saves atomically (temporary file + rename): the JSON, and the driver's
// motion cache when it is not already there; removes a stale autosave.
Status saveProject(const Project& project, const std::string& projectPath);

// Autosave beside the project (`P.marionette.autosave`), written atomically
// and removed by saveProject().
std::string autosavePath(const std::string& projectPath);
std::string motionCachePath(const std::string& projectPath);
Status writeAutosave(const Project& project, const std::string& projectPath);
// True when an autosave exists that is newer than the project file (or the
// project was never saved): the previous session ended without saving.
bool hasRecoverableAutosave(const std::string& projectPath);
// Opens the autosave as if it were the project (same folder, same media).
Result<OpenedProject> recoverAutosave(const std::string& projectPath);
// Removes the autosave, and the motion cache it wrote when the project
// itself was never saved.
void discardAutosave(const std::string& projectPath);

}  // namespace marionette::timeline
