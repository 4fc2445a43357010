#include "app/cli/evaluate_report.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <filesystem>

namespace marionette::cli {

namespace {

[[gnu::format(printf, 1, 2)]] std::string format(const char* pattern, ...) {
  char buffer[512];
  va_list args;
  va_start(args, pattern);
  std::vsnprintf(buffer, sizeof buffer, pattern, args);
  va_end(args);
  return buffer;
}

std::string number(double value, int decimals) {
  return std::isfinite(value) ? format("%.*f", decimals, value) : std::string("n/a");
}

std::string fileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::string heading(const char* kind, const EvaluationContext& c, int scored, int read, double seconds) {
  const std::string subject =
      c.portrait.empty() ? fileName(c.driving) : fileName(c.portrait) + " driven by " + fileName(c.driving);
  return format("%s: %s (%d of %d frames scored, every %d; %s, %.1f s)\n", kind, subject.c_str(), scored, read, c.every,
                c.device.c_str(), seconds);
}

std::string checksLine(const OutputChecks& checks) {
  return format("broken output frames: %d render failures, %d dark, %d without a face\n", checks.renderFailures,
                checks.darkFrames, checks.facelessFrames);
}

std::string summaryCell(const Summary& s, int decimals) {
  return number(s.mean, decimals) + " / " + number(s.median, decimals);
}

nlohmann::json finite(double value) { return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(); }

nlohmann::json summaryJson(const Summary& s) {
  return {{"mean", finite(s.mean)}, {"median", finite(s.median)}, {"count", s.count}};
}

nlohmann::json scoresJson(const ScoreSummary& s) {
  return {{"psnr", summaryJson(s.psnr)},
          {"ssim", summaryJson(s.ssim)},
          {"facePsnr", summaryJson(s.facePsnr)},
          {"faceSsim", summaryJson(s.faceSsim)},
          {"nme", summaryJson(s.nme)}};
}

nlohmann::json frameJson(const FrameScores& s) {
  return {{"psnr", finite(s.psnr)},
          {"ssim", finite(s.ssim)},
          {"facePsnr", finite(s.facePsnr)},
          {"faceSsim", finite(s.faceSsim)},
          {"nme", finite(s.nme)}};
}

nlohmann::json anglesJson(const EulerAngles& e) {
  return {{"yaw", finite(e.yaw)}, {"pitch", finite(e.pitch)}, {"roll", finite(e.roll)}};
}

nlohmann::json comparisonJson(const SeriesComparison& c) {
  return {{"meanAbsoluteError", finite(c.meanAbsoluteError)}, {"correlation", finite(c.correlation)}};
}

nlohmann::json checksJson(const OutputChecks& c) {
  return {{"renderFailures", c.renderFailures}, {"darkFrames", c.darkFrames}, {"facelessFrames", c.facelessFrames}};
}

nlohmann::json commonJson(const char* mode, const EvaluationContext& c, int read, int scored, double seconds,
                          const std::vector<std::string>& warnings) {
  nlohmann::json out = {{"mode", mode},       {"driving", c.driving},   {"every", c.every},   {"device", c.device},
                        {"framesRead", read}, {"framesScored", scored}, {"seconds", seconds}, {"warnings", warnings}};
  if (!c.portrait.empty()) out["portrait"] = c.portrait;
  return out;
}

}  // namespace

std::string selfReportText(const SelfReenactmentReport& r, const EvaluationContext& c) {
  std::string out = heading("self-reenactment", c, r.framesScored, r.framesRead, r.seconds);
  out += format("%-22s %-20s %-20s\n", "mean / median", "renderer", "still image");
  auto row = [&](const char* name, const Summary& a, const Summary& b, int decimals) {
    out += format("%-22s %-20s %-20s\n", name, summaryCell(a, decimals).c_str(), summaryCell(b, decimals).c_str());
  };
  row("PSNR (dB)", r.rendered.psnr, r.still.psnr, 2);
  row("SSIM", r.rendered.ssim, r.still.ssim, 4);
  row("face PSNR (dB)", r.rendered.facePsnr, r.still.facePsnr, 2);
  row("face SSIM", r.rendered.faceSsim, r.still.faceSsim, 4);
  row("NME (landmarks)", r.rendered.nme, r.still.nme, 4);
  out += format("%-22s %-20s %-20s\n", "jitter / shake",
                (number(r.renderedJitter, 4) + " / " + number(r.renderedShake, 4)).c_str(),
                ("real " + number(r.realJitter, 4) + " / " + number(r.realShake, 4)).c_str());
  if (r.realFacelessFrames > 0)
    out += format("%d real frames had no measurable face (left out of NME)\n", r.realFacelessFrames);
  return out + checksLine(r.checks);
}

nlohmann::json selfReportJson(const SelfReenactmentReport& r, const EvaluationContext& c) {
  nlohmann::json out = commonJson("self", c, r.framesRead, r.framesScored, r.seconds, r.warnings);
  out["renderer"] = scoresJson(r.rendered);
  out["still"] = scoresJson(r.still);
  out["checks"] = checksJson(r.checks);
  out["realFacelessFrames"] = r.realFacelessFrames;
  out["jitter"] = {{"rendered", finite(r.renderedJitter)}, {"real", finite(r.realJitter)}};
  out["shake"] = {{"rendered", finite(r.renderedShake)}, {"real", finite(r.realShake)}};
  nlohmann::json frames = nlohmann::json::array();
  for (const auto& f : r.frames)
    frames.push_back({{"index", f.index}, {"renderer", frameJson(f.rendered)}, {"still", frameJson(f.still)}});
  out["frames"] = std::move(frames);
  return out;
}

// The three channels (gaze aside: reported as a feature) whose error most
// exceeds a still image's, as "id output/still".
std::string worstChannels(const CrossReenactmentReport& r) {
  std::vector<std::size_t> order;
  for (const ChannelDescriptor& d : expressionChannels())
    if (d.channel != ExpressionChannel::GazeX && d.channel != ExpressionChannel::GazeY)
      order.push_back(static_cast<std::size_t>(d.channel));
  auto excess = [&](std::size_t k) { return r.channelError[k] - r.stillChannelError[k]; };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return excess(a) > excess(b); });
  std::string text;
  for (std::size_t i = 0; i < 3 && i < order.size(); ++i) {
    const std::size_t k = order[i];
    if (!text.empty()) text += ", ";
    text += std::string(expressionChannels()[k].id) + " " + number(r.channelError[k], 3) + "/" +
            number(r.stillChannelError[k], 3);
  }
  return text;
}

std::string crossReportText(const CrossReenactmentReport& r, const EvaluationContext& c) {
  std::string out = heading("cross-reenactment", c, r.framesScored, r.framesRead, r.seconds);
  out += format("%-34s %-14s %-14s %s\n", "pose following (deg)", "MAE renderer", "MAE still", "correlation");
  auto axis = [&](const char* name, const SeriesComparison& s, double still) {
    out += format("  %-32s %-14s %-14s %s\n", name, number(s.meanAbsoluteError, 2).c_str(), number(still, 2).c_str(),
                  number(s.correlation, 3).c_str());
  };
  axis("yaw", r.poseFollowing.yaw, r.stillPoseError.yaw);
  axis("pitch", r.poseFollowing.pitch, r.stillPoseError.pitch);
  axis("roll", r.poseFollowing.roll, r.stillPoseError.roll);
  out += "disentanglement\n";
  out += format("  %-32s %s (full output %s, driver %s)\n", "pose-only expression drift",
                number(r.poseOnlyExpressionDrift, 4).c_str(), number(r.renderedExpressionChange, 4).c_str(),
                number(r.driverExpressionChange, 4).c_str());
  const EulerAngles& d = r.expressionOnlyPoseDrift;
  out += format("  %-32s yaw %s pitch %s roll %s (driver moved %s / %s / %s)\n", "expression-only pose drift (deg)",
                number(d.yaw, 2).c_str(), number(d.pitch, 2).c_str(), number(d.roll, 2).c_str(),
                number(r.stillPoseError.yaw, 2).c_str(), number(r.stillPoseError.pitch, 2).c_str(),
                number(r.stillPoseError.roll, 2).c_str());
  out += format("%-34s %-14s %-14s %s\n", "expression following", "error output", "error still", "correlation");
  out += format("  %-32s %-14s %-14s %s\n", "named channels (mean |change|)", number(r.expressionError, 4).c_str(),
                number(r.stillExpressionError, 4).c_str(), "");
  out += format("  %-32s %s\n", "most off (output / still)", worstChannels(r).c_str());
  auto feature = [&](const char* name, const FeatureFollowing& f) {
    if (f.frames == 0) {
      out += format("  %-32s the reader could not measure it\n", name);
      return;
    }
    out +=
        format("  %-32s %-14s %-14s %s (%d frames, gain %s)\n", name, number(f.meanError, 4).c_str(),
               number(f.stillError, 4).c_str(), number(f.correlation, 3).c_str(), f.frames, number(f.gain, 2).c_str());
  };
  feature("mouth opening (per IOD)", r.mouthOpening);
  feature("eye opening (per eye width)", r.eyeOpening);
  feature("gaze (pupil, per eye width)", r.gaze);
  out += format("%-34s %-14s %-14s %s\n", "stability (per IOD)", "output", "driver", "requested");
  out += format("  %-32s %-14s %-14s %s\n", "jitter", number(r.renderedJitter, 4).c_str(),
                number(r.driverJitter, 4).c_str(), number(r.requestedJitter, 4).c_str());
  out += format("  %-32s %-14s %-14s %s\n", "shake", number(r.renderedShake, 4).c_str(),
                number(r.driverShake, 4).c_str(), number(r.requestedShake, 4).c_str());
  return out + checksLine(r.checks);
}

nlohmann::json crossReportJson(const CrossReenactmentReport& r, const EvaluationContext& c) {
  nlohmann::json out = commonJson("cross", c, r.framesRead, r.framesScored, r.seconds, r.warnings);
  out["poseFollowing"] = {{"yaw", comparisonJson(r.poseFollowing.yaw)},
                          {"pitch", comparisonJson(r.poseFollowing.pitch)},
                          {"roll", comparisonJson(r.poseFollowing.roll)}};
  out["stillPoseError"] = anglesJson(r.stillPoseError);
  out["expressionOnlyPoseDrift"] = anglesJson(r.expressionOnlyPoseDrift);
  out["poseOnlyExpressionDrift"] = finite(r.poseOnlyExpressionDrift);
  out["renderedExpressionChange"] = finite(r.renderedExpressionChange);
  out["driverExpressionChange"] = finite(r.driverExpressionChange);
  out["expressionError"] = {{"rendered", finite(r.expressionError)}, {"still", finite(r.stillExpressionError)}};
  nlohmann::json channels = nlohmann::json::object();
  for (const ChannelDescriptor& d : expressionChannels()) {
    const auto k = static_cast<std::size_t>(d.channel);
    channels[std::string(d.id)] = {{"rendered", finite(r.channelError[k])}, {"still", finite(r.stillChannelError[k])}};
  }
  out["channelError"] = channels;
  auto feature = [](const FeatureFollowing& f) {
    return nlohmann::json{{"correlation", finite(f.correlation)},
                          {"gain", finite(f.gain)},
                          {"meanError", finite(f.meanError)},
                          {"stillError", finite(f.stillError)},
                          {"frames", f.frames}};
  };
  out["features"] = {
      {"mouthOpening", feature(r.mouthOpening)}, {"eyeOpening", feature(r.eyeOpening)}, {"gaze", feature(r.gaze)}};
  out["jitter"] = {{"rendered", finite(r.renderedJitter)},
                   {"driver", finite(r.driverJitter)},
                   {"requested", finite(r.requestedJitter)}};
  out["shake"] = {{"rendered", finite(r.renderedShake)},
                  {"driver", finite(r.driverShake)},
                  {"requested", finite(r.requestedShake)}};
  out["checks"] = checksJson(r.checks);
  nlohmann::json frames = nlohmann::json::array();
  for (const auto& f : r.frames)
    frames.push_back({{"index", f.index},
                      {"driverPose", anglesJson(f.driverPose)},
                      {"renderedPose", anglesJson(f.renderedPose)},
                      {"expressionOnlyPose", anglesJson(f.expressionOnlyPose)},
                      {"poseOnlyExpressionDrift", finite(f.poseOnlyExpressionDrift)},
                      {"renderedExpressionChange", finite(f.renderedExpressionChange)},
                      {"driverExpressionChange", finite(f.driverExpressionChange)},
                      {"expressionError", finite(f.expressionError)}});
  out["frames"] = std::move(frames);
  return out;
}

std::string poseSweepText(const PoseSweepReport& r, const EvaluationContext& c) {
  std::string out = format("pose sweep: %s (%zu keyed poses; %s, %.1f s)\n", fileName(c.portrait).c_str(),
                           r.frames.size(), c.device.c_str(), r.seconds);
  out += format("%-20s %-26s %s\n", "requested (deg)", "read yaw / pitch / roll", "error");
  for (std::size_t i = 0; i < r.frames.size(); ++i) {
    const auto& f = r.frames[i];
    const bool yaw = i < static_cast<std::size_t>(r.yaw.requested);  // the yaw sweep comes first
    const std::string asked = format("  %-6s %+6.1f", yaw ? "yaw" : "pitch", yaw ? f.requested.yaw : f.requested.pitch);
    const std::string read =
        f.read ? number(f.read->yaw, 1) + " / " + number(f.read->pitch, 1) + " / " + number(f.read->roll, 1)
               : std::string("no face");
    out += format("%-20s %-26s %s\n", asked.c_str(), read.c_str(), number(f.error, 1).c_str());
  }
  out += format("%-20s %-12s %-8s %-12s %s\n", "axis", "faces found", "slope", "mean error", "worst error");
  auto axis = [&](const char* name, const PoseSweepReport::Axis& a) {
    out +=
        format("  %-18s %-12s %-8s %-12s %s at %+.0f\n", name, format("%d/%d", a.found, a.requested).c_str(),
               number(a.slope, 2).c_str(), number(a.meanError, 1).c_str(), number(a.worstError, 1).c_str(), a.worstAt);
  };
  axis("yaw", r.yaw);
  axis("pitch", r.pitch);
  return out + checksLine(r.checks);
}

nlohmann::json poseSweepJson(const PoseSweepReport& r, const EvaluationContext& c) {
  nlohmann::json out{{"mode", "poses"},
                     {"portrait", c.portrait},
                     {"device", c.device},
                     {"seconds", r.seconds},
                     {"warnings", nlohmann::json::array()}};
  auto axis = [](const PoseSweepReport::Axis& a) {
    return nlohmann::json{{"requested", a.requested},           {"found", a.found},
                          {"slope", finite(a.slope)},           {"meanError", finite(a.meanError)},
                          {"worstError", finite(a.worstError)}, {"worstAt", a.worstAt}};
  };
  out["yaw"] = axis(r.yaw);
  out["pitch"] = axis(r.pitch);
  out["checks"] = checksJson(r.checks);
  nlohmann::json frames = nlohmann::json::array();
  for (const auto& f : r.frames)
    frames.push_back({{"requested", anglesJson(f.requested)},
                      {"read", f.read ? anglesJson(*f.read) : nlohmann::json()},
                      {"error", finite(f.error)}});
  out["frames"] = frames;
  return out;
}

}  // namespace marionette::cli
