#pragma once
// Comparing classifications with labels: accuracy, per-class precision/recall/F1 and the
// confusion matrix for a single-label decision (type, leading theme), micro-F1 for a set of
// codes (risks). Plain functions over plain values, printed as text or JSON.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace planmine {

struct ClassMetrics {
  std::string label;
  int support = 0;    // how often it is the truth
  int predicted = 0;  // how often it was predicted
  int correct = 0;
  double precision = 0;  // 0 when never predicted
  double recall = 0;     // 0 when never the truth
  double f1 = 0;
};

struct CategoricalReport {
  int total = 0;
  int correct = 0;
  double accuracy = 0;              // 0 when total is 0
  double macro_f1 = 0;              // mean F1 over the labels that occur in truth or prediction
  std::vector<std::string> labels;  // rows and columns of the confusion matrix
  std::vector<ClassMetrics> per_class;
  std::vector<std::vector<int>> confusion;  // confusion[truth][predicted]
};

// `labels` fixes the order of classes (those of the codebook); labels seen in the data but not
// listed are appended in sorted order. truth and predicted must have the same length.
CategoricalReport evaluate_categorical(const std::vector<std::string>& truth,
                                       const std::vector<std::string>& predicted,
                                       std::vector<std::string> labels = {});

struct SetReport {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  double micro_precision = 0;
  double micro_recall = 0;
  double micro_f1 = 0;    // 1 when there is nothing to find and nothing was found
  int exact_matches = 0;  // plans whose predicted set equals the true set
  std::vector<ClassMetrics> per_code;
};

SetReport evaluate_sets(const std::vector<std::vector<std::string>>& truth,
                        const std::vector<std::vector<std::string>>& predicted,
                        std::vector<std::string> codes = {});

// One plan's labels next to its classification.
struct LabelledResult {
  std::string file;  // file name the manifest and the classified path share
  bool hard = false;
  std::string true_type, predicted_type;
  std::string true_theme, predicted_theme;
  std::vector<std::string> true_risks, predicted_risks;
};

struct Evaluation {
  int plans = 0;
  CategoricalReport type;
  CategoricalReport theme;
  SetReport risks;
};

struct EvaluationReport {
  Evaluation all;
  Evaluation hard;    // plans the manifest marks hard (plans == 0 when none)
  Evaluation normal;  // the others
  std::vector<LabelledResult> results;
};

EvaluationReport evaluate_results(const std::vector<LabelledResult>& results,
                                  const std::vector<std::string>& types,
                                  const std::vector<std::string>& themes,
                                  const std::vector<std::string>& risks);

// For people: accuracy, per-class table and confusion matrix of type and theme, risk micro-F1,
// and the same headline figures for hard plans apart; the misclassified plans at the end.
std::string format_evaluation_text(const EvaluationReport& report);
// For machines: one JSON object (the jsonl line).
nlohmann::json evaluation_to_json(const EvaluationReport& report);

}  // namespace planmine
