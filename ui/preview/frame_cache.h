#pragma once

#include <QImage>
#include <cstdint>
#include <list>
#include <map>
#include <optional>
#include <tuple>

#include "core/base/landmarks.h"
#include "core/motion/motion.h"
#include "core/timeline/time.h"

namespace marionette::ui {

// One rendered preview frame as the viewport needs it.
struct CachedFrame {
  QImage result;
  QImage driver;  // null when the scene has no driver
  Motion target;  // in the portrait's image frame
  Rect region;    // the part of the portrait `result` shows (the export's framing)
};

// Identifies a rendered frame: the scene revision it is valid for, its index
// and the long side it was rendered at. A frame is shown only for the
// revision it carries, so a stale frame is never shown.
struct FrameKey {
  std::uint64_t revision = 0;
  timeline::FrameIndex frame = 0;
  int side = 0;
  friend bool operator<(const FrameKey& a, const FrameKey& b) {
    return std::tie(a.revision, a.frame, a.side) < std::tie(b.revision, b.frame, b.side);
  }
};

// Least-recently-used frames, bounded by count so memory stays flat however
// long the clip is (96 frames of 512² RGB are about 75 MB).
class FrameCache {
 public:
  explicit FrameCache(std::size_t capacity) : capacity_(capacity) {}

  std::optional<CachedFrame> find(const FrameKey& key);
  bool contains(const FrameKey& key) const { return entries_.count(key) != 0; }
  void insert(const FrameKey& key, CachedFrame frame);
  // An edit made revision `from` into `to`: frames of `from` outside
  // `changed` stay valid and carry over; the frames it changed, and frames of
  // any other revision, are dropped. nullopt: the edit changed no frame.
  void carryOver(std::uint64_t from, std::uint64_t to, std::optional<timeline::FrameRange> changed);
  void clear();
  std::size_t size() const { return entries_.size(); }

 private:
  using Order = std::list<FrameKey>;
  struct Entry {
    CachedFrame frame;
    Order::iterator position;
  };
  std::size_t capacity_;
  Order order_;  // most recently used first
  std::map<FrameKey, Entry> entries_;
};

}  // namespace marionette::ui
