#include "ui/preview/frame_cache.h"

namespace marionette::ui {

std::optional<CachedFrame> FrameCache::find(const FrameKey& key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  order_.splice(order_.begin(), order_, it->second.position);
  return it->second.frame;
}

void FrameCache::insert(const FrameKey& key, CachedFrame frame) {
  auto it = entries_.find(key);
  if (it != entries_.end()) {
    it->second.frame = std::move(frame);
    order_.splice(order_.begin(), order_, it->second.position);
    return;
  }
  order_.push_front(key);
  entries_.emplace(key, Entry{std::move(frame), order_.begin()});
  while (entries_.size() > capacity_) {
    entries_.erase(order_.back());
    order_.pop_back();
  }
}

void FrameCache::carryOver(std::uint64_t from, std::uint64_t to, std::optional<timeline::FrameRange> changed) {
  Order kept;
  std::map<FrameKey, Entry> entries;
  for (const FrameKey& key : order_) {
    if (key.revision != from || (changed && changed->contains(key.frame))) continue;
    const FrameKey moved{to, key.frame, key.side};
    kept.push_back(moved);
    entries.emplace(moved, Entry{std::move(entries_.at(key).frame), std::prev(kept.end())});
  }
  order_ = std::move(kept);
  entries_ = std::move(entries);
}

void FrameCache::clear() {
  entries_.clear();
  order_.clear();
}

}  // namespace marionette::ui
