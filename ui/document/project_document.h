#pragma once

#include <QObject>
#include <QString>
#include <memory>

#include "core/pipeline/project_media.h"
#include "core/timeline/commands.h"
#include "core/timeline/history.h"
#include "core/timeline/project.h"

namespace marionette::ui {

class MessageSink;

// The open project — the one source of truth for what the editor shows,
// previews and exports — with its undo history and its file. Edits arrive as
// timeline commands and either apply fully or change nothing (the message
// sink says why); every change is announced so views redraw.
class ProjectDocument : public QObject {
  Q_OBJECT

 public:
  explicit ProjectDocument(MessageSink* messages, QObject* parent = nullptr);

  const timeline::Project& project() const { return project_; }
  const timeline::History& history() const { return history_; }
  void setMessageSink(MessageSink* messages) { messages_ = messages; }

  // Applies an edit as one undo step; false (and a message, unless it is a
  // drag step that simply cannot go further) when refused.
  bool apply(timeline::CommandPtr command, bool reportRefusal = true);
  // The next edit starts a new undo step (mouse released after a drag).
  void endMerge() { history_.endMerge(); }
  bool undo();
  bool redo();
  QString undoName() const { return QString::fromStdString(history_.undoName()); }
  QString redoName() const { return QString::fromStdString(history_.redoName()); }

  // Analysis results the project lacked (a project opened without its
  // motion cache, another face chosen, another tracking smoothing): stored
  // only while the project still names exactly what was analysed. They are
  // cached derivations of the named media, not edits, so they are not undo
  // steps and do not mark the project modified.
  void fillPortraitMotion(const PortraitKey& key, const Motion& motion);
  void fillDriverMotion(const DriverKey& key, std::shared_ptr<const MotionTrack> motion);
  // Length of a clip without a driver.
  void setStandaloneLength(timeline::FrameIndex frames, Rational rate);
  // Replaces everything (a project opened from a file, or a new one).
  void replace(timeline::Project project, const QString& path);

  QString path() const { return path_; }
  void setPath(const QString& path) { path_ = path; }
  bool isModified() const { return !history_.isClean() || unsaved_; }
  void markSaved();
  // Changes that are not in the file (a project recovered from its autosave).
  void markUnsaved();

 signals:
  // The project changed (an edit, undo/redo, an analysis or a new project).
  void changed();

 private:
  timeline::Project project_;
  timeline::History history_;
  MessageSink* messages_;
  QString path_;
  bool unsaved_ = false;
};

}  // namespace marionette::ui
