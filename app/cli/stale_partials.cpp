#include "app/cli/stale_partials.h"

#include <cstdio>
#include <vector>

namespace marionette::cli {

namespace {

std::string listed(const std::vector<std::string>& paths) {
  std::string text;
  for (const std::string& path : paths) text += (text.empty() ? "'" : ", '") + path + "'";
  return text;
}

// "1 stale partial file", "2 partial folders" …
std::string counted(const std::vector<std::string>& paths, PartialKind kind, const char* adjective) {
  const bool one = paths.size() == 1;
  const char* noun = kind == PartialKind::Folder ? (one ? "folder" : "folders") : (one ? "file" : "files");
  return std::to_string(paths.size()) + " " + adjective + "partial " + noun;
}

}  // namespace

void removeStalePartialsOf(const std::string& destination, PartialKind kind) {
  const PartialCleanup cleanup = removeStalePartials(destination, kind);
  if (!cleanup.removed.empty())
    std::fprintf(
        stderr, "marionette-cli: note: removed %s left by %s: %s\n", counted(cleanup.removed, kind, "stale ").c_str(),
        cleanup.removed.size() == 1 ? "an interrupted run" : "interrupted runs", listed(cleanup.removed).c_str());
  if (!cleanup.foreign.empty())
    std::fprintf(stderr,
                 "marionette-cli: note: kept %s of '%s' written on another machine (its job may still run): %s\n",
                 counted(cleanup.foreign, kind, "").c_str(), destination.c_str(), listed(cleanup.foreign).c_str());
}

}  // namespace marionette::cli
