#include "core/timeline/timecode.h"

#include <gtest/gtest.h>

#include <limits>

namespace marionette::timeline {
namespace {

const Rational kNtsc(30000, 1001);
const Rational kNtsc60(60000, 1001);
const Rational kFilm(24000, 1001);

std::string timecode(FrameIndex frame, Rational rate) { return formatTime(frame, rate, TimeDisplay::Timecode); }
std::string seconds(FrameIndex frame, Rational rate) { return formatTime(frame, rate, TimeDisplay::Seconds); }
std::string rulerLabel(FrameIndex frame, Rational rate) { return formatRulerLabel(frame, rate, TimeDisplay::Timecode); }

TEST(Timecode, DropFrameOnlyForNtscMultiplesOfThirty) {
  EXPECT_TRUE(isDropFrameRate(kNtsc));
  EXPECT_TRUE(isDropFrameRate(kNtsc60));
  EXPECT_TRUE(isDropFrameRate(Rational(120000, 1001)));
  EXPECT_FALSE(isDropFrameRate(kFilm));
  EXPECT_FALSE(isDropFrameRate(Rational(48000, 1001)));
  EXPECT_FALSE(isDropFrameRate(Rational(30)));
  EXPECT_FALSE(isDropFrameRate(Rational(25)));
  EXPECT_FALSE(isDropFrameRate(Rational(2997, 100))) << "29.97 exactly is not NTSC";
  EXPECT_FALSE(isDropFrameRate(Rational(0)));
  EXPECT_EQ(nominalFrameRate(kNtsc), 30);
  EXPECT_EQ(nominalFrameRate(kFilm), 24);
  EXPECT_EQ(nominalFrameRate(Rational(25, 2)), 13);
  EXPECT_EQ(nominalFrameRate(Rational(1, 2)), 1);
}

TEST(Timecode, NonDropAt25) {
  const Rational rate(25);
  EXPECT_EQ(timecode(0, rate), "00:00:00:00");
  EXPECT_EQ(timecode(24, rate), "00:00:00:24");
  EXPECT_EQ(timecode(25, rate), "00:00:01:00");
  EXPECT_EQ(timecode(1499, rate), "00:00:59:24");
  EXPECT_EQ(timecode(1500, rate), "00:01:00:00");
  EXPECT_EQ(timecode(90000, rate), "01:00:00:00");
  EXPECT_EQ(timecode(-1, rate), "-00:00:00:01");
  EXPECT_EQ(timecode(-25, rate), "-00:00:01:00");
}

TEST(Timecode, HoursGrowPastTwoDigitsInsteadOfWrapping) {
  const Rational rate(25);
  EXPECT_EQ(timecode(100 * 3600 * 25, rate), "100:00:00:00");
  EXPECT_EQ(parseTime("100:00:00:00", rate, TimeDisplay::Timecode), 100 * 3600 * 25);
  EXPECT_EQ(timecode(1234LL * 3600 * 25 + 26, rate), "1234:00:01:01");
}

TEST(Timecode, DropFrameAt2997SkipsTwoLabelsAMinuteButNotEveryTenth) {
  EXPECT_EQ(timecode(0, kNtsc), "00:00:00;00");
  EXPECT_EQ(timecode(1798, kNtsc), "00:00:59;28");
  EXPECT_EQ(timecode(1799, kNtsc), "00:00:59;29");
  EXPECT_EQ(timecode(1800, kNtsc), "00:01:00;02");
  EXPECT_EQ(timecode(3597, kNtsc), "00:01:59;29");
  EXPECT_EQ(timecode(3598, kNtsc), "00:02:00;02");
  EXPECT_EQ(timecode(17981, kNtsc), "00:09:59;29");
  EXPECT_EQ(timecode(17982, kNtsc), "00:10:00;00") << "every tenth minute keeps ;00 and ;01";
  EXPECT_EQ(timecode(17983, kNtsc), "00:10:00;01");
  EXPECT_EQ(timecode(19782, kNtsc), "00:11:00;02");
  EXPECT_EQ(timecode(107892, kNtsc), "01:00:00;00") << "an hour of 29.97 DF is 107892 frames";
  EXPECT_EQ(timecode(-1800, kNtsc), "-00:01:00;02");
}

TEST(Timecode, DropFrameNoLongerRunsBackwardsAtTheMinute) {
  // The old display showed 00:59:28, 01:00:29, 01:00:00 for these frames.
  EXPECT_LT(timecode(1798, kNtsc), timecode(1799, kNtsc));
  EXPECT_LT(timecode(1799, kNtsc), timecode(1800, kNtsc));
}

TEST(Timecode, DropFrameAt5994SkipsFourLabels) {
  EXPECT_EQ(timecode(3596, kNtsc60), "00:00:59;56");
  EXPECT_EQ(timecode(3599, kNtsc60), "00:00:59;59");
  EXPECT_EQ(timecode(3600, kNtsc60), "00:01:00;04");
  EXPECT_EQ(timecode(7195, kNtsc60), "00:01:59;59");
  EXPECT_EQ(timecode(7196, kNtsc60), "00:02:00;04");
  EXPECT_EQ(timecode(35963, kNtsc60), "00:09:59;59");
  EXPECT_EQ(timecode(35964, kNtsc60), "00:10:00;00");
  EXPECT_EQ(timecode(215784, kNtsc60), "01:00:00;00");
}

TEST(Timecode, FrameFieldWidensAbove100Fps) {
  const Rational rate(120000, 1001);
  EXPECT_EQ(timecode(5, rate), "00:00:00;005");
  EXPECT_EQ(timecode(7199, rate), "00:00:59;119");
  EXPECT_EQ(timecode(7200, rate), "00:01:00;008");
}

TEST(Timecode, FilmNtscCountsNonDropAtTwentyFour) {
  EXPECT_EQ(timecode(23, kFilm), "00:00:00:23");
  EXPECT_EQ(timecode(24, kFilm), "00:00:01:00");
  EXPECT_EQ(timecode(1440, kFilm), "00:01:00:00");
  EXPECT_EQ(timecode(86400, kFilm), "01:00:00:00") << "timecode hours, 3.6 s longer than clock hours";
}

TEST(Timecode, EveryFrameOfTwoHoursAt2997SortsInOrderAndParsesBack) {
  std::string previous;
  int failures = 0;
  for (FrameIndex frame = 0; frame <= 200000 && failures < 10; ++frame) {
    const std::string text = timecode(frame, kNtsc);
    if (frame > 0 && !(previous < text)) {
      ++failures;
      ADD_FAILURE() << frame << ": " << previous << " then " << text;
    }
    const auto parsed = parseTime(text, kNtsc, TimeDisplay::Timecode);
    if (parsed != frame) {
      ++failures;
      ADD_FAILURE() << frame << ": " << text << " parses to " << parsed.value_or(-1);
    }
    previous = text;
  }
}

TEST(Timecode, EveryDisplayRoundTripsAtCommonRates) {
  const Rational rates[] = {
      Rational(24),    Rational(25),   Rational(30),   Rational(50),          Rational(60),
      kFilm,           kNtsc,          kNtsc60,        Rational(48000, 1001), Rational(120000, 1001),
      Rational(25, 2), Rational(1, 2), Rational(1000), Rational(2000),        Rational(90000)};
  const TimeDisplay displays[] = {TimeDisplay::Timecode, TimeDisplay::Frames, TimeDisplay::Seconds};
  constexpr FrameIndex kMin = std::numeric_limits<FrameIndex>::min(), kMax = std::numeric_limits<FrameIndex>::max();
  std::vector<FrameIndex> frames;
  for (FrameIndex f = -3000; f <= 40000; ++f) frames.push_back(f);
  for (FrameIndex f = 1; f < kMax / 7; f *= 7) frames.insert(frames.end(), {f * 5 + 3, -f * 3 - 1});
  frames.insert(frames.end(), {kMin, kMin + 1, kMax, kMax - 1});
  for (Rational rate : rates) {
    for (TimeDisplay display : displays) {
      int failures = 0;
      for (FrameIndex frame : frames) {
        const std::string text = formatTime(frame, rate, display);
        const auto parsed = parseTime(text, rate, display);
        if (parsed != frame && ++failures <= 5) {
          ADD_FAILURE() << rate.num() << "/" << rate.den() << " display " << int(display) << ": " << frame << " -> "
                        << text << " -> " << parsed.value_or(-1);
        }
      }
    }
  }
}

TEST(Timecode, SecondsAreMillisecondsExactFromTheRate) {
  EXPECT_EQ(seconds(0, Rational(30)), "0.000 s");
  EXPECT_EQ(seconds(1, Rational(30)), "0.033 s");
  EXPECT_EQ(seconds(2, Rational(30)), "0.067 s") << "half up, not truncated";
  EXPECT_EQ(seconds(60, Rational(30)), "2.000 s");
  EXPECT_EQ(seconds(1, Rational(25)), "0.040 s");
  EXPECT_EQ(seconds(-1, Rational(25)), "-0.040 s");
  EXPECT_EQ(seconds(1798, kNtsc), "59.993 s");
  EXPECT_EQ(seconds(1799, kNtsc), "60.027 s");
  EXPECT_EQ(seconds(60, kNtsc), "2.002 s");
  EXPECT_EQ(seconds(30000, kNtsc), "1001.000 s");
  EXPECT_EQ(seconds(1, Rational(2000)), "0.0005 s") << "more decimals once a frame is under a millisecond";
  for (FrameIndex second = 0; second < 200000; ++second) {
    ASSERT_EQ(seconds(second * 30, Rational(30)), std::to_string(second) + ".000 s");
  }
}

TEST(Timecode, FramesDisplayIsTheFrameNumber) {
  EXPECT_EQ(formatTime(1799, kNtsc, TimeDisplay::Frames), "1799");
  EXPECT_EQ(formatTime(-3, kNtsc, TimeDisplay::Frames), "-3");
}

TEST(Timecode, ParsesTimecodeWithEitherSeparator) {
  EXPECT_EQ(parseTime("00:01:00;02", kNtsc, TimeDisplay::Timecode), 1800);
  EXPECT_EQ(parseTime("00:01:00:02", kNtsc, TimeDisplay::Timecode), 1800);
  EXPECT_EQ(parseTime("00;01;00;02", kNtsc, TimeDisplay::Timecode), 1800);
  EXPECT_EQ(parseTime("  00:00:01:00\t", Rational(25), TimeDisplay::Timecode), 25);
  EXPECT_EQ(parseTime("-00:00:01:00", Rational(25), TimeDisplay::Timecode), -25);
  EXPECT_EQ(parseTime("0:0:1:0", Rational(25), TimeDisplay::Timecode), 25) << "field widths are not checked";
  EXPECT_EQ(parseTime("00:10:00;00", kNtsc, TimeDisplay::Timecode), 17982);
  EXPECT_EQ(parseTime("00:00:59;59", kNtsc60, TimeDisplay::Timecode), 3599);
}

TEST(Timecode, RefusesLabelsThatNameNoFrame) {
  EXPECT_EQ(parseTime("00:01:00;00", kNtsc, TimeDisplay::Timecode), std::nullopt) << "skipped by drop-frame";
  EXPECT_EQ(parseTime("00:01:00;01", kNtsc, TimeDisplay::Timecode), std::nullopt);
  EXPECT_EQ(parseTime("00:01:00;03", kNtsc60, TimeDisplay::Timecode), std::nullopt);
  EXPECT_EQ(parseTime("00:00:00:25", Rational(25), TimeDisplay::Timecode), std::nullopt);
  EXPECT_EQ(parseTime("00:00:00:24", Rational(25), TimeDisplay::Timecode), 24);
  EXPECT_EQ(parseTime("00:00:60:00", Rational(25), TimeDisplay::Timecode), std::nullopt);
  EXPECT_EQ(parseTime("00:60:00:00", Rational(25), TimeDisplay::Timecode), std::nullopt);
  EXPECT_EQ(parseTime("400000000000000:00:00:00", Rational(25), TimeDisplay::Timecode), std::nullopt)
      << "beyond FrameIndex";
}

TEST(Timecode, ParsesSecondsToTheNearestFrame) {
  const Rational rate(30);
  for (TimeDisplay display : {TimeDisplay::Timecode, TimeDisplay::Frames, TimeDisplay::Seconds}) {
    EXPECT_EQ(parseTime("2 s", rate, display), 60);
    EXPECT_EQ(parseTime("2s", rate, display), 60);
    EXPECT_EQ(parseTime("2.000 s", rate, display), 60);
    EXPECT_EQ(parseTime(" 2.5 s ", rate, display), 75);
    EXPECT_EQ(parseTime("-2 s", rate, display), -60);
  }
  EXPECT_EQ(parseTime("2.01 s", rate, TimeDisplay::Seconds), 60);
  EXPECT_EQ(parseTime("2.02 s", rate, TimeDisplay::Seconds), 61);
  EXPECT_EQ(parseTime("59.993 s", kNtsc, TimeDisplay::Seconds), 1798);
  EXPECT_EQ(parseTime("60 s", kNtsc, TimeDisplay::Seconds), 1798) << "60 s falls nearest frame 1798 (59.993 s)";
}

TEST(Timecode, BareNumberIsInTheDisplaysOwnUnit) {
  const Rational rate(30);
  EXPECT_EQ(parseTime("1799", kNtsc, TimeDisplay::Frames), 1799);
  EXPECT_EQ(parseTime("1799", kNtsc, TimeDisplay::Timecode), 1799) << "a frame number, not digit-shifted timecode";
  EXPECT_EQ(parseTime("-4", rate, TimeDisplay::Frames), -4);
  EXPECT_EQ(parseTime("2", rate, TimeDisplay::Seconds), 60) << "the field shows seconds, so 2 means 2 s";
  EXPECT_EQ(parseTime("2.5", rate, TimeDisplay::Seconds), 75);
  EXPECT_EQ(parseTime("2.5", rate, TimeDisplay::Frames), std::nullopt) << "no fractional frames";
  EXPECT_EQ(parseTime("2.5", rate, TimeDisplay::Timecode), std::nullopt);
  EXPECT_EQ(parseTime("00:00:02:00", rate, TimeDisplay::Frames), 60) << "timecode is recognised in any display";
}

TEST(Timecode, GarbageIsRefused) {
  const Rational rate(25);
  const char* garbage[] = {"",
                           "   ",
                           "-",
                           "abc",
                           "12a",
                           "1e3",
                           "0x10",
                           "+5",
                           "--5",
                           "- 5",
                           "1 2",
                           "1.2.3 s",
                           "2. s",
                           ".5 s",
                           "s",
                           "5 ss",
                           "00:00:00:0a",
                           "00:00:00:",
                           ":00:00:00",
                           "::::",
                           "01:00",
                           "1:2:3",
                           "00:00:00:00:00",
                           "00:00:00:00 s",
                           "99999999999999999999",
                           "1000000000000000000000000000000000 s",
                           "1.0000000000000000000000001 s"};
  for (TimeDisplay display : {TimeDisplay::Timecode, TimeDisplay::Frames, TimeDisplay::Seconds}) {
    for (const char* text : garbage) {
      EXPECT_EQ(parseTime(text, rate, display), std::nullopt) << "'" << text << "' display " << int(display);
    }
  }
}

TEST(Timecode, RatesWithoutTimeFallBackToFrameNumbers) {
  EXPECT_EQ(timecode(5, Rational(0)), "5");
  EXPECT_EQ(seconds(5, Rational(-25)), "5");
  EXPECT_EQ(parseTime("5", Rational(0), TimeDisplay::Seconds), 5);
  EXPECT_EQ(parseTime("00:00:00:05", Rational(0), TimeDisplay::Timecode), std::nullopt);
  EXPECT_EQ(formatRulerLabel(7, Rational(0), TimeDisplay::Timecode), "7");
}

TEST(RulerLabel, TwoSecondsDoNotReadAsTwoMinutes) {
  EXPECT_EQ(rulerLabel(60, Rational(30)), "0:02");
  EXPECT_EQ(rulerLabel(50, Rational(25)), "0:02");
  EXPECT_EQ(rulerLabel(3600, Rational(30)), "2:00") << "two minutes";
  EXPECT_EQ(rulerLabel(0, Rational(25)), "0:00");
  EXPECT_EQ(rulerLabel(59 * 60 * 25 + 59 * 25, Rational(25)), "59:59");
  EXPECT_EQ(rulerLabel(90000, Rational(25)), "1:00:00");
  EXPECT_EQ(rulerLabel(90000 + 125, Rational(25)), "1:00:05");
  EXPECT_EQ(rulerLabel(-50, Rational(25)), "-0:02");
}

TEST(RulerLabel, FramesInsideASecondKeepTheFullTimecode) {
  EXPECT_EQ(rulerLabel(51, Rational(25)), "00:00:02:01");
  EXPECT_EQ(rulerLabel(1801, kNtsc), "00:01:00;03");
}

TEST(RulerLabel, DropFrameSecondStartsAtItsFirstRemainingLabel) {
  EXPECT_EQ(rulerLabel(1800, kNtsc), "1:00") << "00:01:00;02 is where the minute starts";
  EXPECT_EQ(rulerLabel(17982, kNtsc), "10:00");
  EXPECT_EQ(rulerLabel(107892, kNtsc), "1:00:00");
  EXPECT_EQ(rulerLabel(3600, kNtsc60), "1:00");
  EXPECT_EQ(rulerLabel(1830, kNtsc), "00:01:01;02") << "only the minute's first second starts at ;02";
  EXPECT_EQ(rulerLabel(1828, kNtsc), "1:01");
}

TEST(RulerLabel, FramesAndSecondsDisplays) {
  EXPECT_EQ(formatRulerLabel(60, Rational(30), TimeDisplay::Frames), "60");
  EXPECT_EQ(formatRulerLabel(60, Rational(30), TimeDisplay::Seconds), "2 s");
  EXPECT_EQ(formatRulerLabel(15, Rational(30), TimeDisplay::Seconds), "0.5 s");
  EXPECT_EQ(formatRulerLabel(60, kNtsc, TimeDisplay::Seconds), "2.002 s");
}

std::vector<FrameIndex> framesOf(const std::vector<RulerTick>& ticks) {
  std::vector<FrameIndex> frames;
  for (const RulerTick& tick : ticks) {
    EXPECT_EQ(tick.position.den(), 1) << tick.label;
    frames.push_back(tick.position.num());
  }
  return frames;
}

std::vector<std::string> labelsOf(const std::vector<RulerTick>& ticks) {
  std::vector<std::string> labels;
  for (const RulerTick& tick : ticks) labels.push_back(tick.label);
  return labels;
}

TEST(RulerTicks, FramesUseOneTwoFive) {
  // 10 frames are 30 px, under the 50 px a label needs; 20 are 60 px.
  const auto ticks = rulerTicks({0, 100}, Rational(25), TimeDisplay::Frames, 3.0, 50);
  EXPECT_EQ(framesOf(ticks), (std::vector<FrameIndex>{0, 20, 40, 60, 80}));
  EXPECT_EQ(labelsOf(ticks), (std::vector<std::string>{"0", "20", "40", "60", "80"}));
  EXPECT_EQ(framesOf(rulerTicks({15, 70}, Rational(25), TimeDisplay::Frames, 3.0, 50)),
            (std::vector<FrameIndex>{20, 40, 60}));
}

TEST(RulerTicks, TimecodeStepsAreWholeSecondsOnceFramesCrowd) {
  // 1 px a frame: 25 frames (25 px) and 2 s (50 px) are too close for 60 px labels, 5 s fit.
  const auto ticks = rulerTicks({0, 1000}, Rational(25), TimeDisplay::Timecode, 1.0, 60);
  EXPECT_EQ(framesOf(ticks), (std::vector<FrameIndex>{0, 125, 250, 375, 500, 625, 750, 875}));
  EXPECT_EQ(labelsOf(ticks),
            (std::vector<std::string>{"0:00", "0:05", "0:10", "0:15", "0:20", "0:25", "0:30", "0:35"}));
}

TEST(RulerTicks, SubSecondTimecodeStepsDivideTheSecond) {
  // 8 px a frame, 60 px labels: 8 frames (64 px) is the smallest divisor of
  // 24 that fits, so every second starts with a tick.
  const auto ticks = rulerTicks({0, 49}, Rational(24), TimeDisplay::Timecode, 8.0, 60);
  EXPECT_EQ(framesOf(ticks), (std::vector<FrameIndex>{0, 8, 16, 24, 32, 40, 48}));
  EXPECT_EQ(labelsOf(ticks)[3], "0:01");
  EXPECT_EQ(labelsOf(ticks)[1], "00:00:00:08");
}

TEST(RulerTicks, DropFrameWholeSecondTickMovesToTheMinutesFirstFrame) {
  // 2 px a frame, 60 px labels: 1 s can be 28 frames (56 px) across a minute, so 2 s.
  const auto ticks = rulerTicks({1700, 1900}, kNtsc, TimeDisplay::Timecode, 2.0, 60);
  EXPECT_EQ(framesOf(ticks), (std::vector<FrameIndex>{1740, 1800, 1858}));
  EXPECT_EQ(labelsOf(ticks), (std::vector<std::string>{"0:58", "1:00", "1:02"}));
}

TEST(RulerTicks, DropFrameSubSecondTicksSkipTheDroppedLabels) {
  const auto ticks = rulerTicks({1790, 1806}, kNtsc, TimeDisplay::Timecode, 30.0, 60);
  EXPECT_EQ(framesOf(ticks), (std::vector<FrameIndex>{1790, 1792, 1794, 1796, 1798, 1800, 1802, 1804}));
  EXPECT_EQ(labelsOf(ticks)[4], "00:00:59;28");
  EXPECT_EQ(labelsOf(ticks)[5], "1:00");
  EXPECT_EQ(labelsOf(ticks)[6], "00:01:00;04");
  // Steps of 3 put a tick on the skipped ;00; it is left out rather than
  // crowding ;03 one frame later.
  const auto threes = rulerTicks({1794, 1806}, kNtsc, TimeDisplay::Timecode, 20.0, 60);
  EXPECT_EQ(framesOf(threes), (std::vector<FrameIndex>{1794, 1797, 1801, 1804}));
}

TEST(RulerTicks, SecondsSitAtTheExactSecond) {
  // 29.97 fps at 3 px a frame is 89.9 px a second: 0.5 s (45 px) is under 50.
  const auto ticks = rulerTicks({0, 100}, kNtsc, TimeDisplay::Seconds, 3.0, 50);
  ASSERT_EQ(ticks.size(), 4u);
  EXPECT_EQ(ticks[0], (RulerTick{Rational(0), "0 s"}));
  EXPECT_EQ(ticks[2], (RulerTick{Rational(60000, 1001), "2 s"}));
  EXPECT_EQ(ticks[3], (RulerTick{Rational(90000, 1001), "3 s"}));
  // 25 fps at 40 px a frame is 1000 px a second: 0.05 s (50 px) is under 60.
  const auto tenths = rulerTicks({0, 10}, Rational(25), TimeDisplay::Seconds, 40.0, 60);
  EXPECT_EQ(labelsOf(tenths), (std::vector<std::string>{"0 s", "0.1 s", "0.2 s", "0.3 s"}));
  EXPECT_EQ(tenths[1].position, Rational(5, 2));
}

TEST(RulerTicks, NothingBeforeFrameZeroOrWithoutScale) {
  EXPECT_EQ(framesOf(rulerTicks({-100, 30}, Rational(25), TimeDisplay::Frames, 3.0, 50)),
            (std::vector<FrameIndex>{0, 20}));
  EXPECT_TRUE(rulerTicks({0, 100}, Rational(25), TimeDisplay::Frames, 0.0, 50).empty());
  EXPECT_TRUE(rulerTicks({50, 50}, Rational(25), TimeDisplay::Timecode, 1.0, 50).empty());
}

// Whatever the zoom, ticks are ordered, inside the range and far enough apart.
TEST(RulerTicks, LabelsNeverOverlapAtAnyZoom) {
  const Rational rates[] = {Rational(25), Rational(30), kFilm, kNtsc, kNtsc60, Rational(1, 2)};
  std::vector<double> zooms;  // pixels per frame, 1e-5 to 300 in 5% steps
  for (double zoom = 1e-5; zoom < 300; zoom *= 1.05) zooms.push_back(zoom);
  const FrameRange visible{0, 400000};
  for (Rational rate : rates) {
    for (TimeDisplay display : {TimeDisplay::Timecode, TimeDisplay::Frames, TimeDisplay::Seconds}) {
      for (double pixelsPerFrame : zooms) {
        const double minLabel = 70;
        // The visible span is what fits a 2000 px widget at this zoom.
        const FrameRange span{visible.first, std::min<FrameIndex>(visible.end, FrameIndex(2000 / pixelsPerFrame) + 1)};
        const auto ticks = rulerTicks(span, rate, display, pixelsPerFrame, minLabel);
        SCOPED_TRACE(testing::Message() << rate.num() << "/" << rate.den() << " display " << int(display) << " zoom "
                                        << pixelsPerFrame);
        ASSERT_FALSE(ticks.empty());
        for (std::size_t i = 0; i < ticks.size(); ++i) {
          EXPECT_GE(ticks[i].position, Rational(span.first));
          EXPECT_LT(ticks[i].position, Rational(span.end));
          if (display == TimeDisplay::Timecode) {
            EXPECT_EQ(ticks[i].label, formatRulerLabel(ticks[i].position.floor(), rate, display));
          }
          if (i == 0) continue;
          const double gap = (ticks[i].position - ticks[i - 1].position).toDouble() * pixelsPerFrame;
          EXPECT_GE(gap, minLabel) << ticks[i - 1].label << " to " << ticks[i].label;
        }
      }
    }
  }
}

}  // namespace
}  // namespace marionette::timeline
