// The evaluation metrics on small hand-made inputs whose figures can be worked out by hand.

#include "planmine/pipeline/evaluate.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace planmine {
namespace {

TEST(EvaluateCategorical, AccuracyPerClassAndConfusion) {
  // truth:     a a a b b c
  // predicted: a a b b c c
  const CategoricalReport report = evaluate_categorical(
      {"a", "a", "a", "b", "b", "c"}, {"a", "a", "b", "b", "c", "c"}, {"a", "b", "c"});
  EXPECT_EQ(report.total, 6);
  EXPECT_EQ(report.correct, 4);
  EXPECT_DOUBLE_EQ(report.accuracy, 4.0 / 6.0);
  ASSERT_EQ(report.labels, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(report.confusion[0], (std::vector<int>{2, 1, 0}));
  EXPECT_EQ(report.confusion[1], (std::vector<int>{0, 1, 1}));
  EXPECT_EQ(report.confusion[2], (std::vector<int>{0, 0, 1}));
  // a: precision 2/2, recall 2/3; b: 1/2, 1/2; c: 1/2, 1/1.
  EXPECT_DOUBLE_EQ(report.per_class[0].precision, 1.0);
  EXPECT_DOUBLE_EQ(report.per_class[0].recall, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(report.per_class[0].f1, 0.8);
  EXPECT_DOUBLE_EQ(report.per_class[1].f1, 0.5);
  EXPECT_DOUBLE_EQ(report.per_class[2].precision, 0.5);
  EXPECT_DOUBLE_EQ(report.per_class[2].recall, 1.0);
  EXPECT_NEAR(report.macro_f1, (0.8 + 0.5 + 2.0 / 3.0) / 3.0, 1e-12);
}

TEST(EvaluateCategorical, UnlistedLabelsAreAppendedAndNeverPredictedClassHasZeroPrecision) {
  const CategoricalReport report = evaluate_categorical({"x", "y"}, {"x", "x"}, {"y"});
  ASSERT_EQ(report.labels, (std::vector<std::string>{"y", "x"}));
  EXPECT_EQ(report.per_class[0].predicted, 0);
  EXPECT_DOUBLE_EQ(report.per_class[0].precision, 0.0);
  EXPECT_DOUBLE_EQ(report.per_class[0].recall, 0.0);
  EXPECT_DOUBLE_EQ(report.accuracy, 0.5);
}

TEST(EvaluateCategorical, LengthMismatchIsAnError) {
  EXPECT_THROW(evaluate_categorical({"a"}, {}), std::invalid_argument);
}

TEST(EvaluateSets, MicroF1CountsEveryCode) {
  // Plan 1: truth {a,b}, predicted {a,c}: TP a, FN b, FP c.
  // Plan 2: truth {c},   predicted {c}:   TP c.
  const SetReport report = evaluate_sets({{"a", "b"}, {"c"}}, {{"a", "c"}, {"c"}});
  EXPECT_EQ(report.true_positives, 2);
  EXPECT_EQ(report.false_positives, 1);
  EXPECT_EQ(report.false_negatives, 1);
  EXPECT_DOUBLE_EQ(report.micro_precision, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(report.micro_recall, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(report.micro_f1, 2.0 / 3.0);
  EXPECT_EQ(report.exact_matches, 1);
  ASSERT_EQ(report.per_code.size(), 3u);
  EXPECT_EQ(report.per_code[2].label, "c");
  EXPECT_DOUBLE_EQ(report.per_code[2].precision, 0.5);
  EXPECT_DOUBLE_EQ(report.per_code[2].recall, 1.0);
}

TEST(EvaluateSets, NothingToFindAndNothingFoundIsPerfect) {
  const SetReport report = evaluate_sets({{}, {}}, {{}, {}});
  EXPECT_DOUBLE_EQ(report.micro_f1, 1.0);
  EXPECT_EQ(report.exact_matches, 2);
}

TEST(EvaluateResults, HardPlansAreReportedApart) {
  std::vector<LabelledResult> results(3);
  results[0] = {"p1.pdf",          false,      "service", "service", "dienstverlening",
                "dienstverlening", {"budget"}, {"budget"}};
  results[1] = {"p2.pdf", true, "control", "service", "zaakgericht", "zaakgericht", {"kennis"}, {}};
  results[2] = {"p3.pdf", true, "control", "control", "zaakgericht", "anders", {}, {}};
  const EvaluationReport report =
      evaluate_results(results, {"multi-project", "control", "service"},
                       {"dienstverlening", "zaakgericht", "anders"}, {"budget", "kennis"});
  EXPECT_EQ(report.all.plans, 3);
  EXPECT_EQ(report.hard.plans, 2);
  EXPECT_EQ(report.normal.plans, 1);
  EXPECT_DOUBLE_EQ(report.all.type.accuracy, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(report.hard.type.accuracy, 0.5);
  EXPECT_DOUBLE_EQ(report.normal.type.accuracy, 1.0);
  EXPECT_DOUBLE_EQ(report.hard.risks.micro_f1, 0.0);

  const std::string text = format_evaluation_text(report);
  EXPECT_NE(text.find("type accuracy 0.667"), std::string::npos) << text;
  EXPECT_NE(text.find("hard"), std::string::npos);
  EXPECT_NE(text.find("p2.pdf (hard): type control -> service"), std::string::npos) << text;
  EXPECT_EQ(text.find("p1.pdf"), std::string::npos) << "a fully correct plan is not listed";

  const nlohmann::json json = evaluation_to_json(report);
  EXPECT_DOUBLE_EQ(json["type"]["accuracy"].get<double>(), 2.0 / 3.0);
  EXPECT_EQ(json["hard"]["plans"].get<int>(), 2);
  EXPECT_EQ(json["type"]["confusion"][1][2].get<int>(), 1);  // control classified as service
  EXPECT_EQ(json["results"].size(), 3u);
}

}  // namespace
}  // namespace planmine
