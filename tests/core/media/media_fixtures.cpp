#include "tests/core/media/media_fixtures.h"

extern "C" {
#include <libavformat/avformat.h>
}

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

namespace marionette::testing {

bool runFfmpeg(const std::string& arguments) {
  const std::string command = "ffmpeg -nostdin -hide_banner -v error -y " + arguments;
  return std::system(command.c_str()) == 0;
}

std::vector<std::uint8_t> readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

void writeText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

void copyPrefix(const std::string& source, const std::string& destination, double fraction) {
  std::vector<std::uint8_t> bytes = readBytes(source);
  bytes.resize(static_cast<std::size_t>(static_cast<double>(bytes.size()) * fraction));
  writeBytes(destination, bytes);
}

std::uint64_t fingerprint(const Image& image) {
  std::uint64_t hash = 14695981039346656037ull;
  for (std::uint8_t byte : image.pixels) hash = (hash ^ byte) * 1099511628211ull;
  return hash;
}

std::vector<std::string> listDirectory(const std::string& directory) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

namespace {

std::vector<std::pair<std::string, double>> audioPacketStarts(const std::string& path) {
  std::vector<std::pair<std::string, double>> starts;
  AVFormatContext* format = nullptr;
  if (avformat_open_input(&format, path.c_str(), nullptr, nullptr) < 0) return starts;
  if (avformat_find_stream_info(format, nullptr) >= 0) {
    const int audio = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    const int video = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    double zero = 0;
    if (video >= 0 && format->streams[video]->start_time != AV_NOPTS_VALUE)
      zero = format->streams[video]->start_time * av_q2d(format->streams[video]->time_base);
    AVPacket* packet = av_packet_alloc();
    while (audio >= 0 && av_read_frame(format, packet) >= 0) {
      if (packet->stream_index == audio && packet->pts != AV_NOPTS_VALUE) {
        std::string bytes(reinterpret_cast<const char*>(packet->data), static_cast<std::size_t>(packet->size));
        starts.emplace_back(bytes, packet->pts * av_q2d(format->streams[audio]->time_base) - zero);
      }
      av_packet_unref(packet);
    }
    av_packet_free(&packet);
  }
  avformat_close_input(&format);
  return starts;
}

}  // namespace

std::vector<double> audioOffsetsFromSource(const std::string& copy, const std::string& source) {
  std::map<std::string, std::pair<double, int>> sourcePackets;
  for (const auto& [bytes, start] : audioPacketStarts(source)) {
    auto& entry = sourcePackets[bytes];
    entry.first = start, ++entry.second;
  }
  std::vector<double> offsets;
  for (const auto& [bytes, start] : audioPacketStarts(copy)) {
    auto found = sourcePackets.find(bytes);
    if (found != sourcePackets.end() && found->second.second == 1) offsets.push_back(found->second.first - start);
  }
  return offsets;
}

}  // namespace marionette::testing
