// The report as a reader sees it: headless Chromium renders index.html; the rendered DOM has
// the desk-study table and the charts, and the screenshot is a real picture.

#include <fmt/core.h>
#include <gtest/gtest.h>

#include <regex>

#include "e2e_support.hpp"

namespace planmine::e2e {
namespace {

using nlohmann::json;

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

TEST(ReportInChromium, RendersTheDeskStudyTableAndCharts) {
  const std::string browser = chromium_binary();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed (apt-get install chromium)";
  if (!fs::exists(test_corpus() / "manifest.jsonl")) GTEST_SKIP() << "no test corpus";
  const SharedRun run = shared_run();
  const fs::path index = run.out / "report" / "index.html";
  ASSERT_TRUE(fs::exists(index));
  const fs::path scratch = run.out.parent_path() / fmt::format("chromium-{}", ::getpid());
  fs::remove_all(scratch);

  const std::string url = "file://" + index.string();
  const Completed dom = chromium(browser, scratch, "dom", {"--dump-dom"}, url);
  ASSERT_EQ(dom.status, 0) << dom.err;
  // The page as the browser built it: the desk-study table with one row per claim...
  EXPECT_NE(dom.out.find("id=\"desk-study-check\""), std::string::npos);
  const json report = json::parse(read_text(run.out / "report" / "report.json"));
  for (const auto& claim : report.at("claims")) {
    EXPECT_NE(dom.out.find("id=\"claim-" + claim.at("id").get<std::string>() + "\""),
              std::string::npos)
        << claim.at("id");
  }
  EXPECT_GE(count_of(dom.out, "class=\"verdict "), report.at("claims").size());
  // ...and at least three charts, each drawn with bars or cells.
  EXPECT_GE(count_of(dom.out, "<svg class=\"chart\""), 3u);
  EXPECT_GE(count_of(dom.out, "class=\"bar\""), 12u);
  EXPECT_GE(count_of(dom.out, "class=\"cell\""), 3u * 11u);
  EXPECT_NE(dom.out.find("Leading themes: study (Figuur 6) vs corpus"), std::string::npos);

  const fs::path png = scratch / "report.png";
  const Completed screenshot = chromium(
      browser, scratch, "shot", {"--screenshot=" + png.string(), "--window-size=1280,2400"}, url);
  ASSERT_EQ(screenshot.status, 0) << screenshot.err;
  ASSERT_TRUE(fs::exists(png));
  const std::string bytes = read_text(png);
  ASSERT_GT(bytes.size(), 20000u) << "a screenshot of a full report is not this small";
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  // IHDR: width and height, big-endian, at bytes 16..23.
  const auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(bytes[at]) << 24) |
           (static_cast<unsigned char>(bytes[at + 1]) << 16) |
           (static_cast<unsigned char>(bytes[at + 2]) << 8) |
           static_cast<unsigned char>(bytes[at + 3]);
  };
  EXPECT_EQ(be32(16), 1280u);
  EXPECT_EQ(be32(20), 2400u);
  fs::remove_all(scratch);
}

}  // namespace
}  // namespace planmine::e2e
