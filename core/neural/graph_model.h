#pragma once

// A TensorFlow.js graph model (model.json topology + weight manifest + .bin
// shards) run by libtorch. It knows the dozen ops the MediaPipe face models
// use and refuses any other at load time, so a graph it cannot run never
// produces a wrong answer quietly.

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace marionette {

class GraphModel {
 public:
  // `topologyPath` is the model's .json; its shards are found beside it.
  // `deviceName` is "cpu" or "cuda": weights are moved there once.
  static Result<std::unique_ptr<GraphModel>> load(const std::string& topologyPath,
                                                  const std::string& deviceName = "cpu");
  // Parses a topology already in memory, reading shards from `folder`; what
  // the tests use to build one-op graphs.
  static Result<std::unique_ptr<GraphModel>> fromJson(const std::string& json, const std::string& folder,
                                                      const std::string& describedAs,
                                                      const std::string& deviceName = "cpu");
  ~GraphModel();

  // Runs the graph on one NHWC float input (the graph's only placeholder) and
  // returns the named outputs (node names, e.g. "Identity_2"), each in the
  // graph's own layout (NHWC for 4-D results).
  std::vector<torch::Tensor> run(const torch::Tensor& input, const std::vector<std::string>& outputs) const;

  // Output node names in the order the topology lists its Identity nodes.
  const std::vector<std::string>& outputNames() const;
  // The placeholder's declared NHWC shape (-1 for a free batch).
  const std::vector<long>& inputShape() const;

 private:
  struct Impl;
  explicit GraphModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marionette
