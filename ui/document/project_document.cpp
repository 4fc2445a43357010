#include "ui/document/project_document.h"

#include "ui/common/message_sink.h"

namespace marionette::ui {

namespace {
constexpr timeline::FrameIndex kUntitledFrames = 100;
}

ProjectDocument::ProjectDocument(MessageSink* messages, QObject* parent) : QObject(parent), messages_(messages) {
  project_.settings.frameCount = kUntitledFrames;
}

bool ProjectDocument::apply(timeline::CommandPtr command, bool reportRefusal) {
  const QString name = QString::fromStdString(command->name());
  Status status = history_.push(project_, std::move(command));
  if (!status) {
    if (messages_ && reportRefusal) messages_->showError(name, QString::fromStdString(status.error().message));
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

void ProjectDocument::fillPortraitMotion(const PortraitKey& key, const Motion& motion) {
  if (project_.portrait.motion || !(portraitKey(project_.portrait) == key)) return;
  project_.portrait.motion = motion;
  emit changed();
}

void ProjectDocument::fillDriverMotion(const DriverKey& key, std::shared_ptr<const MotionTrack> motion) {
  if (!project_.driver || project_.driver->motion || !(driverKey(*project_.driver) == key)) return;
  adoptDriverMotion(project_, std::move(motion));
  emit changed();
}

void ProjectDocument::setStandaloneLength(timeline::FrameIndex frames, Rational rate) {
  if (project_.driver) return;
  project_.settings.frameCount = std::max<timeline::FrameIndex>(1, frames);
  project_.settings.frameRate = rate;
  emit changed();
}

void ProjectDocument::replace(timeline::Project project, const QString& path) {
  project_ = std::move(project);
  history_.clear();
  history_.setClean();
  path_ = path;
  unsaved_ = false;
  emit changed();
}

void ProjectDocument::markSaved() {
  history_.setClean();
  unsaved_ = false;
}

void ProjectDocument::markUnsaved() {
  unsaved_ = true;
  emit changed();
}

}  // namespace marionette::ui
