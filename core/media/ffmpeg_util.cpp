#include "core/media/ffmpeg_util.h"

#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <utility>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libavutil/log.h>
}

namespace marionette::media_detail {

namespace {

// Per thread, so that two readers on two threads never see each other's
// messages. Decoder worker threads log into their own (unused) slots.
thread_local std::string tLastError;

void captureLog(void* /*context*/, int level, const char* format, va_list args) {
  if (level > AV_LOG_ERROR) return;
  char line[512];
  std::vsnprintf(line, sizeof line, format, args);
  std::string text(line);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '.')) text.pop_back();
  if (!text.empty()) tLastError = std::move(text);
}

}  // namespace

void InputFormatDeleter::operator()(AVFormatContext* context) const { avformat_close_input(&context); }
void OutputFormatDeleter::operator()(AVFormatContext* context) const {
  avio_closep(&context->pb);
  avformat_free_context(context);
}
void CodecContextDeleter::operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
void FrameDeleter::operator()(AVFrame* frame) const { av_frame_free(&frame); }
void PacketDeleter::operator()(AVPacket* packet) const { av_packet_free(&packet); }

bool isQuickTimeFamily(std::string_view muxer) { return muxer == "mp4" || muxer == "mov"; }

std::string ffmpegErrorText(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  if (av_strerror(code, text, sizeof text) < 0) std::snprintf(text, sizeof text, "FFmpeg error %d", code);
  return text;
}

void installFfmpegLogCapture() {
  static std::once_flag once;
  std::call_once(once, [] { av_log_set_callback(captureLog); });
}

std::string takeFfmpegLogMessage() { return std::exchange(tLastError, std::string()); }

std::string withFfmpegDetail(const std::string& reason) {
  std::string detail = takeFfmpegLogMessage();
  return detail.empty() ? reason : reason + " (" + detail + ")";
}

}  // namespace marionette::media_detail
