#pragma once

// Shared plumbing for the FFmpeg adapters. FFmpeg types are only declared
// here so that this header stays free of FFmpeg includes.

#include <memory>
#include <string>
#include <string_view>

struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVPacket;

namespace marionette::media_detail {

struct InputFormatDeleter {
  void operator()(AVFormatContext* context) const;
};
// Closes the output file (if open) and frees the muxer.
struct OutputFormatDeleter {
  void operator()(AVFormatContext* context) const;
};
struct CodecContextDeleter {
  void operator()(AVCodecContext* context) const;
};
struct FrameDeleter {
  void operator()(AVFrame* frame) const;
};
struct PacketDeleter {
  void operator()(AVPacket* packet) const;
};

using InputFormatPtr = std::unique_ptr<AVFormatContext, InputFormatDeleter>;
using OutputFormatPtr = std::unique_ptr<AVFormatContext, OutputFormatDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;

// MP4 and MOV: the muxers that take "+faststart" to put the index first.
bool isQuickTimeFamily(std::string_view muxer);

// Text for an AVERROR code, e.g. "No such file or directory".
std::string ffmpegErrorText(int code);

// FFmpeg prints warnings about damaged streams straight to stderr. This routes
// its log through a quiet callback (once per process) that remembers the last
// error line of the calling thread so it can go into a Result message instead.
void installFfmpegLogCapture();

// The last error FFmpeg logged on this thread since the previous call, or "".
std::string takeFfmpegLogMessage();

// "reason" or "reason (detail)" when FFmpeg logged something more specific.
std::string withFfmpegDetail(const std::string& reason);

}  // namespace marionette::media_detail
