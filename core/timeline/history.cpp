#include "core/timeline/history.h"

namespace marionette::timeline {

Status History::push(Project& project, CommandPtr command) {
  if (Status applied = command->apply(project); !applied) return applied;
  steps_.resize(index_);  // a new edit drops what could be redone
  if (clean_ && *clean_ > index_) clean_.reset();
  const bool merges =
      mergeOpen_ && index_ > 0 && !command->mergeKey().empty() && steps_[index_ - 1]->mergeKey() == command->mergeKey();
  if (merges) {
    steps_[index_ - 1]->absorb(*command);
    // The merged step no longer ends at the saved state.
    if (clean_ && *clean_ == index_) clean_.reset();
  } else {
    steps_.push_back(std::move(command));
    ++index_;
    if (steps_.size() > limit_) {
      steps_.erase(steps_.begin());
      --index_;
      if (clean_) clean_ = *clean_ == 0 ? std::nullopt : std::optional<std::size_t>(*clean_ - 1);
    }
  }
  mergeOpen_ = !steps_[index_ - 1]->mergeKey().empty();
  return {};
}

std::string History::undoName() const { return canUndo() ? steps_[index_ - 1]->name() : std::string(); }

std::string History::redoName() const { return canRedo() ? steps_[index_]->name() : std::string(); }

bool History::undo(Project& project) {
  if (!canUndo()) return false;
  steps_[--index_]->revert(project);
  mergeOpen_ = false;
  return true;
}

bool History::redo(Project& project) {
  if (!canRedo()) return false;
  if (Status applied = steps_[index_]->apply(project); !applied) {
    steps_.resize(index_);
    return false;
  }
  ++index_;
  mergeOpen_ = false;
  return true;
}

void History::clear() {
  steps_.clear();
  index_ = 0;
  clean_ = 0;
  mergeOpen_ = false;
}

}  // namespace marionette::timeline
