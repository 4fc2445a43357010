#pragma once

// What a video part of a split render says about itself, so that `concat`
// can tell whether parts tile one render. Plain data and string handling: the
// writer stores the tags in the container, the joiner reads them back.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/base/result.h"

namespace marionette {

// Frames [first, end) of a project `projectFrames` long whose render
// fingerprint (timeline::renderFingerprint) is `project`.
struct RenderPart {
  std::string project;
  std::int64_t first = 0, end = 0;
  std::int64_t projectFrames = 0;
  friend bool operator==(const RenderPart&, const RenderPart&) = default;
};

// Container tags (MP4/MOV `udta` metadata keys, Matroska tags), read back
// case-insensitively because Matroska upper-cases them.
inline constexpr const char* kPartProjectTag = "marionette_project";               // 16 hex digits
inline constexpr const char* kPartFramesTag = "marionette_frames";                 // "250:500" = frames 250-499
inline constexpr const char* kPartProjectFramesTag = "marionette_project_frames";  // "1000"

using VideoTags = std::vector<std::pair<std::string, std::string>>;

VideoTags renderPartTags(const RenderPart& part);

// The part a video's tags describe; nullopt when it has none of the tags (a
// video from elsewhere), an error naming `path` when they are damaged.
Result<std::optional<RenderPart>> renderPartFromTags(const VideoTags& tags, const std::string& path);

struct LabelledPart {
  std::string path;
  std::optional<RenderPart> part;  // nullopt: the video carries no render information
};

struct PartsCheck {
  // What the joined video is when every part carries render information:
  // the first part's first frame to the last part's end.
  std::optional<RenderPart> joined;
  std::vector<std::string> notes;  // untagged parts joined unchecked, frames of the project left out
};

// Checks that the parts with render information, in the order given, tile
// one render: the same project (and render settings), each part once, no
// frames missing between two parts and none rendered twice, in frame order
// (the error then gives the right order). Parts without render information
// are joined where they stand, with a note. One line for each failure.
Result<PartsCheck> checkPartsTile(const std::vector<LabelledPart>& parts);

// "frames 250-499" (the end excluded, as --frames 250:500 renders them).
std::string framesText(std::int64_t first, std::int64_t end);

}  // namespace marionette
