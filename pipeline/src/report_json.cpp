// The report's JSON: report.json (every number of the page), a plan as a line of plans.jsonl,
// and reading a manifest's labels.

#include <fmt/core.h>

#include <stdexcept>

#include "planmine/corpus/manifest.hpp"
#include "planmine/pipeline/report.hpp"

namespace planmine {

namespace {

using nlohmann::json;

json figure_to_json(const ClaimFigure& figure) {
  return {{"text", figure.text},
          {"value", figure.value},
          {"numerator", figure.numerator},
          {"denominator", figure.denominator},
          {"verdict", to_string(figure.verdict)}};
}

json figures_to_json(const CorpusFigures& figures) {
  json years = json::object();
  for (const auto& [year, count] : figures.years) {
    years[year == 0 ? std::string("unknown") : std::to_string(year)] = count;
  }
  auto named = [](const std::map<std::string, int>& counts) {
    json object = json::object();
    for (const auto& [key, count] : counts) object[key.empty() ? "unknown" : key] = count;
    return object;
  };
  json type_themes = json::object();
  for (const auto& [type, counts] : figures.type_themes) type_themes[type] = named(counts);
  json type_risks = json::object();
  for (const auto& [type, counts] : figures.type_risks) type_risks[type] = named(counts);
  return {{"plans", figures.plans},
          {"pages", figures.pages},
          {"words", figures.words},
          {"ocr_plans", figures.ocr_plans},
          {"kinds", named(figures.kinds)},
          {"size_classes", named(figures.size_classes)},
          {"years", years},
          {"types", named(figures.types)},
          {"leading_themes", named(figures.leading_themes)},
          {"risks", named(figures.risks)},
          {"type_themes", type_themes},
          {"type_risks", type_risks},
          {"theme_present", named(figures.theme_present)},
          {"all_themes_present", figures.all_themes_present},
          {"plans_with_text", figures.plans_with_text},
          {"mentions", named(figures.mentions)}};
}

json agreement_to_json(const LabelAgreement& agreement) {
  json confusion = json::object();
  for (const auto& [label, row] : agreement.type_confusion) {
    for (const auto& [classified, count] : row) confusion[label][classified] = count;
  }
  return {{"matched", agreement.matched},
          {"type_agree", agreement.type_agree},
          {"theme_agree", agreement.theme_agree},
          {"risk_true_positive", agreement.risk_true_positive},
          {"risk_false_positive", agreement.risk_false_positive},
          {"risk_false_negative", agreement.risk_false_negative},
          {"risk_micro_f1", agreement.risk_micro_f1},
          {"type_confusion", confusion}};
}

json failures_to_json(const std::vector<ReportFailure>& failures) {
  json array = json::array();
  for (const auto& failure : failures) {
    array.push_back({{"path", failure.path}, {"reason", failure.reason}});
  }
  return array;
}

// A plan's row as the report lists it (no evidence: that is on its page and in plans.jsonl).
json plan_row_to_json(const ReportPlan& plan, std::size_t index) {
  json row = plan_to_json(plan);
  row.erase("evidence");
  row["page"] = "plans/" + plan_page_name(plan, index);
  return row;
}

}  // namespace

json plan_to_json(const ReportPlan& plan) {
  json evidence = json::array();
  for (const auto& item : plan.coding.evidence) {
    evidence.push_back({{"code", item.code},
                        {"indicator", item.indicator},
                        {"weight", item.weight},
                        {"page", item.page},
                        {"section", item.section},
                        {"passage", item.passage}});
  }
  json object = {{"path", plan.path},
                 {"municipality", plan.municipality},
                 {"kind", plan.kind},
                 {"size_class", plan.size_class},
                 {"year", plan.year},
                 {"pages", plan.pages},
                 {"words", plan.words},
                 {"ocr", plan.ocr},
                 {"type", plan.coding.type},
                 {"confidence", plan.coding.confidence},
                 {"type_scores", plan.coding.type_scores},
                 {"leading_theme", plan.coding.leading_theme},
                 {"theme_scores", plan.coding.theme_scores},
                 {"risks", plan.coding.risks},
                 {"evidence", evidence}};
  json ocr_pages = json::array();
  for (const auto& [page, confidence] : plan.ocr_pages)
    ocr_pages.push_back({{"page", page}, {"confidence", confidence}});
  object["ocr_pages"] = std::move(ocr_pages);
  object["mentions"] = plan.mentions ? json(*plan.mentions) : json(nullptr);
  return object;
}

ReportPlan plan_from_json(const json& object) {
  ReportPlan plan;
  plan.path = object.at("path").get<std::string>();
  plan.municipality = object.value("municipality", "");
  plan.kind = object.value("kind", "");
  plan.size_class = object.value("size_class", "");
  plan.year = object.value("year", 0);
  plan.pages = object.value("pages", 0);
  plan.words = object.value("words", 0L);
  plan.ocr = object.value("ocr", false);
  if (object.contains("ocr_pages") && object.at("ocr_pages").is_array()) {
    for (const json& page : object.at("ocr_pages"))
      plan.ocr_pages[page.value("page", 0)] = page.value("confidence", -1.0);
  }
  plan.coding.type = object.value("type", "");
  plan.coding.confidence = object.value("confidence", 0.0);
  plan.coding.leading_theme = object.value("leading_theme", "");
  if (object.contains("type_scores")) {
    plan.coding.type_scores = object.at("type_scores").get<std::map<std::string, double>>();
  }
  if (object.contains("theme_scores")) {
    plan.coding.theme_scores = object.at("theme_scores").get<std::map<std::string, double>>();
  }
  if (object.contains("risks")) {
    plan.coding.risks = object.at("risks").get<std::vector<std::string>>();
  }
  if (object.contains("evidence")) {
    for (const auto& item : object.at("evidence")) {
      plan.coding.evidence.push_back({item.value("code", ""), item.value("indicator", ""),
                                      item.value("weight", 0.0), item.value("page", 0),
                                      item.value("section", ""), item.value("passage", "")});
    }
  }
  if (object.contains("mentions") && object.at("mentions").is_array()) {
    plan.mentions = object.at("mentions").get<std::vector<std::string>>();
  }
  return plan;
}

std::vector<PlanLabel> read_plan_labels(const std::filesystem::path& manifest) {
  std::vector<PlanLabel> labels;
  for (const auto& entry : corpus::read_manifest(manifest)) {
    labels.push_back({entry.file, entry.municipality, entry.kind, entry.size_class, entry.year,
                      entry.type, entry.leading_theme, entry.risks});
  }
  return labels;
}

json report_to_json(const Report& report) {
  const ReportInput& input = *report.input;
  json claims = json::array();
  for (const auto& claim : report.claims) {
    json object = {{"id", claim.id},
                   {"claim", claim.claim},
                   {"source", claim.source},
                   {"rule", claim.rule},
                   {"main", figure_to_json(claim.main)}};
    object["validation"] = claim.validation ? figure_to_json(*claim.validation) : json(nullptr);
    object["confirms"] = claim.confirms ? json(*claim.confirms) : json(nullptr);
    claims.push_back(std::move(object));
  }
  json figure6 = json::array();
  for (const auto& theme : report_theme_codes()) {
    const int count = report.figures.leading_themes.count(theme) != 0
                          ? report.figures.leading_themes.at(theme)
                          : 0;
    figure6.push_back({{"theme", theme},
                       {"study_percent", figure6_percentages().at(theme)},
                       {"corpus_plans", count},
                       {"corpus_percent",
                        report.figures.plans == 0 ? 0.0 : 100.0 * count / report.figures.plans}});
  }
  json plans = json::array();
  for (std::size_t i = 0; i < input.plans.size(); ++i) {
    plans.push_back(plan_row_to_json(input.plans[i], i));
  }
  json result = {{"version", input.version},
                 {"date", input.date},
                 {"command_line", input.command_line},
                 {"codebook_hash", input.codebook_hash},
                 {"figures", figures_to_json(report.figures)},
                 {"failures", failures_to_json(input.failures)},
                 {"claims", claims},
                 {"figure6", figure6},
                 {"plans", plans}};
  result["validation"] = nullptr;
  if (report.validation_figures) {
    json validation_plans = json::array();
    for (std::size_t i = 0; i < input.validation->size(); ++i) {
      validation_plans.push_back(plan_row_to_json((*input.validation)[i], input.plans.size() + i));
    }
    result["validation"] = {{"figures", figures_to_json(*report.validation_figures)},
                            {"failures", failures_to_json(input.validation_failures)},
                            {"plans", validation_plans}};
  }
  result["agreement"] = report.agreement ? agreement_to_json(*report.agreement) : json(nullptr);
  result["validation_agreement"] =
      report.validation_agreement ? agreement_to_json(*report.validation_agreement) : json(nullptr);
  return result;
}

}  // namespace planmine
