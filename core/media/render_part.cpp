#include "core/media/render_part.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace marionette {

namespace {

std::string quoted(const std::string& path) { return "'" + path + "'"; }

bool sameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

const std::string* findTag(const VideoTags& tags, std::string_view name) {
  for (const auto& [key, value] : tags)
    if (sameName(key, name)) return &value;
  return nullptr;
}

std::optional<std::int64_t> parseCount(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

bool isFingerprint(const std::string& text) {
  return text.size() == 16 && std::all_of(text.begin(), text.end(), [](char c) {
           return std::isxdigit(static_cast<unsigned char>(c)) && !std::isupper(static_cast<unsigned char>(c));
         });
}

// Parts of a render are refused for what they are, in this order: another
// project, the same part twice, then gaps and overlaps, then the order.
Status checkSameProject(const std::vector<const LabelledPart*>& tagged) {
  const LabelledPart& first = *tagged.front();
  for (const LabelledPart* p : tagged) {
    if (p->part->project == first.part->project && p->part->projectFrames == first.part->projectFrames) continue;
    return makeError(quoted(p->path) + " is a part of another project than " + quoted(first.path) +
                     " (or of the same project rendered with other settings); pass --unchecked to join them anyway");
  }
  return {};
}

Status checkEachOnce(const std::vector<const LabelledPart*>& tagged) {
  for (std::size_t i = 0; i < tagged.size(); ++i)
    for (std::size_t j = 0; j < i; ++j) {
      const LabelledPart &a = *tagged[j], &b = *tagged[i];
      if (a.path == b.path) return makeError(quoted(a.path) + " is given twice; give each part once");
      if (a.part->first == b.part->first && a.part->end == b.part->end)
        return makeError(quoted(a.path) + " and " + quoted(b.path) + " are the same part (" +
                         framesText(a.part->first, a.part->end) + "); give it once");
    }
  return {};
}

Status checkTiling(const std::vector<const LabelledPart*>& sorted) {
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    const LabelledPart &before = *sorted[i - 1], &after = *sorted[i];
    const RenderPart &a = *before.part, &b = *after.part;
    if (b.first > a.end)
      return makeError(framesText(a.end, b.first) + (b.first - a.end == 1 ? " is" : " are") + " missing between " +
                       quoted(before.path) + " and " + quoted(after.path));
    if (b.first < a.end)
      return makeError(quoted(after.path) + " (" + framesText(b.first, b.end) + ") overlaps " + quoted(before.path) +
                       " (" + framesText(a.first, a.end) + ") in " + framesText(b.first, std::min(a.end, b.end)));
  }
  return {};
}

}  // namespace

std::string framesText(std::int64_t first, std::int64_t end) {
  if (end - first == 1) return "frame " + std::to_string(first);
  return "frames " + std::to_string(first) + "-" + std::to_string(end - 1);
}

VideoTags renderPartTags(const RenderPart& part) {
  return {{kPartProjectTag, part.project},
          {kPartFramesTag, std::to_string(part.first) + ":" + std::to_string(part.end)},
          {kPartProjectFramesTag, std::to_string(part.projectFrames)}};
}

Result<std::optional<RenderPart>> renderPartFromTags(const VideoTags& tags, const std::string& path) {
  const std::string* project = findTag(tags, kPartProjectTag);
  const std::string* frames = findTag(tags, kPartFramesTag);
  const std::string* total = findTag(tags, kPartProjectFramesTag);
  if (!project && !frames && !total) return std::optional<RenderPart>();
  const Error damaged = makeError(quoted(path) + " carries damaged render information (" + kPartProjectTag + "=" +
                                  (project ? *project : "") + ", " + kPartFramesTag + "=" + (frames ? *frames : "") +
                                  ", " + kPartProjectFramesTag + "=" + (total ? *total : "") + ")");
  if (!project || !frames || !total || !isFingerprint(*project)) return damaged;
  const std::size_t colon = frames->find(':');
  if (colon == std::string::npos) return damaged;
  RenderPart part;
  part.project = *project;
  const auto first = parseCount(std::string_view(*frames).substr(0, colon));
  const auto end = parseCount(std::string_view(*frames).substr(colon + 1));
  const auto count = parseCount(*total);
  if (!first || !end || !count || *first >= *end || *end > *count) return damaged;
  part.first = *first;
  part.end = *end;
  part.projectFrames = *count;
  return std::optional<RenderPart>(part);
}

Result<PartsCheck> checkPartsTile(const std::vector<LabelledPart>& parts) {
  PartsCheck check;
  std::vector<const LabelledPart*> tagged;
  for (const LabelledPart& p : parts)
    if (p.part) tagged.push_back(&p);
  if (tagged.empty()) {
    check.notes.push_back(
        "the parts carry no render information (they were not rendered by marionette-cli render); joined in the "
        "order given, unchecked");
    return check;
  }
  for (const LabelledPart& p : parts)
    if (!p.part)
      check.notes.push_back(quoted(p.path) + " carries no render information; joined where it stands, unchecked");

  if (Status ok = checkSameProject(tagged); !ok) return ok.error();
  if (Status ok = checkEachOnce(tagged); !ok) return ok.error();
  std::vector<const LabelledPart*> sorted = tagged;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const LabelledPart* a, const LabelledPart* b) { return a->part->first < b->part->first; });
  if (Status ok = checkTiling(sorted); !ok) return ok.error();
  if (sorted != tagged) {
    std::string order;
    for (const LabelledPart* p : sorted) order += (order.empty() ? "" : " ") + quoted(p->path);
    return makeError("the parts are out of order; give them as " + order);
  }

  const RenderPart whole{tagged.front()->part->project, tagged.front()->part->first, tagged.back()->part->end,
                         tagged.front()->part->projectFrames};
  if (whole.first != 0 || whole.end != whole.projectFrames)
    check.notes.push_back("the result holds " + framesText(whole.first, whole.end) + " of the project's " +
                          std::to_string(whole.projectFrames));
  if (tagged.size() == parts.size()) check.joined = whole;
  return check;
}

}  // namespace marionette
