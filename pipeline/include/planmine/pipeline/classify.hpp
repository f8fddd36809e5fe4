#pragma once
// Classification of one plan with the codebook: plan type with a confidence, the leading theme
// with a score per theme, the risks the plan names as risks, and the evidence for each.

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "planmine/extractors/plan_text.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/coding.hpp"
#include "planmine/pipeline/sections.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine {

// Compiles the codebook's patterns once, then classifies any number of plans. classify() is
// const and keeps no state between plans, so one Classifier may serve several threads.
class Classifier {
 public:
  Classifier(const Codebook& codebook, const Tokenizer& tokenizer);
  ~Classifier();
  Classifier(Classifier&&) noexcept;
  Classifier& operator=(Classifier&&) noexcept;

  Coding classify(const PlanText& plan) const;
  // The same from the plan's sections (split_sections(plan)), for a caller that has them.
  Coding classify(const std::vector<Section>& sections) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

// The jsonl object `planmine classify --format jsonl` prints: path, type, confidence,
// leading_theme, risks (array), type_scores, theme_scores, and evidence when asked.
nlohmann::json coding_to_json(const std::string& path, const Coding& coding, bool with_evidence);

// One-off form of Classifier(codebook, tokenizer).classify(plan).
Coding classify_plan(const PlanText& plan, const Codebook& codebook, const Tokenizer& tokenizer);

}  // namespace planmine
