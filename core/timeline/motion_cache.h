#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/motion/motion_track.h"

namespace marionette::timeline {

// The driver's tracked motion in a compact binary file beside the project
// (`P.marionette.motion`), keyed by the driver's content hash and the
// tracking smoothing, so reopening a project never re-tracks an unchanged
// video. A 10-minute driver (18,000 frames) is about 11 MB and loads in
// milliseconds, where the same numbers as JSON take seconds to parse.
//
// Layout (little-endian): magic "MRNTMOT\0", u32 format version, u32 record
// size, u64 content hash, f64 smoothing, i64 frame rate num/den, i32 width,
// height, u64 frame count, u64 checksum of the records, then one fixed-size
// record per frame and one for the performer's rest (MotionTrack::rest).
struct MotionCacheKey {
  std::uint64_t contentHash = 0;
  double trackingSmoothing = 0.5;
};

Status writeMotionCache(const std::string& path, const MotionCacheKey& key, const MotionTrack& track);

// The cached track, or an error saying why it cannot be used (missing, for
// another video or smoothing, truncated, corrupt). Callers treat any error as
// "track again".
Result<std::shared_ptr<const MotionTrack>> readMotionCache(const std::string& path, const MotionCacheKey& key);

// Whether `path` holds a cache for `key` (reads the header only).
bool motionCacheMatches(const std::string& path, const MotionCacheKey& key);

}  // namespace marionette::timeline
