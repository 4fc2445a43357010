#include "core/timeline/motion_cache.h"

#include <sys/stat.h>

#include <cmath>
#include <cstring>
#include <fstream>

#include "core/base/atomic_file.h"
#include "core/base/file_check.h"
#include "core/timeline/media_hash.h"
#include "core/timeline/project.h"

namespace marionette::timeline {

namespace {

constexpr char kMagic[8] = {'M', 'R', 'N', 'T', 'M', 'O', 'T', '\0'};
// 2: motion tracked with the MediaPipe mesh, expression codes with gaze.
// 3: the performer's rest follows the frames as one more record, so a take
// recorded live keeps the neutral face its live view was measured from.
// A cache of another version never matches, so its driver is tracked again.
constexpr std::uint32_t kFormatVersion = 3;
constexpr std::uint64_t kSparseCheckBytes = std::uint64_t{16} << 20;

#pragma pack(push, 1)
struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t recordSize;
  std::uint64_t contentHash;
  double smoothing;
  std::int64_t rateNum, rateDen;
  std::int32_t width, height;
  std::uint64_t frameCount;
  std::uint64_t checksum;
};

struct Record {
  std::int64_t timeNum, timeDen;
  double confidence;
  std::uint64_t faceLost;
  double pose[7];  // rotation w x y z, tx, ty, scale
  float expression[kExpressionDims];
};
#pragma pack(pop)

Record toRecord(const MotionFrame& f) {
  Record r{};
  r.timeNum = f.time.num(), r.timeDen = f.time.den();
  r.confidence = f.confidence;
  r.faceLost = f.faceLost ? 1 : 0;
  const HeadPose& p = f.motion.pose;
  const double pose[7] = {p.rotation.w, p.rotation.x, p.rotation.y, p.rotation.z, p.tx, p.ty, p.scale};
  std::memcpy(r.pose, pose, sizeof pose);
  std::memcpy(r.expression, f.motion.expression.values.data(), sizeof r.expression);
  return r;
}

Result<MotionFrame> fromRecord(const Record& r) {
  MotionFrame f;
  if (r.timeDen <= 0 || r.timeDen > kMaxTimeDenominator || r.timeNum < 0) return makeError("a frame time is invalid");
  f.time = Rational(r.timeNum, r.timeDen);
  f.confidence = r.confidence;
  f.faceLost = r.faceLost != 0;
  for (double v : r.pose)
    if (!std::isfinite(v)) return makeError("a pose is not finite");
  for (float v : r.expression)
    if (!std::isfinite(v)) return makeError("an expression is not finite");
  f.motion.pose.rotation = {r.pose[0], r.pose[1], r.pose[2], r.pose[3]};
  f.motion.pose.tx = r.pose[4], f.motion.pose.ty = r.pose[5], f.motion.pose.scale = r.pose[6];
  std::memcpy(f.motion.expression.values.data(), r.expression, sizeof r.expression);
  return f;
}

bool keyMatches(const Header& h, const MotionCacheKey& key) {
  return std::memcmp(h.magic, kMagic, sizeof kMagic) == 0 && h.version == kFormatVersion &&
         h.recordSize == sizeof(Record) && h.contentHash == key.contentHash && h.smoothing == key.trackingSmoothing;
}

}  // namespace

Status writeMotionCache(const std::string& path, const MotionCacheKey& key, const MotionTrack& track) {
  std::string records((track.frames.size() + 1) * sizeof(Record), '\0');
  for (std::size_t i = 0; i < track.frames.size(); ++i) {
    const Record r = toRecord(track.frames[i]);
    std::memcpy(records.data() + i * sizeof(Record), &r, sizeof r);
  }
  MotionFrame rest;
  rest.time = Rational(0);
  rest.motion = track.rest.value_or(restMotion(track));
  const Record restRecord = toRecord(rest);
  std::memcpy(records.data() + track.frames.size() * sizeof(Record), &restRecord, sizeof restRecord);
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kFormatVersion;
  h.recordSize = sizeof(Record);
  h.contentHash = key.contentHash;
  h.smoothing = key.trackingSmoothing;
  h.rateNum = track.frameRate.num(), h.rateDen = track.frameRate.den();
  h.width = track.width, h.height = track.height;
  h.frameCount = track.frames.size();
  h.checksum = hashBytes(records);
  std::string content(reinterpret_cast<const char*>(&h), sizeof h);
  content += records;
  return writeFileAtomically(path, content);
}

bool motionCacheMatches(const std::string& path, const MotionCacheKey& key) {
  if (fileKindOf(path) != FileKind::Regular) return false;  // a named pipe would block the read
  std::ifstream in(path, std::ios::binary);
  Header h{};
  return in.read(reinterpret_cast<char*>(&h), sizeof h) && keyMatches(h, key);
}

Result<std::shared_ptr<const MotionTrack>> readMotionCache(const std::string& path, const MotionCacheKey& key) {
  if (auto regular = checkRegularFile(path, "a motion cache"); !regular) return regular.error();
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return makeError("no motion cache");
  const auto size = static_cast<std::uint64_t>(in.tellg());
  in.seekg(0);
  Header h{};
  if (size < sizeof h || !in.read(reinterpret_cast<char*>(&h), sizeof h))
    return makeError("the motion cache is truncated");
  if (!keyMatches(h, key)) return makeError("the motion cache belongs to another video or tracking setting");
  if (h.frameCount == 0 || h.frameCount > static_cast<std::uint64_t>(kMaxProjectFrames) ||
      size != sizeof h + (h.frameCount + 1) * sizeof(Record))
    return makeError("the motion cache is truncated or has a wrong length");
  if (h.rateDen <= 0 || h.rateNum <= 0 || h.rateDen > kMaxTimeDenominator)
    return makeError("the motion cache is corrupt");
  // A large file whose blocks are mostly holes is not a cache anyone wrote;
  // it is refused before a buffer of its length is allocated. Small files are
  // left to the checksum: compressing file systems store them in fewer blocks.
  struct stat info {};
  if (size > kSparseCheckBytes && ::stat(path.c_str(), &info) == 0 &&
      static_cast<std::uint64_t>(info.st_blocks) * 512 < size / 2)
    return makeError("the motion cache is damaged (a file mostly of holes)");
  std::string records((h.frameCount + 1) * sizeof(Record), '\0');
  if (!in.read(records.data(), static_cast<std::streamsize>(records.size())) || hashBytes(records) != h.checksum)
    return makeError("the motion cache is corrupt");
  auto track = std::make_shared<MotionTrack>();
  track->frameRate = Rational(h.rateNum, h.rateDen);
  track->width = h.width, track->height = h.height;
  track->frames.resize(h.frameCount);
  for (std::size_t i = 0; i < h.frameCount; ++i) {
    Record r;
    std::memcpy(&r, records.data() + i * sizeof(Record), sizeof r);
    auto frame = fromRecord(r);
    if (!frame) return makeError("the motion cache is corrupt: " + frame.error().message);
    track->frames[i] = std::move(*frame);
  }
  Record restRecord;
  std::memcpy(&restRecord, records.data() + h.frameCount * sizeof(Record), sizeof restRecord);
  auto rest = fromRecord(restRecord);
  if (!rest) return makeError("the motion cache is corrupt: " + rest.error().message);
  track->rest = rest->motion;
  return std::shared_ptr<const MotionTrack>(std::move(track));
}

}  // namespace marionette::timeline
