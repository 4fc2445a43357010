#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/timeline/commands.h"

namespace marionette::timeline {

// Undo/redo over EditCommands applied to one project. Consecutive commands
// with the same merge key (a drag) become one step until endMerge() (mouse
// release) or any other command. Tracks a clean point (the last save).
class History {
 public:
  explicit History(std::size_t limit = 1000) : limit_(limit) {}

  // Applies `command`; on success records it (dropping the redo steps) and
  // returns ok, otherwise returns the error with project and history unchanged.
  Status push(Project& project, CommandPtr command);

  bool canUndo() const { return index_ > 0; }
  bool canRedo() const { return index_ < steps_.size(); }
  // "" when there is nothing to undo/redo.
  std::string undoName() const;
  std::string redoName() const;
  // Undo reverts; redo applies again. Return false when there is nothing to do
  // (or, for redo, when the command no longer applies; it is then dropped).
  bool undo(Project& project);
  bool redo(Project& project);

  // The next command starts a new step even if it could merge.
  void endMerge() { mergeOpen_ = false; }

  bool isClean() const { return clean_ && *clean_ == index_; }
  void setClean() { clean_ = index_, mergeOpen_ = false; }
  void clear();

  std::size_t size() const { return steps_.size(); }
  std::size_t index() const { return index_; }

 private:
  std::vector<CommandPtr> steps_;
  std::size_t index_ = 0;                 // steps_[0..index_) are applied
  std::optional<std::size_t> clean_ = 0;  // nullopt: the saved state can no longer be reached
  bool mergeOpen_ = false;
  std::size_t limit_;
};

}  // namespace marionette::timeline
