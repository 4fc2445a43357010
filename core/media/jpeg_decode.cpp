#include "core/media/jpeg_decode.h"

// jpeglib.h needs FILE and size_t declared first.
#include <csetjmp>
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include <jpeglib.h>

namespace marionette::media_detail {

namespace {

// A progressive JPEG can repeat its scans thousands of times in a few
// kilobytes, and each costs a pass over the whole image (libjpeg-turbo's
// advisory on such files suggests a limit; its own fuzzers use 500). Real
// files have about ten.
constexpr int kMaxScans = 500;

// Everything the decoder touches lives here, outside the function that calls
// setjmp, so nothing it changes is lost when an error jumps back.
struct JpegState {
  jpeg_decompress_struct info{};
  jpeg_error_mgr errors{};
  jpeg_progress_mgr progress{};
  std::jmp_buf jump{};
  std::string error;
  std::string warning;
  std::vector<std::uint8_t> row;  // one CMYK row
  const JpegPixelBuffer* buffer = nullptr;
  std::uint8_t* pixels = nullptr;
};

JpegState& stateOf(j_common_ptr info) { return *static_cast<JpegState*>(info->client_data); }

std::string messageOf(j_common_ptr info) {
  char text[JMSG_LENGTH_MAX] = {};
  (*info->err->format_message)(info, text);
  return text;
}

[[noreturn]] void onError(j_common_ptr info) {
  stateOf(info).error = messageOf(info);
  std::longjmp(stateOf(info).jump, 1);
}

// libjpeg's default prints warnings (level -1) on stderr; keep the first.
void onMessage(j_common_ptr info, int level) {
  if (level >= 0) return;  // trace messages
  JpegState& state = stateOf(info);
  if (state.warning.empty()) state.warning = messageOf(info);
  ++info->err->num_warnings;
}

void onProgress(j_common_ptr info) {
  auto* decompress = reinterpret_cast<j_decompress_ptr>(info);
  if (decompress->input_scan_number <= kMaxScans) return;
  stateOf(info).error = "more than " + std::to_string(kMaxScans) + " scans";
  std::longjmp(stateOf(info).jump, 1);
}

// OpenCV's icvCvt_CMYK2BGR_8u_C4C3R: Adobe's inverted CMYK to BGR.
void cmykToBgr(const std::uint8_t* cmyk, std::uint8_t* bgr, int width) {
  for (int x = 0; x < width; ++x, cmyk += 4, bgr += 3) {
    const int k = cmyk[3];
    bgr[2] = static_cast<std::uint8_t>(k - ((255 - cmyk[0]) * k >> 8));
    bgr[1] = static_cast<std::uint8_t>(k - ((255 - cmyk[1]) * k >> 8));
    bgr[0] = static_cast<std::uint8_t>(k - ((255 - cmyk[2]) * k >> 8));
  }
}

// Only plain C data is live across setjmp here; the C++ objects are in
// `state`, which the caller owns.
bool decodeInto(Bytes data, JpegState& state) {
  if (setjmp(state.jump) != 0) return false;
  jpeg_create_decompress(&state.info);  // keeps err and client_data, clears the rest
  state.info.progress = &state.progress;
  jpeg_mem_src(&state.info, data.data(), static_cast<unsigned long>(data.size()));
  jpeg_read_header(&state.info, TRUE);
  const bool grey = state.info.num_components == 1;
  const bool cmyk = state.info.num_components == 4;
  state.info.out_color_space = grey ? JCS_GRAYSCALE : cmyk ? JCS_CMYK : JCS_EXT_BGR;
  jpeg_start_decompress(&state.info);
  const int width = static_cast<int>(state.info.output_width);
  const int channels = grey ? 1 : 3;
  const std::size_t stride = static_cast<std::size_t>(width) * channels;
  state.pixels = (*state.buffer)(width, static_cast<int>(state.info.output_height), channels);
  if (cmyk) state.row.resize(static_cast<std::size_t>(width) * 4);
  while (state.info.output_scanline < state.info.output_height) {
    std::uint8_t* destination = state.pixels + stride * state.info.output_scanline;
    JSAMPROW row = cmyk ? state.row.data() : destination;
    jpeg_read_scanlines(&state.info, &row, 1);
    if (cmyk) cmykToBgr(state.row.data(), destination, width);
  }
  jpeg_finish_decompress(&state.info);
  return true;
}

}  // namespace

Result<std::string> decodeJpeg(Bytes data, const JpegPixelBuffer& buffer) {
  JpegState state;
  state.buffer = &buffer;
  state.info.err = jpeg_std_error(&state.errors);
  state.errors.error_exit = onError;
  state.errors.emit_message = onMessage;
  state.info.client_data = &state;
  state.progress.progress_monitor = onProgress;
  bool ok = false;
  try {
    ok = decodeInto(data, state);
  } catch (...) {  // from `buffer` (out of memory): libjpeg's own memory still goes back
    jpeg_destroy_decompress(&state.info);
    throw;
  }
  jpeg_destroy_decompress(&state.info);
  if (!ok) return makeError("the JPEG data could not be decoded (" + state.error + ")");
  return std::move(state.warning);
}

}  // namespace marionette::media_detail
