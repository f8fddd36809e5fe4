#include "planmine/pipeline/evaluate.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace planmine {
namespace {

double ratio(int part, int whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / whole;
}

double f1_of(double precision, double recall) {
  return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
}

void complete_labels(std::vector<std::string>& labels,
                     const std::vector<std::vector<std::string>>& seen_lists) {
  std::set<std::string> extra;
  for (const auto& list : seen_lists)
    for (const std::string& label : list)
      if (std::find(labels.begin(), labels.end(), label) == labels.end()) extra.insert(label);
  labels.insert(labels.end(), extra.begin(), extra.end());
}

std::size_t index_of(const std::vector<std::string>& labels, const std::string& label) {
  return static_cast<std::size_t>(std::find(labels.begin(), labels.end(), label) - labels.begin());
}

}  // namespace

CategoricalReport evaluate_categorical(const std::vector<std::string>& truth,
                                       const std::vector<std::string>& predicted,
                                       std::vector<std::string> labels) {
  if (truth.size() != predicted.size())
    throw std::invalid_argument("evaluate_categorical: truth and prediction differ in length");
  complete_labels(labels, {truth, predicted});
  CategoricalReport report;
  report.labels = labels;
  report.total = static_cast<int>(truth.size());
  report.confusion.assign(labels.size(), std::vector<int>(labels.size(), 0));
  for (std::size_t i = 0; i < truth.size(); ++i) {
    ++report.confusion[index_of(labels, truth[i])][index_of(labels, predicted[i])];
    if (truth[i] == predicted[i]) ++report.correct;
  }
  report.accuracy = ratio(report.correct, report.total);
  double f1_sum = 0;
  int f1_count = 0;
  for (std::size_t c = 0; c < labels.size(); ++c) {
    ClassMetrics metrics;
    metrics.label = labels[c];
    metrics.correct = report.confusion[c][c];
    for (std::size_t other = 0; other < labels.size(); ++other) {
      metrics.support += report.confusion[c][other];
      metrics.predicted += report.confusion[other][c];
    }
    metrics.precision = ratio(metrics.correct, metrics.predicted);
    metrics.recall = ratio(metrics.correct, metrics.support);
    metrics.f1 = f1_of(metrics.precision, metrics.recall);
    if (metrics.support > 0 || metrics.predicted > 0) {
      f1_sum += metrics.f1;
      ++f1_count;
    }
    report.per_class.push_back(metrics);
  }
  report.macro_f1 = f1_count == 0 ? 0 : f1_sum / f1_count;
  return report;
}

SetReport evaluate_sets(const std::vector<std::vector<std::string>>& truth,
                        const std::vector<std::vector<std::string>>& predicted,
                        std::vector<std::string> codes) {
  if (truth.size() != predicted.size())
    throw std::invalid_argument("evaluate_sets: truth and prediction differ in length");
  std::vector<std::vector<std::string>> all = truth;
  all.insert(all.end(), predicted.begin(), predicted.end());
  complete_labels(codes, all);
  SetReport report;
  std::vector<ClassMetrics> per_code(codes.size());
  for (std::size_t c = 0; c < codes.size(); ++c) per_code[c].label = codes[c];
  for (std::size_t i = 0; i < truth.size(); ++i) {
    const std::set<std::string> t(truth[i].begin(), truth[i].end());
    const std::set<std::string> p(predicted[i].begin(), predicted[i].end());
    if (t == p) ++report.exact_matches;
    for (const std::string& code : t) {
      ClassMetrics& metrics = per_code[index_of(codes, code)];
      ++metrics.support;
      if (p.count(code)) {
        ++metrics.correct;
        ++report.true_positives;
      } else {
        ++report.false_negatives;
      }
    }
    for (const std::string& code : p) {
      ++per_code[index_of(codes, code)].predicted;
      if (!t.count(code)) ++report.false_positives;
    }
  }
  for (ClassMetrics& metrics : per_code) {
    metrics.precision = ratio(metrics.correct, metrics.predicted);
    metrics.recall = ratio(metrics.correct, metrics.support);
    metrics.f1 = f1_of(metrics.precision, metrics.recall);
  }
  report.per_code = std::move(per_code);
  const int found = report.true_positives + report.false_positives;
  const int relevant = report.true_positives + report.false_negatives;
  if (found == 0 && relevant == 0) {
    report.micro_precision = report.micro_recall = report.micro_f1 = 1;
  } else {
    report.micro_precision = ratio(report.true_positives, found);
    report.micro_recall = ratio(report.true_positives, relevant);
    report.micro_f1 = f1_of(report.micro_precision, report.micro_recall);
  }
  return report;
}

namespace {

Evaluation evaluate_subset(const std::vector<const LabelledResult*>& results,
                           const std::vector<std::string>& types,
                           const std::vector<std::string>& themes,
                           const std::vector<std::string>& risks) {
  std::vector<std::string> true_types, predicted_types, true_themes, predicted_themes;
  std::vector<std::vector<std::string>> true_risks, predicted_risks;
  for (const LabelledResult* result : results) {
    true_types.push_back(result->true_type);
    predicted_types.push_back(result->predicted_type);
    true_themes.push_back(result->true_theme);
    predicted_themes.push_back(result->predicted_theme);
    true_risks.push_back(result->true_risks);
    predicted_risks.push_back(result->predicted_risks);
  }
  Evaluation evaluation;
  evaluation.plans = static_cast<int>(results.size());
  evaluation.type = evaluate_categorical(true_types, predicted_types, types);
  evaluation.theme = evaluate_categorical(true_themes, predicted_themes, themes);
  evaluation.risks = evaluate_sets(true_risks, predicted_risks, risks);
  return evaluation;
}

std::string categorical_text(const std::string& title, const CategoricalReport& report) {
  std::string out = fmt::format("{}: accuracy {:.3f} ({}/{}), macro-F1 {:.3f}\n", title,
                                report.accuracy, report.correct, report.total, report.macro_f1);
  out += fmt::format("  {:<20} {:>9} {:>9} {:>9} {:>8}\n", "class", "precision", "recall", "F1",
                     "support");
  for (const ClassMetrics& m : report.per_class)
    out += fmt::format("  {:<20} {:>9.3f} {:>9.3f} {:>9.3f} {:>8}\n", m.label, m.precision,
                       m.recall, m.f1, m.support);
  out += "  confusion (rows: truth, columns: predicted)\n";
  out += fmt::format("  {:<20}", "");
  for (const std::string& label : report.labels) out += fmt::format(" {:>6.6}", label);
  out += "\n";
  for (std::size_t t = 0; t < report.labels.size(); ++t) {
    out += fmt::format("  {:<20}", report.labels[t]);
    for (int count : report.confusion[t]) out += fmt::format(" {:>6}", count);
    out += "\n";
  }
  return out;
}

std::string sets_text(const SetReport& report) {
  std::string out = fmt::format(
      "risks: micro-F1 {:.3f} (precision {:.3f}, recall {:.3f}; TP {}, FP {}, FN {}), "
      "exact sets {}\n",
      report.micro_f1, report.micro_precision, report.micro_recall, report.true_positives,
      report.false_positives, report.false_negatives, report.exact_matches);
  out += fmt::format("  {:<20} {:>9} {:>9} {:>9} {:>8}\n", "risk", "precision", "recall", "F1",
                     "support");
  for (const ClassMetrics& m : report.per_code)
    out += fmt::format("  {:<20} {:>9.3f} {:>9.3f} {:>9.3f} {:>8}\n", m.label, m.precision,
                       m.recall, m.f1, m.support);
  return out;
}

std::string headline(const std::string& title, const Evaluation& e) {
  return fmt::format(
      "{}: {} plans · type accuracy {:.3f} · theme accuracy {:.3f} · risk "
      "micro-F1 {:.3f}\n",
      title, e.plans, e.type.accuracy, e.theme.accuracy, e.risks.micro_f1);
}

nlohmann::json metrics_json(const std::vector<ClassMetrics>& metrics) {
  nlohmann::json out = nlohmann::json::object();
  for (const ClassMetrics& m : metrics)
    out[m.label] = {{"precision", m.precision},
                    {"recall", m.recall},
                    {"f1", m.f1},
                    {"support", m.support},
                    {"predicted", m.predicted}};
  return out;
}

nlohmann::json categorical_json(const CategoricalReport& report) {
  return {{"accuracy", report.accuracy},  {"correct", report.correct},
          {"total", report.total},        {"macro_f1", report.macro_f1},
          {"labels", report.labels},      {"per_class", metrics_json(report.per_class)},
          {"confusion", report.confusion}};
}

nlohmann::json evaluation_json(const Evaluation& e) {
  return {{"plans", e.plans},
          {"type", categorical_json(e.type)},
          {"theme", categorical_json(e.theme)},
          {"risks",
           {{"micro_f1", e.risks.micro_f1},
            {"micro_precision", e.risks.micro_precision},
            {"micro_recall", e.risks.micro_recall},
            {"true_positives", e.risks.true_positives},
            {"false_positives", e.risks.false_positives},
            {"false_negatives", e.risks.false_negatives},
            {"exact_matches", e.risks.exact_matches},
            {"per_code", metrics_json(e.risks.per_code)}}}};
}

std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& code : codes) out += (out.empty() ? "" : ";") + code;
  return out;
}

}  // namespace

EvaluationReport evaluate_results(const std::vector<LabelledResult>& results,
                                  const std::vector<std::string>& types,
                                  const std::vector<std::string>& themes,
                                  const std::vector<std::string>& risks) {
  std::vector<const LabelledResult*> all, hard, normal;
  for (const LabelledResult& result : results) {
    all.push_back(&result);
    (result.hard ? hard : normal).push_back(&result);
  }
  EvaluationReport report;
  report.all = evaluate_subset(all, types, themes, risks);
  report.hard = evaluate_subset(hard, types, themes, risks);
  report.normal = evaluate_subset(normal, types, themes, risks);
  report.results = results;
  return report;
}

std::string format_evaluation_text(const EvaluationReport& report) {
  std::string out = headline("all", report.all);
  if (report.hard.plans > 0) {
    out += headline("hard (textbook words avoided)", report.hard);
    out += headline("other", report.normal);
  }
  out += "\n" + categorical_text("type", report.all.type);
  out += "\n" + categorical_text("leading theme", report.all.theme);
  out += "\n" + sets_text(report.all.risks);
  std::string misses;
  for (const LabelledResult& r : report.results) {
    std::set<std::string> t(r.true_risks.begin(), r.true_risks.end());
    std::set<std::string> p(r.predicted_risks.begin(), r.predicted_risks.end());
    if (r.true_type == r.predicted_type && r.true_theme == r.predicted_theme && t == p) continue;
    misses += fmt::format("  {}{}: type {} -> {} · theme {} -> {} · risks {} -> {}\n", r.file,
                          r.hard ? " (hard)" : "", r.true_type, r.predicted_type, r.true_theme,
                          r.predicted_theme, joined(r.true_risks), joined(r.predicted_risks));
  }
  if (!misses.empty()) out += "\ndifferences (truth -> classified)\n" + misses;
  return out;
}

nlohmann::json evaluation_to_json(const EvaluationReport& report) {
  nlohmann::json out = evaluation_json(report.all);
  if (report.hard.plans > 0) {
    out["hard"] = evaluation_json(report.hard);
    out["other"] = evaluation_json(report.normal);
  }
  nlohmann::json plans = nlohmann::json::array();
  for (const LabelledResult& r : report.results)
    plans.push_back({{"file", r.file},
                     {"hard", r.hard},
                     {"type", r.true_type},
                     {"predicted_type", r.predicted_type},
                     {"leading_theme", r.true_theme},
                     {"predicted_theme", r.predicted_theme},
                     {"risks", r.true_risks},
                     {"predicted_risks", r.predicted_risks}});
  out["results"] = std::move(plans);
  return out;
}

}  // namespace planmine
