// The report's HTML: index.html (overview, desk-study check, types × themes/risks, plans,
// how it was made) and one page per plan. Reads a computed Report; decides nothing itself.

#include "report_html.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "planmine/pipeline/report.hpp"
#include "report_markup.hpp"

namespace planmine {

namespace {

using report_markup::escape;
using report_markup::Series;

constexpr std::string_view kStyle = R"css(
:root { --ink:#1f2933; --muted:#52606d; --line:#dde3ea; --band:#f5f7fa; --blue:#2b6cb0;
        --holds:#276749; --holds-bg:#e3f4ea; --fails:#9b2c2c; --fails-bg:#fbe9e9;
        --unknown:#6b5d00; --unknown-bg:#fdf6d8; }
* { box-sizing: border-box; }
body { font-family: system-ui, "DejaVu Sans", sans-serif; color: var(--ink); margin: 0;
       line-height: 1.45; font-size: 15px; background: #fff; }
header.top { background: #1c3d5a; color: #fff; padding: 28px 40px 22px; }
header.top h1 { margin: 0 0 6px; font-size: 26px; font-weight: 650; }
header.top p { margin: 0; color: #d9e2ec; }
nav { padding: 10px 40px; background: var(--band); border-bottom: 1px solid var(--line);
      font-size: 14px; }
nav a { margin-right: 18px; color: var(--blue); text-decoration: none; }
main { padding: 8px 40px 24px; max-width: 1200px; }
h2 { font-size: 20px; margin: 30px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 20px 0 8px; }
p.note { color: var(--muted); font-size: 13px; margin: 4px 0 10px; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13.5px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 10px; text-align: left;
         vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.plans td { white-space: nowrap; }
table.plans td.risks { white-space: normal; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 6px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; min-width: 130px; }
.card b { display: block; font-size: 24px; }
.card span { color: var(--muted); font-size: 13px; }
.row { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
.verdict { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12.5px;
           font-weight: 600; white-space: nowrap; }
.verdict.holds { color: var(--holds); background: var(--holds-bg); }
.verdict.does-not-hold { color: var(--fails); background: var(--fails-bg); }
.verdict.cannot-tell { color: var(--unknown); background: var(--unknown-bg); }
table.claims { width: 100%; }
table.claims td.rule { color: var(--muted); font-size: 12px; width: 22%; }
table.claims td.claim { width: 26%; }
svg.chart { max-width: 100%; height: auto; margin: 6px 0 14px; }
figure { margin: 0; }
figcaption { font-size: 13px; color: var(--muted); }
blockquote { margin: 0; }
td.passage { max-width: 620px; }
.failures td { color: var(--fails); }
footer { border-top: 1px solid var(--line); margin-top: 30px; padding: 14px 40px 30px;
         color: var(--muted); font-size: 13px; }
footer code { word-break: break-all; }
a { color: var(--blue); }
@media print {
  header.top { background: none; color: var(--ink); padding: 0 0 8px; }
  header.top p { color: var(--muted); }
  nav { display: none; }
  main, footer { padding-left: 0; padding-right: 0; }
  h2 { break-after: avoid; }
  table, figure, svg.chart { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

std::string verdict_badge(Verdict verdict) {
  std::string css = to_string(verdict);
  std::replace(css.begin(), css.end(), ' ', '-');
  return fmt::format("<span class=\"verdict {}\">{}</span>", css, to_string(verdict));
}

int count_of(const std::map<std::string, int>& counts, const std::string& key) {
  auto found = counts.find(key);
  return found == counts.end() ? 0 : found->second;
}

double percent(int numerator, int denominator) {
  return denominator == 0 ? 0.0 : 100.0 * numerator / denominator;
}

std::string or_unknown(const std::string& text) {
  return text.empty() ? "unknown" : text;
}

std::string page_open(std::string_view title) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
      escape(title), kStyle);
}

std::string counts_table(std::string_view heading, const std::map<std::string, int>& counts,
                         int total, const std::vector<std::string>& order) {
  std::string html = fmt::format(
      "<table><thead><tr><th>{}</th><th class=\"num\">plans</th><th class=\"num\">share</th>"
      "</tr></thead><tbody>\n",
      escape(heading));
  std::vector<std::string> keys = order;
  for (const auto& [key, count] : counts) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end() && count > 0) keys.push_back(key);
  }
  for (const auto& key : keys) {
    const int count = count_of(counts, key);
    html +=
        fmt::format("<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{:.1f}%</td></tr>\n",
                    escape(or_unknown(key)), count, percent(count, total));
  }
  return html + "</tbody></table>\n";
}

std::string failures_table(const std::vector<ReportFailure>& failures) {
  if (failures.empty()) return "<p>No input failed.</p>\n";
  std::string html =
      "<table class=\"failures\" id=\"failures\"><thead><tr><th>file</th><th>reason</th></tr>"
      "</thead><tbody>\n";
  for (const auto& failure : failures) {
    html += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", escape(failure.path),
                        escape(failure.reason));
  }
  return html + "</tbody></table>\n";
}

std::string overview_section(const Report& report) {
  const ReportInput& input = *report.input;
  const CorpusFigures& figures = report.figures;
  std::string html = "<section id=\"overview\"><h2>1. Corpus overview</h2>\n<div class=\"cards\">";
  const auto card = [](auto value, std::string_view label) {
    return fmt::format("<div class=\"card\"><b>{}</b><span>{}</span></div>", value, label);
  };
  html += card(figures.plans, "plans classified");
  html += card(figures.pages, "pages");
  // A database keeps no word counts: say so rather than print 0.
  if (figures.words > 0 || figures.plans == 0) {
    html += card(figures.words, "words");
  } else {
    html += card("—", "words (not counted)");
  }
  html += card(figures.ocr_plans, "plans read by OCR");
  html += card(input.failures.size(), "inputs failed");
  if (report.validation_figures) html += card(report.validation_figures->plans, "validation plans");
  html += "</div>\n<div class=\"row\">";
  html += counts_table("kind", figures.kinds, figures.plans, {"egem-i", "nup"});
  html += counts_table("size class", figures.size_classes, figures.plans,
                       {"<10k", "10-25k", "25-50k", "50-100k", ">100k"});
  std::map<std::string, int> years;
  for (const auto& [year, count] : figures.years) {
    years[year == 0 ? std::string() : std::to_string(year)] = count;
  }
  html += counts_table("year", years, figures.plans, {});
  html += counts_table("plan type", figures.types, figures.plans, report_type_codes());
  html += "</div>\n";

  std::vector<double> percents;
  std::vector<std::string> labels;
  for (const auto& type : report_type_codes()) {
    const int count = count_of(figures.types, type);
    percents.push_back(percent(count, figures.plans));
    labels.push_back(share_text(count, figures.plans));
  }
  html += "<figure>" +
          report_markup::horizontal_bar_chart("Plan types: share of plans", report_type_codes(),
                                              percents, labels, 60, "study: over 60% service") +
          "<figcaption>Share of plans per type; the dashed line is the study's \"over sixty "
          "percent\" service plans.</figcaption></figure>\n";
  html += "<h3>Inputs that failed</h3>\n" + failures_table(input.failures);
  if (report.validation_figures && !input.validation_failures.empty()) {
    html += "<h3>Validation inputs that failed</h3>\n" + failures_table(input.validation_failures);
  }
  return html + "</section>\n";
}

std::string claims_section(const Report& report) {
  const bool with_validation = report.validation_figures.has_value();
  std::string html =
      "<section id=\"desk-study\"><h2>2. Desk-study check</h2>\n"
      "<p class=\"note\">Each conclusion of <i>NUP in uitvoering?</i> (Telengy, 2010) next to "
      "the figure on these plans. The verdict follows the rule in the last column; shares are of "
      "the plans classified.</p>\n"
      "<table class=\"claims\" id=\"desk-study-check\"><thead><tr><th>the study says</th>"
      "<th>corpus figure</th><th>verdict</th>";
  if (with_validation) html += "<th>validation plans</th><th>verdict</th><th>confirms</th>";
  html += "<th>rule</th></tr></thead><tbody>\n";
  for (const auto& claim : report.claims) {
    html += fmt::format(
        "<tr id=\"claim-{}\"><td class=\"claim\">{}<br><small>{}</small></td><td>{}</td>"
        "<td>{}</td>",
        escape(claim.id), escape(claim.claim), escape(claim.source), escape(claim.main.text),
        verdict_badge(claim.main.verdict));
    if (with_validation) {
      if (claim.validation) {
        html += fmt::format("<td>{}</td><td>{}</td><td>{}</td>", escape(claim.validation->text),
                            verdict_badge(claim.validation->verdict),
                            !claim.confirms ? "cannot tell" : (*claim.confirms ? "yes" : "no"));
      } else {
        html += "<td></td><td></td><td></td>";
      }
    }
    html += fmt::format("<td class=\"rule\">{}</td></tr>\n", escape(claim.rule));
  }
  html += "</tbody></table>\n";

  // Leading themes vs Figuur 6.
  const CorpusFigures& figures = report.figures;
  html +=
      "<h3 id=\"figure6\">Leading themes vs Figuur 6</h3>\n"
      "<p class=\"note\">Figuur 6 is the study's survey of municipalities (% naming each theme as "
      "leading); the corpus column is the share of plans whose leading theme it is.</p>\n"
      "<div class=\"row\"><table id=\"figure6-table\"><thead><tr><th>theme</th>"
      "<th class=\"num\">study (Figuur 6)</th><th class=\"num\">corpus</th>"
      "<th class=\"num\">plans</th></tr></thead><tbody>\n";
  Series study{"study (Figuur 6)", "#9aa5b1", {}};
  Series corpus{"corpus", "#2b6cb0", {}};
  Series validation{"validation plans", "#dd6b20", {}};
  for (const auto& theme : report_theme_codes()) {
    const int count = count_of(figures.leading_themes, theme);
    const double corpus_percent = percent(count, figures.plans);
    html += fmt::format(
        "<tr><td>{}</td><td class=\"num\">{:.0f}%</td><td class=\"num\">{:.1f}%</td>"
        "<td class=\"num\">{}</td></tr>\n",
        theme, figure6_percentages().at(theme), corpus_percent, count);
    study.values.push_back(figure6_percentages().at(theme));
    corpus.values.push_back(corpus_percent);
    if (report.validation_figures) {
      validation.values.push_back(
          percent(count_of(report.validation_figures->leading_themes, theme),
                  report.validation_figures->plans));
    }
  }
  html += "</tbody></table>\n";
  std::vector<Series> series{study, corpus};
  if (report.validation_figures) series.push_back(validation);
  html += "<figure>" +
          report_markup::grouped_bar_chart("Leading themes: study (Figuur 6) vs corpus",
                                           report_theme_codes(), series) +
          "</figure></div>\n";

  if (report.agreement) {
    const LabelAgreement& agreement = *report.agreement;
    html += fmt::format(
        "<h3 id=\"agreement\">Agreement with the manifest</h3>\n"
        "<p>Of {} plans found in the manifest: type agrees for {}, leading theme for {}; "
        "risks micro-F1 {:.3f} ({} found and labelled, {} found only, {} labelled only).</p>\n",
        agreement.matched, share_text(agreement.type_agree, agreement.matched),
        share_text(agreement.theme_agree, agreement.matched), agreement.risk_micro_f1,
        agreement.risk_true_positive, agreement.risk_false_positive, agreement.risk_false_negative);
    html += "<table id=\"confusion\"><thead><tr><th>manifest \\ classified</th>";
    for (const auto& type : report_type_codes())
      html += fmt::format("<th class=\"num\">{}</th>", type);
    html += "</tr></thead><tbody>\n";
    for (const auto& label : report_type_codes()) {
      html += fmt::format("<tr><td>{}</td>", label);
      for (const auto& type : report_type_codes()) {
        int count = 0;
        if (auto row = agreement.type_confusion.find(label);
            row != agreement.type_confusion.end()) {
          count = count_of(row->second, type);
        }
        html += fmt::format("<td class=\"num\">{}</td>", count);
      }
      html += "</tr>\n";
    }
    html += "</tbody></table>\n";
    if (report.validation_agreement) {
      const LabelAgreement& v = *report.validation_agreement;
      html += fmt::format(
          "<p>Validation plans: type agrees for {}, leading theme for {}, risks micro-F1 "
          "{:.3f}.</p>\n",
          share_text(v.type_agree, v.matched), share_text(v.theme_agree, v.matched),
          v.risk_micro_f1);
    }
  }
  return html + "</section>\n";
}

std::string cross_table(std::string_view id, std::string_view corner,
                        const std::map<std::string, std::map<std::string, int>>& counts,
                        const std::map<std::string, int>& type_totals,
                        const std::vector<std::string>& columns,
                        std::vector<std::vector<double>>& shares) {
  std::string html = fmt::format(
      "<table id=\"{}\"><thead><tr><th>{}</th><th class=\"num\">plans</th>", id, corner);
  for (const auto& column : columns) html += fmt::format("<th class=\"num\">{}</th>", column);
  html += "</tr></thead><tbody>\n";
  shares.clear();
  for (const auto& type : report_type_codes()) {
    const int total = count_of(type_totals, type);
    html += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td>", type, total);
    std::vector<double> row;
    for (const auto& column : columns) {
      int count = 0;
      if (auto found = counts.find(type); found != counts.end())
        count = count_of(found->second, column);
      row.push_back(total == 0 ? 0.0 : static_cast<double>(count) / total);
      html += fmt::format("<td class=\"num\">{} <small>({:.0f}%)</small></td>", count,
                          percent(count, total));
    }
    shares.push_back(std::move(row));
    html += "</tr>\n";
  }
  return html + "</tbody></table>\n";
}

std::string types_section(const Report& report) {
  const CorpusFigures& figures = report.figures;
  std::vector<std::vector<double>> shares;
  std::string html =
      "<section id=\"types\"><h2>3. Types × themes and types × risks</h2>\n"
      "<h3>Leading theme by plan type</h3>\n<p class=\"note\">Plans of each type with that "
      "leading theme (share of the type's plans).</p>\n";
  html += cross_table("type-themes", "type \\ leading theme", figures.type_themes, figures.types,
                      report_theme_codes(), shares);
  html += "<figure>" +
          report_markup::heatmap("Leading theme by plan type (share of the type's plans)",
                                 report_type_codes(), report_theme_codes(), shares) +
          "</figure>\n";
  html +=
      "<h3>Risks by plan type</h3>\n<p class=\"note\">Share of plans of that type that name that "
      "risk.</p>\n";
  html += cross_table("type-risks", "type \\ risk", figures.type_risks, figures.types,
                      report_risk_codes(), shares);
  html += "<figure>" +
          report_markup::heatmap("Risks named by plan type (share of the type's plans)",
                                 report_type_codes(), report_risk_codes(), shares) +
          "</figure>\n";
  return html + "</section>\n";
}

std::string risks_text(const std::vector<std::string>& risks) {
  std::string text;
  for (std::size_t i = 0; i < risks.size(); ++i) text += (i ? ", " : "") + risks[i];
  return text;
}

std::string plans_table(std::string_view id, const std::vector<ReportPlan>& plans,
                        std::size_t first_index) {
  std::string html = fmt::format(
      "<table class=\"plans\" "
      "id=\"{}\"><thead><tr><th>municipality</th><th>kind</th><th>size</th><th>year</th>"
      "<th>type</th><th class=\"num\">confidence</th><th>leading theme</th><th>risks</th>"
      "</tr></thead><tbody>\n",
      id);
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const ReportPlan& plan = plans[i];
    const std::string name = plan.municipality.empty()
                                 ? std::filesystem::path(plan.path).filename().string()
                                 : plan.municipality;
    html += fmt::format(
        "<tr><td><a href=\"plans/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td class=\"num\">{:.2f}</td><td>{}</td><td class=\"risks\">{}</td></tr>\n",
        escape(plan_page_name(plan, first_index + i)), escape(name), escape(or_unknown(plan.kind)),
        escape(or_unknown(plan.size_class)), plan.year == 0 ? "" : std::to_string(plan.year),
        escape(plan.coding.type), plan.coding.confidence, escape(plan.coding.leading_theme),
        escape(risks_text(plan.coding.risks)));
  }
  return html + "</tbody></table>\n";
}

std::string footer(const ReportInput& input) {
  return fmt::format(
      "<footer id=\"how-it-was-made\"><b>How it was made.</b> planmine {} · codebook {} · "
      "{}<br>Command: <code>{}</code><br>Types, themes and risks are found by the codebook's "
      "indicators; every plan page lists the passages (with page numbers) that decided its "
      "coding. Source study: <i>NUP in uitvoering? Gemeenten aan de slag</i>, Telengy, June "
      "2010.</footer>\n",
      escape(input.version), escape(input.codebook_hash), escape(input.date),
      escape(input.command_line));
}

std::string score_rows(const std::map<std::string, double>& scores,
                       const std::vector<std::string>& order, const std::string& chosen) {
  double top = 0;
  for (const auto& [code, score] : scores) top = std::max(top, score);
  std::string html;
  std::vector<std::string> keys = order;
  for (const auto& [code, score] : scores) {
    if (std::find(keys.begin(), keys.end(), code) == keys.end()) keys.push_back(code);
  }
  for (const auto& code : keys) {
    auto found = scores.find(code);
    const double score = found == scores.end() ? 0.0 : found->second;
    const double width = top <= 0 ? 0.0 : 160.0 * score / top;
    html += fmt::format(
        "<tr><td>{}{}</td><td class=\"num\">{:.2f}</td><td><svg width=\"164\" height=\"12\" "
        "aria-hidden=\"true\"><rect width=\"{:.1f}\" height=\"12\" fill=\"#2b6cb0\"/></svg>"
        "</td></tr>\n",
        escape(code), code == chosen ? " <b>◀</b>" : "", score, width);
  }
  return html;
}

}  // namespace

std::string render_report_index(const Report& report) {
  const ReportInput& input = *report.input;
  std::string html = page_open("planmine: desk-study report");
  html += fmt::format(
      "<header class=\"top\"><h1>NUP in uitvoering? — the desk study checked against {} "
      "plans</h1><p>planmine report · {} · {} plans, {} failed</p></header>\n",
      report.figures.plans, escape(input.date), report.figures.plans, input.failures.size());
  html +=
      "<nav><a href=\"#overview\">Overview</a><a href=\"#desk-study\">Desk-study check</a>"
      "<a href=\"#figure6\">Figuur 6</a><a href=\"#types\">Types × themes/risks</a>"
      "<a href=\"#plans\">Plans</a><a href=\"#how-it-was-made\">How it was made</a></nav>\n"
      "<main>\n";
  html += overview_section(report);
  html += claims_section(report);
  html += types_section(report);
  html += "<section id=\"plans\"><h2>4. Plans</h2>\n";
  html += plans_table("plan-list", input.plans, 0);
  if (input.validation) {
    html += "<h3>Validation plans</h3>\n";
    html += plans_table("validation-list", *input.validation, input.plans.size());
  }
  html += "</section>\n</main>\n";
  html += footer(input);
  return html + "</body>\n</html>\n";
}

std::string render_plan_page(const Report& report, const ReportPlan& plan) {
  const std::string name = plan.municipality.empty()
                               ? std::filesystem::path(plan.path).filename().string()
                               : plan.municipality;
  std::string html = page_open("planmine: " + name);
  html += fmt::format(
      "<header class=\"top\"><h1>{}</h1><p>{} plan · leading theme {} · confidence {:.2f}"
      "</p></header>\n<nav><a href=\"../index.html#plans\">← all plans</a></nav>\n<main>\n",
      escape(name), escape(plan.coding.type), escape(plan.coding.leading_theme),
      plan.coding.confidence);
  html += fmt::format(
      "<table class=\"facts\"><tbody><tr><th>file</th><td>{}</td></tr><tr><th>municipality</th>"
      "<td>{}</td></tr><tr><th>kind</th><td>{}</td></tr><tr><th>size class</th><td>{}</td></tr>"
      "<tr><th>year</th><td>{}</td></tr><tr><th>pages</th><td>{}</td></tr><tr><th>words</th>"
      "<td>{}</td></tr><tr><th>OCR</th><td>{}</td></tr><tr><th>risks</th><td>{}</td></tr>"
      "</tbody></table>\n",
      escape(plan.path), escape(or_unknown(plan.municipality)), escape(or_unknown(plan.kind)),
      escape(or_unknown(plan.size_class)), plan.year == 0 ? "unknown" : std::to_string(plan.year),
      plan.pages, plan.words, plan.ocr ? "yes" : "no", escape(risks_text(plan.coding.risks)));
  html += "<div class=\"row\"><div><h3>Type scores</h3><table id=\"type-scores\"><tbody>\n" +
          score_rows(plan.coding.type_scores, report_type_codes(), plan.coding.type) +
          "</tbody></table></div>\n<div><h3>Theme scores</h3><table id=\"theme-scores\"><tbody>\n" +
          score_rows(plan.coding.theme_scores, report_theme_codes(), plan.coding.leading_theme) +
          "</tbody></table></div></div>\n";
  html +=
      "<h3>Evidence</h3>\n<table id=\"evidence\"><thead><tr><th>code</th><th>indicator</th>"
      "<th class=\"num\">weight</th><th class=\"num\">page</th><th>section</th><th>passage</th>"
      "</tr></thead><tbody>\n";
  for (const auto& item : plan.coding.evidence) {
    html += fmt::format(
        "<tr><td>{}</td><td>{}</td><td class=\"num\">{:.2f}</td><td class=\"num\">{}</td>"
        "<td>{}</td><td class=\"passage\"><blockquote>{}</blockquote></td></tr>\n",
        escape(item.code), escape(item.indicator), item.weight, item.page, escape(item.section),
        escape(item.passage));
  }
  if (plan.coding.evidence.empty())
    html += "<tr><td colspan=\"6\">No evidence recorded.</td></tr>\n";
  html += "</tbody></table>\n</main>\n";
  html += footer(*report.input);
  return html + "</body>\n</html>\n";
}

std::string plan_page_name(const ReportPlan& plan, std::size_t index) {
  std::string stem = std::filesystem::path(plan.path).stem().string();
  std::string safe;
  for (char c : stem) {
    const auto byte = static_cast<unsigned char>(c);
    safe += std::isalnum(byte) != 0 || c == '-' || c == '_' ? c : '-';
  }
  if (safe.size() > 60) safe.resize(60);
  return fmt::format("{:03}-{}.html", index + 1, safe.empty() ? "plan" : safe);
}

}  // namespace planmine
