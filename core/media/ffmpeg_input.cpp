#include "core/media/ffmpeg_input.h"

#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

extern "C" {
#include <libavformat/avformat.h>
}

#include "core/base/file_check.h"

namespace marionette::media_detail {

namespace {

using IoOpen = int (*)(AVFormatContext*, AVIOContext**, const char*, int, AVDictionary**);

// Enough for every demuxer's probe to recognise a concat list (its first line).
constexpr std::size_t kConcatProbeBytes = 4096;

// Per thread, like FFmpeg's log capture: two readers on two threads never see
// each other's refusals.
thread_local std::string tRefusal;

void refuse(std::string reason) {
  if (tRefusal.empty()) tRefusal = std::move(reason);
}

// FFmpeg's own opener, which a new context starts with: a constant of the
// library, read once.
IoOpen defaultIoOpen() {
  static const IoOpen open = [] {
    AVFormatContext* context = avformat_alloc_context();
    const IoOpen found = context ? context->io_open : nullptr;
    avformat_free_context(context);
    return found;
  }();
  return open;
}

std::string withoutFileProtocol(std::string_view url) {
  return std::string(url.starts_with("file:") ? url.substr(5) : url);
}

int checkedIoOpen(AVFormatContext* context, AVIOContext** pb, const char* url, int flags, AVDictionary** options) {
  // The input itself was checked before; anything else is named inside it.
  const bool named = context->url && std::string_view(context->url) != url;
  const std::string prefix = named ? "'" + withoutFileProtocol(context->url) + "' refers to another file: " : "";
  const char* protocol = avio_find_protocol_name(url);
  if (protocol == nullptr || std::string_view(protocol) != "file") {
    refuse(prefix + "'" + url + "' is not a local file");
    return AVERROR(EPERM);
  }
  if (Result<std::uint64_t> regular = checkRegularFile(withoutFileProtocol(url)); !regular) {
    refuse(prefix + regular.error().message);
    return AVERROR(EPERM);
  }
  return defaultIoOpen()(context, pb, url, flags, options);
}

// True for an FFmpeg concat list ("ffconcat version 1.0"), whose demuxer
// opens the files it names in contexts of its own, out of the hook's reach.
bool isConcatList(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return false;
  std::vector<std::uint8_t> buffer(kConcatProbeBytes + AVPROBE_PADDING_SIZE, 0);
  const std::size_t size = std::fread(buffer.data(), 1, kConcatProbeBytes, file);
  std::fclose(file);
  AVProbeData probe{path.c_str(), buffer.data(), static_cast<int>(size), nullptr};
  const AVInputFormat* format = av_probe_input_format(&probe, 1);
  return format && std::string_view(format->name) == "concat";
}

}  // namespace

int openCheckedInput(const std::string& path, InputFormatPtr& format) {
  tRefusal.clear();
  if (Result<std::uint64_t> regular = checkRegularFile(path); !regular) {
    refuse(regular.error().message);
    return AVERROR(EPERM);
  }
  if (isConcatList(path)) {
    refuse("'" + path + "' is an FFmpeg concat list, not a video (open the files it names instead)");
    return AVERROR(EPERM);
  }
  AVFormatContext* raw = avformat_alloc_context();
  if (!raw || !defaultIoOpen()) {
    avformat_free_context(raw);
    return AVERROR(ENOMEM);
  }
  raw->io_open = checkedIoOpen;
  // avformat_open_input frees the context when it fails.
  const int opened = avformat_open_input(&raw, ("file:" + path).c_str(), nullptr, nullptr);
  if (opened >= 0) format.reset(raw);
  if (opened < 0 && !tRefusal.empty()) return AVERROR(EPERM);
  return opened;
}

std::string takeInputRefusal() { return std::exchange(tRefusal, std::string()); }

}  // namespace marionette::media_detail
