#include "tests/support/hostile_files.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <fstream>
#include <map>
#include <mutex>
#include <stdexcept>

namespace marionette::testing {

namespace {

void appendBigEndian32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  out.insert(out.end(), {std::uint8_t(v >> 24), std::uint8_t(v >> 16), std::uint8_t(v >> 8), std::uint8_t(v)});
}

}  // namespace

std::vector<std::uint8_t> pngChunk(const std::string& type, const std::vector<std::uint8_t>& data) {
  std::vector<std::uint8_t> chunk;
  appendBigEndian32(chunk, static_cast<std::uint32_t>(data.size()));
  chunk.insert(chunk.end(), type.begin(), type.end());
  chunk.insert(chunk.end(), data.begin(), data.end());
  const uLong crc = crc32(crc32(0, nullptr, 0), chunk.data() + 4, static_cast<uInt>(chunk.size() - 4));
  appendBigEndian32(chunk, static_cast<std::uint32_t>(crc));
  return chunk;
}

std::vector<std::uint8_t> pngHeaderData(std::uint32_t width, std::uint32_t height, int bitDepth, int colourType) {
  std::vector<std::uint8_t> data;
  appendBigEndian32(data, width);
  appendBigEndian32(data, height);
  data.insert(data.end(), {std::uint8_t(bitDepth), std::uint8_t(colourType), 0, 0, 0});
  return data;
}

std::vector<std::uint8_t> compressed(const std::vector<std::uint8_t>& raw) {
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::vector<std::uint8_t> out(size);
  if (compress(out.data(), &size, raw.data(), static_cast<uLong>(raw.size())) != Z_OK)
    throw std::runtime_error("compress failed");
  out.resize(size);
  return out;
}

std::vector<std::uint8_t> compressedZeros(std::uint64_t size) {
  z_stream z{};
  // Run-length matching is all zeros need, and the fastest zlib has.
  if (deflateInit2(&z, 1, Z_DEFLATED, 15, 9, Z_RLE) != Z_OK) throw std::runtime_error("deflateInit2 failed");
  const std::vector<std::uint8_t> zeros(1 << 20, 0);
  std::vector<std::uint8_t> out(1 << 20), all;
  std::uint64_t left = size;
  int status = Z_OK;
  do {
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(left, zeros.size()));
    left -= n;
    z.next_in = const_cast<Bytef*>(zeros.data());
    z.avail_in = static_cast<uInt>(n);
    do {
      z.next_out = out.data();
      z.avail_out = static_cast<uInt>(out.size());
      status = deflate(&z, left > 0 ? Z_NO_FLUSH : Z_FINISH);
      all.insert(all.end(), out.data(), out.data() + (out.size() - z.avail_out));
    } while (z.avail_out == 0);
  } while (left > 0);
  deflateEnd(&z);
  if (status != Z_STREAM_END) throw std::runtime_error("deflate did not finish");
  return all;
}

std::vector<std::uint8_t> pngFile(const std::vector<std::vector<std::uint8_t>>& chunks) {
  std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  for (const auto& chunk : chunks) png.insert(png.end(), chunk.begin(), chunk.end());
  return png;
}

const std::vector<std::uint8_t>& blackPng(std::uint32_t width, std::uint32_t height) {
  static std::mutex mutex;
  static std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<std::uint8_t>> cache;
  std::lock_guard lock(mutex);
  auto& png = cache[{width, height}];
  if (png.empty()) {
    const std::uint64_t raw = std::uint64_t{height} * (1 + 3 * std::uint64_t{width});
    png = pngFile(
        {pngChunk("IHDR", pngHeaderData(width, height)), pngChunk("IDAT", compressedZeros(raw)), pngChunk("IEND", {})});
  }
  return png;
}

void makeFifo(const std::string& path) {
  if (::mkfifo(path.c_str(), 0600) != 0) throw std::runtime_error("mkfifo failed for " + path);
}

void releaseFifoReaders(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);
  if (fd >= 0) ::close(fd);
}

void makeSparseFile(const std::string& path, std::uint64_t size, const std::vector<std::uint8_t>& head) {
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(head.data()), static_cast<std::streamsize>(head.size()));
  }
  if (::truncate(path.c_str(), static_cast<off_t>(size)) != 0) throw std::runtime_error("truncate failed for " + path);
}

std::uint64_t peakResidentBytes() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;  // Linux reports kilobytes
}

}  // namespace marionette::testing
