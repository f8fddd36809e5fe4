// Classification quality on labelled plans: the generated corpus's validation plans, the
// sample plans written by other hands, and plan texts by other hands. Labels are read only to
// score, never to decide.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "planmine/corpus/manifest.hpp"
#include "planmine/extractors/extract.hpp"
#include "planmine/pipeline/classify.hpp"
#include "planmine/pipeline/evaluate.hpp"

namespace planmine {
namespace {

std::vector<std::string> codes_of(const std::vector<Code>& codes) {
  std::vector<std::string> out;
  for (const Code& code : codes) out.push_back(code.code);
  return out;
}

// Classifies every manifest entry under `root` whose file lies in `subfolder` ("" = all).
EvaluationReport evaluate_folder(const std::filesystem::path& root,
                                 const std::filesystem::path& manifest,
                                 const std::string& subfolder) {
  const Codebook codebook = load_codebook(default_codebook_path());
  const Classifier classifier(codebook, Tokenizer::standard());
  std::vector<LabelledResult> results;
  for (const corpus::ManifestEntry& entry : corpus::read_manifest(manifest)) {
    if (!subfolder.empty() && !entry.file.starts_with(subfolder + "/")) continue;
    // The decision sees only the PDF's text.
    const Coding coding = classifier.classify(extract_plan(root / entry.file));
    LabelledResult result;
    result.file = entry.file;
    result.hard = entry.hard;
    result.true_type = entry.type;
    result.predicted_type = coding.type;
    result.true_theme = entry.leading_theme;
    result.predicted_theme = coding.leading_theme;
    result.true_risks = entry.risks;
    result.predicted_risks = coding.risks;
    results.push_back(std::move(result));
  }
  return evaluate_results(results, codes_of(codebook.types), codes_of(codebook.themes),
                          codes_of(codebook.risks));
}

TEST(ClassifyQuality, SamplePlansByOtherHands) {
  const std::filesystem::path folder = std::filesystem::path(PLANMINE_SHARED_DIR) / "sample-plans";
  if (!std::filesystem::exists(folder / "labels.jsonl")) GTEST_SKIP() << "no " << folder;
  const EvaluationReport report = evaluate_folder(folder, folder / "labels.jsonl", "");
  std::cout << format_evaluation_text(report);
  ASSERT_GE(report.all.plans, 8);
  // Issue 4's acceptance on the sample plans: at most one type wrong, theme and risks >= 0.85.
  EXPECT_GE(report.all.type.correct, report.all.plans - 1);
  EXPECT_GE(report.all.theme.accuracy, 0.85);
  EXPECT_GE(report.all.risks.micro_f1, 0.85);
}

TEST(ClassifyQuality, GeneratedValidationPlans) {
  const std::filesystem::path corpus = PLANMINE_TEST_CORPUS;
  if (!std::filesystem::exists(corpus / "manifest.jsonl")) GTEST_SKIP() << "no test corpus";
  const EvaluationReport report = evaluate_folder(corpus, corpus / "manifest.jsonl", "validation");
  std::cout << format_evaluation_text(report);
  ASSERT_GE(report.all.plans, 10);
  // Issue 4's acceptance: type >= 0.95, theme >= 0.85, risk micro-F1 >= 0.85 (measured 1.000,
  // 0.947, 0.951; docs/classification.md).
  EXPECT_GE(report.all.type.accuracy, 0.95);
  EXPECT_GE(report.all.theme.accuracy, 0.85);
  EXPECT_GE(report.all.risks.micro_f1, 0.85);
}

// The 150 plans the two fitted numbers were chosen on, and the hard plans among them (textbook
// words avoided): the same thresholds.
TEST(ClassifyQuality, GeneratedPlans) {
  const std::filesystem::path corpus = PLANMINE_TEST_CORPUS;
  if (!std::filesystem::exists(corpus / "manifest.jsonl")) GTEST_SKIP() << "no test corpus";
  const EvaluationReport report = evaluate_folder(corpus, corpus / "manifest.jsonl", "plans");
  ASSERT_GE(report.all.plans, 100);
  EXPECT_GE(report.all.type.accuracy, 0.95);
  EXPECT_GE(report.all.theme.accuracy, 0.85);
  EXPECT_GE(report.all.risks.micro_f1, 0.85);
  EXPECT_GE(report.hard.type.accuracy, 0.9);
  EXPECT_GE(report.hard.theme.accuracy, 0.85);
  EXPECT_GE(report.hard.risks.micro_f1, 0.85);
}

// A plan written as text, its pages separated by form feeds.
PlanText read_text_plan(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  PlanText plan = plan_text_from_pages(text);
  plan.path = file;
  return plan;
}

// Classifies the text plans of a folder of tests/fixtures/other-hands against its labels.
EvaluationReport evaluate_text_folder(const std::filesystem::path& folder) {
  const Codebook codebook = load_codebook(default_codebook_path());
  const Classifier classifier(codebook, Tokenizer::standard());
  std::vector<LabelledResult> results;
  std::ifstream labels(folder / "labels.jsonl");
  for (std::string line; std::getline(labels, line);) {
    if (line.empty()) continue;
    const nlohmann::json label = nlohmann::json::parse(line);
    LabelledResult result;
    result.file = label.at("file").get<std::string>();
    // The decision sees only the plan's text.
    const Coding coding = classifier.classify(read_text_plan(folder / result.file));
    result.true_type = label.at("type").get<std::string>();
    result.predicted_type = coding.type;
    result.true_theme = label.at("leading_theme").get<std::string>();
    result.predicted_theme = coding.leading_theme;
    result.true_risks = label.at("risks").get<std::vector<std::string>>();
    result.predicted_risks = coding.risks;
    results.push_back(std::move(result));
  }
  return evaluate_results(results, codes_of(codebook.types), codes_of(codebook.themes),
                          codes_of(codebook.risks));
}

// Plans in other styles by other hands (tests/fixtures/other-hands/README.md): the figures are
// printed; the floors (well under what was measured in session 8: types 15-16 of 16, themes
// 8-15 of 16, risk micro-F1 0.72-0.97) catch a change that breaks classification on plans
// unlike the generator's. dev-4 and held-out-4 spread the leading themes on purpose (a third
// of them dienstverlening against 60% in the study), hence the lower theme floor.
TEST(ClassifyQuality, PlansByOtherHandsAsText) {
  const std::filesystem::path root =
      std::filesystem::path(PLANMINE_SOURCE_DIR) / "tests/fixtures/other-hands";
  for (const char* set :
       {"dev", "held-out", "held-out-2", "dev-2", "dev-3", "held-out-3", "dev-4", "held-out-4",
        "held-out-5", "dev-5", "dev-6", "dev-7", "dev-8", "held-out-6"}) {
    const EvaluationReport report = evaluate_text_folder(root / set);
    std::cout << "== " << set << "\n" << format_evaluation_text(report);
    ASSERT_EQ(report.all.plans, 16) << set;
    EXPECT_GE(report.all.type.accuracy, 0.85) << set;
    // held-out-5 leads with a theme other than the writer's in 8 of its 16 plans.
    EXPECT_GE(report.all.theme.accuracy, 0.4) << set;
    EXPECT_GE(report.all.risks.micro_f1, 0.55) << set;
  }
}

}  // namespace
}  // namespace planmine
