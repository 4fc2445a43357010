#include "ui/document/project_document.h"

#include "ui/common/message_sink.h"

namespace marionette::ui {

ProjectDocument::ProjectDocument(MessageSink* messages, QObject* parent) : QObject(parent), messages_(messages) {
  project_.settings.frameCount = 100;
}

bool ProjectDocument::apply(timeline::CommandPtr command) {
  const QString name = QString::fromStdString(command->name());
  Status status = history_.push(project_, std::move(command));
  if (!status) {
    if (messages_) messages_->showError(name, QString::fromStdString(status.error().message));
    return false;
  }
  emit changed();
  return true;
}

bool ProjectDocument::undo() {
  if (!history_.undo(project_)) return false;
  emit changed();
  return true;
}

bool ProjectDocument::redo() {
  if (!history_.redo(project_)) return false;
  emit changed();
  return true;
}

void ProjectDocument::setPortrait(const timeline::MediaRef& file, const Motion& motion) {
  if (!(project_.portrait.file == file)) mediaChanged_ = true;
  project_.portrait.file = file;
  project_.portrait.motion = motion;
  emit changed();
}

void ProjectDocument::setDriver(const timeline::MediaRef& file, std::shared_ptr<const MotionTrack> track) {
  timeline::DriverMedia driver;
  if (project_.driver && project_.driver->file == file) {
    driver = *project_.driver;  // same video: keep its tracking settings
  } else {
    mediaChanged_ = true;
  }
  driver.file = file;
  driver.motion = track;
  project_.settings.frameRate = track->frameRate;
  project_.settings.frameCount = std::max<std::int64_t>(1, std::int64_t(track->frames.size()));
  project_.settings.referenceFrame = std::min(project_.settings.referenceFrame, project_.settings.frameCount - 1);
  project_.driver = std::move(driver);
  emit changed();
}

void ProjectDocument::setStandaloneLength(std::int64_t frames, Rational rate) {
  if (project_.driver) return;
  project_.settings.frameCount = std::max<std::int64_t>(1, frames);
  project_.settings.frameRate = rate;
  emit changed();
}

void ProjectDocument::replace(timeline::Project project, const QString& path) {
  project_ = std::move(project);
  history_.clear();
  history_.setClean();
  path_ = path;
  mediaChanged_ = false;
  emit changed();
}

void ProjectDocument::markSaved() {
  history_.setClean();
  mediaChanged_ = false;
}

void ProjectDocument::markUnsaved() {
  mediaChanged_ = true;
  emit changed();
}

CompositeCommand::CompositeCommand(std::string name, std::vector<timeline::CommandPtr> commands, std::string mergeKey)
    : name_(std::move(name)), commands_(std::move(commands)), mergeKey_(std::move(mergeKey)) {}

Status CompositeCommand::apply(timeline::Project& project) {
  // On redo the absorbed drag steps run again after this step's own commands.
  std::vector<timeline::EditCommand*> all;
  for (auto& command : commands_) all.push_back(command.get());
  for (auto& command : absorbed_) all.push_back(command.get());
  for (std::size_t i = 0; i < all.size(); ++i) {
    Status status = all[i]->apply(project);
    if (!status) {
      for (std::size_t j = i; j-- > 0;) all[j]->revert(project);
      return status;
    }
  }
  return {};
}

void CompositeCommand::revert(timeline::Project& project) {
  // Later drag steps first, then this step's own commands, newest first.
  for (auto it = absorbed_.rbegin(); it != absorbed_.rend(); ++it) (*it)->revert(project);
  for (auto it = commands_.rbegin(); it != commands_.rend(); ++it) (*it)->revert(project);
}

void CompositeCommand::absorb(timeline::EditCommand& later) {
  // History hands over a command it is about to drop; keep it alive (moved
  // into a composite of its own) so its revert can run as part of this step.
  auto* composite = dynamic_cast<CompositeCommand*>(&later);
  if (!composite) return;
  auto taken = std::make_unique<CompositeCommand>(composite->name_, std::move(composite->commands_));
  taken->absorbed_ = std::move(composite->absorbed_);
  absorbed_.push_back(std::move(taken));
}

}  // namespace marionette::ui
