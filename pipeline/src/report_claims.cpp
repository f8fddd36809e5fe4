// The report's numbers: counts over plans, the desk study's claims with their verdicts, and the
// agreement with a manifest. No printing here; the printers read what this computes.

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <set>

#include "planmine/extractors/plan_text.hpp"
#include "planmine/pipeline/report.hpp"

namespace planmine {

const std::vector<std::string>& report_type_codes() {
  static const std::vector<std::string> codes{"multi-project", "control", "service"};
  return codes;
}

const std::vector<std::string>& report_theme_codes() {
  static const std::vector<std::string> codes{"basisregistraties", "dienstverlening", "zaakgericht",
                                              "projectmatig",      "architectuur",    "anders"};
  return codes;
}

const std::vector<std::string>& report_risk_codes() {
  static const std::vector<std::string> codes{
      "capaciteit", "focus",  "draagvlak", "realisme", "menselijke-factor", "budget",
      "rijk",       "kennis", "bestuur",   "fusie",    "leveranciers"};
  return codes;
}

const std::map<std::string, double>& figure6_percentages() {
  // Figuur 6 of the study (survey of municipalities), desk-study.md.
  static const std::map<std::string, double> percentages{
      {"basisregistraties", 10}, {"dienstverlening", 60}, {"zaakgericht", 13},
      {"projectmatig", 0},       {"architectuur", 4},     {"anders", 13}};
  return percentages;
}

const std::vector<DeskStudyTerm>& desk_study_terms() {
  static const std::vector<DeskStudyTerm> terms{
      {"gemma",
       "GEMMA",
       {"gemma", "gemeentelijke model-architectuur", "gemeentelijke modelarchitectuur"}},
      {"quick-wins",
       "quick wins",
       {"quick win", "quick wins", "quick-win", "quick-wins", "quickwin", "quickwins"}},
      {"projectenboek", "projectenboek", {"projectenboek", "projectenboeken"}},
      {"bag",
       "BAG",
       {"bag", "basisregistratie adressen en gebouwen", "basisregistraties adressen en gebouwen"}},
      {"wabo", "Wabo", {"wabo", "omgevingsvergunning", "omgevingsloket"}},
      {"e-nik", "e-NIK", {"e-nik", "enik", "elektronische nederlandse identiteitskaart"}},
      {"osb", "OverheidsServiceBus", {"overheidsservicebus", "overheids service bus", "osb"}},
  };
  return terms;
}

namespace {

bool is_word_byte(unsigned char c) {
  return std::isalnum(c) != 0 || c >= 0x80;
}

// Lower-cases ASCII letters only: the check terms are ASCII, other bytes stay as they are.
std::string lower_ascii(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

bool contains_word(const std::string& haystack, const std::string& form) {
  for (std::size_t at = haystack.find(form); at != std::string::npos;
       at = haystack.find(form, at + 1)) {
    const bool starts = at == 0 || !is_word_byte(static_cast<unsigned char>(haystack[at - 1]));
    const std::size_t after = at + form.size();
    const bool ends =
        after >= haystack.size() || !is_word_byte(static_cast<unsigned char>(haystack[after]));
    if (starts && ends) return true;
  }
  return false;
}

double share(int numerator, int denominator) {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / denominator;
}

int count_of(const std::map<std::string, int>& counts, const std::string& code) {
  auto found = counts.find(code);
  return found == counts.end() ? 0 : found->second;
}

template <typename Key>
void add_zero_keys(std::map<Key, int>& counts, const std::vector<Key>& keys) {
  for (const auto& key : keys) counts.try_emplace(key, 0);
}

std::string percent_text(double fraction) {
  return fmt::format("{:.1f}%", 100.0 * fraction);
}

}  // namespace

std::vector<std::string> find_desk_study_terms(std::string_view text) {
  const std::string lowered = lower_ascii(text);
  std::vector<std::string> found;
  for (const auto& term : desk_study_terms()) {
    if (std::any_of(term.forms.begin(), term.forms.end(),
                    [&](const std::string& form) { return contains_word(lowered, form); })) {
      found.push_back(term.id);
    }
  }
  return found;
}

std::vector<std::string> find_desk_study_terms(const PlanText& plan) {
  std::string text;
  for (const auto& page : plan.pages) {
    text += page.text;
    text += '\n';
  }
  return find_desk_study_terms(text);
}

std::string share_text(int numerator, int denominator) {
  if (denominator == 0) return fmt::format("n/a ({}/{})", numerator, denominator);
  return fmt::format("{} ({}/{})", percent_text(share(numerator, denominator)), numerator,
                     denominator);
}

const char* to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::holds:
      return "holds";
    case Verdict::does_not_hold:
      return "does not hold";
    case Verdict::cannot_tell:
      return "cannot tell";
  }
  return "cannot tell";
}

CorpusFigures count_figures(const std::vector<ReportPlan>& plans) {
  CorpusFigures figures;
  add_zero_keys(figures.types, report_type_codes());
  add_zero_keys(figures.leading_themes, report_theme_codes());
  add_zero_keys(figures.risks, report_risk_codes());
  add_zero_keys(figures.theme_present, report_theme_codes());
  for (const auto& type : report_type_codes()) {
    add_zero_keys(figures.type_themes[type], report_theme_codes());
    add_zero_keys(figures.type_risks[type], report_risk_codes());
  }
  for (const auto& term : desk_study_terms()) figures.mentions[term.id] = 0;

  for (const auto& plan : plans) {
    const Coding& coding = plan.coding;
    ++figures.plans;
    figures.pages += plan.pages;
    figures.words += plan.words;
    if (plan.ocr) ++figures.ocr_plans;
    ++figures.kinds[plan.kind];
    ++figures.size_classes[plan.size_class];
    ++figures.years[plan.year];
    ++figures.types[coding.type];
    ++figures.leading_themes[coding.leading_theme];
    auto& themes_of_type = figures.type_themes[coding.type];
    if (themes_of_type.empty()) add_zero_keys(themes_of_type, report_theme_codes());
    ++themes_of_type[coding.leading_theme];
    auto& risks_of_type = figures.type_risks[coding.type];
    if (risks_of_type.empty()) add_zero_keys(risks_of_type, report_risk_codes());
    // A risk named twice still counts once per plan.
    const std::set<std::string> risks(coding.risks.begin(), coding.risks.end());
    for (const auto& risk : risks) {
      ++figures.risks[risk];
      ++risks_of_type[risk];
    }
    bool all_present = true;
    for (const auto& theme : report_theme_codes()) {
      auto score = coding.theme_scores.find(theme);
      const bool present = score != coding.theme_scores.end() && score->second > 0;
      if (present) ++figures.theme_present[theme];
      if (theme != "anders" && !present) all_present = false;
    }
    if (all_present) ++figures.all_themes_present;
    if (plan.mentions) {
      ++figures.plans_with_text;
      for (const auto& id : *plan.mentions) ++figures.mentions[id];
    }
  }
  return figures;
}

namespace {

// The risks named by most plans of a type (ties all kept), and how many plans named them.
std::pair<std::vector<std::string>, int> top_risks(const CorpusFigures& figures,
                                                   const std::string& type) {
  auto found = figures.type_risks.find(type);
  if (found == figures.type_risks.end()) return {{}, 0};
  int most = 0;
  for (const auto& [risk, count] : found->second) most = std::max(most, count);
  std::vector<std::string> top;
  if (most == 0) return {top, 0};
  for (const auto& risk : report_risk_codes()) {
    if (count_of(found->second, risk) == most) top.push_back(risk);
  }
  return {top, most};
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) text += separator;
    text += parts[i];
  }
  return text;
}

Verdict verdict_of(bool holds) {
  return holds ? Verdict::holds : Verdict::does_not_hold;
}

ClaimFigure share_claim(int numerator, int denominator, double threshold, bool above) {
  ClaimFigure figure;
  figure.numerator = numerator;
  figure.denominator = denominator;
  figure.value = share(numerator, denominator);
  figure.text = share_text(numerator, denominator);
  figure.verdict = denominator == 0
                       ? Verdict::cannot_tell
                       : verdict_of(above ? figure.value > threshold : figure.value >= threshold);
  return figure;
}

// "The plans of TYPE name RISKS most."
ClaimFigure top_risk_claim(const CorpusFigures& figures, const std::string& type,
                           const std::set<std::string>& expected) {
  ClaimFigure figure;
  const int plans_of_type = count_of(figures.types, type);
  auto [top, most] = top_risks(figures, type);
  figure.numerator = most;
  figure.denominator = plans_of_type;
  figure.value = share(most, plans_of_type);
  if (plans_of_type == 0 || top.empty()) {
    figure.text = fmt::format("no {} plans naming a risk", type);
    figure.verdict = Verdict::cannot_tell;
    return figure;
  }
  // Name the expected risks' own shares too when they are not the top, so a near miss shows.
  std::vector<std::string> expected_parts;
  for (const auto& risk : report_risk_codes()) {
    if (!expected.contains(risk) || std::find(top.begin(), top.end(), risk) != top.end()) continue;
    const int count = count_of(figures.type_risks.at(type), risk);
    expected_parts.push_back(fmt::format("{} {}", risk, share_text(count, plans_of_type)));
  }
  figure.text =
      fmt::format("most named: {} {}", joined(top, " = "), share_text(most, plans_of_type));
  if (!expected_parts.empty()) figure.text += "; " + joined(expected_parts, ", ");
  figure.verdict = verdict_of(std::any_of(
      top.begin(), top.end(), [&](const std::string& risk) { return expected.contains(risk); }));
  return figure;
}

ClaimFigure sample_claim(const CorpusFigures& figures) {
  ClaimFigure figure;
  const int egem = count_of(figures.kinds, "egem-i");
  const int nup = count_of(figures.kinds, "nup");
  figure.numerator = egem;
  figure.denominator = figures.plans;
  figure.value = figures.plans;
  figure.text = fmt::format("{} plans: {} egem-i, {} nup", figures.plans, egem, nup);
  if (egem + nup == 0) {
    figure.text = fmt::format("{} plans, kind unknown", figures.plans);
    figure.verdict = Verdict::cannot_tell;
  } else {
    figure.verdict = verdict_of(figures.plans == 150 && egem == 103 && nup == 47);
  }
  return figure;
}

// The 19 validation plans are spread evenly over the five size classes.
ClaimFigure validation_spread_claim(const CorpusFigures& figures) {
  ClaimFigure figure;
  static const std::vector<std::string> classes{"<10k", "10-25k", "25-50k", "50-100k", ">100k"};
  int fewest = figures.plans;
  int most = 0;
  std::vector<std::string> parts;
  for (const auto& size : classes) {
    const int count = count_of(figures.size_classes, size);
    fewest = std::min(fewest, count);
    most = std::max(most, count);
    parts.push_back(fmt::format("{} {}", size, count));
  }
  figure.value = figures.plans;
  figure.numerator = most - fewest;
  figure.denominator = figures.plans;
  figure.text = fmt::format("{} plans: {}", figures.plans, joined(parts, ", "));
  const int unknown = count_of(figures.size_classes, "");
  figure.verdict = unknown == figures.plans ? Verdict::cannot_tell
                                            : verdict_of(figures.plans == 19 && most - fewest <= 1);
  return figure;
}

ClaimFigure counts_claim(int left, int right, std::string_view left_name,
                         std::string_view right_name, bool plans_known) {
  ClaimFigure figure;
  figure.numerator = left;
  figure.denominator = right;
  figure.value = left - right;
  figure.text = fmt::format("{} {} vs {} {}", left_name, left, right_name, right);
  figure.verdict = plans_known ? verdict_of(left > right) : Verdict::cannot_tell;
  return figure;
}

ClaimFigure smallest_group_claim(const CorpusFigures& figures) {
  const int multi = count_of(figures.types, "multi-project");
  const int control = count_of(figures.types, "control");
  const int service = count_of(figures.types, "service");
  ClaimFigure figure;
  figure.numerator = multi;
  figure.denominator = figures.plans;
  figure.value = share(multi, figures.plans);
  figure.text = fmt::format("multi-project {}, control {}, service {}", multi, control, service);
  figure.verdict =
      figures.plans == 0 ? Verdict::cannot_tell : verdict_of(multi < control && multi < service);
  return figure;
}

ClaimFigure figure6_leader_claim(const CorpusFigures& figures) {
  ClaimFigure figure;
  const int service_theme = count_of(figures.leading_themes, "dienstverlening");
  int most = 0;
  for (const auto& [theme, count] : figures.leading_themes) most = std::max(most, count);
  figure.numerator = service_theme;
  figure.denominator = figures.plans;
  figure.value = share(service_theme, figures.plans);
  figure.text =
      fmt::format("dienstverlening {} (study: 60%)", share_text(service_theme, figures.plans));
  figure.verdict =
      figures.plans == 0 ? Verdict::cannot_tell : verdict_of(service_theme == most && most > 0);
  return figure;
}

ClaimFigure figure6_gap_claim(const CorpusFigures& figures) {
  ClaimFigure figure;
  double largest_gap = 0;
  std::string widest;
  for (const auto& theme : report_theme_codes()) {
    const double corpus = 100.0 * share(count_of(figures.leading_themes, theme), figures.plans);
    const double gap = std::abs(corpus - figure6_percentages().at(theme));
    if (gap > largest_gap || widest.empty()) {
      largest_gap = gap;
      widest = theme;
    }
  }
  figure.value = largest_gap;
  figure.numerator = count_of(figures.leading_themes, widest);
  figure.denominator = figures.plans;
  figure.text = fmt::format("largest gap {:.1f} points ({})", largest_gap, widest);
  figure.verdict = figures.plans == 0 ? Verdict::cannot_tell : verdict_of(largest_gap <= 10.0);
  return figure;
}

ClaimFigure mention_claim(const CorpusFigures& figures, const std::string& term, double threshold) {
  if (figures.plans_with_text == 0) {
    ClaimFigure figure;
    figure.text = "plan text not available";
    return figure;
  }
  return share_claim(count_of(figures.mentions, term), figures.plans_with_text, threshold, false);
}

ClaimFigure late_blocks_claim(const CorpusFigures& figures) {
  ClaimFigure figure = share_claim(count_of(figures.risks, "rijk"), figures.plans, 0.25, false);
  figure.text = fmt::format("risk rijk named by {}", figure.text);
  if (figures.plans_with_text > 0) {
    std::vector<std::string> parts;
    for (const auto& term : desk_study_terms()) {
      if (term.id == "bag" || term.id == "wabo" || term.id == "e-nik" || term.id == "osb") {
        parts.push_back(fmt::format(
            "{} {}", term.label,
            percent_text(share(count_of(figures.mentions, term.id), figures.plans_with_text))));
      }
    }
    figure.text += fmt::format("; mentioned: {}", joined(parts, ", "));
  }
  return figure;
}

struct ClaimDefinition {
  std::string id;
  std::string claim;
  std::string source;
  std::string rule;
  ClaimFigure (*evaluate)(const CorpusFigures&);
};

const std::vector<ClaimDefinition>& claim_definitions() {
  static const std::vector<ClaimDefinition> definitions{
      {"sample", "150 plans read in detail: 103 EGEM-i realisatieplannen and 47 NUP-plannen",
       "What was studied", "holds when the corpus has exactly 150 plans, 103 egem-i and 47 nup",
       sample_claim},
      {"service-share", "Service plans (dienstverleningsplannen) are over sixty percent",
       "Ambitie, plan types", "holds when the share of service plans is above 60%",
       [](const CorpusFigures& f) {
         return share_claim(count_of(f.types, "service"), f.plans, 0.60, true);
       }},
      {"control-vs-multi", "Control plans are a somewhat larger number than multi-project plans",
       "Ambitie, plan types", "holds when there are more control than multi-project plans",
       [](const CorpusFigures& f) {
         return counts_claim(count_of(f.types, "control"), count_of(f.types, "multi-project"),
                             "control", "multi-project", f.plans > 0);
       }},
      {"multi-smallest", "Multi-project plans are a limited number: the smallest group",
       "Ambitie, plan types", "holds when multi-project is the least frequent type",
       smallest_group_claim},
      {"multi-risk", "Multi-project plans name capacity or focus on the projects as top risk",
       "Ambitie, plan types",
       "holds when the risk named by most multi-project plans is capaciteit or focus",
       [](const CorpusFigures& f) {
         return top_risk_claim(f, "multi-project", {"capaciteit", "focus"});
       }},
      {"control-risk", "Control plans name support and involvement (draagvlak) most",
       "Ambitie, plan types", "holds when the risk named by most control plans is draagvlak",
       [](const CorpusFigures& f) { return top_risk_claim(f, "control", {"draagvlak"}); }},
      {"service-risk", "Service plans name realism of the ambition or the human factor most",
       "Ambitie, plan types",
       "holds when the risk named by most service plans is realisme or menselijke-factor",
       [](const CorpusFigures& f) {
         return top_risk_claim(f, "service", {"realisme", "menselijke-factor"});
       }},
      {"figure6-leader", "Dienstverlening/KCC is the leading theme of most municipalities",
       "Figuur 6 (survey)", "holds when dienstverlening is the most frequent leading theme",
       figure6_leader_claim},
      {"figure6-shares", "Leading themes are shared as in Figuur 6", "Figuur 6 (survey)",
       "holds when every theme's share of plans is within 10 points of Figuur 6 (a survey of "
       "municipalities, not of plans)",
       figure6_gap_claim},
      {"all-themes", "All five themes come up, to a greater or lesser degree, in all plans",
       "Figuur 6 text",
       "holds when at least 90% of plans score above zero on each of the five themes",
       [](const CorpusFigures& f) {
         return share_claim(f.all_themes_present, f.plans, 0.90, false);
       }},
      {"gemma", "Nearly all municipalities embrace the reference architecture GEMMA", "Conclusions",
       "holds when at least 80% of plans mention GEMMA",
       [](const CorpusFigures& f) { return mention_claim(f, "gemma", 0.80); }},
      {"quick-wins", "Many plans name quick wins", "Conclusions",
       "holds when at least 25% of plans mention quick wins",
       [](const CorpusFigures& f) { return mention_claim(f, "quick-wins", 0.25); }},
      {"projectenboek",
       "Many plans are written as a projectenboek (strong on planning, weak on vision)",
       "Projectenboek",
       "holds when at least 25% of plans call themselves a projectenboek; the weak vision is not "
       "counted",
       [](const CorpusFigures& f) { return mention_claim(f, "projectenboek", 0.25); }},
      {"late-building-blocks",
       "NUP building blocks come late from the national side (BAG, Wabo, e-NIK, OSB)",
       "Conclusions", "holds when at least 25% of plans name delays of national facilities (rijk)",
       late_blocks_claim},
  };
  return definitions;
}

}  // namespace

std::vector<ClaimCheck> check_claims(const CorpusFigures& main, const CorpusFigures* validation) {
  std::vector<ClaimCheck> claims;
  for (const auto& definition : claim_definitions()) {
    ClaimCheck check{definition.id,   definition.claim,          definition.source,
                     definition.rule, definition.evaluate(main), std::nullopt,
                     std::nullopt};
    if (validation != nullptr) {
      // The validation plans are a different sample: the study's own claim about them is their
      // spread over size classes, not the size of the main sample.
      check.validation = definition.id == "sample" ? validation_spread_claim(*validation)
                                                   : definition.evaluate(*validation);
      if (definition.id == "sample") {
        check.confirms = check.validation->verdict == Verdict::holds;
      } else if (check.main.verdict != Verdict::cannot_tell &&
                 check.validation->verdict != Verdict::cannot_tell) {
        check.confirms = check.main.verdict == check.validation->verdict;
      }
    }
    claims.push_back(std::move(check));
  }
  return claims;
}

const PlanLabel* find_label(const std::vector<PlanLabel>& labels, const std::string& plan_path) {
  // Prefer the label whose relative path ends the plan's path ("validation/plan-001.pdf"), so a
  // main and a validation plan of the same file name do not meet; else the file name alone.
  const std::filesystem::path path(plan_path);
  const PlanLabel* by_name = nullptr;
  int same_name = 0;
  for (const auto& label : labels) {
    const std::filesystem::path file(label.file);
    if (file.filename() != path.filename()) continue;
    ++same_name;
    by_name = &label;
    auto plan_part = path.end();
    auto label_part = file.end();
    bool suffix = true;
    while (label_part != file.begin()) {
      --label_part;
      if (plan_part == path.begin() || *--plan_part != *label_part) {
        suffix = false;
        break;
      }
    }
    if (suffix) return &label;
  }
  return same_name == 1 ? by_name : nullptr;
}

LabelAgreement compare_with_labels(const std::vector<ReportPlan>& plans,
                                   const std::vector<PlanLabel>& labels) {
  LabelAgreement agreement;
  for (const auto& plan : plans) {
    const PlanLabel* found = find_label(labels, plan.path);
    if (found == nullptr) continue;
    const PlanLabel& label = *found;
    ++agreement.matched;
    if (label.type == plan.coding.type) ++agreement.type_agree;
    if (label.leading_theme == plan.coding.leading_theme) ++agreement.theme_agree;
    ++agreement.type_confusion[label.type][plan.coding.type];
    const std::set<std::string> expected(label.risks.begin(), label.risks.end());
    const std::set<std::string> found_risks(plan.coding.risks.begin(), plan.coding.risks.end());
    for (const auto& risk : found_risks) {
      if (expected.contains(risk)) {
        ++agreement.risk_true_positive;
      } else {
        ++agreement.risk_false_positive;
      }
    }
    for (const auto& risk : expected) {
      if (!found_risks.contains(risk)) ++agreement.risk_false_negative;
    }
  }
  const int denominator = 2 * agreement.risk_true_positive + agreement.risk_false_positive +
                          agreement.risk_false_negative;
  agreement.risk_micro_f1 =
      denominator == 0 ? 0.0 : 2.0 * agreement.risk_true_positive / denominator;
  return agreement;
}

Report compute_report(const ReportInput& input) {
  Report report;
  report.input = &input;
  report.figures = count_figures(input.plans);
  if (input.validation) report.validation_figures = count_figures(*input.validation);
  report.claims = check_claims(report.figures,
                               report.validation_figures ? &*report.validation_figures : nullptr);
  if (input.labels) {
    report.agreement = compare_with_labels(input.plans, *input.labels);
    if (input.validation) {
      report.validation_agreement = compare_with_labels(*input.validation, *input.labels);
    }
  }
  return report;
}

}  // namespace planmine
