#pragma once

#include <QString>

namespace marionette::ui {

// How the editor looks: the desktop's own palette, or Qt's Fusion style with
// a light or a dark palette (what video tools usually offer, and what a
// desktop without a theme of its own gets).
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme);  // "system", "light", "dark"
Theme themeFromKey(const QString& key);
// Applies `theme` to the whole application; the widgets redraw with it.
void applyTheme(Theme theme);

}  // namespace marionette::ui
