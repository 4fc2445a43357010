#pragma once

// Inputs an attacker would hand the program, made on the spot: named pipes,
// sparse giants, images whose headers promise more than is sensible or lie
// about what follows. Nothing here is big on disk.

#include <cstdint>
#include <string>
#include <vector>

namespace marionette::testing {

// A PNG chunk: length, type, data and the CRC over type and data.
std::vector<std::uint8_t> pngChunk(const std::string& type, const std::vector<std::uint8_t>& data);

// The 13 bytes of an IHDR chunk's data (8-bit RGB unless told otherwise).
std::vector<std::uint8_t> pngHeaderData(std::uint32_t width, std::uint32_t height, int bitDepth = 8,
                                        int colourType = 2);

// `raw` zlib-compressed, as IDAT chunks hold it.
std::vector<std::uint8_t> compressed(const std::vector<std::uint8_t>& raw);

// zlib-compressed zeros: `size` bytes of raw image data, every row filter 0
// and every pixel black. Takes about 1.6 s per GB of zeros.
std::vector<std::uint8_t> compressedZeros(std::uint64_t size);

// A valid, all-black 8-bit RGB PNG of any size; small on disk (20000x20000
// is 1.2 MB) however many pixels it promises. Cached per size.
const std::vector<std::uint8_t>& blackPng(std::uint32_t width, std::uint32_t height);

// Signature + the given chunks (each already made with pngChunk).
std::vector<std::uint8_t> pngFile(const std::vector<std::vector<std::uint8_t>>& chunks);

// A named pipe at `path`. Reading it blocks until something writes.
void makeFifo(const std::string& path);

// Ends a reader that is blocked opening the pipe (opens it for writing and
// closes it at once, so the reader sees an empty file). A test that finds its
// code under test stuck on a pipe calls this to fail instead of hanging.
void releaseFifoReaders(const std::string& path);

// A file of `size` bytes that takes no disk: `head` at the start, holes after.
void makeSparseFile(const std::string& path, std::uint64_t size, const std::vector<std::uint8_t>& head = {});

// The process's peak resident memory so far, in bytes (getrusage).
std::uint64_t peakResidentBytes();

}  // namespace marionette::testing
