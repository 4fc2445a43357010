#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "core/timeline/commands.h"
#include "core/timeline/history.h"
#include "core/timeline/project.h"

namespace marionette::ui {

class MessageSink;

// The open project: the timeline model, its undo history and its file. Edits
// arrive as timeline commands and either apply fully or change nothing (the
// message sink says why); every change is announced so views redraw.
class ProjectDocument : public QObject {
  Q_OBJECT

 public:
  explicit ProjectDocument(MessageSink* messages, QObject* parent = nullptr);

  const timeline::Project& project() const { return project_; }
  const timeline::History& history() const { return history_; }
  void setMessageSink(MessageSink* messages) { messages_ = messages; }

  // Applies an edit as one undo step; false (and a message) when refused.
  bool apply(timeline::CommandPtr command);
  // The next edit starts a new undo step (mouse released after a drag).
  void endMerge() { history_.endMerge(); }
  bool undo();
  bool redo();
  QString undoName() const { return QString::fromStdString(history_.undoName()); }
  QString redoName() const { return QString::fromStdString(history_.redoName()); }

  // Media chosen by the user, analysed or tracked by the loader. Not undoable
  // (the files are not part of the history); track modes and keys stay.
  // Motion for the file the project already names (an opened project whose
  // cache was stale) fills in without marking the project modified.
  void setPortrait(const timeline::MediaRef& file, const Motion& motion);
  void setDriver(const timeline::MediaRef& file, std::shared_ptr<const MotionTrack> track);
  // Length of a clip without a driver.
  void setStandaloneLength(std::int64_t frames, Rational rate);
  // Replaces everything (a project opened from a file).
  void replace(timeline::Project project, const QString& path);

  QString path() const { return path_; }
  void setPath(const QString& path) { path_ = path; }
  bool isModified() const { return !history_.isClean() || mediaChanged_; }
  void markSaved();
  // Changes that are not in the file (a project recovered from its autosave).
  void markUnsaved();

 signals:
  // The project changed (an edit, undo/redo, new media or a new project).
  void changed();

 private:
  timeline::Project project_;
  timeline::History history_;
  MessageSink* messages_;
  QString path_;
  bool mediaChanged_ = false;
};

// Several commands as one undo step ("Move keyframes", "Delete keyframes"):
// applies them in order, reverting the ones done when a later one fails.
class CompositeCommand : public timeline::EditCommand {
 public:
  CompositeCommand(std::string name, std::vector<timeline::CommandPtr> commands, std::string mergeKey = {});
  const std::string& name() const override { return name_; }
  Status apply(timeline::Project& project) override;
  void revert(timeline::Project& project) override;
  const std::string& mergeKey() const override { return mergeKey_; }
  void absorb(timeline::EditCommand& later) override;

 private:
  std::string name_;
  std::vector<timeline::CommandPtr> commands_;
  std::string mergeKey_;
  std::vector<std::unique_ptr<timeline::EditCommand>> absorbed_;
};

}  // namespace marionette::ui
