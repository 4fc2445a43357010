#pragma once

#include <QFrame>

class QVBoxLayout;

namespace marionette::ui {

class ProjectSession;

// A warning strip above the viewport while an opened project's media is
// missing: one line per file, each with a Relink button. Hidden otherwise.
class MediaProblemsBar : public QFrame {
  Q_OBJECT

 public:
  explicit MediaProblemsBar(ProjectSession* session, QWidget* parent = nullptr);

 private:
  void rebuild();

  ProjectSession* session_;
  QVBoxLayout* rows_;
};

}  // namespace marionette::ui
