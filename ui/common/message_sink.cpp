#include "ui/common/message_sink.h"

#include <QDebug>
#include <QMessageBox>

namespace marionette::ui {

namespace {

void openBox(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text) {
  auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();  // returns at once: no nested event loop, nothing blocks
}

}  // namespace

void DialogMessageSink::showError(const QString& title, const QString& text) {
  // Also on stderr: a window that nobody looks at (a screenshot run, a
  // remote session) still leaves a trace of what went wrong.
  qWarning().noquote() << title + ": " + QString(text).replace('\n', ' ');
  openBox(parent_, QMessageBox::Warning, title, text);
}

void DialogMessageSink::showInfo(const QString& title, const QString& text) {
  openBox(parent_, QMessageBox::Information, title, text);
}

}  // namespace marionette::ui
