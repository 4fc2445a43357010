#include "core/media/png_check.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace marionette::media_detail {

namespace {

constexpr std::size_t kSignatureBytes = 8;
constexpr std::uint32_t kMaxChunkLength = 0x7FFFFFFF;  // the PNG specification's limit
constexpr std::size_t kIhdrLength = 13;
constexpr std::size_t kInflateBufferBytes = 1 << 16;
constexpr int kFilterTypes = 5;  // None, Sub, Up, Average, Paeth

struct Chunk {
  std::string type;
  Bytes data;
  Bytes whole;  // length, type, data and CRC, as stored
};

struct Header {
  std::uint32_t width = 0, height = 0;
  int bitDepth = 0, colourType = 0;
  bool interlaced = false;
};

bool isLetter(std::uint8_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isCritical(const std::string& type) { return type[0] >= 'A' && type[0] <= 'Z'; }

int channelsOf(int colourType) {
  switch (colourType) {
    case 2:
      return 3;
    case 4:
      return 2;
    case 6:
      return 4;
    default:
      return 1;  // grey (0) and palette (3)
  }
}

bool validDepth(int colourType, int depth) {
  switch (colourType) {
    case 0:
      return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
      return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
      return depth == 8 || depth == 16;
    default:
      return false;
  }
}

Result<Header> readHeader(const Chunk& ihdr) {
  if (ihdr.data.size() != kIhdrLength) return makeError("its IHDR chunk has the wrong length");
  Header h;
  h.width = readBigEndian(ihdr.data, 0, 4);
  h.height = readBigEndian(ihdr.data, 4, 4);
  h.bitDepth = ihdr.data[8];
  h.colourType = ihdr.data[9];
  if (h.width == 0 || h.height == 0 || h.width > kMaxChunkLength || h.height > kMaxChunkLength)
    return makeError("its header gives a size of " + std::to_string(h.width) + "x" + std::to_string(h.height));
  if (!validDepth(h.colourType, h.bitDepth)) {
    return makeError("its header gives an invalid colour type " + std::to_string(h.colourType) + " with bit depth " +
                     std::to_string(h.bitDepth));
  }
  if (ihdr.data[10] != 0 || ihdr.data[11] != 0 || ihdr.data[12] > 1)
    return makeError("its header names an unknown compression, filter or interlace method");
  h.interlaced = ihdr.data[12] == 1;
  return h;
}

// The rows of filtered image data the header promises, in stream order: one
// image, or Adam7's seven passes of smaller sub-images.
class RowLayout {
 public:
  explicit RowLayout(const Header& h) {
    static constexpr std::array<std::array<int, 4>, 7> kAdam7 = {
        {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}};
    const std::uint64_t bitsPerPixel = static_cast<std::uint64_t>(channelsOf(h.colourType)) * h.bitDepth;
    auto addPass = [&](std::uint64_t width, std::uint64_t height) {
      if (width == 0 || height == 0) return;
      passes_.push_back({height, 1 + (width * bitsPerPixel + 7) / 8});
    };
    if (!h.interlaced) {
      addPass(h.width, h.height);
    } else {
      // A pass starting at x0 every dx pixels covers ceil((width - x0) / dx)
      // columns, none when the image is narrower than x0.
      for (const auto& [x0, y0, dx, dy] : kAdam7)
        addPass((std::uint64_t{h.width} + dx - 1 - x0) / dx, (std::uint64_t{h.height} + dy - 1 - y0) / dy);
    }
    for (const Pass& p : passes_) total_ += p.rows * p.rowBytes;
  }

  std::uint64_t totalBytes() const { return total_; }

  // Consumes `data` (the next inflated bytes); false when a row starts with
  // an unknown filter type.
  bool consume(const std::uint8_t* data, std::size_t size) {
    std::size_t pos = 0;
    while (pos < size && pass_ < passes_.size()) {
      if (inRow_ == 0) {
        if (data[pos] >= kFilterTypes) return false;
        inRow_ = passes_[pass_].rowBytes;
      }
      const std::size_t step = static_cast<std::size_t>(std::min<std::uint64_t>(inRow_, size - pos));
      pos += step;
      inRow_ -= step;
      if (inRow_ == 0 && ++row_ == passes_[pass_].rows) {
        ++pass_;
        row_ = 0;
      }
    }
    return true;
  }

 private:
  struct Pass {
    std::uint64_t rows, rowBytes;
  };
  std::vector<Pass> passes_;
  std::uint64_t total_ = 0;
  std::size_t pass_ = 0;
  std::uint64_t row_ = 0, inRow_ = 0;
};

struct ZStream {
  z_stream stream{};
  bool ready = false;
  ZStream() { ready = inflateInit(&stream) == Z_OK; }
  ~ZStream() {
    if (ready) inflateEnd(&stream);
  }
  ZStream(const ZStream&) = delete;
  ZStream& operator=(const ZStream&) = delete;
};

// Inflates the IDAT chunks in turn and checks what comes out against the
// header, the way libpng would while decoding (but without keeping it).
Status checkImageData(const Header& header, const std::vector<Chunk>& idats) {
  RowLayout layout(header);
  ZStream z;
  if (!z.ready) return makeError("there is not enough memory to check it");
  std::vector<std::uint8_t> out(kInflateBufferBytes);
  std::uint64_t produced = 0;
  const std::string size = std::to_string(header.width) + "x" + std::to_string(header.height);
  bool ended = false;
  for (const Chunk& idat : idats) {
    z.stream.next_in = const_cast<Bytef*>(idat.data.data());
    z.stream.avail_in = static_cast<uInt>(idat.data.size());
    while (z.stream.avail_in > 0 && !ended) {
      z.stream.next_out = out.data();
      z.stream.avail_out = static_cast<uInt>(out.size());
      const int status = inflate(&z.stream, Z_NO_FLUSH);
      if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
        return makeError("its compressed image data is damaged");
      const std::size_t got = out.size() - z.stream.avail_out;
      if (produced + got > layout.totalBytes())
        return makeError("it holds more image data than its header's " + size + " pixels");
      if (!layout.consume(out.data(), got)) return makeError("a row of its image data has an unknown filter type");
      produced += got;
      ended = status == Z_STREAM_END;
      if (status == Z_BUF_ERROR && got == 0) break;  // needs the next chunk
    }
    if (ended && z.stream.avail_in > 0)
      return makeError("its image data goes on after the end of the compressed stream");
  }
  if (produced < layout.totalBytes() || !ended)
    return makeError("its image data ends before the " + size + " pixels its header promises");
  return {};
}

void append(std::vector<std::uint8_t>& out, Bytes bytes) { out.insert(out.end(), bytes.begin(), bytes.end()); }

// A tRNS chunk libpng would accept without a warning (it ignores others, so
// leaving them out changes nothing but the noise).
bool wellFormedTransparency(const Header& h, const Chunk& trns, std::size_t paletteEntries) {
  switch (h.colourType) {
    case 0:
      return trns.data.size() == 2;
    case 2:
      return trns.data.size() == 6;
    case 3:
      return !trns.data.empty() && trns.data.size() <= paletteEntries;
    default:
      return false;  // images with an alpha channel take no tRNS
  }
}

}  // namespace

Result<std::vector<std::uint8_t>> checkedPngForDecoding(Bytes png) {
  if (png.size() < kSignatureBytes) return makeError("it ends inside the PNG signature");
  std::vector<Chunk> chunks;
  std::size_t pos = kSignatureBytes;
  bool sawEnd = false;
  while (!sawEnd) {
    if (pos + 12 > png.size()) return makeError("the file ends before the IEND chunk");
    const std::uint32_t length = readBigEndian(png, pos, 4);
    if (length > kMaxChunkLength) return makeError("a chunk length is invalid");
    const Bytes typeBytes = png.subspan(pos + 4, 4);
    if (!std::all_of(typeBytes.begin(), typeBytes.end(), isLetter)) return makeError("a chunk name is invalid");
    const std::string type(typeBytes.begin(), typeBytes.end());
    if (png.size() - pos - 12 < length) return makeError("the file ends inside the " + type + " chunk");
    const Bytes checked = png.subspan(pos + 4, 4 + static_cast<std::size_t>(length));
    const std::uint32_t stored = readBigEndian(png, pos + 8 + length, 4);
    if (crc32(crc32(0, nullptr, 0), checked.data(), static_cast<uInt>(checked.size())) != stored)
      return makeError("its " + type + " chunk fails its checksum");
    chunks.push_back({type, png.subspan(pos + 8, length), png.subspan(pos, 12 + static_cast<std::size_t>(length))});
    pos += 12 + static_cast<std::size_t>(length);
    sawEnd = type == "IEND";
  }

  if (chunks.front().type != "IHDR") return makeError("it does not start with an IHDR chunk");
  Result<Header> header = readHeader(chunks.front());
  if (!header) return header.error();

  std::vector<std::uint8_t> out(png.begin(), png.begin() + kSignatureBytes);
  append(out, chunks.front().whole);
  std::vector<Chunk> idats;
  std::optional<std::size_t> paletteEntries;
  const Chunk* transparency = nullptr;
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    const Chunk& chunk = chunks[i];
    const bool afterData = !idats.empty();
    if (chunk.type == "IDAT") {
      if (afterData && chunks[i - 1].type != "IDAT") return makeError("its IDAT chunks are not consecutive");
      if (header->colourType == 3 && !paletteEntries) return makeError("it has no palette (PLTE chunk)");
      if (!afterData && transparency && wellFormedTransparency(*header, *transparency, paletteEntries.value_or(0)))
        append(out, transparency->whole);
      idats.push_back(chunk);
      append(out, chunk.whole);
    } else if (chunk.type == "PLTE") {
      if (paletteEntries || afterData || header->colourType == 0 || header->colourType == 4 || chunk.data.empty() ||
          chunk.data.size() % 3 != 0 || chunk.data.size() > 3 * 256)
        return makeError("its PLTE chunk is invalid or out of place");
      paletteEntries = chunk.data.size() / 3;
      if (header->colourType == 3 && *paletteEntries > (std::size_t{1} << header->bitDepth))
        return makeError("its palette has more colours than its bit depth allows");
      append(out, chunk.whole);
    } else if (chunk.type == "tRNS") {
      if (!afterData && !transparency) transparency = &chunk;
    } else if (chunk.type == "IHDR") {
      return makeError("it has a second IHDR chunk");
    } else if (chunk.type == "IEND") {
      if (!chunk.data.empty()) return makeError("its IEND chunk is invalid");
    } else if (isCritical(chunk.type)) {
      return makeError("it uses an unknown critical chunk " + chunk.type);
    }
  }
  if (idats.empty()) return makeError("it has no image data (IDAT chunk)");
  if (Status data = checkImageData(*header, idats); !data) return data.error();
  append(out, chunks.back().whole);
  return out;
}

}  // namespace marionette::media_detail
