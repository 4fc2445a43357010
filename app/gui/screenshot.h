#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace marionette::app {

// Saves a picture of a window once the editor has settled (media loaded,
// tracking done, preview idle), then quits: `marionette --screenshot OUT.png`.
class ScreenshotWhenSettled : public QObject {
  Q_OBJECT

 public:
  ScreenshotWhenSettled(QWidget* window, QString path, std::function<bool()> settled, QObject* parent = nullptr);

 private:
  void check();

  QWidget* window_;
  QString path_;
  std::function<bool()> settled_;
  QElapsedTimer clock_;
  int settledChecks_ = 0;
};

}  // namespace marionette::app
