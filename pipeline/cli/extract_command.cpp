// planmine extract: Extract the clean text of plan PDFs

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <system_error>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "planmine/extractors/extract.hpp"

namespace planmine::cli {
namespace {

struct ExtractSettings {
  std::vector<std::string> paths;
  std::string out;
  std::string format = "text";
};

nlohmann::json plan_to_json(const PlanText& plan) {
  nlohmann::json pages = nlohmann::json::array();
  for (const PageText& page : plan.pages) pages.push_back(page.text);
  return {{"path", plan.path.string()},
          {"metadata",
           {{"title", plan.metadata.title},
            {"author", plan.metadata.author},
            {"creator", plan.metadata.creator},
            {"producer", plan.metadata.producer},
            {"creation_date", plan.metadata.creation_date},
            {"page_count", plan.metadata.page_count}}},
          {"pages", std::move(pages)}};
}

std::string plan_as_text(const PlanText& plan) {
  std::string text;
  for (const PageText& page : plan.pages) {
    text += page.text;
    text.push_back('\f');
  }
  return text;
}

std::string plan_as_json_line(const PlanText& plan) {
  // File names are bytes; a name that is not UTF-8 must not stop the output.
  return plan_to_json(plan).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

int run_extract(const ExtractSettings& settings) {
  const bool as_json = settings.format == "jsonl";
  InputList inputs = collect_pdf_inputs(settings.paths);
  int status = kExitOk;
  for (const InputFailure& failure : inputs.failures) {
    print_failure(failure.path, failure.reason);
    status = kExitSomeFailed;
  }
  for (const auto& file : inputs.files) {
    try {
      const PlanText plan = extract_plan(file);
      const std::string output = as_json ? plan_as_json_line(plan) : plan_as_text(plan);
      std::fwrite(output.data(), 1, output.size(), stdout);
    } catch (const ExtractionError& error) {
      print_failure(file.string(), error.what());
      status = kExitSomeFailed;
    }
  }
  return status;
}

}  // namespace

void add_extract_command(CLI::App& root, int& exit_status) {
  // Option storage is shared with the callback so it outlives this function.
  auto* sub = root.add_subcommand("extract", "Extract the clean text of plan PDFs");
  auto settings = std::make_shared<ExtractSettings>();
  sub->add_option("paths", settings->paths, "PDF files or folders (searched recursively for *.pdf)")
      ->required();
  sub->add_option("--out", settings->out, "Write one .txt (or .json) per plan into this folder");
  sub->add_option("--format", settings->format, "text: pages separated by form feeds; jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  sub->callback([&exit_status, settings] { exit_status = run_extract(*settings); });
}

}  // namespace planmine::cli
