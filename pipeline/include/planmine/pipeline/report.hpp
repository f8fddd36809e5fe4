#pragma once
// The desk-study report: from plain values (plans with their coding, failures, optional labels
// and validation plans) to figures, claim verdicts, and the printed report (index.html,
// report.json, one page per plan). Claim evaluation is kept apart from the printers: the
// figures and verdicts are computed once (compute_report) and every printer reads them.

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planmine/pipeline/coding.hpp"

namespace planmine {

struct PlanText;

// One classified plan as the report sees it.
struct ReportPlan {
  std::string path;          // as given on the command line or stored in the index
  std::string municipality;  // "" when unknown
  std::string kind;          // egem-i | nup | "" when unknown
  std::string size_class;    // <10k | 10-25k | 25-50k | 50-100k | >100k | "" when unknown
  int year = 0;              // 0 when unknown
  int pages = 0;
  long words = 0;
  bool ocr = false;                 // its text came (partly) from OCR
  std::map<int, double> ocr_pages;  // pages read by OCR -> Tesseract's mean word confidence
  Coding coding;
  // Ids of the desk-study check terms (desk_study_terms()) found in the plan's text; nullopt
  // when the text was not available to look in.
  std::optional<std::vector<std::string>> mentions;
};

struct ReportFailure {
  std::string path;
  std::string reason;
};

// What a manifest says of a plan, matched to the plans on file name.
struct PlanLabel {
  std::string file;  // file name or relative path; matched on its file name
  std::string municipality;
  std::string kind;
  std::string size_class;
  int year = 0;
  std::string type;
  std::string leading_theme;
  std::vector<std::string> risks;
};

struct ReportInput {
  std::vector<ReportPlan> plans;
  std::vector<ReportFailure> failures;
  std::optional<std::vector<PlanLabel>> labels;       // --labels
  std::optional<std::vector<ReportPlan>> validation;  // --validation
  std::vector<ReportFailure> validation_failures;
  std::string codebook_hash;
  std::string command_line;
  std::string version;
  std::string date;  // ISO 8601, UTC
};

// A word or phrase the desk study's other conclusions can be counted by.
struct DeskStudyTerm {
  std::string id;                  // e.g. "gemma"
  std::string label;               // as shown, e.g. "GEMMA"
  std::vector<std::string> forms;  // lower-case forms matched on word boundaries
};
const std::vector<DeskStudyTerm>& desk_study_terms();

// Ids of the desk-study terms that occur in `text` (any case), in desk_study_terms() order.
std::vector<std::string> find_desk_study_terms(std::string_view text);
std::vector<std::string> find_desk_study_terms(const PlanText& plan);

// The fixed code lists in report order (the contract's codes).
const std::vector<std::string>& report_type_codes();
const std::vector<std::string>& report_theme_codes();
const std::vector<std::string>& report_risk_codes();

// Figuur 6 of the study: % of municipalities per leading theme (survey).
const std::map<std::string, double>& figure6_percentages();

// Counts over a set of plans: everything the report's tables and charts show.
struct CorpusFigures {
  int plans = 0;
  long pages = 0;
  long words = 0;
  int ocr_plans = 0;
  std::map<std::string, int> kinds;           // "" = unknown
  std::map<std::string, int> size_classes;    // "" = unknown
  std::map<int, int> years;                   // 0 = unknown
  std::map<std::string, int> types;           // every type code, 0 included
  std::map<std::string, int> leading_themes;  // every theme code, 0 included
  std::map<std::string, int> risks;           // plans naming each risk, every code
  // type -> theme -> plans of that type with that leading theme
  std::map<std::string, std::map<std::string, int>> type_themes;
  // type -> risk -> plans of that type naming that risk
  std::map<std::string, std::map<std::string, int>> type_risks;
  // theme -> plans whose theme score for it is above zero
  std::map<std::string, int> theme_present;
  int all_themes_present = 0;  // plans in which every theme except "anders" scores above zero
  int plans_with_text = 0;     // plans whose mentions are known
  std::map<std::string, int> mentions;  // term id -> plans mentioning it
};

CorpusFigures count_figures(const std::vector<ReportPlan>& plans);

enum class Verdict { holds, does_not_hold, cannot_tell };
const char* to_string(Verdict verdict);  // "holds" | "does not hold" | "cannot tell"

// A claim's figure on one set of plans.
struct ClaimFigure {
  std::string text;     // e.g. "62.0% (93/150)"
  double value = 0;     // the number the verdict is decided on (a share in [0,1] or a count)
  int numerator = 0;    // plans counted
  int denominator = 0;  // out of
  Verdict verdict = Verdict::cannot_tell;
};

struct ClaimCheck {
  std::string id;      // stable, e.g. "service-share"
  std::string claim;   // the study's claim, in English
  std::string source;  // where the study says it
  std::string rule;    // how the verdict is decided
  ClaimFigure main;
  std::optional<ClaimFigure> validation;  // on the validation plans
  // Validation confirms when it reaches the same verdict as the main plans.
  std::optional<bool> confirms;
};

std::vector<ClaimCheck> check_claims(const CorpusFigures& main, const CorpusFigures* validation);

// Agreement of the classification with a manifest.
struct LabelAgreement {
  int matched = 0;  // plans found in the manifest
  int type_agree = 0;
  int theme_agree = 0;
  int risk_true_positive = 0;
  int risk_false_positive = 0;
  int risk_false_negative = 0;
  double risk_micro_f1 = 0;
  // manifest type -> classified type -> plans
  std::map<std::string, std::map<std::string, int>> type_confusion;
};

// The label of the plan at `plan_path`: the one whose relative path ends that path, else the only
// one with the same file name; nullptr when none.
const PlanLabel* find_label(const std::vector<PlanLabel>& labels, const std::string& plan_path);

LabelAgreement compare_with_labels(const std::vector<ReportPlan>& plans,
                                   const std::vector<PlanLabel>& labels);

// Everything the report shows, computed once from a ReportInput.
struct Report {
  const ReportInput* input = nullptr;
  CorpusFigures figures;
  std::optional<CorpusFigures> validation_figures;
  std::vector<ClaimCheck> claims;
  std::optional<LabelAgreement> agreement;
  std::optional<LabelAgreement> validation_agreement;
};

Report compute_report(const ReportInput& input);

// Text of a share as the report prints it: "62.0% (93/150)"; "n/a (0/0)" when out of nothing.
std::string share_text(int numerator, int denominator);

// A file name safe on every system for a plan's page, unique within the report.
std::string plan_page_name(const ReportPlan& plan, std::size_t index);

// The report as JSON: every number of the page (report.json).
nlohmann::json report_to_json(const Report& report);

// One plan as a JSON object (a line of plans.jsonl) and back.
nlohmann::json plan_to_json(const ReportPlan& plan);
ReportPlan plan_from_json(const nlohmann::json& object);

// Reads a manifest (one JSON object per line, as `planmine corpus` writes it).
std::vector<PlanLabel> read_plan_labels(const std::filesystem::path& manifest);

// The plans of a planmine database (index/), with their stored coding and facts; the desk-study
// terms are looked up with the index's own queries. Throws index::DatabaseError.
std::vector<ReportPlan> read_report_plans(const std::filesystem::path& database);

// Writes index.html, report.json and plans/<name>.html into `out_dir` (created if missing).
// Each file is written under a temporary name and renamed, so a reader never sees half a file.
void write_report(const ReportInput& input, const std::filesystem::path& out_dir);

// Writes `content` to `file` atomically (temporary file in the same folder, then rename).
void write_file_atomically(const std::filesystem::path& file, std::string_view content);

}  // namespace planmine
