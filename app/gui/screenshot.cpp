#include "app/gui/screenshot.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace marionette::app {

namespace {
constexpr int kPollMs = 100;
constexpr int kSettledChecksNeeded = 4;  // quiet for a few polls: queued frames have been painted
constexpr qint64 kGiveUpMs = 120000;
}  // namespace

ScreenshotWhenSettled::ScreenshotWhenSettled(QWidget* window, QString path, std::function<bool()> settled,
                                             QObject* parent)
    : QObject(parent), window_(window), path_(std::move(path)), settled_(std::move(settled)) {
  clock_.start();
  auto* timer = new QTimer(this);
  connect(timer, &QTimer::timeout, this, &ScreenshotWhenSettled::check);
  timer->start(kPollMs);
}

void ScreenshotWhenSettled::check() {
  settledChecks_ = settled_() ? settledChecks_ + 1 : 0;
  const bool timedOut = clock_.elapsed() > kGiveUpMs;
  if (settledChecks_ < kSettledChecksNeeded && !timedOut) return;
  if (timedOut)
    std::fprintf(stderr, "marionette: still busy after %lld s; taking the screenshot anyway\n",
                 static_cast<long long>(kGiveUpMs / 1000));
  const bool saved = window_->grab().save(path_);
  if (!saved) std::fprintf(stderr, "marionette: could not write %s\n", qPrintable(path_));
  QCoreApplication::exit(saved ? 0 : 1);
}

}  // namespace marionette::app
