#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <vector>

#include "core/timeline/project_file.h"

namespace marionette::ui {

class MessageSink;
class ProjectDocument;
class UserPrompts;

// The project's file: new, open, save, save as, recent projects, autosave
// and recovery after a crash, and media that went missing since the project
// was saved ("relink"). Reading and writing go through the core project
// file; this class decides when and asks the user through UserPrompts. What
// the opened project's media yield is ProjectMedia's business: it follows
// the document.
class ProjectSession : public QObject {
  Q_OBJECT

 public:
  struct Options {
    // Where an untitled project autosaves (as if saved at this path); empty:
    // untitled projects are not autosaved.
    QString untitledPath;
    int autosaveIntervalMs = 60'000;
    QStringList recentProjects;
  };

  ProjectSession(ProjectDocument* document, UserPrompts* prompts, MessageSink* messages, Options options,
                 QObject* parent = nullptr);

  // Each returns false when cancelled or refused; a refused open leaves the
  // open project exactly as it was.
  bool newProject();
  bool open(const QString& path);
  bool openWithDialog();
  bool save();  // asks for a path when untitled
  bool saveAs();
  bool saveTo(const QString& path);
  // Asks about unsaved changes; true when the editor may close.
  bool confirmClose();
  // Offers to recover an untitled project that was never saved (at start).
  bool offerUntitledRecovery();
  // Writes the autosave now when there are unsaved changes.
  bool autosaveNow();
  // Points the missing media of problem `index` at `path` (undoable).
  bool relink(int index, const QString& path);
  bool relinkWithDialog(int index);

  QString displayName() const;
  QStringList recentProjects() const { return recent_; }
  const std::vector<timeline::MediaProblem>& mediaProblems() const { return problems_; }

 signals:
  void titleChanged(const QString& name, bool modified);
  void mediaProblemsChanged();
  void recentProjectsChanged(const QStringList& recent);
  void statusMessage(const QString& text);

 private:
  bool confirmDiscard();
  bool openFile(const QString& path, bool askUnsaved);
  void load(timeline::OpenedProject opened, const QString& path);
  void remember(const QString& path);
  QString autosaveTarget() const;
  void updateTitle();

  ProjectDocument* document_;
  UserPrompts* prompts_;
  MessageSink* messages_;
  Options options_;
  QStringList recent_;
  std::vector<timeline::MediaProblem> problems_;
  QTimer autosaveTimer_;
};

}  // namespace marionette::ui
