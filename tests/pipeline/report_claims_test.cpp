// The report's claim logic on hand-made plans: counts, verdicts, validation, label agreement.

#include <gtest/gtest.h>

#include <algorithm>

#include "planmine/pipeline/report.hpp"

namespace planmine {
namespace {

ReportPlan make_plan(std::string type, std::vector<std::string> risks,
                     std::string theme = "dienstverlening", std::string kind = "egem-i") {
  ReportPlan plan;
  plan.path = "plans/" + type + ".pdf";
  plan.kind = std::move(kind);
  plan.coding.type = std::move(type);
  plan.coding.leading_theme = std::move(theme);
  plan.coding.risks = std::move(risks);
  return plan;
}

std::vector<ReportPlan> repeat(const ReportPlan& plan, int times) {
  return std::vector<ReportPlan>(times, plan);
}

std::vector<ReportPlan> join(std::initializer_list<std::vector<ReportPlan>> parts) {
  std::vector<ReportPlan> all;
  for (const auto& part : parts) all.insert(all.end(), part.begin(), part.end());
  return all;
}

const ClaimCheck& claim(const std::vector<ClaimCheck>& claims, std::string_view id) {
  auto found = std::find_if(claims.begin(), claims.end(),
                            [&](const ClaimCheck& check) { return check.id == id; });
  EXPECT_NE(found, claims.end()) << id;
  return *found;
}

TEST(ReportClaims, ServiceShareHoldsOnlyAboveSixtyPercent) {
  const auto above =
      join({repeat(make_plan("service", {}), 7), repeat(make_plan("control", {}), 3)});
  const auto claims = check_claims(count_figures(above), nullptr);
  EXPECT_EQ(claim(claims, "service-share").main.text, "70.0% (7/10)");
  EXPECT_EQ(claim(claims, "service-share").main.verdict, Verdict::holds);

  const auto exactly =
      join({repeat(make_plan("service", {}), 6), repeat(make_plan("control", {}), 4)});
  const auto at_sixty = check_claims(count_figures(exactly), nullptr);
  EXPECT_EQ(claim(at_sixty, "service-share").main.text, "60.0% (6/10)");
  EXPECT_EQ(claim(at_sixty, "service-share").main.verdict, Verdict::does_not_hold);
}

TEST(ReportClaims, NoPlansCannotTell) {
  const auto claims = check_claims(count_figures({}), nullptr);
  for (const auto& check : claims) {
    EXPECT_EQ(check.main.verdict, Verdict::cannot_tell) << check.id << ": " << check.main.text;
  }
}

TEST(ReportClaims, ControlAgainstMultiProjectAndSmallestGroup) {
  const auto plans =
      join({repeat(make_plan("control", {}), 37), repeat(make_plan("multi-project", {}), 20),
            repeat(make_plan("service", {}), 93)});
  const auto claims = check_claims(count_figures(plans), nullptr);
  EXPECT_EQ(claim(claims, "control-vs-multi").main.text, "control 37 vs multi-project 20");
  EXPECT_EQ(claim(claims, "control-vs-multi").main.verdict, Verdict::holds);
  EXPECT_EQ(claim(claims, "multi-smallest").main.verdict, Verdict::holds);
  EXPECT_EQ(claim(claims, "service-share").main.text, "62.0% (93/150)");

  const auto reversed =
      join({repeat(make_plan("control", {}), 5), repeat(make_plan("multi-project", {}), 8),
            repeat(make_plan("service", {}), 20)});
  const auto reversed_claims = check_claims(count_figures(reversed), nullptr);
  EXPECT_EQ(claim(reversed_claims, "control-vs-multi").main.verdict, Verdict::does_not_hold);
  EXPECT_EQ(claim(reversed_claims, "multi-smallest").main.verdict, Verdict::does_not_hold);
}

TEST(ReportClaims, TopRiskPerType) {
  // Multi-project: capaciteit in 5 of 7, budget in 3 -> capaciteit leads: holds.
  // Control: budget in 4 of 4, draagvlak in 2 -> does not hold.
  const auto plans = join({repeat(make_plan("multi-project", {"capaciteit", "budget"}), 3),
                           repeat(make_plan("multi-project", {"capaciteit"}), 2),
                           repeat(make_plan("multi-project", {"rijk"}), 2),
                           repeat(make_plan("control", {"budget", "draagvlak"}), 2),
                           repeat(make_plan("control", {"budget"}), 2)});
  const auto figures = count_figures(plans);
  EXPECT_EQ(figures.type_risks.at("multi-project").at("capaciteit"), 5);
  EXPECT_EQ(figures.type_risks.at("control").at("draagvlak"), 2);
  const auto claims = check_claims(figures, nullptr);
  const auto& multi = claim(claims, "multi-risk").main;
  EXPECT_EQ(multi.verdict, Verdict::holds);
  EXPECT_EQ(multi.numerator, 5);
  EXPECT_EQ(multi.denominator, 7);
  EXPECT_NE(multi.text.find("capaciteit 71.4% (5/7)"), std::string::npos) << multi.text;
  EXPECT_EQ(claim(claims, "control-risk").main.verdict, Verdict::does_not_hold);
  EXPECT_EQ(claim(claims, "service-risk").main.verdict, Verdict::cannot_tell);
}

TEST(ReportClaims, TiedTopRiskHoldsWhenTheExpectedOneIsAmongThem) {
  const auto plans = join({repeat(make_plan("service", {"budget", "realisme"}), 3)});
  const auto claims = check_claims(count_figures(plans), nullptr);
  EXPECT_EQ(claim(claims, "service-risk").main.verdict, Verdict::holds);
}

TEST(ReportClaims, RiskNamedTwiceCountsOnce) {
  const auto figures = count_figures({make_plan("service", {"budget", "budget"})});
  EXPECT_EQ(figures.risks.at("budget"), 1);
}

TEST(ReportClaims, AllThemesNeedsEveryThemeButAnders) {
  ReportPlan all = make_plan("service", {});
  for (const auto& theme : report_theme_codes()) all.coding.theme_scores[theme] = 1;
  all.coding.theme_scores["anders"] = 0;
  ReportPlan missing = all;
  missing.coding.theme_scores["architectuur"] = 0;
  const auto plans = join({repeat(all, 9), repeat(missing, 1)});
  const auto figures = count_figures(plans);
  EXPECT_EQ(figures.all_themes_present, 9);
  EXPECT_EQ(figures.theme_present.at("architectuur"), 9);
  const auto claims = check_claims(figures, nullptr);
  EXPECT_EQ(claim(claims, "all-themes").main.text, "90.0% (9/10)");
  EXPECT_EQ(claim(claims, "all-themes").main.verdict, Verdict::holds);
  const auto fewer =
      check_claims(count_figures(join({repeat(all, 8), repeat(missing, 2)})), nullptr);
  EXPECT_EQ(claim(fewer, "all-themes").main.verdict, Verdict::does_not_hold);
}

TEST(ReportClaims, Figure6LeaderAndGap) {
  // 6 dienstverlening, 1 basisregistraties, 1 zaakgericht, 1 anders, 1 architectuur:
  // 60/10/10/0/10/10 against 60/10/13/0/4/13 -> largest gap 6 points (architectuur).
  const auto plans = join({repeat(make_plan("service", {}, "dienstverlening"), 6),
                           repeat(make_plan("service", {}, "basisregistraties"), 1),
                           repeat(make_plan("service", {}, "zaakgericht"), 1),
                           repeat(make_plan("service", {}, "anders"), 1),
                           repeat(make_plan("service", {}, "architectuur"), 1)});
  const auto claims = check_claims(count_figures(plans), nullptr);
  EXPECT_EQ(claim(claims, "figure6-leader").main.verdict, Verdict::holds);
  EXPECT_EQ(claim(claims, "figure6-shares").main.text, "largest gap 6.0 points (architectuur)");
  EXPECT_EQ(claim(claims, "figure6-shares").main.verdict, Verdict::holds);

  const auto other = repeat(make_plan("service", {}, "zaakgericht"), 4);
  const auto other_claims = check_claims(count_figures(other), nullptr);
  EXPECT_EQ(claim(other_claims, "figure6-leader").main.verdict, Verdict::does_not_hold);
  EXPECT_EQ(claim(other_claims, "figure6-shares").main.verdict, Verdict::does_not_hold);
}

TEST(ReportClaims, DeskStudyTermsMatchWholeWordsInAnyCase) {
  EXPECT_EQ(find_desk_study_terms("Wij volgen GEMMA-principes en de BAG."),
            (std::vector<std::string>{"gemma", "bag"}));
  EXPECT_TRUE(find_desk_study_terms("bagage en gemmaatje").empty());
  EXPECT_EQ(find_desk_study_terms("Enkele Quick Wins: het Omgevingsloket"),
            (std::vector<std::string>{"quick-wins", "wabo"}));
  EXPECT_EQ(find_desk_study_terms("dit projectenboek, de e-NIK"),
            (std::vector<std::string>{"projectenboek", "e-nik"}));
}

TEST(ReportClaims, MentionClaimsNeedText) {
  ReportPlan with = make_plan("service", {});
  with.mentions = std::vector<std::string>{"gemma", "quick-wins"};
  ReportPlan without_gemma = make_plan("service", {});
  without_gemma.mentions = std::vector<std::string>{};
  const auto claims =
      check_claims(count_figures(join({repeat(with, 4), repeat(without_gemma, 1)})), nullptr);
  EXPECT_EQ(claim(claims, "gemma").main.text, "80.0% (4/5)");
  EXPECT_EQ(claim(claims, "gemma").main.verdict, Verdict::holds);
  EXPECT_EQ(claim(claims, "projectenboek").main.verdict, Verdict::does_not_hold);

  const auto unknown = check_claims(count_figures({make_plan("service", {})}), nullptr);
  EXPECT_EQ(claim(unknown, "gemma").main.verdict, Verdict::cannot_tell);
}

TEST(ReportClaims, ValidationConfirmsWhenItReachesTheSameVerdict) {
  const auto main_plans =
      join({repeat(make_plan("service", {}), 7), repeat(make_plan("control", {}), 3)});
  const auto agreeing =
      join({repeat(make_plan("service", {}), 13), repeat(make_plan("control", {}), 6)});
  const auto disagreeing =
      join({repeat(make_plan("service", {}), 9), repeat(make_plan("control", {}), 10)});
  const auto main_figures = count_figures(main_plans);
  const auto agreeing_figures = count_figures(agreeing);
  const auto disagreeing_figures = count_figures(disagreeing);
  const auto confirmed = check_claims(main_figures, &agreeing_figures);
  ASSERT_TRUE(claim(confirmed, "service-share").validation.has_value());
  EXPECT_EQ(claim(confirmed, "service-share").validation->text, "68.4% (13/19)");
  EXPECT_EQ(claim(confirmed, "service-share").confirms, true);
  const auto denied = check_claims(main_figures, &disagreeing_figures);
  EXPECT_EQ(claim(denied, "service-share").confirms, false);
}

TEST(ReportClaims, ValidationSpreadOverSizeClasses) {
  std::vector<ReportPlan> plans;
  const std::vector<std::string> classes{"<10k", "10-25k", "25-50k", "50-100k", ">100k"};
  for (int i = 0; i < 19; ++i) {
    ReportPlan plan = make_plan("service", {});
    plan.size_class = classes[i % 5];
    plans.push_back(plan);
  }
  const auto main_figures = count_figures({make_plan("service", {})});
  const auto even = count_figures(plans);
  EXPECT_EQ(claim(check_claims(main_figures, &even), "sample").validation->verdict, Verdict::holds);
  for (auto& plan : plans) plan.size_class = "<10k";
  const auto lumped = count_figures(plans);
  EXPECT_EQ(claim(check_claims(main_figures, &lumped), "sample").validation->verdict,
            Verdict::does_not_hold);
}

TEST(ReportClaims, AgreementWithLabelsMatchesOnRelativePath) {
  ReportPlan main_plan = make_plan("service", {"budget", "rijk"});
  main_plan.path = "/tmp/c/plans/plan-001.pdf";
  ReportPlan validation_plan = make_plan("control", {"draagvlak"});
  validation_plan.path = "/tmp/c/validation/plan-001.pdf";
  const std::vector<PlanLabel> labels{{"plans/plan-001.pdf",
                                       "A",
                                       "egem-i",
                                       "<10k",
                                       2009,
                                       "service",
                                       "dienstverlening",
                                       {"budget", "kennis"}},
                                      {"validation/plan-001.pdf",
                                       "B",
                                       "nup",
                                       ">100k",
                                       2010,
                                       "service",
                                       "zaakgericht",
                                       {"draagvlak"}}};
  const auto agreement = compare_with_labels({main_plan, validation_plan}, labels);
  EXPECT_EQ(agreement.matched, 2);
  EXPECT_EQ(agreement.type_agree, 1);  // the validation plan is labelled service
  EXPECT_EQ(agreement.theme_agree, 1);
  EXPECT_EQ(agreement.risk_true_positive, 2);   // budget, draagvlak
  EXPECT_EQ(agreement.risk_false_positive, 1);  // rijk
  EXPECT_EQ(agreement.risk_false_negative, 1);  // kennis
  EXPECT_DOUBLE_EQ(agreement.risk_micro_f1, 4.0 / 6.0);
  EXPECT_EQ(agreement.type_confusion.at("service").at("control"), 1);
  ASSERT_NE(find_label(labels, validation_plan.path), nullptr);
  EXPECT_EQ(find_label(labels, validation_plan.path)->municipality, "B");
}

TEST(ReportClaims, PlanJsonRoundTrips) {
  ReportPlan plan = make_plan("control", {"draagvlak"}, "zaakgericht", "nup");
  plan.municipality = "Gemeente Voorbeeld";
  plan.size_class = "25-50k";
  plan.year = 2010;
  plan.pages = 12;
  plan.words = 3456;
  plan.coding.confidence = 0.75;
  plan.coding.type_scores = {{"control", 3.5}, {"service", 1}};
  plan.coding.theme_scores = {{"zaakgericht", 2}};
  plan.coding.evidence.push_back(
      {"draagvlak", "risk-draagvlak", 1.5, 7, "Risico's", "Draagvlak <ontbreekt>"});
  plan.mentions = std::vector<std::string>{"bag"};
  plan.ocr = true;
  plan.ocr_pages = {{2, 83.5}, {3, 61.0}};
  const ReportPlan back = plan_from_json(nlohmann::json::parse(plan_to_json(plan).dump()));
  EXPECT_EQ(plan_to_json(back), plan_to_json(plan));
  EXPECT_EQ(back.coding.evidence.at(0).page, 7);
  EXPECT_EQ(back.ocr_pages, plan.ocr_pages);
  ASSERT_TRUE(back.mentions.has_value());
}

TEST(ReportClaims, ShareTextOfNothing) {
  EXPECT_EQ(share_text(0, 0), "n/a (0/0)");
  EXPECT_EQ(share_text(1, 3), "33.3% (1/3)");
}

}  // namespace
}  // namespace planmine
