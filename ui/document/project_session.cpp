#include "ui/document/project_session.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

#include "core/timeline/commands.h"
#include "core/timeline/media_hash.h"
#include "ui/common/message_sink.h"
#include "ui/common/user_prompts.h"
#include "ui/document/project_document.h"
#include "ui/settings/editor_settings.h"

namespace marionette::ui {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

constexpr std::int64_t kUntitledFrames = 100;

}  // namespace

ProjectSession::ProjectSession(ProjectDocument* document, UserPrompts* prompts, MessageSink* messages, Options options,
                               QObject* parent)
    : QObject(parent),
      document_(document),
      prompts_(prompts),
      messages_(messages),
      options_(std::move(options)),
      recent_(options_.recentProjects) {
  connect(document_, &ProjectDocument::changed, this, &ProjectSession::updateTitle);
  connect(&autosaveTimer_, &QTimer::timeout, this, &ProjectSession::autosaveNow);
  if (options_.autosaveIntervalMs > 0) autosaveTimer_.start(options_.autosaveIntervalMs);
}

QString ProjectSession::displayName() const {
  const QString path = document_->path();
  return path.isEmpty() ? tr("Untitled") : QFileInfo(path).completeBaseName();
}

void ProjectSession::updateTitle() { emit titleChanged(displayName(), document_->isModified()); }

QString ProjectSession::autosaveTarget() const {
  return document_->path().isEmpty() ? options_.untitledPath : document_->path();
}

bool ProjectSession::confirmDiscard() {
  if (!document_->isModified()) return true;
  switch (prompts_->askUnsavedChanges(displayName())) {
    case UnsavedChoice::Save:
      return save();
    case UnsavedChoice::Discard:
      if (const QString target = autosaveTarget(); !target.isEmpty()) timeline::discardAutosave(target.toStdString());
      return true;
    case UnsavedChoice::Cancel:
      return false;
  }
  return false;
}

bool ProjectSession::confirmClose() { return confirmDiscard(); }

bool ProjectSession::newProject() {
  if (!confirmDiscard()) return false;
  timeline::Project fresh;
  fresh.settings.frameCount = kUntitledFrames;
  load({std::move(fresh), {}, {}, false}, {});
  emit statusMessage(tr("New project"));
  return true;
}

bool ProjectSession::openWithDialog() {
  if (!confirmDiscard()) return false;
  const QString path = prompts_->chooseProjectToOpen();
  return !path.isEmpty() && openFile(path, false);
}

bool ProjectSession::open(const QString& path) { return openFile(path, true); }

bool ProjectSession::openFile(const QString& path, bool askUnsaved) {
  // Read first: a file that cannot be opened changes nothing and asks nothing.
  const std::string file = path.toStdString();
  auto opened = timeline::openProject(file);
  if (!opened) {
    if (!QFileInfo::exists(path) && recent_.removeAll(QDir::cleanPath(QFileInfo(path).absoluteFilePath())) > 0)
      emit recentProjectsChanged(recent_);
    messages_->showError(tr("Open Project"), tr("Could not open '%1':\n%2\n\nThe open project is unchanged.")
                                                 .arg(QFileInfo(path).fileName(), qs(opened.error().message)));
    return false;
  }
  if (askUnsaved && !confirmDiscard()) return false;
  if (timeline::hasRecoverableAutosave(file)) {
    if (!prompts_->askRecoverAutosave(QFileInfo(path).completeBaseName())) {
      timeline::discardAutosave(file);
    } else if (auto recovered = timeline::recoverAutosave(file); recovered) {
      opened = std::move(recovered);
    } else {
      messages_->showError(tr("Recover Project"),
                           tr("The autosave of '%1' cannot be read (%2); the saved project opens instead.")
                               .arg(QFileInfo(path).fileName(), qs(recovered.error().message)));
    }
  }
  load(std::move(*opened), QFileInfo(path).absoluteFilePath());
  remember(path);
  emit statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
  return true;
}

bool ProjectSession::offerUntitledRecovery() {
  if (options_.untitledPath.isEmpty()) return false;
  const std::string untitled = options_.untitledPath.toStdString();
  if (!timeline::hasRecoverableAutosave(untitled)) return false;
  if (!prompts_->askRecoverAutosave(tr("Untitled"))) {
    timeline::discardAutosave(untitled);
    return false;
  }
  auto opened = timeline::recoverAutosave(untitled);
  if (!opened) {
    messages_->showError(tr("Recover Project"), tr("The autosave cannot be read: %1").arg(qs(opened.error().message)));
    return false;
  }
  load(std::move(*opened), {});
  return true;
}

void ProjectSession::load(timeline::OpenedProject opened, const QString& path) {
  const bool recovered = opened.fromAutosave;
  document_->replace(std::move(opened.project), path);
  if (recovered) document_->markUnsaved();  // the file on disk does not hold these changes
  problems_.clear();
  QStringList changed;
  for (timeline::MediaProblem& problem : opened.problems) {
    if (problem.kind == timeline::MediaProblem::Kind::Missing)
      problems_.push_back(std::move(problem));
    else
      changed << qs(problem.message);
  }
  for (const std::string& note : opened.notes) changed << qs(note);
  if (!changed.isEmpty()) messages_->showInfo(tr("Media changed"), changed.join('\n'));
  emit mediaProblemsChanged();
  updateTitle();
}

bool ProjectSession::save() { return document_->path().isEmpty() ? saveAs() : saveTo(document_->path()); }

bool ProjectSession::saveAs() {
  QString suggestion = document_->path();
  if (suggestion.isEmpty() && !document_->project().portrait.file.path.empty()) {
    const QFileInfo portrait(qs(document_->project().portrait.file.path));
    suggestion = QDir(portrait.absolutePath()).filePath(portrait.completeBaseName() + ".marionette");
  }
  const QString path = prompts_->chooseProjectSavePath(suggestion);
  return !path.isEmpty() && saveTo(path);
}

bool ProjectSession::saveTo(const QString& path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  if (Status saved = timeline::saveProject(document_->project(), absolute.toStdString()); !saved) {
    messages_->showError(tr("Save Project"), tr("Could not save '%1':\n%2\n\nNothing was overwritten.")
                                                 .arg(QFileInfo(path).fileName(), qs(saved.error().message)));
    return false;
  }
  if (document_->path().isEmpty() && !options_.untitledPath.isEmpty())
    timeline::discardAutosave(options_.untitledPath.toStdString());
  document_->setPath(absolute);
  document_->markSaved();
  remember(absolute);
  updateTitle();
  emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
  return true;
}

bool ProjectSession::autosaveNow() {
  const QString target = autosaveTarget();
  if (!document_->isModified() || target.isEmpty()) return false;
  if (Status written = timeline::writeAutosave(document_->project(), target.toStdString()); !written) {
    emit statusMessage(tr("Autosave failed: %1").arg(qs(written.error().message)));
    return false;
  }
  return true;
}

bool ProjectSession::relinkWithDialog(int index) {
  if (index < 0 || index >= int(problems_.size())) return false;
  const timeline::MediaProblem& problem = problems_[std::size_t(index)];
  const QString path = prompts_->chooseReplacementMedia(problem.driver, qs(problem.path));
  return !path.isEmpty() && relink(index, path);
}

bool ProjectSession::relink(int index, const QString& path) {
  if (index < 0 || index >= int(problems_.size())) return false;
  const timeline::MediaProblem problem = problems_[std::size_t(index)];
  auto hash = timeline::mediaFingerprint(path.toStdString());
  if (!hash) {
    messages_->showError(tr("Relink"), tr("Cannot use '%1': %2").arg(path, qs(hash.error().message)));
    return false;
  }
  const timeline::MediaRef file{QFileInfo(path).absoluteFilePath().toStdString(), *hash};
  if (!document_->apply(problem.driver ? timeline::relinkDriver(file) : timeline::relinkPortrait(file))) return false;
  problems_.erase(problems_.begin() + index);
  emit mediaProblemsChanged();
  return true;
}

void ProjectSession::remember(const QString& path) {
  recent_ = withRecent(recent_, path);
  emit recentProjectsChanged(recent_);
}

}  // namespace marionette::ui
