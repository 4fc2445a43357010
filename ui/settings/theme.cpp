#include "ui/settings/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace marionette::ui {

namespace {

QPalette darkPalette() {
  QPalette p;
  const QColor window(45, 47, 51), base(30, 32, 35), text(225, 227, 230), disabled(120, 122, 126);
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, QColor(40, 42, 46));
  p.setColor(QPalette::ToolTipBase, QColor(60, 62, 66));
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, QColor(150, 152, 156));
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, QColor(55, 57, 62));
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, QColor(255, 90, 90));
  p.setColor(QPalette::Light, QColor(75, 77, 82));
  p.setColor(QPalette::Midlight, QColor(62, 64, 69));
  p.setColor(QPalette::Mid, QColor(38, 40, 43));
  p.setColor(QPalette::Dark, QColor(22, 23, 25));
  p.setColor(QPalette::Shadow, QColor(0, 0, 0));
  p.setColor(QPalette::Highlight, QColor(66, 133, 214));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, QColor(110, 170, 240));
  for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    p.setColor(QPalette::Disabled, role, disabled);
  p.setColor(QPalette::Disabled, QPalette::Base, window);
  return p;
}

}  // namespace

QString themeKey(Theme theme) {
  switch (theme) {
    case Theme::Light:
      return "light";
    case Theme::Dark:
      return "dark";
    case Theme::System:
      break;
  }
  return "system";
}

Theme themeFromKey(const QString& key) {
  if (key == "light") return Theme::Light;
  if (key == "dark") return Theme::Dark;
  return Theme::System;
}

void applyTheme(Theme theme) {
  // The style the application started with stands for "system".
  static const QString systemStyle = QApplication::style()->name();
  static const QPalette systemPalette = QApplication::palette();
  switch (theme) {
    case Theme::System:
      QApplication::setStyle(QStyleFactory::create(systemStyle));
      QApplication::setPalette(systemPalette);
      break;
    case Theme::Light:
      QApplication::setStyle(QStyleFactory::create("Fusion"));
      QApplication::setPalette(QApplication::style()->standardPalette());
      break;
    case Theme::Dark:
      QApplication::setStyle(QStyleFactory::create("Fusion"));
      QApplication::setPalette(darkPalette());
      break;
  }
}

}  // namespace marionette::ui
