#include "ui/common/channel_names.h"

#include <QCoreApplication>
#include <string>

namespace marionette::ui {

namespace {

// Every label and unit the core's channel descriptors use, listed so that
// lupdate extracts them (the text itself comes from the descriptor).
[[maybe_unused]] constexpr const char* kTexts[] = {
    QT_TRANSLATE_NOOP("Channels", "Yaw"),
    QT_TRANSLATE_NOOP("Channels", "Pitch"),
    QT_TRANSLATE_NOOP("Channels", "Roll"),
    QT_TRANSLATE_NOOP("Channels", "Move right"),
    QT_TRANSLATE_NOOP("Channels", "Move down"),
    QT_TRANSLATE_NOOP("Channels", "Scale"),
    QT_TRANSLATE_NOOP("Channels", "Jaw open"),
    QT_TRANSLATE_NOOP("Channels", "Jaw shift"),
    QT_TRANSLATE_NOOP("Channels", "Mouth wide"),
    QT_TRANSLATE_NOOP("Channels", "Mouth shift"),
    QT_TRANSLATE_NOOP("Channels", "Smile left"),
    QT_TRANSLATE_NOOP("Channels", "Smile right"),
    QT_TRANSLATE_NOOP("Channels", "Pout"),
    QT_TRANSLATE_NOOP("Channels", "Upper lip raise"),
    QT_TRANSLATE_NOOP("Channels", "Brow raise left"),
    QT_TRANSLATE_NOOP("Channels", "Brow raise right"),
    QT_TRANSLATE_NOOP("Channels", "Brow furrow"),
    QT_TRANSLATE_NOOP("Channels", "Blink left"),
    QT_TRANSLATE_NOOP("Channels", "Blink right"),
    QT_TRANSLATE_NOOP("Channels", "Eyes wide"),
    QT_TRANSLATE_NOOP("Channels", "Gaze horizontal"),
    QT_TRANSLATE_NOOP("Channels", "Gaze vertical"),
    QT_TRANSLATE_NOOP("Channels", "Lip funnel"),
    QT_TRANSLATE_NOOP("Channels", "face units"),
};

QString translated(std::string_view text) { return QCoreApplication::translate("Channels", std::string(text).c_str()); }

}  // namespace

QString channelLabel(const timeline::TimelineChannel& channel) { return translated(channel.label); }
QString channelUnit(const timeline::TimelineChannel& channel) { return translated(channel.unit); }

}  // namespace marionette::ui
