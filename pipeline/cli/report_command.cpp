// planmine report: Write the desk-study report (HTML + JSON) from a database

#include <fmt/core.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/index/search.hpp"
#include "planmine/pipeline/codebook.hpp"
#include "planmine/pipeline/report.hpp"
#include "planmine/pipeline/run.hpp"

namespace planmine::cli {

namespace {

namespace fs = std::filesystem;

bool is_database(const fs::path& path) {
  return fs::is_directory(path) && (fs::exists(path / "iamglass") ||
                                    fs::exists(path / "iamchert") || fs::exists(path / "iamhoney"));
}

// Plans from a plans.jsonl as `planmine run` writes it; `set` chooses plans or validation.
std::vector<ReportPlan> read_plans_jsonl(const fs::path& file, const std::string& set) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot open");
  std::vector<ReportPlan> plans;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto object = nlohmann::json::parse(line);
    if (!set.empty() && object.value("set", "plans") != set) continue;
    plans.push_back(plan_from_json(object));
  }
  return plans;
}

// True when `plan` lies under `root` (a folder) or is `root` (a file).
bool lies_under(const std::string& plan, const fs::path& root) {
  const fs::path plan_path = fs::weakly_canonical(plan);
  const fs::path root_path = fs::weakly_canonical(root);
  auto root_part = root_path.begin();
  auto plan_part = plan_path.begin();
  for (; root_part != root_path.end(); ++root_part, ++plan_part) {
    if (root_part->empty()) continue;  // a trailing separator
    if (plan_part == plan_path.end() || *plan_part != *root_part) return false;
  }
  return true;
}

}  // namespace

void add_report_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand(
      "report",
      "Write the desk-study report (index.html, report.json, plans/*.html) from a database: "
      "each claim of the study with the figure on these plans and a verdict");
  auto db = std::make_shared<std::string>();
  auto plans_jsonl = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  auto validation = std::make_shared<std::string>();
  auto labels = std::make_shared<std::string>();
  auto codebook = std::make_shared<std::string>();
  auto* db_option = sub->add_option("--db", *db, "The planmine database (planmine index --db)");
  sub->add_option("--plans", *plans_jsonl, "Read the plans from a plans.jsonl of planmine run")
      ->excludes(db_option);
  sub->add_option("--out", *out, "Folder to write index.html and report.json to")->required();
  sub->add_option("--validation", *validation,
                  "Validation plans: a second database, a plans.jsonl, or a folder whose plans "
                  "in --db are the validation plans");
  sub->add_option("--labels", *labels, "Manifest (manifest.jsonl) to compare the coding with");
  sub->add_option("--codebook", *codebook,
                  "Codebook whose hash the footer names (default: codebook/codebook.json)");
  sub->callback([&exit_status, db, plans_jsonl, out, validation, labels, codebook] {
    if (db->empty() && plans_jsonl->empty()) {
      print_error("report: --db or --plans is required");
      exit_status = kExitUsage;
      return;
    }
    ReportInput input;
    try {
      if (!db->empty()) {
        if (!is_database(*db)) throw std::runtime_error("not a planmine database");
        input.plans = read_report_plans(*db);
      } else {
        input.plans = read_plans_jsonl(*plans_jsonl, "plans");
      }
    } catch (const std::exception& error) {
      print_failure(db->empty() ? *plans_jsonl : *db, error.what());
      exit_status = kExitUsage;
      return;
    }
    if (!validation->empty()) {
      try {
        if (is_database(*validation)) {
          input.validation = read_report_plans(*validation);
        } else if (fs::path(*validation).extension() == ".jsonl") {
          input.validation = read_plans_jsonl(*validation, "");
        } else if (fs::exists(*validation)) {
          // The validation plans sit in the same database: split them off by folder.
          std::vector<ReportPlan> main_plans;
          std::vector<ReportPlan> validation_plans;
          for (auto& plan : input.plans) {
            (lies_under(plan.path, *validation) ? validation_plans : main_plans)
                .push_back(std::move(plan));
          }
          input.plans = std::move(main_plans);
          input.validation = std::move(validation_plans);
        } else {
          throw std::runtime_error("no such database, file or folder");
        }
      } catch (const std::exception& error) {
        print_failure(*validation, error.what());
        exit_status = kExitUsage;
        return;
      }
    } else if (!plans_jsonl->empty()) {
      auto validation_plans = read_plans_jsonl(*plans_jsonl, "validation");
      if (!validation_plans.empty()) input.validation = std::move(validation_plans);
    }
    if (!labels->empty()) {
      try {
        input.labels = read_plan_labels(*labels);
      } catch (const std::exception& error) {
        print_failure(*labels, error.what());
        exit_status = kExitUsage;
        return;
      }
    }
    try {
      input.codebook_hash =
          load_codebook(codebook->empty() ? default_codebook_path() : fs::path(*codebook)).hash;
    } catch (const std::exception& error) {
      print_failure(codebook->empty() ? default_codebook_path().string() : *codebook, error.what());
      exit_status = kExitUsage;
      return;
    }
    input.command_line = current_command_line();
    input.version = planmine_version();
    input.date = utc_timestamp();
    try {
      write_report(input, *out);
    } catch (const std::exception& error) {
      print_failure(*out, error.what());
      exit_status = kExitUsage;
      return;
    }
    fmt::print("{}\n", (fs::path(*out) / "index.html").string());
    exit_status = kExitOk;
  });
}

}  // namespace planmine::cli
