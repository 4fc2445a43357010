#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace marionette::ui {

// Makes a widget accept local files dropped on it and reports them; the
// window, the viewport and the timeline all take drops through this one
// filter, so they accept and refuse exactly the same things.
class FileDropFilter : public QObject {
  Q_OBJECT

 public:
  // Installs itself on `target` (which becomes its parent).
  explicit FileDropFilter(QWidget* target);

 signals:
  void filesDropped(const QStringList& paths);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
};

// Local paths among dropped URLs (remote URLs are ignored).
QStringList localPathsFrom(const QMimeData* mime);

}  // namespace marionette::ui
