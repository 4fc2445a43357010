// Each op the loader runs, checked against a plain loop written from
// TensorFlow's definition (NHWC, SAME padding with the odd pixel after), on
// one-op graphs built here; and each way a model file can be wrong.

#include "core/neural/graph_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

namespace marionette {
namespace {

using nlohmann::json;

std::string base64(const std::string& text) {
  static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (unsigned char c : text) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(alphabet[(buffer >> bits) & 63]);
    }
  }
  if (bits > 0) out.push_back(alphabet[(buffer << (6 - bits)) & 63]);
  while (out.size() % 4) out.push_back('=');
  return out;
}

json stringAttr(const std::string& text) { return {{"s", base64(text)}}; }
json intsAttr(std::vector<int> values) {
  json list = json::array();
  for (int v : values) list.push_back(std::to_string(v));
  return {{"list", {{"i", list}}}};
}
json stringsAttr(std::vector<std::string> values) {
  json list = json::array();
  for (const auto& v : values) list.push_back(base64(v));
  return {{"list", {{"s", list}}}};
}

// An NHWC tensor as a flat vector with its shape.
struct Nhwc {
  int n = 1, h = 0, w = 0, c = 0;
  std::vector<float> v;
  float& at(int b, int y, int x, int k) { return v[((b * h + y) * w + x) * c + k]; }
  float at(int b, int y, int x, int k) const { return v[((b * h + y) * w + x) * c + k]; }
};

Nhwc randomImage(int h, int w, int c, unsigned seed) {
  Nhwc image{1, h, w, c, std::vector<float>(static_cast<std::size_t>(h * w * c))};
  std::mt19937 generator(seed);
  std::uniform_real_distribution<float> uniform(-1, 1);
  for (float& x : image.v) x = uniform(generator);
  return image;
}

std::vector<float> randomValues(std::size_t count, unsigned seed) {
  std::mt19937 generator(seed);
  std::uniform_real_distribution<float> uniform(-1, 1);
  std::vector<float> values(count);
  for (float& x : values) x = uniform(generator);
  return values;
}

torch::Tensor toTensor(const Nhwc& image) {
  return torch::from_blob(const_cast<float*>(image.v.data()), {image.n, image.h, image.w, image.c}, torch::kFloat)
      .clone();
}

// Builds a graph: one placeholder "input", constants written to a .bin
// beside it, the given op nodes, and "Identity" on `output`.
class GraphBuilder {
 public:
  explicit GraphBuilder(std::vector<int> inputShape) {
    json dims = json::array();
    for (int d : inputShape) dims.push_back({{"size", std::to_string(d)}});
    nodes_.push_back({{"name", "input"}, {"op", "Placeholder"}, {"attr", {{"shape", {{"shape", {{"dim", dims}}}}}}}});
  }
  void constant(const std::string& name, std::vector<int> shape, const std::vector<float>& values,
                bool asHalf = false) {
    nodes_.push_back({{"name", name}, {"op", "Const"}});
    json entry = {{"name", name}, {"shape", shape}, {"dtype", "float32"}};
    if (asHalf) {
      entry["quantization"] = {{"dtype", "float16"}, {"original_dtype", "float32"}};
      torch::Tensor half = torch::tensor(values).to(torch::kHalf);
      bytes_.append(reinterpret_cast<const char*>(half.data_ptr()), values.size() * 2);
    } else {
      bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * 4);
    }
    weights_.push_back(entry);
  }
  void integers(const std::string& name, std::vector<int> shape, const std::vector<std::int32_t>& values) {
    nodes_.push_back({{"name", name}, {"op", "Const"}});
    weights_.push_back({{"name", name}, {"shape", shape}, {"dtype", "int32"}});
    bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * 4);
  }
  void node(const std::string& name, const std::string& op, std::vector<std::string> inputs,
            json attr = json::object()) {
    nodes_.push_back({{"name", name}, {"op", op}, {"input", inputs}, {"attr", attr}});
  }
  // Writes model.json and model.bin into a fresh folder and returns the json path.
  std::string write(const std::string& output, const std::string& folderName) {
    node("Identity", "Identity", {output});
    json document = {{"format", "graph-model"},
                     {"modelTopology", {{"node", nodes_}}},
                     {"weightsManifest", json::array({{{"paths", {"model.bin"}}, {"weights", weights_}}})}};
    folder_ = std::filesystem::temp_directory_path() / ("marionette-graph-" + folderName);
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    std::ofstream(folder_ / "model.json") << document.dump();
    std::ofstream(folder_ / "model.bin", std::ios::binary) << bytes_;
    return (folder_ / "model.json").string();
  }
  torch::Tensor run(const std::string& output, const Nhwc& input, const std::string& folderName) {
    auto model = GraphModel::load(write(output, folderName));
    EXPECT_TRUE(model.ok()) << (model.ok() ? "" : model.error().message);
    if (!model.ok()) return {};
    return (*model)->run(toTensor(input), {"Identity"})[0];
  }

 private:
  std::vector<json> nodes_;
  std::vector<json> weights_;
  std::string bytes_;
  std::filesystem::path folder_;
};

// TensorFlow's convolution, written out: filter HWIO, SAME pads the odd pixel after.
Nhwc referenceConv(const Nhwc& x, const std::vector<float>& filter, int kh, int kw, int outChannels, int stride,
                   bool same, bool depthwise = false, int multiplier = 1) {
  auto padding = [&](int size, int k) {
    if (!same) return std::pair{0, (size - k) / stride + 1};
    const int out = (size + stride - 1) / stride;
    const int total = std::max((out - 1) * stride + k - size, 0);
    return std::pair{total / 2, out};
  };
  auto [top, outH] = padding(x.h, kh);
  auto [left, outW] = padding(x.w, kw);
  const int channels = depthwise ? x.c * multiplier : outChannels;
  Nhwc y{1, outH, outW, channels, std::vector<float>(static_cast<std::size_t>(outH * outW * channels))};
  for (int oy = 0; oy < outH; ++oy)
    for (int ox = 0; ox < outW; ++ox)
      for (int o = 0; o < channels; ++o) {
        double sum = 0;
        for (int ky = 0; ky < kh; ++ky)
          for (int kx = 0; kx < kw; ++kx) {
            const int iy = oy * stride + ky - top, ix = ox * stride + kx - left;
            if (iy < 0 || ix < 0 || iy >= x.h || ix >= x.w) continue;
            if (depthwise) {
              const int i = o / multiplier, m = o % multiplier;
              sum += x.at(0, iy, ix, i) * filter[((ky * kw + kx) * x.c + i) * multiplier + m];
            } else {
              for (int i = 0; i < x.c; ++i)
                sum += x.at(0, iy, ix, i) * filter[((ky * kw + kx) * x.c + i) * channels + o];
            }
          }
        y.at(0, oy, ox, o) = static_cast<float>(sum);
      }
  return y;
}

void expectNear(const torch::Tensor& actual, const Nhwc& expected, double tolerance = 1e-4) {
  ASSERT_TRUE(actual.defined());
  ASSERT_EQ(actual.sizes(), (std::vector<std::int64_t>{expected.n, expected.h, expected.w, expected.c}));
  torch::Tensor flat = actual.contiguous().reshape({-1});
  for (std::size_t i = 0; i < expected.v.size(); ++i) {
    ASSERT_NEAR(flat[static_cast<std::int64_t>(i)].item<float>(), expected.v[i], tolerance) << "element " << i;
  }
}

json convAttr(const std::string& padding, int stride, std::vector<std::string> fused = {}) {
  json attr = {{"padding", stringAttr(padding)},
               {"strides", intsAttr({1, stride, stride, 1})},
               {"dilations", intsAttr({1, 1, 1, 1})},
               {"data_format", stringAttr("NHWC")}};
  if (!fused.empty()) attr["fused_ops"] = stringsAttr(fused);
  return attr;
}

TEST(GraphModel, FusedConvolutionWithSamePaddingAndStrideTwoPadsTheOddPixelAfter) {
  const Nhwc x = randomImage(6, 7, 2, 1);
  const auto filter = randomValues(3 * 3 * 2 * 4, 2);
  const auto bias = randomValues(4, 3);
  GraphBuilder graph({1, 6, 7, 2});
  graph.constant("w", {3, 3, 2, 4}, filter);
  graph.constant("b", {4}, bias);
  graph.node("conv", "_FusedConv2D", {"input", "w", "b"}, convAttr("SAME", 2, {"BiasAdd", "Relu"}));
  Nhwc expected = referenceConv(x, filter, 3, 3, 4, 2, true);
  for (std::size_t i = 0; i < expected.v.size(); ++i) expected.v[i] = std::max(0.0f, expected.v[i] + bias[i % 4]);
  expectNear(graph.run("conv", x, "conv-same"), expected);
}

TEST(GraphModel, FusedConvolutionWithValidPaddingAndPreluSlopes) {
  const Nhwc x = randomImage(5, 5, 3, 4);
  const auto filter = randomValues(2 * 2 * 3 * 2, 5);
  const auto bias = randomValues(2, 6);
  const std::vector<float> slopes = {0.25f, -0.5f};
  GraphBuilder graph({1, 5, 5, 3});
  graph.constant("w", {2, 2, 3, 2}, filter);
  graph.constant("b", {2}, bias);
  graph.constant("alpha", {1, 1, 2}, slopes);
  graph.node("conv", "_FusedConv2D", {"input", "w", "b", "alpha"}, convAttr("VALID", 1, {"BiasAdd", "Prelu"}));
  Nhwc expected = referenceConv(x, filter, 2, 2, 2, 1, false);
  for (std::size_t i = 0; i < expected.v.size(); ++i) {
    const float v = expected.v[i] + bias[i % 2];
    expected.v[i] = v >= 0 ? v : v * slopes[i % 2];
  }
  expectNear(graph.run("conv", x, "conv-prelu"), expected);
}

TEST(GraphModel, DepthwiseConvolutionWithAChannelMultiplier) {
  const Nhwc x = randomImage(8, 6, 3, 7);
  const auto filter = randomValues(3 * 3 * 3 * 2, 8);
  GraphBuilder graph({1, 8, 6, 3});
  graph.constant("w", {3, 3, 3, 2}, filter);
  graph.node("dw", "DepthwiseConv2dNative", {"input", "w"}, convAttr("SAME", 2));
  expectNear(graph.run("dw", x, "depthwise"), referenceConv(x, filter, 3, 3, 0, 2, true, true, 2));
}

TEST(GraphModel, AddOfTwoActivationsAndOfAChannelConstant) {
  const Nhwc x = randomImage(3, 4, 2, 9);
  const std::vector<float> offsets = {0.5f, -2.0f};
  GraphBuilder graph({1, 3, 4, 2});
  graph.constant("offsets", {2}, offsets);
  graph.node("double", "AddV2", {"input", "input"});
  graph.node("shifted", "AddV2", {"double", "offsets"});
  Nhwc expected = x;
  for (std::size_t i = 0; i < expected.v.size(); ++i) expected.v[i] = 2 * x.v[i] + offsets[i % 2];
  expectNear(graph.run("shifted", x, "add"), expected);
}

TEST(GraphModel, ReluPreluAndSigmoidActElementwise) {
  const Nhwc x = randomImage(2, 3, 2, 10);
  const std::vector<float> slopes = {0.1f, 0.3f};
  GraphBuilder graph({1, 2, 3, 2});
  graph.constant("alpha", {1, 1, 2}, slopes);
  graph.node("relu", "Relu", {"input"});
  graph.node("prelu", "Prelu", {"input", "alpha"});
  graph.node("sum", "AddV2", {"relu", "prelu"});
  graph.node("sigmoid", "Sigmoid", {"sum"});
  Nhwc expected = x;
  for (std::size_t i = 0; i < x.v.size(); ++i) {
    const float v = x.v[i];
    const float s = std::max(0.0f, v) + (v >= 0 ? v : v * slopes[i % 2]);
    expected.v[i] = 1.0f / (1.0f + std::exp(-s));
  }
  expectNear(graph.run("sigmoid", x, "activations"), expected);
}

TEST(GraphModel, MaxPoolWithSamePaddingNeverTakesThePadding) {
  Nhwc x = randomImage(5, 5, 2, 11);
  for (float& v : x.v) v = -std::abs(v) - 1;  // all negative: a zero pad would win
  GraphBuilder graph({1, 5, 5, 2});
  graph.node("pool", "MaxPool", {"input"},
             {{"ksize", intsAttr({1, 2, 2, 1})}, {"strides", intsAttr({1, 2, 2, 1})}, {"padding", stringAttr("SAME")}});
  Nhwc expected{1, 3, 3, 2, std::vector<float>(18)};
  for (int y = 0; y < 3; ++y)
    for (int xx = 0; xx < 3; ++xx)
      for (int c = 0; c < 2; ++c) {
        float best = -1e30f;
        for (int dy = 0; dy < 2; ++dy)
          for (int dx = 0; dx < 2; ++dx)
            if (2 * y + dy < 5 && 2 * xx + dx < 5) best = std::max(best, x.at(0, 2 * y + dy, 2 * xx + dx, c));
        expected.at(0, y, xx, c) = best;
      }
  expectNear(graph.run("pool", x, "maxpool"), expected);
}

TEST(GraphModel, PadAddsRowsColumnsAndChannelsWhereTheGraphSays) {
  const Nhwc x = randomImage(2, 2, 1, 12);
  GraphBuilder graph({1, 2, 2, 1});
  graph.integers("paddings", {4, 2}, {0, 0, 1, 0, 0, 2, 0, 3});
  graph.node("pad", "Pad", {"input", "paddings"});
  Nhwc expected{1, 3, 4, 4, std::vector<float>(48, 0.0f)};
  for (int y = 0; y < 2; ++y)
    for (int xx = 0; xx < 2; ++xx) expected.at(0, y + 1, xx, 0) = x.at(0, y, xx, 0);
  expectNear(graph.run("pad", x, "pad"), expected);
}

TEST(GraphModel, ReshapeAndConcatFollowTheGraphsLayout) {
  const Nhwc x = randomImage(2, 3, 2, 13);
  GraphBuilder graph({1, 2, 3, 2});
  graph.integers("shape", {3}, {1, -1, 2});
  graph.integers("channelAxis", {}, {3});
  graph.integers("rowAxis", {}, {1});
  graph.node("twice", "ConcatV2", {"input", "input", "channelAxis"});
  graph.node("flat", "Reshape", {"input", "shape"});
  graph.node("rows", "ConcatV2", {"flat", "flat", "rowAxis"});
  graph.node("out", "Identity", {"rows"});
  // Channel concatenation of an image keeps NHWC order.
  {
    GraphBuilder channels({1, 2, 3, 2});
    channels.integers("channelAxis", {}, {3});
    channels.node("twice", "ConcatV2", {"input", "input", "channelAxis"});
    Nhwc expected{1, 2, 3, 4, std::vector<float>(24)};
    for (int y = 0; y < 2; ++y)
      for (int xx = 0; xx < 3; ++xx)
        for (int c = 0; c < 4; ++c) expected.at(0, y, xx, c) = x.at(0, y, xx, c % 2);
    expectNear(channels.run("twice", x, "concat-channels"), expected);
  }
  // Reshape reads the NHWC order, not torch's internal one.
  torch::Tensor rows = graph.run("rows", x, "reshape-concat");
  ASSERT_EQ(rows.sizes(), (std::vector<std::int64_t>{1, 12, 2}));
  for (int i = 0; i < 12; ++i)
    for (int c = 0; c < 2; ++c)
      EXPECT_FLOAT_EQ(rows[0][i][c].item<float>(), x.v[static_cast<std::size_t>((i % 6) * 2 + c)]);
}

TEST(GraphModel, HalfPrecisionWeightsAreWidenedOnLoad) {
  const Nhwc x = randomImage(3, 3, 1, 14);
  const std::vector<float> filter = {0.5f, -0.25f, 2.0f, 1.0f};  // exact in float16
  GraphBuilder graph({1, 3, 3, 1});
  graph.constant("w", {1, 1, 1, 4}, filter, true);
  graph.node("conv", "Conv2D", {"input", "w"}, convAttr("VALID", 1));
  Nhwc expected{1, 3, 3, 4, std::vector<float>(36)};
  for (int i = 0; i < 9; ++i)
    for (int c = 0; c < 4; ++c)
      expected.v[static_cast<std::size_t>(i * 4 + c)] =
          x.v[static_cast<std::size_t>(i)] * filter[static_cast<std::size_t>(c)];
  expectNear(graph.run("conv", x, "half"), expected);
}

TEST(GraphModel, AnUnknownOpIsRefusedAtLoadNamingIt) {
  GraphBuilder graph({1, 2, 2, 1});
  graph.node("odd", "BatchMatMulV2", {"input", "input"});
  auto model = GraphModel::load(graph.write("odd", "unknown-op"));
  ASSERT_FALSE(model.ok());
  EXPECT_NE(model.error().message.find("uses the op 'BatchMatMulV2' (node 'odd'), which Marionette cannot run"),
            std::string::npos)
      << model.error().message;
}

TEST(GraphModel, TruncatedMissingOrForeignWeightsAreRefusedInOneLine) {
  GraphBuilder graph({1, 2, 2, 1});
  graph.constant("w", {1, 1, 1, 8}, randomValues(8, 15));
  graph.node("conv", "Conv2D", {"input", "w"}, convAttr("VALID", 1));
  const std::string path = graph.write("conv", "bad-weights");
  const auto bin = std::filesystem::path(path).parent_path() / "model.bin";

  std::filesystem::resize_file(bin, 20);
  auto truncated = GraphModel::load(path);
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.error().message.find("is truncated"), std::string::npos) << truncated.error().message;

  std::filesystem::resize_file(bin, 40);
  auto longer = GraphModel::load(path);
  ASSERT_FALSE(longer.ok());
  EXPECT_NE(longer.error().message.find("another version of the model?"), std::string::npos) << longer.error().message;

  std::filesystem::remove(bin);
  auto missing = GraphModel::load(path);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("are missing"), std::string::npos) << missing.error().message;

  std::ofstream(path) << "<html>not a model</html>";
  auto notJson = GraphModel::load(path);
  ASSERT_FALSE(notJson.ok());
  EXPECT_NE(notJson.error().message.find("is not a TensorFlow.js graph"), std::string::npos);
  for (const auto* message : {&truncated.error().message, &longer.error().message, &missing.error().message}) {
    EXPECT_EQ(message->find('\n'), std::string::npos);
  }
}

}  // namespace
}  // namespace marionette
