#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/pipeline/reenactment_evaluation.h"

namespace marionette::cli {

// What was evaluated, for the report's heading.
struct EvaluationContext {
  std::string portrait;  // empty for self-reenactment
  std::string driving;
  std::string device;
  int every = 1;
};

// Text tables (renderer beside the still-image baseline) and JSON with the
// same numbers plus the per-frame rows. NaN (undefined) prints as "n/a" and
// becomes null in JSON.
std::string selfReportText(const SelfReenactmentReport& report, const EvaluationContext& context);
nlohmann::json selfReportJson(const SelfReenactmentReport& report, const EvaluationContext& context);
std::string crossReportText(const CrossReenactmentReport& report, const EvaluationContext& context);
nlohmann::json crossReportJson(const CrossReenactmentReport& report, const EvaluationContext& context);
std::string poseSweepText(const PoseSweepReport& report, const EvaluationContext& context);
nlohmann::json poseSweepJson(const PoseSweepReport& report, const EvaluationContext& context);

}  // namespace marionette::cli
