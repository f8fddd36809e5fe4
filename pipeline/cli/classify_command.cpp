// planmine classify: Classify plans: type, leading theme and risks, with evidence

#include <fmt/core.h>

#include <cstdio>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "classify_batch.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/extractors/extract.hpp"
#include "planmine/extractors/ocr.hpp"
#include "planmine/pipeline/classify.hpp"
#include "planmine/pipeline/sections.hpp"

namespace planmine::cli {
namespace {

struct ClassifySettings {
  std::vector<std::string> paths;
  std::string format = "table";
  bool explain = false;
  bool sections = false;
  ClassifyBatchSettings batch;
};

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  return quoted + "\"";
}

std::string joined_risks(const Coding& coding) {
  std::string out;
  for (const std::string& risk : coding.risks) out += (out.empty() ? "" : ";") + risk;
  return out;
}

// The outline the classifier reads: where it thinks each section starts and what it is for.
void print_sections(const PlanText& plan) {
  for (const Section& section : split_sections(plan)) {
    fmt::print("    {:<13} p.{:<2}-{:<2} {}{}\n", to_string(section.kind), section.first_page,
               section.last_page, section.level == 2 ? "  " : "",
               section.heading.empty() ? "(text before the first heading)" : section.heading);
  }
}

// "pages 1-3, 7": the OCR'd pages in runs.
std::string page_runs(const std::map<int, double>& pages) {
  std::string text;
  for (auto it = pages.begin(); it != pages.end();) {
    const int first = it->first;
    int last = first;
    for (++it; it != pages.end() && it->first == last + 1; ++it) last = it->first;
    if (!text.empty()) text += ", ";
    text += first == last ? std::to_string(first) : fmt::format("{}-{}", first, last);
  }
  return (pages.size() == 1 ? "page " : "pages ") + text;
}

// Confidences are rounded down, as in the low-confidence warning line.
int whole(double confidence) {
  return static_cast<int>(confidence);
}

void print_table_row(const std::string& path, const Coding& coding, const PlanText& plan,
                     bool explain) {
  const std::map<int, double> ocr_pages = ocr_page_confidences(plan);
  // A scan says so on its line: the coding rests on recognised text.
  const std::string ocr_note =
      ocr_pages.empty() ? ""
                        : fmt::format("  (OCR: {} of {}, confidence {})", page_runs(ocr_pages),
                                      plan.pages.size(), whole(mean_ocr_confidence(plan)));
  fmt::print("{:<40} {:<14} {:>5.2f}  {:<18} {}{}\n", path, coding.type, coding.confidence,
             coding.leading_theme, joined_risks(coding), ocr_note);
  if (!explain) return;
  for (const Evidence& evidence : coding.evidence) {
    const auto ocr = ocr_pages.find(evidence.page);
    const std::string page =
        ocr == ocr_pages.end()
            ? fmt::format("p.{:<3}", evidence.page)
            : fmt::format("p. {} (OCR, confidence {})", evidence.page, whole(ocr->second));
    fmt::print("    {:<18} {:<28} {:>6.2f}  {} {}{}\n", evidence.code, evidence.indicator,
               evidence.weight, page, evidence.section.empty() ? "" : "[" + evidence.section + "] ",
               evidence.passage);
  }
}

// The classify jsonl object, with where OCR read the plan: `ocr_pages` always (empty for a
// born-digital plan), and `ocr` / `ocr_confidence` on each evidence item from such a page.
nlohmann::json plan_as_json(const std::string& path, const Coding& coding, const PlanText& plan,
                            bool explain) {
  nlohmann::json object = coding_to_json(path, coding, explain);
  const std::map<int, double> ocr_pages = ocr_page_confidences(plan);
  nlohmann::json pages = nlohmann::json::array();
  for (const auto& [page, confidence] : ocr_pages) {
    pages.push_back({{"page", page}, {"confidence", confidence}});
  }
  object["ocr_pages"] = std::move(pages);
  if (object.contains("evidence")) {
    for (nlohmann::json& item : object["evidence"]) {
      const auto ocr = ocr_pages.find(item.value("page", 0));
      item["ocr"] = ocr != ocr_pages.end();
      if (ocr != ocr_pages.end()) item["ocr_confidence"] = ocr->second;
    }
  }
  return object;
}

int run_classify(const ClassifySettings& settings) {
  const std::optional<ClassifyBatch> batch = prepare_classify_batch(settings.batch);
  if (!batch) return kExitUsage;
  InputList inputs = collect_pdf_inputs(settings.paths);
  int status = kExitOk;
  for (const InputFailure& failure : inputs.failures) {
    print_failure(failure.path, failure.reason);
    status = kExitSomeFailed;
  }
  if (settings.format == "csv") {
    fmt::print("path,type,confidence,leading_theme,risks\n");
  } else if (settings.format == "table") {
    fmt::print("{:<40} {:<14} {:>5}  {:<18} {}\n", "path", "type", "conf", "leading_theme",
               "risks");
  }
  std::fflush(stdout);
  const auto print_plan = [&](const std::filesystem::path& file, const PlanText& plan,
                              const Coding& coding) {
    const std::string path = file.string();
    if (settings.format == "csv") {
      fmt::print("{},{},{:.3f},{},{}\n", csv_field(path), coding.type, coding.confidence,
                 coding.leading_theme, joined_risks(coding));
    } else if (settings.format == "jsonl") {
      fmt::print("{}\n", plan_as_json(path, coding, plan, settings.explain)
                             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } else {
      print_table_row(path, coding, plan, settings.explain);
      if (settings.sections) print_sections(plan);
    }
    std::fflush(stdout);
  };
  classify_files(inputs.files, *batch, print_plan, status);
  return status;
}

}  // namespace

void add_classify_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("classify",
                                  "Classify plans: type, leading theme and risks, with evidence");
  auto settings = std::make_shared<ClassifySettings>();
  sub->add_option("paths", settings->paths, "PDF files or folders (searched recursively for *.pdf)")
      ->required();
  sub->add_option("--format", settings->format,
                  "table (for people), csv (path,type,confidence,leading_theme,risks) or jsonl")
      ->check(CLI::IsMember({"table", "csv", "jsonl"}));
  sub->add_flag("--explain", settings->explain,
                "Show the evidence of each decision: indicator, weight, page, quoted passage");
  sub->add_flag("--sections", settings->sections,
                "Table format: also print each plan's sections (kind, pages, heading)");
  add_classify_batch_options(*sub, settings->batch);
  sub->callback([&exit_status, settings] { exit_status = run_classify(*settings); });
}

}  // namespace planmine::cli
