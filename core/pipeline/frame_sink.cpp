#include "core/pipeline/frame_sink.h"

#include <cstdio>
#include <filesystem>
#include <random>

#include <sys/stat.h>

#include "core/base/atomic_file.h"
#include "core/base/partial_file.h"
#include "core/media/image_io.h"
#include "core/media/video_writer.h"

namespace marionette {

namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// "out/frames/" and "out/frames" name the same folder.
fs::path folderPath(const std::string& path) {
  fs::path folder(path);
  return folder.has_filename() ? folder : folder.parent_path();
}

bool isSequenceFrame(const fs::path& file) {
  const std::string name = file.filename().string();
  return name.rfind("frame_", 0) == 0 && file.extension() == ".png";
}

// A folder that may be replaced by a new sequence: one that holds nothing
// but an earlier sequence's frames, as this program writes them (regular
// files; never links, pipes or devices).
bool holdsOnlyFrames(const fs::path& folder) {
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
    if (!fs::is_regular_file(entry.symlink_status(ec)) || !isSequenceFrame(entry.path())) return false;
  return !ec;
}

bool isEmptyFolder(const fs::path& folder) {
  std::error_code ec;
  return fs::is_empty(folder, ec) && !ec;
}

Status checkSequenceFolder(const ExportSettings& settings) {
  const fs::path folder = folderPath(settings.path);
  std::error_code ec;
  for (const std::string& input : settings.inputs) {
    if (fs::exists(folder, ec) && fs::equivalent(folder, input, ec))
      return makeError("refusing to write " + quoted(folder) + ": it is one of the inputs");
    if (fs::exists(folder, ec) && fs::equivalent(fs::absolute(input).parent_path(), folder, ec))
      return makeError("refusing to replace " + quoted(folder) + ": it holds one of the inputs");
  }
  if (Status parent = checkOutputFolder(folder.string()); !parent) return parent;
  if (fs::exists(fs::symlink_status(folder, ec)) && !fs::is_directory(folder, ec))
    return makeError("cannot write a PNG sequence to " + quoted(folder) + ": it exists and is not a folder");
  if (fs::is_directory(folder, ec) && !isEmptyFolder(folder)) {
    if (!settings.overwrite) return makeError(quoted(folder) + " already exists; pass --force to overwrite it");
    if (!holdsOnlyFrames(folder))
      return makeError("not replacing " + quoted(folder) + ": it holds files other than frame_*.png");
  }
  return {};
}

class VideoSink final : public FrameSink {
 public:
  explicit VideoSink(std::unique_ptr<VideoWriter> writer) : writer_(std::move(writer)) {}
  Status write(const Image& frame) override { return writer_->write(frame); }
  Status finish() override { return writer_->finish(); }
  void cancel() override { writer_->cancel(); }
  std::vector<std::string> notes() const override { return writer_->notes(); }

 private:
  std::unique_ptr<VideoWriter> writer_;
};

// Frames go into a hidden folder beside the destination, which is renamed
// into place at the end, so an interrupted export leaves no half sequence.
class PngSequenceSink final : public FrameSink {
 public:
  static Result<std::unique_ptr<FrameSink>> create(const ExportSettings& settings) {
    const fs::path folder = folderPath(settings.path);
    auto partial = createPartial(folder.string(), PartialKind::Folder);
    if (!partial) return partial.error();
    std::vector<std::string> notes;
    if (!settings.audioSourcePath.empty())
      notes.push_back("a PNG sequence holds no sound; the driving video's audio is left out");
    return std::unique_ptr<FrameSink>(new PngSequenceSink(folder, *partial, settings.firstFrame, std::move(notes)));
  }
  ~PngSequenceSink() override { cancel(); }

  Status write(const Image& frame) override {
    if (temp_.empty()) return makeError("cannot write to " + quoted(folder_) + ": the sequence is closed");
    Status saved = saveImage(frame, (temp_ / sequenceFrameName(next_)).string());
    if (!saved) {
      // The user knows the destination, not the hidden folder behind it.
      std::string message = saved.error().message;
      if (const std::size_t at = message.find(temp_.string()); at != std::string::npos)
        message.replace(at, temp_.string().size(), folder_.string());
      cancel();
      return makeError(message);
    }
    ++count_;
    ++next_;
    return {};
  }

  Status finish() override {
    if (temp_.empty()) return makeError("cannot finish " + quoted(folder_) + ": the sequence is closed");
    if (count_ == 0) {
      cancel();
      return makeError("no frames were written to " + quoted(folder_));
    }
    Status placed = replaceFolder();
    if (!placed) cancel();
    temp_.clear();
    return placed;
  }

  void cancel() override {
    if (temp_.empty()) return;
    std::error_code ignored;
    fs::remove_all(temp_, ignored);
    temp_.clear();
  }

  std::vector<std::string> notes() const override { return notes_; }

 private:
  PngSequenceSink(fs::path folder, fs::path temp, std::int64_t firstFrame, std::vector<std::string> notes)
      : folder_(std::move(folder)), temp_(std::move(temp)), notes_(std::move(notes)), next_(firstFrame) {}

  // An earlier sequence is moved aside first and only deleted once the new
  // one is in place.
  Status replaceFolder() {
    std::error_code ec;
    fs::path old;
    if (fs::exists(folder_, ec) && !isEmptyFolder(folder_)) {
      old = temp_.string() + ".old";
      fs::rename(folder_, old, ec);
      if (ec) return makeError("cannot replace " + quoted(folder_) + ": " + ec.message());
    }
    fs::rename(temp_, folder_, ec);
    if (ec) {
      std::error_code ignored;
      if (!old.empty()) fs::rename(old, folder_, ignored);
      return makeError("cannot write " + quoted(folder_) + ": " + ec.message());
    }
    if (!old.empty()) fs::remove_all(old, ec);
    return {};
  }

  fs::path folder_;
  fs::path temp_;
  std::vector<std::string> notes_;
  std::int64_t next_ = 0;  // project frame of the next file
  std::int64_t count_ = 0;
};

const char* codecFor(ExportFormat format) {
  switch (format) {
    case ExportFormat::Ffv1:
      return "ffv1";
    case ExportFormat::ProRes:
      return "prores_ks";
    default:
      return "libx264";
  }
}

}  // namespace

std::string sequenceFrameName(std::int64_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "frame_%06lld.png", static_cast<long long>(index + 1));
  return name;
}

Status checkExportDestination(const ExportSettings& settings) {
  if (settings.format == ExportFormat::PngSequence) return checkSequenceFolder(settings);
  return checkOutputPath(settings.path, settings.overwrite, settings.inputs);
}

Result<std::unique_ptr<FrameSink>> openFrameSink(const ExportSettings& settings) {
  if (Status destination = checkExportDestination(settings); !destination) return destination.error();
  if (settings.format == ExportFormat::PngSequence) return PngSequenceSink::create(settings);
  VideoWriterOptions options;
  options.width = settings.width;
  options.height = settings.height;
  options.frameRate = settings.frameRate;
  options.codec = codecFor(settings.format);
  options.crf = settings.crf;
  options.preset = settings.speed;
  options.audioSourcePath = settings.audioSourcePath;
  options.audioStart = settings.audioStart;
  options.overwrite = settings.overwrite;
  options.protectedPaths = settings.inputs;
  options.metadata = settings.metadata;
  auto writer = VideoWriter::create(settings.path, options);
  if (!writer) return writer.error();
  return std::unique_ptr<FrameSink>(std::make_unique<VideoSink>(std::move(*writer)));
}

}  // namespace marionette
