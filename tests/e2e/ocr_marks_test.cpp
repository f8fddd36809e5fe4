// Where a researcher reads results, a scanned plan says it was read by OCR: planmine index +
// search (jsonl and table) and classify --explain, on the corpus's image-only plan beside a
// born-digital one. OCR results come from the cache CTest points PLANMINE_OCR_CACHE at.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "e2e_support.hpp"

namespace planmine::e2e {
namespace {

class OcrMarks : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path scan = test_corpus() / "bad" / "image-only.pdf";
    if (!fs::exists(scan)) GTEST_SKIP() << "no image-only plan at " << scan;
    char pattern[] = "/tmp/planmine-ocr-marks-XXXXXX";
    folder_ = ::mkdtemp(pattern);
    fs::create_directories(folder_ / "in");
    scan_ = folder_ / "in" / "scan.pdf";
    born_ = folder_ / "in" / "born.pdf";
    fs::copy_file(scan, scan_);
    fs::copy_file(test_corpus() / "plans" / "plan-001.pdf", born_);
  }
  void TearDown() override {
    std::error_code ignored;
    if (!folder_.empty()) fs::remove_all(folder_, ignored);
  }

  Completed planmine(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), PLANMINE_BINARY);
    return run_program(arguments, folder_ / "log");
  }

  fs::path folder_;
  fs::path scan_;
  fs::path born_;
};

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

TEST_F(OcrMarks, SearchMarksHitsFromTheScanAndOnlyThose) {
  const fs::path db = folder_ / "db";
  const Completed indexed = planmine({"index", (folder_ / "in").string(), "--db", db.string()});
  ASSERT_EQ(indexed.status, 0) << indexed.err;

  // Words every Dutch plan has: hits from both plans.
  const std::string query = "de OR het OR en OR gemeente";
  const Completed passages = planmine({"search", "--db", db.string(), "--by", "passage", "--limit",
                                       "1000", "--format", "jsonl", query});
  ASSERT_EQ(passages.status, 0) << passages.err;
  int from_scan = 0;
  int from_born = 0;
  for (const nlohmann::json& hit : json_lines(passages.out)) {
    if (!hit.contains("path")) continue;  // the facets line
    if (hit["path"] == scan_.string()) {
      ++from_scan;
      EXPECT_EQ(hit["ocr"], true) << hit;
      EXPECT_GT(hit["ocr_confidence"].get<double>(), 0) << hit;
    } else {
      EXPECT_EQ(hit["path"], born_.string());
      ++from_born;
      EXPECT_EQ(hit["ocr"], false) << hit;
      EXPECT_TRUE(hit["ocr_confidence"].is_null()) << hit;
    }
  }
  EXPECT_GT(from_scan, 0) << passages.out;
  EXPECT_GT(from_born, 0) << passages.out;

  const Completed plans = planmine({"search", "--db", db.string(), "--format", "jsonl", query});
  ASSERT_EQ(plans.status, 0) << plans.err;
  int plan_hits = 0;
  for (const nlohmann::json& hit : json_lines(plans.out)) {
    if (!hit.contains("path")) continue;
    ++plan_hits;
    const bool scan = hit["path"] == scan_.string();
    EXPECT_EQ(hit["ocr"], scan) << hit;
    // The corpus's image-only plan is two scanned pages.
    EXPECT_EQ(hit["ocr_pages"], scan ? nlohmann::json::array({1, 2}) : nlohmann::json::array())
        << hit;
  }
  EXPECT_EQ(plan_hits, 2) << plans.out;

  const Completed table = planmine({"search", "--db", db.string(), query});
  ASSERT_EQ(table.status, 0) << table.err;
  std::istringstream lines(table.out);
  int marked = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find(scan_.string()) != std::string::npos) {
      EXPECT_NE(line.find("[OCR "), std::string::npos) << line;
      ++marked;
    }
    if (line.find(born_.string()) != std::string::npos) {
      EXPECT_EQ(line.find("OCR]"), std::string::npos) << line;
    }
  }
  EXPECT_EQ(marked, 1) << table.out;
}

TEST_F(OcrMarks, ClassifyExplainNamesTheOcrPages) {
  const Completed table = planmine({"classify", "--explain", scan_.string(), born_.string()});
  ASSERT_EQ(table.status, 0) << table.err;
  std::istringstream lines(table.out);
  std::string current;  // the plan whose evidence lines follow
  int ocr_evidence = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with(scan_.string())) {
      current = "scan";
      EXPECT_NE(line.find("(OCR: pages 1-2 of 2, confidence "), std::string::npos) << line;
    } else if (line.starts_with(born_.string())) {
      current = "born";
      EXPECT_EQ(line.find("(OCR"), std::string::npos) << line;
    } else if (line.starts_with("    ")) {
      const bool names_ocr = line.find("(OCR, confidence ") != std::string::npos;
      if (current == "born") {
        EXPECT_FALSE(names_ocr) << line;
      }
      ocr_evidence += names_ocr ? 1 : 0;
    }
  }
  EXPECT_GT(ocr_evidence, 0) << table.out;

  const Completed jsonl =
      planmine({"classify", "--explain", "--format", "jsonl", scan_.string(), born_.string()});
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  const auto objects = json_lines(jsonl.out);
  ASSERT_EQ(objects.size(), 2u) << jsonl.out;
  const bool scan_first = objects[0]["path"] == scan_.string();
  const nlohmann::json& scan = objects[scan_first ? 0 : 1];
  const nlohmann::json& born = objects[scan_first ? 1 : 0];
  ASSERT_EQ(scan["ocr_pages"].size(), 2u) << scan;
  EXPECT_EQ(scan["ocr_pages"][0]["page"], 1);
  EXPECT_TRUE(born["ocr_pages"].empty()) << born;
  int scan_evidence = 0;
  for (const nlohmann::json& item : scan["evidence"]) {
    const int page = item["page"];
    EXPECT_EQ(item["ocr"], page == 1 || page == 2) << item;
    scan_evidence += item["ocr"] == true ? 1 : 0;
  }
  EXPECT_GT(scan_evidence, 0) << scan;
  for (const nlohmann::json& item : born["evidence"]) EXPECT_EQ(item["ocr"], false) << item;

  // The csv stays exactly as the contract says.
  const Completed csv = planmine({"classify", "--format", "csv", scan_.string()});
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_TRUE(csv.out.starts_with("path,type,confidence,leading_theme,risks\n")) << csv.out;
  EXPECT_EQ(csv.out.find("OCR"), std::string::npos) << csv.out;
}

}  // namespace
}  // namespace planmine::e2e
