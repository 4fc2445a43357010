#include "core/neural/graph_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string_view>

#include "core/neural/base64.h"

namespace marionette {

namespace {

using nlohmann::json;

enum class OpKind {
  Placeholder,
  Const,
  Identity,
  Conv,
  DepthwiseConv,
  Add,
  Relu,
  Relu6,
  Prelu,
  Sigmoid,
  MaxPool,
  Pad,
  Reshape,
  Concat
};
enum class Activation { None, Relu, Relu6, Prelu };
enum class Padding { Same, Valid };

// TensorFlow lays 4-D activations out NHWC; torch's convolutions want NCHW.
// Activations are kept NCHW between ops and marked so; constants keep the
// graph's own layout until an op needs them otherwise.
struct Value {
  torch::Tensor tensor;
  bool channelsFirst = false;
};

struct Step {
  OpKind kind = OpKind::Identity;
  std::string name;
  std::vector<int> inputs;  // indices into the plan's values
  std::int64_t stride[2] = {1, 1};
  std::int64_t kernel[2] = {1, 1};
  std::int64_t dilation[2] = {1, 1};
  Padding padding = Padding::Valid;
  Activation activation = Activation::None;
  torch::Tensor weight, bias, alpha;    // prepared for torch at load
  std::vector<std::int64_t> padding4;   // torch order (W, H, C, N)
  std::vector<std::int64_t> shape;      // Reshape's target
  std::int64_t axis = 0;                // ConcatV2's, in the graph's layout
  torch::Tensor constant;               // Const's value, graph layout
  torch::Tensor constantChannelsFirst;  // a Const used by an elementwise op on activations
};

std::string decodedString(const json& attribute) {
  if (!attribute.contains("s")) return {};
  return base64Decode(attribute["s"].get<std::string>());
}

std::vector<std::int64_t> intList(const json& attribute) {
  std::vector<std::int64_t> values;
  if (!attribute.contains("list") || !attribute["list"].contains("i")) return values;
  for (const json& item : attribute["list"]["i"]) {
    values.push_back(item.is_string() ? std::stoll(item.get<std::string>()) : item.get<std::int64_t>());
  }
  return values;
}

std::vector<std::string> stringList(const json& attribute) {
  std::vector<std::string> values;
  if (!attribute.contains("list") || !attribute["list"].contains("s")) return values;
  for (const json& item : attribute["list"]["s"]) values.push_back(base64Decode(item.get<std::string>()));
  return values;
}

std::string inputNodeName(std::string name) {
  if (auto colon = name.find(':'); colon != std::string::npos) name.resize(colon);
  return name;
}

std::optional<OpKind> opKind(const std::string& op) {
  // A plain array: models load on background threads, which may still be
  // running while a quitting program destroys its statics.
  static constexpr std::pair<std::string_view, OpKind> kinds[] = {
      {"Placeholder", OpKind::Placeholder},
      {"Const", OpKind::Const},
      {"Identity", OpKind::Identity},
      {"_FusedConv2D", OpKind::Conv},
      {"Conv2D", OpKind::Conv},
      {"DepthwiseConv2dNative", OpKind::DepthwiseConv},
      {"AddV2", OpKind::Add},
      {"Add", OpKind::Add},
      {"Relu", OpKind::Relu},
      {"Relu6", OpKind::Relu6},
      {"Prelu", OpKind::Prelu},
      {"Sigmoid", OpKind::Sigmoid},
      {"MaxPool", OpKind::MaxPool},
      {"Pad", OpKind::Pad},
      {"Reshape", OpKind::Reshape},
      {"ConcatV2", OpKind::Concat},
  };
  for (const auto& [name, kind] : kinds)
    if (name == op) return kind;
  return std::nullopt;
}

// A logical NHWC (or lower-rank, broadcast from the right) constant as an
// NCHW tensor that broadcasts against channels-first activations.
torch::Tensor toChannelsFirst(const torch::Tensor& constant) {
  torch::Tensor t = constant;
  while (t.dim() < 4) t = t.unsqueeze(0);
  return t.permute({0, 3, 1, 2}).contiguous();
}

torch::Tensor toGraphLayout(const Value& value) {
  return value.channelsFirst ? value.tensor.permute({0, 2, 3, 1}).contiguous() : value.tensor;
}

// TensorFlow's SAME padding: as much as the stride needs, the odd pixel after.
std::pair<std::int64_t, std::int64_t> samePadding(std::int64_t size, std::int64_t kernel, std::int64_t stride,
                                                  std::int64_t dilation) {
  const std::int64_t out = (size + stride - 1) / stride;
  const std::int64_t total = std::max<std::int64_t>((out - 1) * stride + (kernel - 1) * dilation + 1 - size, 0);
  return {total / 2, total - total / 2};
}

// The input padded for the op's window, and the symmetric padding left for
// the op itself (cheaper than a padded copy when TensorFlow's padding
// happens to be symmetric).
struct PaddedInput {
  torch::Tensor tensor;
  std::array<std::int64_t, 2> symmetric{0, 0};
};

PaddedInput padForWindow(const torch::Tensor& x, const Step& step, double fill) {
  if (step.padding == Padding::Valid) return {x, {0, 0}};
  auto [top, bottom] = samePadding(x.size(2), step.kernel[0], step.stride[0], step.dilation[0]);
  auto [left, right] = samePadding(x.size(3), step.kernel[1], step.stride[1], step.dilation[1]);
  if (top == bottom && left == right) return {x, {top, left}};
  return {torch::constant_pad_nd(x, {left, right, top, bottom}, fill), {0, 0}};
}

torch::Tensor activate(torch::Tensor x, const Step& step) {
  switch (step.activation) {
    case Activation::None:
      return x;
    case Activation::Relu:
      return torch::relu_(x);
    case Activation::Relu6:
      return torch::clamp_(x, 0, 6);
    case Activation::Prelu:
      return torch::prelu(x, step.alpha);
  }
  return x;
}

struct RawWeight {
  std::string name;
  std::vector<std::int64_t> shape;
  std::string dtype;
  std::string quantizedAs;  // "", "float16", "uint8" or "uint16"
  double scale = 1, minimum = 0;
};

std::size_t elementCount(const std::vector<std::int64_t>& shape) {
  std::size_t count = 1;
  for (std::int64_t d : shape) count *= static_cast<std::size_t>(std::max<std::int64_t>(d, 0));
  return count;
}

}  // namespace

struct GraphModel::Impl {
  std::vector<Step> plan;  // in execution order; a step's index is its value's index
  int inputIndex = -1;
  std::vector<long> inputShape;
  std::vector<std::string> outputNames;
  std::map<std::string, int> indexByName;
  torch::Device device = torch::kCPU;
};

GraphModel::GraphModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GraphModel::~GraphModel() = default;

const std::vector<std::string>& GraphModel::outputNames() const { return impl_->outputNames; }
const std::vector<long>& GraphModel::inputShape() const { return impl_->inputShape; }

Result<std::unique_ptr<GraphModel>> GraphModel::load(const std::string& topologyPath, const std::string& deviceName) {
  std::ifstream file(topologyPath, std::ios::binary);
  if (!file) return makeError("cannot read the model '" + topologyPath + "'");
  std::stringstream text;
  text << file.rdbuf();
  const std::string folder = std::filesystem::path(topologyPath).parent_path().string();
  return fromJson(text.str(), folder, topologyPath, deviceName);
}

Result<std::unique_ptr<GraphModel>> GraphModel::fromJson(const std::string& jsonText, const std::string& folder,
                                                         const std::string& describedAs,
                                                         const std::string& deviceName) {
  const std::string where = "model '" + describedAs + "'";
  json document = json::parse(jsonText, nullptr, false);
  if (document.is_discarded() || !document.is_object())
    return makeError(where + " is not a TensorFlow.js graph (not JSON)");
  if (!document.contains("modelTopology") || !document["modelTopology"].contains("node") ||
      !document.contains("weightsManifest")) {
    return makeError(where + " is not a TensorFlow.js graph model (no topology or weight manifest)");
  }
  auto impl = std::make_unique<Impl>();
  impl->device = deviceName == "cuda" ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);

  // Weights: each manifest group is one byte stream split over its shards.
  std::map<std::string, torch::Tensor> weights;
  for (const json& group : document["weightsManifest"]) {
    std::string bytes;
    for (const json& shard : group.value("paths", json::array())) {
      const std::string shardPath = (std::filesystem::path(folder) / shard.get<std::string>()).string();
      std::ifstream in(shardPath, std::ios::binary);
      if (!in) return makeError(where + ": its weights '" + shardPath + "' are missing");
      std::stringstream content;
      content << in.rdbuf();
      bytes += content.str();
    }
    std::size_t offset = 0;
    for (const json& entry : group.value("weights", json::array())) {
      RawWeight raw;
      raw.name = entry.value("name", "");
      for (const json& d : entry.value("shape", json::array())) raw.shape.push_back(d.get<std::int64_t>());
      raw.dtype = entry.value("dtype", "float32");
      if (entry.contains("quantization")) {
        const json& q = entry["quantization"];
        raw.quantizedAs = q.value("dtype", "");
        raw.scale = q.value("scale", 1.0);
        raw.minimum = q.value("min", 0.0);
      }
      const std::size_t count = elementCount(raw.shape);
      std::size_t width = 4;
      if (raw.quantizedAs == "float16" || raw.quantizedAs == "uint16")
        width = 2;
      else if (raw.quantizedAs == "uint8")
        width = 1;
      else if (!raw.quantizedAs.empty()) {
        return makeError(where + ": weight '" + raw.name + "' uses quantization '" + raw.quantizedAs +
                         "', which Marionette cannot read");
      }
      if (raw.dtype != "float32" && raw.dtype != "int32") {
        return makeError(where + ": weight '" + raw.name + "' has type '" + raw.dtype +
                         "', which Marionette cannot read");
      }
      if (offset + count * width > bytes.size()) {
        return makeError(where + " is truncated: its weights hold " + std::to_string(bytes.size()) +
                         " bytes, the manifest needs more (at '" + raw.name + "')");
      }
      const char* data = bytes.data() + offset;
      std::vector<std::int64_t> shape(raw.shape.begin(), raw.shape.end());
      torch::Tensor tensor;
      if (raw.quantizedAs == "float16") {
        tensor = torch::from_blob(const_cast<char*>(data), {static_cast<std::int64_t>(count)}, torch::kHalf)
                     .to(torch::kFloat);
      } else if (raw.quantizedAs == "uint8") {
        tensor = torch::from_blob(const_cast<char*>(data), {static_cast<std::int64_t>(count)}, torch::kUInt8)
                         .to(torch::kFloat) *
                     raw.scale +
                 raw.minimum;
      } else if (raw.quantizedAs == "uint16") {
        std::vector<float> values(count);
        for (std::size_t i = 0; i < count; ++i) {
          std::uint16_t q;
          std::memcpy(&q, data + 2 * i, 2);
          values[i] = static_cast<float>(q * raw.scale + raw.minimum);
        }
        tensor = torch::tensor(values);
      } else if (raw.dtype == "int32") {
        tensor = torch::from_blob(const_cast<char*>(data), {static_cast<std::int64_t>(count)}, torch::kInt).clone();
      } else {
        tensor = torch::from_blob(const_cast<char*>(data), {static_cast<std::int64_t>(count)}, torch::kFloat).clone();
      }
      weights[raw.name] = tensor.reshape(shape);
      offset += count * width;
    }
    if (offset != bytes.size()) {
      return makeError(where + "'s weights hold " + std::to_string(bytes.size()) + " bytes, the manifest describes " +
                       std::to_string(offset) + ": another version of the model?");
    }
  }

  // Nodes by name, then a plan in dependency order from the outputs back.
  std::map<std::string, const json*> nodes;
  std::vector<std::string> identities;
  for (const json& node : document["modelTopology"]["node"]) {
    const std::string name = node.value("name", "");
    nodes[name] = &node;
    const std::string op = node.value("op", "");
    if (!opKind(op)) {
      return makeError(where + " uses the op '" + op + "' (node '" + name + "'), which Marionette cannot run");
    }
    if (op == "Identity") identities.push_back(name);
  }
  std::sort(identities.begin(), identities.end());
  impl->outputNames = identities;
  if (identities.empty()) return makeError(where + " has no outputs");

  std::map<std::string, int> state;  // 1 = being visited, 2 = planned
  std::string failure;
  std::function<bool(const std::string&)> visit = [&](const std::string& name) -> bool {
    if (state[name] == 2) return true;
    if (state[name] == 1) {
      failure = where + " has a cycle through '" + name + "'";
      return false;
    }
    auto found = nodes.find(name);
    if (found == nodes.end()) {
      failure = where + " refers to a node '" + name + "' it does not define";
      return false;
    }
    state[name] = 1;
    const json& node = *found->second;
    std::vector<int> inputs;
    for (const json& input : node.value("input", json::array())) {
      const std::string source = input.get<std::string>();
      if (!source.empty() && source[0] == '^') continue;  // a control edge carries no data
      const std::string sourceName = inputNodeName(source);
      if (!visit(sourceName)) return false;
      inputs.push_back(impl->indexByName[sourceName]);
    }
    Step step;
    step.name = name;
    step.kind = *opKind(node.value("op", ""));
    step.inputs = inputs;
    const json attributes = node.value("attr", json::object());
    auto attribute = [&](const char* key) { return attributes.contains(key) ? attributes[key] : json::object(); };
    auto constantInput = [&](std::size_t position) -> std::optional<torch::Tensor> {
      if (position >= step.inputs.size()) return std::nullopt;
      const Step& source = impl->plan[static_cast<std::size_t>(step.inputs[position])];
      if (source.kind != OpKind::Const) return std::nullopt;
      return source.constant;
    };
    auto need = [&](std::optional<torch::Tensor> value, const char* what) -> std::optional<torch::Tensor> {
      if (!value)
        failure = where + ": node '" + name + "' takes its " + what + " from another op, which Marionette cannot run";
      return value;
    };
    const std::string dataFormat = decodedString(attribute("data_format"));
    if (!dataFormat.empty() && dataFormat != "NHWC") {
      failure = where + ": node '" + name + "' uses the data format " + dataFormat + "; only NHWC is supported";
      return false;
    }
    auto readWindow = [&]() {
      const auto strides = intList(attribute("strides"));
      if (strides.size() == 4) step.stride[0] = strides[1], step.stride[1] = strides[2];
      const auto dilations = intList(attribute("dilations"));
      if (dilations.size() == 4) step.dilation[0] = dilations[1], step.dilation[1] = dilations[2];
      const std::string padding = decodedString(attribute("padding"));
      if (padding == "SAME")
        step.padding = Padding::Same;
      else if (padding == "VALID" || padding.empty())
        step.padding = Padding::Valid;
      else {
        failure = where + ": node '" + name + "' uses padding '" + padding + "', which Marionette cannot run";
        return false;
      }
      return true;
    };

    switch (step.kind) {
      case OpKind::Placeholder: {
        if (impl->inputIndex >= 0) {
          failure = where + " has more than one input, which Marionette cannot run";
          return false;
        }
        impl->inputIndex = static_cast<int>(impl->plan.size());
        const json shape = attribute("shape");
        if (shape.contains("shape") && shape["shape"].contains("dim")) {
          for (const json& d : shape["shape"]["dim"]) impl->inputShape.push_back(std::stol(d.value("size", "-1")));
        }
        break;
      }
      case OpKind::Const: {
        auto weight = weights.find(name);
        if (weight == weights.end()) {
          failure = where + ": the constant '" + name + "' has no weights in the manifest";
          return false;
        }
        step.constant = weight->second.to(impl->device);
        break;
      }
      case OpKind::Conv: {
        if (!readWindow()) return false;
        auto filter = need(constantInput(1), "filter");
        if (!filter) return false;
        if (filter->dim() != 4) {
          failure = where + ": node '" + name + "' has a filter of rank " + std::to_string(filter->dim());
          return false;
        }
        step.weight = filter->permute({3, 2, 0, 1}).contiguous();  // HWIO -> OIHW
        step.kernel[0] = filter->size(0);
        step.kernel[1] = filter->size(1);
        std::vector<std::string> fused = stringList(attribute("fused_ops"));
        if (step.inputs.size() > 2 || !fused.empty()) {
          if (fused.empty() || fused[0] != "BiasAdd") {
            failure = where + ": node '" + name + "' fuses '" + (fused.empty() ? "" : fused[0]) +
                      "' into its convolution, which Marionette cannot run";
            return false;
          }
          auto bias = need(constantInput(2), "bias");
          if (!bias) return false;
          step.bias = bias->reshape({-1});
        }
        if (fused.size() > 1) {
          if (fused[1] == "Relu")
            step.activation = Activation::Relu;
          else if (fused[1] == "Relu6")
            step.activation = Activation::Relu6;
          else if (fused[1] == "Prelu") {
            auto alpha = need(constantInput(3), "PReLU slopes");
            if (!alpha) return false;
            step.activation = Activation::Prelu;
            step.alpha = alpha->reshape({-1}).contiguous();
          } else {
            failure = where + ": node '" + name + "' fuses '" + fused[1] + "', which Marionette cannot run";
            return false;
          }
        }
        if (fused.size() > 2) {
          failure = where + ": node '" + name + "' fuses more than a bias and an activation";
          return false;
        }
        break;
      }
      case OpKind::DepthwiseConv: {
        if (!readWindow()) return false;
        auto filter = need(constantInput(1), "filter");
        if (!filter) return false;
        // H, W, C, multiplier -> C*multiplier, 1, H, W for a grouped convolution.
        step.weight = filter->permute({2, 3, 0, 1})
                          .reshape({-1, 1, filter->size(0), filter->size(1)})
                          .contiguous(torch::MemoryFormat::ChannelsLast);
        step.kernel[0] = filter->size(0);
        step.kernel[1] = filter->size(1);
        break;
      }
      case OpKind::MaxPool: {
        if (!readWindow()) return false;
        const auto sizes = intList(attribute("ksize"));
        if (sizes.size() == 4) step.kernel[0] = sizes[1], step.kernel[1] = sizes[2];
        break;
      }
      case OpKind::Prelu: {
        auto alpha = need(constantInput(1), "PReLU slopes");
        if (!alpha) return false;
        step.alpha = alpha->reshape({-1}).contiguous();  // one slope per channel, as torch::prelu takes them
        step.inputs.resize(1);
        break;
      }
      case OpKind::Pad: {
        auto paddings = need(constantInput(1), "paddings");
        if (!paddings) return false;
        torch::Tensor p = paddings->to(torch::kCPU).to(torch::kLong).reshape({-1, 2});
        if (p.size(0) != 4) {
          failure = where + ": node '" + name + "' pads a tensor of rank " + std::to_string(p.size(0)) +
                    "; only images (rank 4) are supported";
          return false;
        }
        auto at = [&](int row, int column) { return p[row][column].item<std::int64_t>(); };
        step.padding4 = {at(2, 0), at(2, 1), at(1, 0), at(1, 1), at(3, 0), at(3, 1), at(0, 0), at(0, 1)};
        step.inputs.resize(1);
        break;
      }
      case OpKind::Reshape: {
        auto shape = need(constantInput(1), "shape");
        if (!shape) return false;
        torch::Tensor s = shape->to(torch::kCPU).to(torch::kLong).reshape({-1});
        for (std::int64_t i = 0; i < s.size(0); ++i) step.shape.push_back(s[i].item<std::int64_t>());
        step.inputs.resize(1);
        break;
      }
      case OpKind::Concat: {
        auto axis = need(constantInput(step.inputs.size() - 1), "axis");
        if (!axis) return false;
        step.axis = axis->to(torch::kCPU).to(torch::kLong).reshape({-1})[0].item<std::int64_t>();
        step.inputs.pop_back();
        break;
      }
      case OpKind::Add:
        for (std::size_t i = 0; i < 2 && i < step.inputs.size(); ++i) {
          if (auto constant = constantInput(i)) step.constantChannelsFirst = toChannelsFirst(*constant);
        }
        break;
      default:
        break;
    }
    const std::size_t expectedInputs = [&]() -> std::size_t {
      switch (step.kind) {
        case OpKind::Placeholder:
        case OpKind::Const:
          return 0;
        case OpKind::Add:
          return 2;
        case OpKind::Conv:
          return step.inputs.size();
        case OpKind::DepthwiseConv:
          return 2;
        case OpKind::Concat:
          return step.inputs.size();
        default:
          return 1;
      }
    }();
    if (step.inputs.size() != expectedInputs || (step.kind == OpKind::Concat && step.inputs.empty())) {
      failure = where + ": node '" + name + "' has " + std::to_string(step.inputs.size()) +
                " inputs, which its op does not take";
      return false;
    }
    impl->indexByName[name] = static_cast<int>(impl->plan.size());
    impl->plan.push_back(std::move(step));
    state[name] = 2;
    return true;
  };
  for (const std::string& output : identities) {
    if (!visit(output)) return makeError(failure);
  }
  if (impl->inputIndex < 0) return makeError(where + " has no input placeholder");
  return std::unique_ptr<GraphModel>(new GraphModel(std::move(impl)));
}

std::vector<torch::Tensor> GraphModel::run(const torch::Tensor& input, const std::vector<std::string>& outputs) const {
  torch::InferenceMode inference;
  const Impl& impl = *impl_;
  // Only the steps the asked-for outputs depend on run (the mesh network's
  // contour head, say, is skipped when only the mesh is wanted). The plan is
  // in dependency order, so one backward pass marks them.
  std::vector<bool> needed(impl.plan.size(), false);
  for (const std::string& name : outputs)
    if (auto found = impl.indexByName.find(name); found != impl.indexByName.end())
      needed[static_cast<std::size_t>(found->second)] = true;
  for (std::size_t i = impl.plan.size(); i-- > 0;)
    if (needed[i])
      for (int input : impl.plan[i].inputs) needed[static_cast<std::size_t>(input)] = true;
  std::vector<Value> values(impl.plan.size());
  for (std::size_t i = 0; i < impl.plan.size(); ++i) {
    if (!needed[i]) continue;
    const Step& step = impl.plan[i];
    Value& out = values[i];
    auto in = [&](std::size_t position) -> const Value& {
      return values[static_cast<std::size_t>(step.inputs[position])];
    };
    // Every op but a few acts on an image in channels-first layout.
    auto image = [&](std::size_t position) {
      const Value& v = in(position);
      if (v.channelsFirst || v.tensor.dim() != 4) return v.tensor;
      return v.tensor.permute({0, 3, 1, 2}).contiguous();
    };
    switch (step.kind) {
      case OpKind::Placeholder:
        // NHWC memory seen as NCHW: torch's channels-last kernels, much
        // faster for depthwise convolutions than the channels-first ones.
        out = {input.to(impl.device, torch::kFloat).contiguous().permute({0, 3, 1, 2}), true};
        break;
      case OpKind::Const:
        out = {step.constant, false};
        break;
      case OpKind::Identity:
        out = in(0);
        break;
      case OpKind::Conv: {
        PaddedInput x = padForWindow(image(0), step, 0.0);
        torch::Tensor y = torch::conv2d(x.tensor, step.weight, step.bias.defined() ? step.bias : torch::Tensor(),
                                        torch::IntArrayRef(step.stride), torch::IntArrayRef(x.symmetric),
                                        torch::IntArrayRef(step.dilation));
        out = {activate(y, step), true};
        break;
      }
      case OpKind::DepthwiseConv: {
        PaddedInput x = padForWindow(image(0), step, 0.0);
        torch::Tensor input = x.tensor.contiguous(torch::MemoryFormat::ChannelsLast);
        out = {torch::conv2d(input, step.weight, torch::Tensor(), torch::IntArrayRef(step.stride),
                             torch::IntArrayRef(x.symmetric), torch::IntArrayRef(step.dilation), input.size(1)),
               true};
        break;
      }
      case OpKind::Add: {
        const Value& a = in(0);
        const Value& b = in(1);
        if (a.channelsFirst && b.channelsFirst)
          out = {a.tensor + b.tensor, true};
        else if (a.channelsFirst)
          out = {a.tensor + step.constantChannelsFirst, true};
        else if (b.channelsFirst)
          out = {step.constantChannelsFirst + b.tensor, true};
        else
          out = {a.tensor + b.tensor, false};
        break;
      }
      case OpKind::Relu:
        out = {torch::relu(in(0).tensor), in(0).channelsFirst};
        break;
      case OpKind::Relu6:
        out = {torch::clamp(in(0).tensor, 0, 6), in(0).channelsFirst};
        break;
      case OpKind::Sigmoid:
        out = {torch::sigmoid(in(0).tensor), in(0).channelsFirst};
        break;
      case OpKind::Prelu: {
        torch::Tensor x = image(0);
        out = {torch::prelu(x, step.alpha), true};
        break;
      }
      case OpKind::MaxPool: {
        PaddedInput x = padForWindow(image(0), step, -std::numeric_limits<double>::infinity());
        out = {torch::max_pool2d(x.tensor, torch::IntArrayRef(step.kernel), torch::IntArrayRef(step.stride),
                                 torch::IntArrayRef(x.symmetric)),
               true};
        break;
      }
      case OpKind::Pad:
        out = {torch::constant_pad_nd(image(0), step.padding4, 0.0), true};
        break;
      case OpKind::Reshape: {
        torch::Tensor y = toGraphLayout(in(0)).reshape(step.shape);
        out = y.dim() == 4 ? Value{y.permute({0, 3, 1, 2}).contiguous(), true} : Value{y, false};
        break;
      }
      case OpKind::Concat: {
        bool allImages = true;
        for (std::size_t k = 0; k < step.inputs.size(); ++k) allImages = allImages && in(k).channelsFirst;
        std::vector<torch::Tensor> parts;
        if (allImages) {
          static constexpr std::int64_t kChannelsFirstAxis[4] = {0, 2, 3, 1};
          const std::int64_t axis = kChannelsFirstAxis[(step.axis + 4) % 4];
          for (std::size_t k = 0; k < step.inputs.size(); ++k) parts.push_back(in(k).tensor);
          out = {torch::cat(parts, axis), true};
        } else {
          for (std::size_t k = 0; k < step.inputs.size(); ++k) parts.push_back(toGraphLayout(in(k)));
          out = {torch::cat(parts, step.axis), false};
        }
        break;
      }
    }
  }
  std::vector<torch::Tensor> results;
  for (const std::string& name : outputs) {
    auto found = impl.indexByName.find(name);
    if (found == impl.indexByName.end()) {
      results.emplace_back();
      continue;
    }
    results.push_back(toGraphLayout(values[static_cast<std::size_t>(found->second)]).to(torch::kCPU));
  }
  return results;
}

}  // namespace marionette
