#include "app/cli/animate_options.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>

#include "core/timeline/project_file.h"

namespace marionette::cli {

const std::set<std::string> kAnimateValueOptions = {
    "-o",        "--output", "--ref",  "--pose",   "--expression", "--pose-gain", "--expression-gain",
    "--regions", "--smooth", "--face", "--preset", "--duration",   "--fps",       "--size",
    "--layout",  "--format", "--crf",  "--speed",  "--device",     "--model",     "--save-project"};
const std::set<std::string> kAnimateFlagOptions = {"--absolute-pose", "--crop", "--no-audio", "--teeth-from-driver",
                                                   "--force"};

namespace {

constexpr int kMinSide = timeline::kMinRenderSide, kMaxSide = timeline::kMaxRenderSide;
constexpr double kMaxGain = 3;
// Options that only mean something with a driving video.
constexpr std::array<const char*, 10> kDriverOptions = {
    "--ref",     "--pose",   "--expression",    "--pose-gain",         "--expression-gain",
    "--regions", "--smooth", "--absolute-pose", "--teeth-from-driver", "--no-audio"};

template <class Number>
std::optional<Number> parseNumber(std::string_view text) {
  Number value{};
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

Error badValue(std::string_view option, std::string_view expected, std::string_view text) {
  return makeError("option " + std::string(option) + " expects " + std::string(expected) + ", got '" +
                   std::string(text) + "'");
}

Result<TrackChoice> parseTrackChoice(std::string_view option, std::string_view text) {
  if (text == "driving") return TrackChoice{TrackSource::Driving, 0};
  if (text == "source") return TrackChoice{TrackSource::Source, 0};
  if (text.rfind("hold:", 0) == 0) {
    if (auto frame = parseNumber<int>(text.substr(5)); frame && *frame >= 0)
      return TrackChoice{TrackSource::Hold, *frame};
  }
  return badValue(option, "driving, source or hold:FRAME", text);
}

Result<std::set<FaceRegion>> parseRegions(std::string_view text) {
  std::set<FaceRegion> regions;
  while (true) {
    const std::size_t comma = text.find(',');
    const std::string_view word = text.substr(0, comma);
    auto region = regionFromName(word);
    if (!region) return badValue("--regions", "a list of eyes, brows and mouth", word);
    regions.insert(*region);
    if (comma == std::string_view::npos) return regions;
    text.remove_prefix(comma + 1);
  }
}

// 25, 30000/1001 or 29.97; the NTSC decimals map to their exact fractions.
Result<Rational> parseFrameRate(std::string_view text) {
  std::optional<Rational> rate;
  if (const std::size_t slash = text.find('/'); slash != std::string_view::npos) {
    auto num = parseNumber<std::int64_t>(text.substr(0, slash));
    auto den = parseNumber<std::int64_t>(text.substr(slash + 1));
    if (num && den && *den > 0) rate = Rational(*num, *den);
  } else if (auto value = parseNumber<double>(text); value && std::isfinite(*value)) {
    rate = Rational(std::llround(*value * 1000), 1000);
    for (int ntsc : {24, 30, 48, 60, 120})
      if (std::abs(*value - ntsc * 1000 / 1001.0) < 0.006) rate = Rational(ntsc * 1000, 1001);
  }
  if (!rate) return badValue("--fps", "a frame rate such as 25, 30000/1001 or 29.97", text);
  if (*rate < Rational(1) || *rate > Rational(240))
    return makeError("option --fps must be between 1 and 240, got " + std::string(text));
  return *rate;
}

Result<std::pair<int, int>> parseSize(std::string_view text) {
  const std::size_t x = text.find_first_of("xX");
  if (x != std::string_view::npos) {
    auto width = parseNumber<int>(text.substr(0, x));
    auto height = parseNumber<int>(text.substr(x + 1));
    if (width && height) {
      if (std::min(*width, *height) < kMinSide || std::max(*width, *height) > kMaxSide)
        return makeError("option --size must be between 16x16 and 8192x8192, got " + std::string(text));
      return std::pair{*width, *height};
    }
  }
  return badValue("--size", "WIDTHxHEIGHT such as 512x512", text);
}

// What each --format writes: a file with one extension, or (png) a folder.
struct FormatName {
  ExportFormat format;
  const char* name;       // as --format takes it
  const char* extension;  // nullptr: a folder of frames
};
constexpr std::array<FormatName, 4> kFormatNames = {{{ExportFormat::Mp4, "mp4", ".mp4"},
                                                     {ExportFormat::Ffv1, "ffv1", ".mkv"},
                                                     {ExportFormat::ProRes, "prores", ".mov"},
                                                     {ExportFormat::PngSequence, "png", nullptr}}};
// Names that say "a file", never a folder of frames.
constexpr std::array<const char*, 10> kFileExtensions = {".mp4",  ".mov", ".mkv", ".m4v", ".avi",
                                                         ".webm", ".gif", ".png", ".jpg", ".jpeg"};

const FormatName& formatName(ExportFormat format) {
  return *std::find_if(kFormatNames.begin(), kFormatNames.end(),
                       [format](const FormatName& f) { return f.format == format; });
}

Result<ExportFormat> parseFormat(std::string_view text) {
  for (const FormatName& f : kFormatNames)
    if (text == f.name) return f.format;
  return badValue("--format", "mp4, png, ffv1 or prores", text);
}

bool endsWithSlash(const std::string& path) { return !path.empty() && path.back() == '/'; }

// "out.MP4" -> ".mp4"; a trailing '/' is ignored ("out.mp4/" -> ".mp4").
std::string lowerExtension(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

bool namesAFile(const std::string& path) {
  const std::string extension = lowerExtension(path);
  return std::find(kFileExtensions.begin(), kFileExtensions.end(), extension) != kFileExtensions.end();
}

bool isFolder(const std::string& path) {
  std::error_code ec;
  return endsWithSlash(path) || std::filesystem::is_directory(path, ec);
}

// Without --format: a path ending in '/', or an existing folder whose name
// does not say "file", means a PNG sequence; anything else a video (H.264 in
// the container its extension names).
ExportFormat impliedFormat(const std::string& output) {
  if (endsWithSlash(output) || (isFolder(output) && !namesAFile(output))) return ExportFormat::PngSequence;
  return ExportFormat::Mp4;
}

// "out.mov" -> "out.mp4": the path with the format's own extension.
std::string renamed(const std::string& path, const char* extension) {
  std::string base = path;
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  return std::filesystem::path(base).replace_extension(extension).string();
}

// An explicit --format that the destination's name contradicts: a folder
// for a video format, a video name for a folder of frames, another
// container's extension.
Status checkFormatFitsPath(const std::string& path, ExportFormat format) {
  const FormatName& f = formatName(format);
  const std::string quoted = "'" + path + "'";
  if (!f.extension) {
    if (!namesAFile(path)) return {};
    std::string folder = path;
    while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
    folder = std::filesystem::path(folder).replace_extension().string() + "/";
    return makeError("-o " + quoted + " names a " + lowerExtension(path) +
                     " file, but --format png writes a folder of frames: use -o " + folder +
                     " or leave out --format png");
  }
  if (isFolder(path))
    return makeError("-o " + quoted + " is a folder, but --format " + f.name + " writes one " + f.extension +
                     " file: name the file, e.g. -o " + renamed(path, f.extension));
  const std::string extension = lowerExtension(path);
  if (extension == f.extension) return {};
  std::string other;
  for (const FormatName& candidate : kFormatNames)
    if (candidate.extension && extension == candidate.extension)
      other = ", or --format " + std::string(candidate.name) + " for " + extension;
  return makeError("-o " + quoted + " does not fit --format " + f.name + ", which writes " + f.extension +
                   " files: use -o " + renamed(path, f.extension) + other);
}

// Parses an option's value into `field` when the option is given.
template <class Field, class Parse>
Status readOption(const Arguments& args, const char* option, Parse parse, Field& field) {
  auto text = args.value(option);
  if (!text) return {};
  auto parsed = parse(*text);
  if (!parsed) return parsed.error();
  field = *parsed;
  return {};
}

Status readNumber(const Arguments& args, const char* option, double minimum, double maximum, double& field) {
  auto value = args.number(option, field, minimum, maximum);
  if (!value) return value.error();
  field = *value;
  return {};
}

Status parseRetarget(const Arguments& args, AnimateSetup& setup) {
  if (auto ref = args.value("--ref"); !ref || *ref == "rest") {
    setup.clip.restReference = true;
    setup.clip.referenceFrame = 0;
  } else if (*ref == "auto") {
    setup.clip.restReference = false;
    setup.clip.referenceFrame = std::nullopt;
  } else {
    auto frame = args.integer("--ref", 0, 0, 10'000'000);
    if (!frame) return badValue("--ref", "a frame number, auto or rest", *ref);
    setup.clip.restReference = false;
    setup.clip.referenceFrame = *frame;
  }
  RetargetOptions& r = setup.clip.retarget;
  for (auto [option, choice] : {std::pair{"--pose", &r.pose}, std::pair{"--expression", &r.expression}}) {
    auto parse = [option](std::string_view text) { return parseTrackChoice(option, text); };
    if (Status ok = readOption(args, option, parse, *choice); !ok) return ok;
  }
  r.absolutePose = args.flag("--absolute-pose");
  for (Status ok : {readNumber(args, "--pose-gain", 0, kMaxGain, r.poseGain),
                    readNumber(args, "--expression-gain", 0, kMaxGain, r.expressionGain),
                    readNumber(args, "--smooth", 0, 1, setup.trackingSmoothing),
                    readOption(args, "--regions", parseRegions, r.regions)})
    if (!ok) return ok;
  return {};
}

Status parseMotionSource(const Arguments& args, AnimateSetup& setup) {
  const auto& positionals = args.positionals();
  setup.portraitPath = positionals[0];
  if (positionals.size() == 2) setup.drivingPath = positionals[1];
  timeline::ClipSetup& clip = setup.clip;
  if (auto list = args.value("--preset")) {
    auto presets = parsePresets(*list);
    if (!presets) return makeError("option --preset: " + presets.error().message);
    clip.presets = *presets;
  }
  if (setup.drivingPath.empty()) {
    if (clip.presets.empty()) return makeError("animate needs a driving video or --preset LIST --duration SECONDS");
    for (const char* option : kDriverOptions)
      if (args.value(option) || args.flag(option)) return makeError(std::string(option) + " needs a driving video");
    if (!args.value("--duration")) return makeError("--preset without a driving video needs --duration SECONDS");
    if (Status ok = readNumber(args, "--duration", 0.04, 3600, clip.presetSeconds); !ok) return ok;
    return readOption(args, "--fps", parseFrameRate, clip.presetFrameRate);
  }
  for (const char* option : {"--duration", "--fps"})
    if (args.value(option)) return makeError(std::string(option) + " is for preset clips; the driving video sets it");
  return parseRetarget(args, setup);
}

}  // namespace

Status parseOutput(const Arguments& args, timeline::RenderSettings& render, ProjectOutput& output) {
  auto path = args.value("-o") ? args.value("-o") : args.value("--output");
  if (!path || path->empty()) return makeError("the command needs an output (-o OUT.mp4 or -o FOLDER/)");
  output.path = *path;
  output.overwrite = args.flag("--force");
  output.format = impliedFormat(*path);
  if (Status ok = readOption(args, "--format", parseFormat, output.format); !ok) return ok;
  if (args.value("--format"))
    if (Status ok = checkFormatFitsPath(*path, output.format); !ok) return ok;
  auto crf = args.integer("--crf", render.crf, 0, timeline::kMaxCrf);
  if (!crf) return crf.error();
  render.crf = *crf;
  if (auto speed = args.value("--speed")) {
    if (std::find(timeline::kRenderSpeeds.begin(), timeline::kRenderSpeeds.end(), *speed) ==
        timeline::kRenderSpeeds.end())
      return badValue("--speed", "an x264 preset from ultrafast to veryslow", *speed);
    render.speed = *speed;
  }
  std::pair<int, int> size{render.width, render.height};
  if (Status ok = readOption(args, "--size", parseSize, size); !ok) return ok;
  std::tie(render.width, render.height) = size;
  render.cropToFace = render.cropToFace || args.flag("--crop");
  if (auto layout = args.value("--layout")) {
    if (*layout != "side-by-side" && *layout != "result")
      return badValue("--layout", "side-by-side or result", *layout);
    render.sideBySide = *layout == "side-by-side";
  }
  render.audio = render.audio && !args.flag("--no-audio");
  return {};
}

Status parseDevice(const Arguments& args, WarpRendererOptions& renderer) {
  if (auto device = args.value("--device")) {
    auto parsed = parseDeviceChoice(*device);
    if (!parsed) return badValue("--device", "auto, cpu or cuda", *device);
    renderer.device = *parsed;
  }
  return {};
}

Result<AnimateCommand> parseAnimateCommand(const Arguments& args) {
  const std::size_t count = args.positionals().size();
  if (count < 1 || count > 2) return makeError("animate takes a portrait and an optional driving video");
  AnimateCommand command;
  if (Status ok = parseMotionSource(args, command.setup); !ok) return ok.error();
  if (Status ok = parseOutput(args, command.setup.render, command.output); !ok) return ok.error();
  auto face = args.integer("--face", 0, 0, 1000);
  if (!face) return face.error();
  command.setup.faceIndex = *face;
  if (Status ok = parseDevice(args, command.renderer); !ok) return ok.error();
  command.setup.render.teethFromDriver = args.flag("--teeth-from-driver");
  command.modelPath = args.value("--model");
  if ((command.projectPath = args.value("--save-project"))) {
    const std::string& path = *command.projectPath;
    const std::string extension = timeline::kProjectExtension;
    if (path.size() <= extension.size() ||
        path.compare(path.size() - extension.size(), extension.size(), extension) != 0)
      return badValue("--save-project", "a file name ending in .marionette", path);
  }
  return command;
}

}  // namespace marionette::cli
