// The JSON form of a project (see project_file.h) and its migrations.
#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/base/file_check.h"
#include "core/timeline/media_hash.h"
#include "core/timeline/project_file.h"

namespace marionette::timeline {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr const char* kFormatName = "marionette-project";
constexpr int kMaxNesting = 32;
constexpr std::size_t kMaxPathLength = 4096;

// A malformed document. Thrown only inside this file by the readers below
// and turned into an Error at the API boundary, so that each of the many
// field checks stays one line.
struct FormatError {
  std::string message;
};

[[noreturn]] void fail(const std::string& where, const std::string& what) { throw FormatError{where + ": " + what}; }

const json& field(const json& object, const char* name, const std::string& where) {
  if (!object.is_object()) fail(where, "expected an object");
  auto it = object.find(name);
  if (it == object.end()) fail(where, std::string("missing \"") + name + "\"");
  return *it;
}

double number(const json& value, const std::string& where) {
  if (!value.is_number()) fail(where, "expected a number");
  const double v = value.get<double>();
  if (!std::isfinite(v)) fail(where, "not a finite number");
  return v;
}

std::int64_t integer(const json& value, const std::string& where, std::int64_t lo, std::int64_t hi) {
  if (!value.is_number_integer()) fail(where, "expected a whole number");
  const auto v = value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(hi)
                     ? hi + 1
                     : value.get<std::int64_t>();
  if (v < lo || v > hi) fail(where, "out of range (" + std::to_string(lo) + " to " + std::to_string(hi) + ")");
  return v;
}

bool boolean(const json& value, const std::string& where) {
  if (!value.is_boolean()) fail(where, "expected true or false");
  return value.get<bool>();
}

std::string text(const json& value, const std::string& where) {
  if (!value.is_string()) fail(where, "expected a string");
  return value.get<std::string>();
}

json timeToJson(Rational t) { return json::array({t.num(), t.den()}); }

Rational timeFrom(const json& value, const std::string& where) {
  if (!value.is_array() || value.size() != 2) fail(where, "expected a time [numerator, denominator]");
  const std::int64_t den = integer(value[1], where, 1, kMaxTimeDenominator);
  const std::int64_t num =
      integer(value[0], where, 0, static_cast<std::int64_t>(kMaxTimeSeconds) * kMaxTimeDenominator);
  return Rational(num, den);
}

// --- Media paths: relative to the project's folder when possible.

std::string storedPath(const std::string& path, const std::string& projectPath) {
  const fs::path media = fs::absolute(path).lexically_normal();
  const fs::path folder = fs::absolute(projectPath).parent_path().lexically_normal();
  const fs::path relative = media.lexically_relative(folder);
  return (relative.empty() ? media : relative).generic_string();
}

std::string resolvedPath(const std::string& stored, const std::string& projectPath, const std::string& where) {
  if (stored.empty() || stored.size() > kMaxPathLength || stored.find('\0') != std::string::npos)
    fail(where, "not a usable file path");
  const fs::path path(stored);
  if (path.is_absolute()) return path.lexically_normal().string();
  return (fs::absolute(projectPath).parent_path() / path).lexically_normal().string();
}

json mediaToJson(const MediaRef& ref, const std::string& projectPath) {
  return {{"path", storedPath(ref.path, projectPath)}, {"hash", hashToHex(ref.contentHash)}};
}

MediaRef mediaFrom(const json& value, const std::string& projectPath, const std::string& where) {
  MediaRef ref;
  ref.path = resolvedPath(text(field(value, "path", where), where + ".path"), projectPath, where + ".path");
  if (!hexToHash(text(field(value, "hash", where), where + ".hash"), ref.contentHash))
    fail(where + ".hash", "expected 16 hexadecimal digits");
  return ref;
}

// --- Motion of the portrait.

json motionToJson(const Motion& m) {
  const HeadPose& p = m.pose;
  json expression = json::array();
  for (float v : m.expression.values) expression.push_back(static_cast<double>(v));
  return {{"rotation", {p.rotation.w, p.rotation.x, p.rotation.y, p.rotation.z}},
          {"tx", p.tx},
          {"ty", p.ty},
          {"scale", p.scale},
          {"expression", expression}};
}

Motion motionFrom(const json& value, const std::string& where) {
  Motion m;
  const json& rotation = field(value, "rotation", where);
  if (!rotation.is_array() || rotation.size() != 4) fail(where + ".rotation", "expected [w, x, y, z]");
  m.pose.rotation = Quaternion{number(rotation[0], where), number(rotation[1], where), number(rotation[2], where),
                               number(rotation[3], where)};
  if (std::abs(m.pose.rotation.dot(m.pose.rotation) - 1) > 1e-6) fail(where + ".rotation", "not a unit quaternion");
  m.pose.tx = number(field(value, "tx", where), where + ".tx");
  m.pose.ty = number(field(value, "ty", where), where + ".ty");
  m.pose.scale = number(field(value, "scale", where), where + ".scale");
  if (!(m.pose.scale > 0)) fail(where + ".scale", "must be positive");
  const json& expression = field(value, "expression", where);
  if (!expression.is_array() || expression.size() != kExpressionDims)
    fail(where + ".expression", "expected " + std::to_string(kExpressionDims) + " numbers");
  for (int i = 0; i < kExpressionDims; ++i) {
    const double v = number(expression[i], where + ".expression");
    if (std::abs(v) > kMaxKeyValue) fail(where + ".expression", "value out of range");
    m.expression.values[i] = static_cast<float>(v);
  }
  return m;
}

// --- Tracks and curves.

json holdToJson(const HoldTarget& hold) {
  if (hold.fromDriver) return {{"driverFrame", hold.driverFrame}};
  json values = json::object();
  for (const TimelineChannel& c : timelineChannels())
    if (auto v = hold.values[c.id.index()]) values[std::string(c.key)] = *v;
  return {{"values", values}};
}

HoldTarget holdFrom(const json& value, const std::string& where) {
  HoldTarget hold;
  if (value.is_object() && value.contains("driverFrame")) {
    hold.driverFrame = integer(value["driverFrame"], where + ".driverFrame", 0, kMaxProjectFrames);
    return hold;
  }
  hold.fromDriver = false;
  const json& values = field(value, "values", where);
  if (!values.is_object()) fail(where + ".values", "expected an object");
  for (const auto& [key, v] : values.items()) {
    auto channel = channelFromKey(key);
    if (!channel) fail(where + ".values", "unknown channel \"" + key + "\"");
    hold.values[channel->index()] = number(v, where + ".values." + key);
  }
  return hold;
}

json trackToJson(const ModeTrack& track) {
  json segments = json::array();
  for (const ModeSegment& s : track.segments) {
    json segment = {{"start", timeToJson(s.start)}, {"mode", std::string(modeName(s.mode))}};
    if (s.mode == TrackMode::Hold) segment["hold"] = holdToJson(s.hold);
    segments.push_back(segment);
  }
  return {{"gain", track.gain}, {"smoothing", track.smoothing}, {"segments", segments}};
}

ModeTrack trackFrom(const json& value, const std::string& where) {
  ModeTrack track;
  track.gain = number(field(value, "gain", where), where + ".gain");
  track.smoothing = number(field(value, "smoothing", where), where + ".smoothing");
  const json& segments = field(value, "segments", where);
  if (!segments.is_array() || segments.empty() || segments.size() > kMaxSegmentsPerTrack)
    fail(where + ".segments", "expected a list of 1 to " + std::to_string(kMaxSegmentsPerTrack) + " modes");
  track.segments.clear();
  for (const json& s : segments) {
    ModeSegment segment;
    segment.start = timeFrom(field(s, "start", where), where + ".start");
    const std::string mode = text(field(s, "mode", where), where + ".mode");
    auto parsed = modeFromName(mode);
    if (!parsed) fail(where + ".mode", "unknown mode \"" + mode + "\"");
    segment.mode = *parsed;
    if (segment.mode == TrackMode::Hold) segment.hold = holdFrom(field(s, "hold", where), where + ".hold");
    track.segments.push_back(segment);
  }
  if (Status ok = track.validate(); !ok) fail(where, ok.error().message);
  return track;
}

constexpr std::array<std::pair<Interpolation, const char*>, 3> kInterpolations{
    {{Interpolation::Constant, "constant"}, {Interpolation::Linear, "linear"}, {Interpolation::Bezier, "bezier"}}};

json curveToJson(const Curve& curve) {
  json keys = json::array();
  for (const Keyframe& k : curve.keys()) {
    json key = {{"t", timeToJson(k.time)}, {"v", k.value}};
    for (auto [interpolation, name] : kInterpolations)
      if (interpolation == k.interpolation) key["interp"] = name;
    if (k.in != Handle{}) key["in"] = {k.in.dt, k.in.dv};
    if (k.out != Handle{}) key["out"] = {k.out.dt, k.out.dv};
    keys.push_back(key);
  }
  return keys;
}

Handle handleFrom(const json& key, const char* name, const std::string& where) {
  if (!key.contains(name)) return {};
  const json& h = key[name];
  if (!h.is_array() || h.size() != 2) fail(where + "." + name, "expected [dt, dv]");
  return {number(h[0], where), number(h[1], where)};
}

Curve curveFrom(const json& value, const std::string& where) {
  if (!value.is_array() || value.size() > kMaxKeysPerChannel) fail(where, "expected a list of keyframes");
  std::vector<Keyframe> keys;
  keys.reserve(value.size());
  for (const json& k : value) {
    Keyframe key;
    key.time = timeFrom(field(k, "t", where), where + ".t");
    key.value = number(field(k, "v", where), where + ".v");
    const std::string interpolation = text(field(k, "interp", where), where + ".interp");
    bool known = false;
    for (auto [i, name] : kInterpolations)
      if (interpolation == name) key.interpolation = i, known = true;
    if (!known) fail(where + ".interp", "unknown interpolation \"" + interpolation + "\"");
    key.in = handleFrom(k, "in", where);
    key.out = handleFrom(k, "out", where);
    keys.push_back(key);
  }
  auto curve = Curve::fromKeys(std::move(keys));
  if (!curve) fail(where, curve.error().message);
  return *curve;
}

json renderToJson(const RenderSettings& r) {
  return {{"width", r.width},
          {"height", r.height},
          {"cropToFace", r.cropToFace},
          {"sideBySide", r.sideBySide},
          {"teethFromDriver", r.teethFromDriver},
          {"audio", r.audio},
          {"crf", r.crf},
          {"speed", r.speed}};
}

RenderSettings renderFrom(const json& v, const std::string& where) {
  RenderSettings r;
  r.width = static_cast<int>(integer(field(v, "width", where), where + ".width", 0, 8192));
  r.height = static_cast<int>(integer(field(v, "height", where), where + ".height", 0, 8192));
  r.cropToFace = boolean(field(v, "cropToFace", where), where + ".cropToFace");
  r.sideBySide = boolean(field(v, "sideBySide", where), where + ".sideBySide");
  r.teethFromDriver = boolean(field(v, "teethFromDriver", where), where + ".teethFromDriver");
  r.audio = boolean(field(v, "audio", where), where + ".audio");
  r.crf = static_cast<int>(integer(field(v, "crf", where), where + ".crf", 0, 51));
  r.speed = text(field(v, "speed", where), where + ".speed");
  if (r.speed.size() > 16) fail(where + ".speed", "not an encoder speed");
  return r;
}

json projectToJson(const Project& p, const std::string& projectPath) {
  json regions = json::object();
  for (FaceRegion r : kRegions)
    regions[std::string(regionName(r))] = {{"followsExpression", p.region(r).followsExpression},
                                           {"track", trackToJson(p.region(r).track)}};
  json curves = json::object();
  for (const TimelineChannel& c : timelineChannels())
    if (!p.curve(c.id).empty()) curves[std::string(c.key)] = curveToJson(p.curve(c.id));
  json portrait = mediaToJson(p.portrait.file, projectPath);
  portrait["face"] = p.portrait.faceIndex;
  portrait["motion"] = p.portrait.motion ? motionToJson(*p.portrait.motion) : json(nullptr);
  json driver = nullptr;
  if (p.driver) {
    driver = mediaToJson(p.driver->file, projectPath);
    driver["trackingSmoothing"] = p.driver->trackingSmoothing;
  }
  const ProjectSettings& s = p.settings;
  return {{"format", kFormatName},
          {"version", kProjectSchemaVersion},
          {"settings",
           {{"frameRate", timeToJson(s.frameRate)},
            {"frameCount", s.frameCount},
            {"referenceFrame", s.referenceFrame},
            {"referenceRest", s.restReference},
            {"absolutePose", s.absolutePose}}},
          {"portrait", portrait},
          {"driver", driver},
          {"tracks", {{"pose", trackToJson(p.pose)}, {"expression", trackToJson(p.expression)}, {"regions", regions}}},
          {"curves", curves},
          {"render", renderToJson(p.render)}};
}

Project projectFromJson(const json& doc, const std::string& projectPath) {
  Project p;
  const json& s = field(doc, "settings", "project");
  p.settings.frameRate = timeFrom(field(s, "frameRate", "settings"), "settings.frameRate");
  p.settings.frameCount = integer(field(s, "frameCount", "settings"), "settings.frameCount", 1, kMaxProjectFrames);
  p.settings.referenceFrame =
      integer(field(s, "referenceFrame", "settings"), "settings.referenceFrame", 0, kMaxProjectFrames);
  p.settings.absolutePose = boolean(field(s, "absolutePose", "settings"), "settings.absolutePose");
  p.settings.restReference = boolean(field(s, "referenceRest", "settings"), "settings.referenceRest");

  const json& portrait = field(doc, "portrait", "project");
  p.portrait.file = mediaFrom(portrait, projectPath, "portrait");
  p.portrait.faceIndex =
      static_cast<int>(integer(field(portrait, "face", "portrait"), "portrait.face", 0, kMaxFaceIndex));
  if (const json& m = field(portrait, "motion", "portrait"); !m.is_null())
    p.portrait.motion = motionFrom(m, "portrait.motion");

  if (const json& d = field(doc, "driver", "project"); !d.is_null()) {
    p.driver = DriverMedia{};
    p.driver->file = mediaFrom(d, projectPath, "driver");
    p.driver->trackingSmoothing = number(field(d, "trackingSmoothing", "driver"), "driver.trackingSmoothing");
    if (p.driver->trackingSmoothing < 0 || p.driver->trackingSmoothing > 1)
      fail("driver.trackingSmoothing", "must be between 0 and 1");
  }

  const json& tracks = field(doc, "tracks", "project");
  p.pose = trackFrom(field(tracks, "pose", "tracks"), "tracks.pose");
  p.expression = trackFrom(field(tracks, "expression", "tracks"), "tracks.expression");
  const json& regions = field(tracks, "regions", "tracks");
  for (FaceRegion r : kRegions) {
    const std::string name(regionName(r));
    const json& region = field(regions, name.c_str(), "tracks.regions");
    p.region(r).followsExpression = boolean(field(region, "followsExpression", name), name + ".followsExpression");
    p.region(r).track = trackFrom(field(region, "track", name), "tracks.regions." + name);
  }

  const json& curves = field(doc, "curves", "project");
  if (!curves.is_object()) fail("curves", "expected an object");
  for (const auto& [key, value] : curves.items()) {
    auto channel = channelFromKey(key);
    if (!channel) fail("curves", "unknown channel \"" + key + "\"");
    p.curve(*channel) = curveFrom(value, "curves." + key);
  }
  p.render = renderFrom(field(doc, "render", "project"), "render");
  return p;
}

// A first pass over the text on nlohmann's SAX interface, before any DOM is
// built: it keeps nothing but a depth and a count, so a hostile file is
// refused in bounded memory (a DOM value costs 16 to ~120 bytes, so a file of
// millions of tiny values would take gigabytes). Deep nesting could also
// exhaust the stack of whatever walks the tree later.
class ShapeCheck final : public nlohmann::json_sax<json> {
 public:
  enum class Problem { None, Invalid, TooDeep, TooManyValues };
  Problem problem = Problem::None;

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool key(string_t&) override { return true; }
  bool start_object(std::size_t) override { return open(); }
  bool start_array(std::size_t) override { return open(); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    problem = Problem::Invalid;
    return false;
  }

 private:
  bool value() {
    if (++values_ <= kMaxProjectValues) return true;
    problem = Problem::TooManyValues;
    return false;
  }
  bool open() {
    if (++depth_ > kMaxNesting) {
      problem = Problem::TooDeep;
      return false;
    }
    return value();
  }
  bool close() {
    --depth_;
    return true;
  }
  std::size_t values_ = 0;
  int depth_ = 0;
};

Status checkShape(const std::string& text) {
  ShapeCheck check;
  json::sax_parse(text, &check);
  switch (check.problem) {
    case ShapeCheck::Problem::None:
      return {};
    case ShapeCheck::Problem::Invalid:
      return makeError("the project file is not valid JSON (truncated or damaged?)");
    case ShapeCheck::Problem::TooDeep:
      return makeError("the project file is nested too deeply (more than " + std::to_string(kMaxNesting) + " levels)");
    case ShapeCheck::Problem::TooManyValues:
      break;
  }
  return makeError("the project file holds too many values to be a project (the limit is " +
                   std::to_string(kMaxProjectValues) + ")");
}

}  // namespace

std::string projectToText(const Project& project, const std::string& projectPath) {
  return projectToJson(project, projectPath).dump(2) + "\n";
}

std::string renderFingerprint(const Project& project) {
  json doc = projectToJson(project, "/");
  // The media count by content, not by where they are; the portrait's
  // analysis follows from its content and face.
  json& portrait = doc["portrait"];
  portrait.erase("motion");
  if (project.portrait.file.contentHash != 0) portrait.erase("path");
  if (project.driver && project.driver->file.contentHash != 0) doc["driver"].erase("path");
  return hashToHex(hashBytes(doc.dump()));
}

Result<nlohmann::json> migrateV1ToV2(nlohmann::json doc) {
  try {
    // Version 1 had one mode per track for the whole clip, a list of
    // regions that follow the expression (the rest kept the portrait's own),
    // keyframe times in float seconds, and no render settings or caches.
    const Rational rate = timeFrom(field(doc, "frameRate", "project"), "frameRate");
    auto modeTrack = [&](const json& v, const std::string& where) {
      json segment = {{"start", {0, 1}}, {"mode", text(field(v, "mode", where), where + ".mode")}};
      if (segment["mode"] == "hold") segment["hold"] = {{"driverFrame", field(v, "holdFrame", where)}};
      return json{{"gain", field(v, "gain", where)}, {"smoothing", 0.0}, {"segments", json::array({segment})}};
    };
    const json& expression = field(doc, "expression", "project");
    json tracks = {{"pose", modeTrack(field(doc, "pose", "project"), "pose")}, {"regions", json::object()}};
    const json followed = expression.value("regions", json::array());
    if (!followed.is_array()) fail("expression.regions", "expected a list");
    json sourceTrack = modeTrack(expression, "expression");
    sourceTrack["segments"][0] = {{"start", {0, 1}}, {"mode", "source"}};
    tracks["expression"] = followed.empty() ? modeTrack(expression, "expression") : sourceTrack;
    for (FaceRegion r : kRegions) {
      const std::string name(regionName(r));
      const bool listed = std::find(followed.begin(), followed.end(), json(name)) != followed.end();
      tracks["regions"][name] = {{"followsExpression", !listed},
                                 {"track", listed ? modeTrack(expression, "expression") : trackToJson(ModeTrack{})}};
    }
    json curves = json::object();
    const json& keyframes = field(doc, "keyframes", "project");
    if (!keyframes.is_object()) fail("keyframes", "expected an object");
    for (const auto& [channel, keys] : keyframes.items()) {
      if (!keys.is_array()) fail("keyframes." + channel, "expected a list");
      json converted = json::array();
      for (const json& k : keys) {
        // Float seconds become the exact time of the nearest frame.
        const double seconds = number(field(k, "time", channel), channel + ".time");
        if (seconds < 0 || seconds > kMaxTimeSeconds) fail(channel + ".time", "out of range");
        const auto frame = static_cast<std::int64_t>(std::llround(seconds * rate.toDouble()));
        const Rational time = Rational(frame) / rate;
        converted.push_back({{"t", timeToJson(time)},
                             {"v", field(k, "value", channel)},
                             {"interp", field(k, "interpolation", channel)}});
      }
      curves[channel] = converted;
    }
    json portrait = field(doc, "portrait", "project");
    json out = {{"format", kFormatName},
                {"version", 2},
                {"settings",
                 {{"frameRate", field(doc, "frameRate", "project")},
                  {"frameCount", field(doc, "frameCount", "project")},
                  {"referenceFrame", field(doc, "referenceFrame", "project")},
                  {"absolutePose", false}}},
                {"portrait",
                 {{"path", field(portrait, "path", "portrait")},
                  {"hash", hashToHex(0)},
                  {"face", field(portrait, "face", "portrait")},
                  {"motion", nullptr}}},
                {"driver", nullptr},
                {"tracks", tracks},
                {"curves", curves},
                {"render", renderToJson(RenderSettings{})}};
    if (const json& d = field(doc, "driver", "project"); !d.is_null())
      out["driver"] = {{"path", field(d, "path", "driver")},
                       {"hash", hashToHex(0)},
                       {"trackingSmoothing", field(d, "smoothing", "driver")}};
    return out;
  } catch (const FormatError& e) {
    return makeError("version 1 project: " + e.message);
  }
}

Result<nlohmann::json> migrateProject(nlohmann::json doc) {
  if (!doc.is_object() || doc.value("format", json()) != kFormatName)
    return makeError("not a Marionette project (no \"format\": \"marionette-project\")");
  const json version = doc.value("version", json());
  if (!version.is_number_integer()) return makeError("the project has no schema version");
  const auto v = version.get<std::int64_t>();
  if (v > kProjectSchemaVersion)
    return makeError("the project was saved by a newer Marionette (schema " + std::to_string(v) +
                     "; this version reads up to " + std::to_string(kProjectSchemaVersion) + ")");
  if (v < 1) return makeError("the project has an unknown schema version " + std::to_string(v));
  if (v == 1) {
    auto migrated = migrateV1ToV2(std::move(doc));
    if (!migrated) return migrated.error();
    doc = std::move(*migrated);
  }
  if (v < 3) {
    // The portrait was analysed with dlib's 68 points, which the mesh
    // tracker's points do not match: analysed again on first use.
    if (doc.contains("portrait") && doc["portrait"].is_object()) doc["portrait"]["motion"] = nullptr;
    // Older projects were relative to their reference frame; they stay so.
    if (doc.contains("settings") && doc["settings"].is_object()) doc["settings"]["referenceRest"] = false;
    doc["version"] = 3;
  }
  return doc;
}

Result<Project> projectFromText(const std::string& text, const std::string& projectPath, int* savedAsVersion) {
  if (text.size() > kMaxProjectFileBytes) {
    return makeError("the project file is too large to be a project (" + byteSizeText(text.size()) + "; the limit is " +
                     byteSizeText(kMaxProjectFileBytes) + ")");
  }
  if (Status shape = checkShape(text); !shape) return shape.error();
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded()) return makeError("the project file is not valid JSON (truncated or damaged?)");
  if (savedAsVersion && doc.is_object() && doc.value("version", json()).is_number_integer())
    *savedAsVersion = static_cast<int>(doc["version"].get<std::int64_t>());
  auto migrated = migrateProject(std::move(doc));
  if (!migrated) return migrated.error();
  try {
    Project project = projectFromJson(*migrated, projectPath);
    // Checks that need the driver wait until its motion is loaded; the rest now.
    if (Status ok = validateProject(project); !ok) return ok.error();
    return project;
  } catch (const FormatError& e) {
    return makeError("the project file is malformed at " + e.message);
  } catch (const json::exception& e) {
    return makeError("the project file is malformed: " + std::string(e.what()));
  }
}

}  // namespace marionette::timeline
