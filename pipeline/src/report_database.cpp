// Reading the report's plans back from the Xapian database that planmine index wrote.

#include <fmt/core.h>

#include <map>

#include "planmine/index/plan_index.hpp"
#include "planmine/index/search.hpp"
#include "planmine/pipeline/report.hpp"
#include "planmine/pipeline/tokenizer.hpp"

namespace planmine {

namespace {

// A desk-study term as a Xapian query: its forms OR'ed, phrases quoted.
std::string term_query(const DeskStudyTerm& term) {
  std::string query;
  for (const auto& form : term.forms) {
    if (!query.empty()) query += " OR ";
    query += form.find_first_of(" -") == std::string::npos ? form : fmt::format("\"{}\"", form);
  }
  return query;
}

}  // namespace

std::vector<ReportPlan> read_report_plans(const std::filesystem::path& database) {
  const index::PlanSearcher searcher({database.string()}, Tokenizer::stemmer(), {});
  std::vector<ReportPlan> plans;
  std::map<std::string, std::size_t> by_path;
  for (const auto& record : index::list_plans(searcher.database())) {
    nlohmann::json object = nlohmann::json::object();
    if (!record.coding_json.empty()) {
      object = nlohmann::json::parse(record.coding_json, nullptr, false);
      if (object.is_discarded() || !object.is_object()) object = nlohmann::json::object();
    }
    // The record's own fields are what search shows; they win over the stored coding's copy.
    object["path"] = record.path;
    object["municipality"] = record.municipality;
    object["kind"] = record.kind;
    object["size_class"] = record.size_class;
    object["year"] = record.year;
    object["pages"] = record.page_count;
    object["type"] = record.type;
    object["confidence"] = record.confidence;
    object["leading_theme"] = record.leading_theme;
    object["risks"] = record.risks;
    object.erase("mentions");
    ReportPlan plan = plan_from_json(object);
    plan.ocr_pages = record.ocr_pages;
    plan.ocr = !record.ocr_pages.empty();
    plan.mentions = std::vector<std::string>{};
    by_path[plan.path] = plans.size();
    plans.push_back(std::move(plan));
  }
  if (plans.empty()) return plans;

  for (const auto& term : desk_study_terms()) {
    index::SearchRequest request;
    request.query = term_query(term);
    request.limit = static_cast<unsigned>(plans.size());
    request.with_snippets = false;
    try {
      for (const auto& hit : searcher.search(request).hits) {
        auto found = by_path.find(hit.plan.path);
        if (found != by_path.end()) plans[found->second].mentions->push_back(term.id);
      }
    } catch (const index::QueryError&) {
      // A form the query parser refuses counts as not found, as it would in search.
    }
  }
  // Terms were looked up in desk_study_terms() order, so each plan lists them in that order.
  return plans;
}

}  // namespace planmine
