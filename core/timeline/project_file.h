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
//  3  the face is tracked with the MediaPipe mesh: a portrait analysis
//     stored by version 2 (dlib's 68 points) is dropped and made again, and
//     expression codes carry gaze (138 numbers)
constexpr int kProjectSchemaVersion = 3;
constexpr const char* kProjectExtension = ".marionette";
// Limits that bound what opening a hostile file can cost. A project holds
// keyframes, not per-frame motion (that is in the .motion cache): the
// benchmark's edited 10-minute project (3,718 keys) is 513 kB, and a key
// takes about 140 bytes and 6 JSON values. 16 MB holds 30 times that
// project, or every frame of a 10-minute clip baked into keys on all six
// pose channels (108,000 keys, ~15 MB). Larger files are refused before they
// are read. Then a SAX pass over the text counts values and nesting before
// any DOM is built: a million values (the same baked project is ~650,000)
// make a DOM of 16 MB (numbers) to ~120 MB (object members, empty objects),
// where a 40 MB file of empty arrays used to take 1.1 GB.
constexpr std::size_t kMaxProjectFileBytes = std::size_t{16} << 20;
constexpr std::size_t kMaxProjectValues = 1'000'000;

// The JSON text of a project saved at `projectPath`.
std::string projectToText(const Project& project, const std::string& projectPath);
// Parses, migrates and validates; media paths come back resolved against the
// project's folder. Any problem gives one line; nothing throws.
// `savedAsVersion`, when given, receives the schema version the text was
// saved with (before migration).
Result<Project> projectFromText(const std::string& text, const std::string& projectPath, int* savedAsVersion = nullptr);

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
  // Missing: not there, or not a file (a folder, a device, a named pipe), so
  // the user must relink it. Changed: there, with other content.
  enum class Kind { Missing, Changed } kind;
  bool driver;          // false: the portrait
  std::string path;     // resolved path
  std::string message;  // "driving video 'd.mp4' is missing — relink it", "portrait 'p' is a folder, not an image —
                        // relink it"
};

struct OpenedProject {
  Project project;
  std::vector<MediaProblem> problems;  // empty when every file is there and unchanged
  std::vector<std::string> notes;      // what opening changed, e.g. motion to be tracked again
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
