// The report's printers: files written, text from PDFs escaped, report.json and page agree.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "planmine/pipeline/report.hpp"

namespace planmine {
namespace {

std::string read_all(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class ReportRender : public ::testing::Test {
 protected:
  void SetUp() override {
    out_ = std::filesystem::temp_directory_path() /
           ("planmine-report-render-" + std::to_string(::getpid()));
    std::filesystem::remove_all(out_);
  }
  void TearDown() override { std::filesystem::remove_all(out_); }

  static ReportInput sample_input() {
    ReportInput input;
    ReportPlan hostile;
    hostile.path = "in/<script>alert(1)</script>.pdf";
    hostile.municipality = "Gemeente <b>Vet</b> & \"Co\"";
    hostile.kind = "nup";
    hostile.coding.type = "service";
    hostile.coding.leading_theme = "dienstverlening";
    hostile.coding.risks = {"realisme"};
    hostile.coding.theme_scores = {{"dienstverlening", 3}, {"zaakgericht", 1}};
    hostile.coding.evidence.push_back({"realisme", "risk-realisme", 2, 4, "Risico's",
                                       "De ambitie is <img src=x onerror=alert(1)>"});
    ReportPlan plain;
    plain.path = "in/plan-2.pdf";
    plain.municipality = "Gemeente Twee";
    plain.kind = "egem-i";
    plain.coding.type = "control";
    plain.coding.leading_theme = "basisregistraties";
    plain.coding.risks = {"draagvlak"};
    input.plans = {hostile, plain};
    input.failures = {{"in/broken.pdf", "not a PDF: <garbage>"}};
    input.codebook_hash = "abc123";
    input.command_line = "planmine run --out x";
    input.version = "0.1.0";
    input.date = "2026-11-29T18:00:00Z";
    return input;
  }

  std::filesystem::path out_;
};

TEST_F(ReportRender, WritesIndexJsonAndOnePagePerPlan) {
  const ReportInput input = sample_input();
  write_report(input, out_);
  ASSERT_TRUE(std::filesystem::exists(out_ / "index.html"));
  ASSERT_TRUE(std::filesystem::exists(out_ / "report.json"));
  int pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(out_ / "plans")) {
    EXPECT_EQ(entry.path().extension(), ".html") << entry.path();
    ++pages;
  }
  EXPECT_EQ(pages, 2);
  // No temporary file is left behind.
  for (const auto& entry : std::filesystem::recursive_directory_iterator(out_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos);
  }
}

TEST_F(ReportRender, EscapesTextFromPlans) {
  write_report(sample_input(), out_);
  const std::string index = read_all(out_ / "index.html");
  EXPECT_EQ(index.find("<script"), std::string::npos);
  EXPECT_EQ(index.find("<b>Vet</b>"), std::string::npos);
  EXPECT_NE(index.find("Gemeente &lt;b&gt;Vet&lt;/b&gt; &amp; &quot;Co&quot;"), std::string::npos);
  EXPECT_NE(index.find("not a PDF: &lt;garbage&gt;"), std::string::npos);
  for (const auto& entry : std::filesystem::directory_iterator(out_ / "plans")) {
    const std::string page = read_all(entry.path());
    EXPECT_EQ(page.find("<img"), std::string::npos) << entry.path();
    EXPECT_EQ(page.find("<script"), std::string::npos) << entry.path();
  }
}

TEST_F(ReportRender, PageIsSelfContained) {
  write_report(sample_input(), out_);
  const std::string index = read_all(out_ / "index.html");
  EXPECT_EQ(index.find("<script"), std::string::npos);
  EXPECT_EQ(index.find("<link"), std::string::npos);
  EXPECT_EQ(index.find("http://"), index.find("http://www.w3.org/2000/svg"));
  EXPECT_EQ(index.find("https://"), std::string::npos);
  EXPECT_EQ(index.find("@import"), std::string::npos);
}

TEST_F(ReportRender, PageShowsTheClaimsOfReportJson) {
  write_report(sample_input(), out_);
  const std::string index = read_all(out_ / "index.html");
  const auto json = nlohmann::json::parse(read_all(out_ / "report.json"));
  EXPECT_EQ(json.at("figures").at("plans"), 2);
  EXPECT_EQ(json.at("failures").size(), 1u);
  EXPECT_EQ(json.at("plans").size(), 2u);
  ASSERT_FALSE(json.at("claims").empty());
  for (const auto& claim : json.at("claims")) {
    const std::string row = "id=\"claim-" + claim.at("id").get<std::string>() + "\"";
    const auto at = index.find(row);
    ASSERT_NE(at, std::string::npos) << row;
    const std::string verdict = claim.at("main").at("verdict").get<std::string>();
    const auto row_end = index.find("</tr>", at);
    const std::string row_html = index.substr(at, row_end - at);
    EXPECT_NE(row_html.find(">" + verdict + "<"), std::string::npos) << row_html;
  }
  EXPECT_EQ(json.at("claims").at(1).at("main").at("text"), "50.0% (1/2)");
  EXPECT_NE(index.find("50.0% (1/2)"), std::string::npos);
  // Each link of the plan list leads to a page that exists.
  for (const auto& plan : json.at("plans")) {
    const std::string page = plan.at("page").get<std::string>();
    EXPECT_TRUE(std::filesystem::exists(out_ / page)) << page;
    EXPECT_NE(index.find("href=\"" + page + "\""), std::string::npos) << page;
  }
}

TEST_F(ReportRender, RewritingDropsPagesOfPlansThatAreGone) {
  ReportInput input = sample_input();
  write_report(input, out_);
  input.plans.pop_back();
  write_report(input, out_);
  int pages = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(out_ / "plans")) {
    ++pages;
  }
  EXPECT_EQ(pages, 1);
}

}  // namespace
}  // namespace planmine
