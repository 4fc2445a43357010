#include "core/media/video_concat.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <algorithm>
#include <cstring>
#include <optional>

#include "core/base/atomic_file.h"
#include "core/base/partial_file.h"
#include "core/media/ffmpeg_util.h"
#include "core/media/file_util.h"
#include "core/media/video_probe.h"

namespace marionette {

namespace {

using media_detail::ffmpegErrorText;
using media_detail::quotePath;

struct Part {
  std::string path;
  media_detail::InputFormatPtr format;
  AVStream* video = nullptr;
  AVStream* audio = nullptr;
  std::optional<RenderPart> render;  // what the part says it holds, if it was rendered by `render`
};

VideoTags tagsOf(const AVFormatContext& format) {
  VideoTags tags;
  const AVDictionaryEntry* entry = nullptr;
  while ((entry = av_dict_get(format.metadata, "", entry, AV_DICT_IGNORE_SUFFIX)))
    tags.emplace_back(entry->key, entry->value);
  return tags;
}

Result<Part> openPart(const std::string& path) {
  auto opened = media_detail::openVideo(path);
  if (!opened) return opened.error();
  Part part;
  part.path = path;
  part.video = opened->stream;
  part.format = std::move(opened->format);
  const int audio = av_find_best_stream(part.format.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
  // The video opener reads the picture only; a join copies the sound too.
  if (audio >= 0) {
    part.audio = part.format->streams[audio];
    part.audio->discard = AVDISCARD_DEFAULT;
  }
  return part;
}

bool sameExtradata(const AVCodecParameters& a, const AVCodecParameters& b) {
  return a.extradata_size == b.extradata_size &&
         (a.extradata_size == 0 ||
          std::memcmp(a.extradata, b.extradata, static_cast<std::size_t>(a.extradata_size)) == 0);
}

std::string sizeText(const AVCodecParameters& p) { return std::to_string(p.width) + "x" + std::to_string(p.height); }

// How `part` differs from `first` in a way that stops a join, if it does.
std::optional<std::string> mismatch(const Part& first, const Part& part) {
  const AVCodecParameters& a = *first.video->codecpar;
  const AVCodecParameters& b = *part.video->codecpar;
  if (a.codec_id != b.codec_id)
    return std::string("its video is ") + avcodec_get_name(b.codec_id) + ", not " + avcodec_get_name(a.codec_id);
  if (a.width != b.width || a.height != b.height) return "its video is " + sizeText(b) + ", not " + sizeText(a);
  if (a.format != b.format) return std::string("its pixel format differs");
  if (av_cmp_q(first.video->avg_frame_rate, part.video->avg_frame_rate) != 0)
    return "its frame rate is " + std::to_string(av_q2d(part.video->avg_frame_rate)) + " fps, not " +
           std::to_string(av_q2d(first.video->avg_frame_rate));
  if (!sameExtradata(a, b)) return std::string("its video was encoded with other settings");
  if (!first.audio != !part.audio)
    return std::string(part.audio ? "it has sound and the first part has none"
                                  : "it has no sound and the first part has");
  if (first.audio) {
    const AVCodecParameters& x = *first.audio->codecpar;
    const AVCodecParameters& y = *part.audio->codecpar;
    if (x.codec_id != y.codec_id || x.sample_rate != y.sample_rate ||
        x.ch_layout.nb_channels != y.ch_layout.nb_channels || !sameExtradata(x, y))
      return std::string("its sound is encoded differently");
  }
  return std::nullopt;
}

// Seconds -> ticks of `base`, rounded to the nearest tick.
std::int64_t toTicks(Rational seconds, AVRational base) {
  return av_rescale(seconds.num(), base.den, seconds.den() * base.num);
}

class Joiner {
 public:
  Joiner(std::string destination, std::string temp, const std::atomic<bool>* cancel)
      : destination_(std::move(destination)), temp_(std::move(temp)), cancel_(cancel) {}

  Status open(const Part& first, const VideoTags& tags) {
    AVFormatContext* raw = nullptr;
    if (avformat_alloc_output_context2(&raw, nullptr, nullptr, temp_.c_str()) < 0 || !raw)
      return makeError("cannot tell which kind of video to write from the name " + quotePath(destination_) +
                       " (use .mp4, .mov or .mkv)");
    output_.reset(raw);
    for (AVStream* input : {first.video, first.audio}) {
      if (!input) continue;
      if (avformat_query_codec(output_->oformat, input->codecpar->codec_id, FF_COMPLIANCE_NORMAL) != 1)
        return makeError(std::string(avcodec_get_name(input->codecpar->codec_id)) + " cannot be stored in " +
                         quotePath(destination_) + "; use the parts' own container");
      AVStream* stream = avformat_new_stream(output_.get(), nullptr);
      if (!stream) return makeError("cannot write " + quotePath(destination_) + ": out of memory");
      if (const int copied = avcodec_parameters_copy(stream->codecpar, input->codecpar); copied < 0)
        return writeFailure(copied);
      stream->codecpar->codec_tag = 0;
      stream->time_base = input->time_base;
      stream->avg_frame_rate = input->avg_frame_rate;
      (input == first.video ? videoOut_ : audioOut_) = stream;
    }
    if (const int opened = avio_open(&output_->pb, temp_.c_str(), AVIO_FLAG_WRITE); opened < 0)
      return writeFailure(opened);
    AVDictionary* options = nullptr;
    for (const auto& [key, value] : tags) av_dict_set(&output_->metadata, key.c_str(), value.c_str(), 0);
    if (media_detail::isQuickTimeFamily(output_->oformat->name))
      av_dict_set(&options, "movflags", tags.empty() ? "+faststart" : "+faststart+use_metadata_tags", 0);
    const int written = avformat_write_header(output_.get(), &options);
    av_dict_free(&options);
    if (written < 0) return writeFailure(written);
    packet_.reset(av_packet_alloc());
    if (!packet_) return makeError("cannot write " + quotePath(destination_) + ": out of memory");
    return {};
  }

  // Copies one part, its time 0 (first video frame) placed at the end of the
  // parts before it.
  Status append(Part& part) {
    const std::int64_t framesBefore = frames_;
    const AVRational videoBase = part.video->time_base;
    const std::int64_t videoZero = part.video->start_time == AV_NOPTS_VALUE ? 0 : part.video->start_time;
    std::int64_t videoEnd = 0;
    const bool first = frames_ == 0;
    for (;;) {
      if (cancel_ && cancel_->load()) return makeError("cancelled");
      const int read = av_read_frame(part.format.get(), packet_.get());
      if (read == AVERROR_EOF) break;
      if (read < 0)
        return makeError("cannot read " + quotePath(part.path) + ": " +
                         media_detail::withFfmpegDetail(ffmpegErrorText(read)));
      AVStream* input = part.format->streams[packet_->stream_index];
      const bool isVideo = input == part.video;
      if (!isVideo && input != part.audio) {
        av_packet_unref(packet_.get());
        continue;
      }
      const std::int64_t zero = isVideo ? videoZero : av_rescale_q(videoZero, videoBase, input->time_base);
      const std::int64_t shift = toTicks(offset_, input->time_base) - zero;
      if (isVideo) {
        if (packet_->pts != AV_NOPTS_VALUE)
          videoEnd = std::max(videoEnd, packet_->pts - videoZero + std::max<std::int64_t>(packet_->duration, 0));
        ++frames_;
      } else {
        // A later part's encoder-priming packet starts before its first
        // frame; it would overlap the previous part's last sound.
        const std::int64_t start = packet_->pts != AV_NOPTS_VALUE ? packet_->pts : packet_->dts;
        if (!first && start != AV_NOPTS_VALUE && start < zero) {
          av_packet_unref(packet_.get());
          continue;
        }
      }
      if (packet_->pts != AV_NOPTS_VALUE) packet_->pts += shift;
      if (packet_->dts != AV_NOPTS_VALUE) packet_->dts += shift;
      AVStream* output = isVideo ? videoOut_ : audioOut_;
      av_packet_rescale_ts(packet_.get(), input->time_base, output->time_base);
      if (!isVideo && packet_->dts != AV_NOPTS_VALUE) {
        if (lastAudioDts_ && packet_->dts <= *lastAudioDts_) {
          av_packet_unref(packet_.get());
          continue;
        }
        lastAudioDts_ = packet_->dts;
      }
      packet_->stream_index = output->index;
      packet_->pos = -1;
      if (const int written = av_interleaved_write_frame(output_.get(), packet_.get()); written < 0)
        return writeFailure(written);
    }
    offset_ = offset_ + Rational(videoEnd * videoBase.num, videoBase.den);
    // A part cut short (a render killed mid-way, a truncated copy) would
    // leave a hole its tags do not show.
    if (part.render && frames_ - framesBefore != part.render->end - part.render->first)
      return makeError(quotePath(part.path) + " holds " + std::to_string(frames_ - framesBefore) +
                       " frames but says it is " + framesText(part.render->first, part.render->end) +
                       " of its project (cut short?)");
    return {};
  }

  Status finish() {
    if (const int trailer = av_write_trailer(output_.get()); trailer < 0) return writeFailure(trailer);
    // Closing flushes the last buffered bytes: a full disk may only show here.
    if (const int closed = avio_closep(&output_->pb); closed < 0) return writeFailure(closed);
    output_.reset();
    return {};
  }

  std::int64_t frames() const { return frames_; }
  Rational duration() const { return offset_; }

 private:
  Error writeFailure(int code) const {
    return Error{"cannot write " + quotePath(destination_) + ": " +
                 media_detail::withFfmpegDetail(ffmpegErrorText(code))};
  }

  std::string destination_, temp_;
  const std::atomic<bool>* cancel_;
  media_detail::OutputFormatPtr output_;
  media_detail::PacketPtr packet_;
  AVStream* videoOut_ = nullptr;
  AVStream* audioOut_ = nullptr;
  Rational offset_{0};
  std::int64_t frames_ = 0;
  std::optional<std::int64_t> lastAudioDts_;
};

}  // namespace

Result<ConcatReport> concatenateVideos(const std::vector<std::string>& parts, const std::string& output, bool overwrite,
                                       PartCheck check, const std::atomic<bool>* cancel) {
  if (parts.empty()) return makeError("no parts to join");
  if (Status destination = checkOutputPath(output, overwrite, parts); !destination) return destination.error();
  media_detail::installFfmpegLogCapture();
  // Every part is checked before anything is written, so a mismatch in the
  // last one does not cost a long copy.
  std::vector<Part> opened;
  for (const std::string& path : parts) {
    auto part = openPart(path);
    if (!part) return part.error();
    if (!opened.empty()) {
      if (auto different = mismatch(opened.front(), *part))
        return makeError(quotePath(path) + " cannot be joined to " + quotePath(parts.front()) +
                         " without re-encoding: " + *different);
    }
    opened.push_back(std::move(*part));
  }
  ConcatReport report;
  if (check == PartCheck::Checked) {
    std::vector<LabelledPart> labelled;
    for (Part& part : opened) {
      auto render = renderPartFromTags(tagsOf(*part.format), part.path);
      if (!render) return render.error();
      part.render = *render;
      labelled.push_back({part.path, part.render});
    }
    auto tiled = checkPartsTile(labelled);
    if (!tiled) return tiled.error();
    report.joined = tiled->joined;
    report.notes = tiled->notes;
  }

  auto temp = createPartial(output, PartialKind::File);
  if (!temp) return temp.error();
  Joiner joiner(output, *temp, cancel);
  Status joined = joiner.open(opened.front(), report.joined ? renderPartTags(*report.joined) : VideoTags{});
  for (std::size_t i = 0; joined && i < opened.size(); ++i) joined = joiner.append(opened[i]);
  if (joined) joined = joiner.finish();
  // Re-checked because the file may have appeared while the parts were copied.
  if (joined) joined = checkOutputPath(output, overwrite, parts);
  if (joined) joined = media_detail::commitTemp(*temp, output);
  if (!joined) {
    media_detail::removeQuietly(*temp);
    return joined.error();
  }
  report.parts = static_cast<int>(parts.size());
  report.frames = joiner.frames();
  report.duration = joiner.duration();
  report.audio = opened.front().audio != nullptr;
  return report;
}

}  // namespace marionette
