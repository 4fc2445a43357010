// The animate command line turned into its setup and output, in-process: every
// rejected value names the option and what it expects.
#include "app/cli/animate_options.h"

#include <gtest/gtest.h>

namespace marionette::cli {
namespace {

Result<AnimateCommand> parse(const std::vector<std::string>& words) {
  auto args = Arguments::parse(words, kAnimateValueOptions, kAnimateFlagOptions);
  if (!args) return args.error();
  return parseAnimateCommand(*args);
}

TEST(AnimateOptions, DriverRunWithEveryMotionOption) {
  auto c = parse({"me.jpg",
                  "drive.mp4",
                  "-o",
                  "out.mov",
                  "--ref",
                  "auto",
                  "--absolute-pose",
                  "--pose",
                  "hold:12",
                  "--expression",
                  "source",
                  "--pose-gain",
                  "0.5",
                  "--expression-gain",
                  "1.5",
                  "--regions",
                  "eyes,mouth",
                  "--smooth",
                  "0.2",
                  "--face",
                  "1",
                  "--size",
                  "640x360",
                  "--crop",
                  "--layout",
                  "side-by-side",
                  "--format",
                  "prores",
                  "--crf",
                  "23",
                  "--speed",
                  "medium",
                  "--no-audio",
                  "--device",
                  "cpu",
                  "--teeth-from-driver",
                  "--force",
                  "--model",
                  "m.dat"});
  ASSERT_TRUE(c.ok()) << c.error().message;
  const AnimateSetup& r = c->setup;
  const timeline::ClipSetup& clip = r.clip;
  EXPECT_EQ(r.portraitPath, "me.jpg");
  EXPECT_EQ(r.drivingPath, "drive.mp4");
  EXPECT_FALSE(clip.referenceFrame.has_value());
  EXPECT_TRUE(clip.retarget.absolutePose);
  EXPECT_EQ(clip.retarget.pose.source, TrackSource::Hold);
  EXPECT_EQ(clip.retarget.pose.holdFrame, 12);
  EXPECT_EQ(clip.retarget.expression.source, TrackSource::Source);
  EXPECT_DOUBLE_EQ(clip.retarget.poseGain, 0.5);
  EXPECT_DOUBLE_EQ(clip.retarget.expressionGain, 1.5);
  EXPECT_EQ(clip.retarget.regions, (std::set<FaceRegion>{FaceRegion::Eyes, FaceRegion::Mouth}));
  EXPECT_DOUBLE_EQ(r.trackingSmoothing, 0.2);
  EXPECT_EQ(r.faceIndex, 1);
  EXPECT_EQ(r.render.width, 640);
  EXPECT_EQ(r.render.height, 360);
  EXPECT_TRUE(r.render.cropToFace);
  EXPECT_TRUE(r.render.sideBySide);
  EXPECT_EQ(c->output.format, ExportFormat::ProRes);
  EXPECT_EQ(r.render.crf, 23);
  EXPECT_EQ(r.render.speed, "medium");
  EXPECT_TRUE(c->output.overwrite);
  EXPECT_FALSE(r.render.audio);
  EXPECT_TRUE(r.render.teethFromDriver);
  EXPECT_EQ(c->renderer.device, DeviceChoice::Cpu);
  EXPECT_EQ(c->modelPath, "m.dat");
}

TEST(AnimateOptions, PresetClipDefaultsAndFrameRates) {
  auto c = parse({"me.jpg", "--preset", "nod, smile", "--duration", "2.5", "-o", "frames/"});
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->setup.clip.presets, (std::vector<Preset>{Preset::Nod, Preset::Smile}));
  EXPECT_DOUBLE_EQ(c->setup.clip.presetSeconds, 2.5);
  EXPECT_EQ(c->setup.clip.presetFrameRate, Rational(25));
  EXPECT_EQ(c->output.format, ExportFormat::PngSequence) << "a path ending in / is a folder of PNGs";
  EXPECT_EQ(c->setup.clip.referenceFrame, 0) << "relative to the first driver frame by default";
  EXPECT_TRUE(c->setup.render.audio);
  for (auto [text, rate] : {std::pair{"30000/1001", Rational(30000, 1001)}, std::pair{"29.97", Rational(30000, 1001)},
                            std::pair{"23.976", Rational(24000, 1001)}, std::pair{"12.5", Rational(25, 2)},
                            std::pair{"60", Rational(60)}}) {
    auto withRate = parse({"me.jpg", "--preset", "nod", "--duration", "1", "--fps", text, "-o", "o.mp4"});
    ASSERT_TRUE(withRate.ok()) << text << ": " << withRate.error().message;
    EXPECT_EQ(withRate->setup.clip.presetFrameRate, rate) << text;
  }
}

TEST(AnimateOptions, EveryBadValueIsNamed) {
  const std::string p = "me.jpg";
  struct Case {
    std::vector<std::string> words;
    const char* message;
  };
  const std::vector<Case> cases = {
      {{}, "animate takes a portrait and an optional driving video"},
      {{p, p, p, "-o", "x.mp4"}, "animate takes a portrait and an optional driving video"},
      {{p, "-o", "x.mp4"}, "needs a driving video or --preset"},
      {{p, "--preset", "nod", "--duration", "2"}, "needs an output"},
      {{p, "--preset", "nod,jump", "--duration", "2", "-o", "x.mp4"},
       "unknown preset 'jump' (valid: nod, shake, tilt, lookAround, blink, wink, smile, talk, browRaise)"},
      {{p, "--preset", "nod", "-o", "x.mp4"}, "needs --duration SECONDS"},
      {{p, "--preset", "nod", "--duration", "0", "-o", "x.mp4"}, "--duration must be between"},
      {{p, "--preset", "nod", "--duration", "2", "--fps", "fast", "-o", "x.mp4"}, "frame rate such as 25"},
      {{p, "--preset", "nod", "--duration", "2", "--fps", "1000", "-o", "x.mp4"}, "--fps must be between 1 and 240"},
      {{p, "--preset", "nod", "--duration", "2", "--ref", "3", "-o", "x.mp4"}, "--ref needs a driving video"},
      {{p, "--preset", "nod", "--duration", "2", "--no-audio", "-o", "x.mp4"}, "--no-audio needs a driving video"},
      {{p, p, "--duration", "2", "-o", "x.mp4"}, "--duration is for preset clips"},
      {{p, p, "--pose", "sideways", "-o", "x.mp4"}, "--pose expects driving, source or hold:FRAME, got 'sideways'"},
      {{p, p, "--expression", "hold:x", "-o", "x.mp4"}, "--expression expects driving, source or hold:FRAME"},
      {{p, p, "--regions", "eyes,nose", "-o", "x.mp4"},
       "--regions expects a list of eyes, brows and mouth, got 'nose'"},
      {{p, p, "--ref", "first", "-o", "x.mp4"}, "--ref expects a frame number, auto or rest"},
      {{p, p, "--ref", "-2", "-o", "x.mp4"}, "--ref expects a frame number, auto or rest"},
      {{p, p, "--pose-gain", "9", "-o", "x.mp4"}, "--pose-gain must be between 0 and 3"},
      {{p, p, "--smooth", "-1", "-o", "x.mp4"}, "--smooth must be between 0 and 1"},
      {{p, p, "--face", "one", "-o", "x.mp4"}, "--face expects a whole number"},
      {{p, p, "--size", "12x12", "-o", "x.mp4"}, "--size must be between 16x16 and 8192x8192"},
      {{p, p, "--size", "big", "-o", "x.mp4"}, "--size expects WIDTHxHEIGHT"},
      {{p, p, "--format", "gif", "-o", "x.mp4"}, "--format expects mp4, png, ffv1 or prores"},
      {{p, p, "--crf", "60", "-o", "x.mp4"}, "--crf must be between 0 and 51"},
      {{p, p, "--speed", "warp", "-o", "x.mp4"}, "--speed expects an x264 preset"},
      {{p, p, "--device", "gpu", "-o", "x.mp4"}, "--device expects auto, cpu or cuda"},
      {{p, p, "--layout", "grid", "-o", "x.mp4"}, "--layout expects side-by-side or result"},
      {{p, p, "--bogus", "-o", "x.mp4"}, "unknown option '--bogus'"},
      {{p, p, "-o"}, "option -o needs a value"},
      // A value option given twice is an error, not "the last one wins".
      {{p, p, "-o", "a.mp4", "-o", "b.mp4"}, "option -o/--output is given twice ('a.mp4' and 'b.mp4'); give it once"},
      {{p, p, "-o", "a.mp4", "--output", "b.mp4"}, "option -o/--output is given twice ('a.mp4' and 'b.mp4')"},
      {{p, p, "--output=a.mp4", "-o", "a.mp4"}, "option -o/--output is given twice"},
      {{p, p, "--crf", "20", "--crf=22", "-o", "x.mp4"}, "option --crf is given twice ('20' and '22')"},
      {{p, p, "--regions", "eyes", "--regions", "mouth", "-o", "x.mp4"}, "option --regions is given twice"},
      // A destination whose name contradicts --format: one line saying what to do.
      {{p, p, "-o", "out.mp4", "--format", "png"},
       "-o 'out.mp4' names a .mp4 file, but --format png writes a folder of frames: use -o out/ or leave out --format "
       "png"},
      {{p, p, "-o", "out.mp4/", "--format", "png"}, "-o 'out.mp4/' names a .mp4 file, but --format png"},
      {{p, p, "-o", "shot.PNG", "--format", "png"}, "names a .png file, but --format png writes a folder of frames"},
      {{p, p, "-o", "out/", "--format", "mp4"},
       "-o 'out/' is a folder, but --format mp4 writes one .mp4 file: name the file, e.g. -o out.mp4"},
      {{p, p, "-o", "out.mov", "--format", "mp4"},
       "-o 'out.mov' does not fit --format mp4, which writes .mp4 files: use -o out.mp4, or --format prores for .mov"},
      {{p, p, "-o", "out.mp4", "--format", "ffv1"},
       "-o 'out.mp4' does not fit --format ffv1, which writes .mkv files: use -o out.mkv, or --format mp4 for .mp4"},
      {{p, p, "-o", "out.mkv", "--format", "prores"},
       "does not fit --format prores, which writes .mov files: use -o out.mov, or --format ffv1 for .mkv"},
      {{p, p, "-o", "out", "--format", "prores"},
       "does not fit --format prores, which writes .mov files: use -o out.mov"},
  };
  for (const Case& c : cases) {
    std::string line;
    for (const std::string& w : c.words) line += w + " ";
    auto parsed = parse(c.words);
    ASSERT_FALSE(parsed.ok()) << line;
    EXPECT_NE(parsed.error().message.find(c.message), std::string::npos)
        << line << "\n  expected: " << c.message << "\n  got: " << parsed.error().message;
  }
}

// Each format with the name that fits it; without --format the name decides.
TEST(AnimateOptions, EachFormatTakesTheNameThatFitsIt) {
  struct Case {
    std::vector<std::string> output;
    ExportFormat format;
  };
  const std::vector<Case> cases = {
      {{"-o", "a.mp4", "--format", "mp4"}, ExportFormat::Mp4},
      {{"-o", "a.MP4", "--format", "mp4"}, ExportFormat::Mp4},
      {{"-o", "a.mkv", "--format", "ffv1"}, ExportFormat::Ffv1},
      {{"-o", "a.mov", "--format", "prores"}, ExportFormat::ProRes},
      {{"-o", "frames/", "--format", "png"}, ExportFormat::PngSequence},
      {{"-o", "frames", "--format", "png"}, ExportFormat::PngSequence},
      {{"-o", "take.2", "--format", "png"}, ExportFormat::PngSequence},
      {{"-o", "frames/"}, ExportFormat::PngSequence},
      {{"-o", "a.mp4"}, ExportFormat::Mp4},
      {{"-o", "a.mkv"}, ExportFormat::Mp4},  // H.264 in the container the name asks for, as before
  };
  for (const Case& c : cases) {
    std::vector<std::string> words = {"me.jpg", "drive.mp4"};
    words.insert(words.end(), c.output.begin(), c.output.end());
    auto parsed = parse(words);
    ASSERT_TRUE(parsed.ok()) << c.output[1] << ": " << parsed.error().message;
    EXPECT_EQ(parsed->output.format, c.format) << c.output[1];
  }
}

TEST(Arguments, EveryValueOptionIsGivenOnceFlagsMayRepeat) {
  auto twice = Arguments::parse({"in.mp4", "--smooth", "0.1", "--smooth", "0.2"}, {"--smooth"}, {"--force"});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().message, "option --smooth is given twice ('0.1' and '0.2'); give it once");
  auto output = Arguments::parse({"-o", "a.json", "--output", "b.json"}, {"-o", "--output"}, {});
  ASSERT_FALSE(output.ok());
  EXPECT_EQ(output.error().message, "option -o/--output is given twice ('a.json' and 'b.json'); give it once");
  auto once = Arguments::parse({"--output", "a.json", "--force", "--force"}, {"-o", "--output"}, {"--force"});
  ASSERT_TRUE(once.ok()) << once.error().message;
  EXPECT_EQ(once->value("-o"), "a.json") << "-o and --output are one option";
  EXPECT_EQ(once->value("--output"), "a.json");
  EXPECT_TRUE(once->flag("--force"));
}

}  // namespace
}  // namespace marionette::cli
