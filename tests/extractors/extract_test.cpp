// extract_plan on PDFs the test makes: the layout rules end to end, and every kind of bad input.

#include "planmine/extractors/extract.hpp"

#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fixture_pdfs.hpp"

extern char** environ;

namespace planmine {
namespace {

namespace fs = std::filesystem;

class ExtractTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("planmine-extract-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path plan_pdf() {
    const fs::path pdf = dir_ / "plan.pdf";
    testing::write_pdf(pdf, testing::plan_layout_pages());
    return pdf;
  }

  static std::string reason_for(const fs::path& pdf) {
    try {
      extract_plan(pdf);
    } catch (const ExtractionError& error) {
      return error.what();
    }
    return "(no error)";
  }

  fs::path dir_;
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

TEST_F(ExtractTest, ReadsMetadataAndPages) {
  const PlanText plan = extract_plan(plan_pdf());
  EXPECT_EQ(plan.metadata.page_count, 3);
  ASSERT_EQ(plan.pages.size(), 3u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(plan.pages[i].number, i + 1);
  EXPECT_NE(plan.metadata.producer.find("cairo"), std::string::npos) << plan.metadata.producer;
  EXPECT_EQ(plan.metadata.creation_date.size(), 19u) << plan.metadata.creation_date;
}

TEST_F(ExtractTest, RemovesRunningHeaderFooterAndPageNumbers) {
  const PlanText plan = extract_plan(plan_pdf());
  for (const PageText& page : plan.pages) {
    EXPECT_EQ(page.text.find("Proefdorp"), std::string::npos) << page.text;
    EXPECT_EQ(page.text.find("Pagina"), std::string::npos) << page.text;
    EXPECT_EQ(page.text.find("van 3"), std::string::npos) << page.text;
  }
}

TEST_F(ExtractTest, ReadsTwoColumnsOneAfterTheOther) {
  const PlanText plan = extract_plan(plan_pdf());
  const std::string& text = plan.pages[0].text;
  const auto last_left = text.rfind("linkerkolom");
  const auto first_right = text.find("rechterkolom");
  ASSERT_NE(last_left, std::string::npos) << text;
  ASSERT_NE(first_right, std::string::npos) << text;
  EXPECT_LT(last_left, first_right) << text;
  for (const std::string& line : lines_of(text)) {
    const bool left = line.find("linkerkolom") != std::string::npos;
    const bool right = line.find("rechterkolom") != std::string::npos;
    EXPECT_FALSE(left && right) << line;
  }
  // The heading above both columns comes first.
  EXPECT_EQ(text.find("1 Aanleiding"), 0u) << text;
}

TEST_F(ExtractTest, JoinsHyphenatedWordsAndKeepsCompounds) {
  const PlanText plan = extract_plan(plan_pdf());
  const std::string& text = plan.pages[0].text;
  EXPECT_NE(text.find("dienstverleningsconcept"), std::string::npos) << text;
  EXPECT_NE(text.find("e-overheid"), std::string::npos) << text;
  EXPECT_NE(text.find("KCC-medewerkers"), std::string::npos) << text;
  EXPECT_EQ(text.find("dienstverlenings-"), std::string::npos) << text;
}

TEST_F(ExtractTest, ReplacesLigaturesAndKeepsDiacritics) {
  const PlanText plan = extract_plan(plan_pdf());
  EXPECT_NE(plan.pages[0].text.find("financiering"), std::string::npos) << plan.pages[0].text;
  EXPECT_EQ(plan.pages[0].text.find("\uFB01"), std::string::npos);
  EXPECT_NE(plan.pages[2].text.find("financi\u00EBle"), std::string::npos) << plan.pages[2].text;
  EXPECT_NE(plan.pages[2].text.find("\u00E9\u00E9n"), std::string::npos) << plan.pages[2].text;
}

TEST_F(ExtractTest, KeepsTableRowsOnOneLineWithTabs) {
  const PlanText plan = extract_plan(plan_pdf());
  const auto lines = lines_of(plan.pages[1].text);
  auto has_line = [&](const std::string& wanted) {
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
  };
  EXPECT_TRUE(has_line("Project\tBudget\tStatus"));
  EXPECT_TRUE(has_line("Zaaksysteem\t\u20AC 120.000\tgestart"));
  // The first cell of this row runs over two lines; the row stays one line.
  EXPECT_TRUE(has_line("Digitaal loket en formulieren\t\u20AC 80.000\tgepland"));
  EXPECT_TRUE(has_line("Basisregistraties\t\u20AC 45.000\tafgerond"));
  // A row right under another, with an empty last cell, is a row of its own.
  EXPECT_TRUE(has_line("GBA\t\u20AC 10.000"));
}

TEST_F(ExtractTest, EmptyFile) {
  std::ofstream(dir_ / "leeg.pdf").flush();
  EXPECT_EQ(reason_for(dir_ / "leeg.pdf"), "empty file");
}

TEST_F(ExtractTest, NotAPdf) {
  std::ofstream(dir_ / "brief.pdf") << "Geachte heer, mevrouw,\nDit is geen PDF.\n";
  EXPECT_EQ(reason_for(dir_ / "brief.pdf"), "not a PDF");
}

TEST_F(ExtractTest, TruncatedPdf) {
  const fs::path whole = plan_pdf();
  std::ifstream in(whole, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(dir_ / "half.pdf", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  EXPECT_EQ(reason_for(dir_ / "half.pdf"), "truncated PDF: the end of the file is missing");
}

TEST_F(ExtractTest, EncryptedPdf) {
  const fs::path plain = plan_pdf();
  const fs::path locked = dir_ / "locked.pdf";
  // qpdf --encrypt USER OWNER 256 -- in out, started without a shell.
  std::vector<std::string> args = {"qpdf", "--encrypt", "geheim",       "eigenaar",
                                   "256",  "--",        plain.string(), locked.string()};
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawnp(&pid, "qpdf", nullptr, nullptr, argv.data(), environ), 0)
      << "qpdf is needed for this test";
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(reason_for(locked), "encrypted: needs a password");
}

TEST_F(ExtractTest, NoTextLayer) {
  testing::write_image_only_pdf(dir_ / "scan.pdf");
  EXPECT_EQ(reason_for(dir_ / "scan.pdf"), "no text layer: scanned image? OCR found no text");
}

TEST_F(ExtractTest, DirectoryGivenAsFile) {
  EXPECT_EQ(reason_for(dir_), "is a directory");
}

TEST_F(ExtractTest, FileNamesWithSpacesAndAccentsWork) {
  const fs::path odd = dir_ / "Plan gemeente Sint-Oedenrode \u00E9\u00E9n.pdf";
  fs::copy_file(plan_pdf(), odd);
  const PlanText plan = extract_plan(odd);
  EXPECT_EQ(plan.path, odd);
  EXPECT_EQ(plan.pages.size(), 3u);
}

TEST_F(ExtractTest, CollectInputsReportsMissingPathsAndEmptyFolders) {
  fs::create_directories(dir_ / "leeg");
  fs::create_directories(dir_ / "plannen" / "sub");
  testing::write_pdf(dir_ / "plannen" / "sub" / "b.PDF", testing::plan_layout_pages());
  testing::write_pdf(dir_ / "plannen" / "a.pdf", testing::plan_layout_pages());
  std::ofstream(dir_ / "plannen" / "notities.txt") << "geen pdf";
  const InputList inputs =
      collect_pdf_inputs({(dir_ / "bestaat-niet.pdf").string(), (dir_ / "leeg").string(),
                          (dir_ / "plannen").string()});
  ASSERT_EQ(inputs.files.size(), 2u);
  EXPECT_EQ(inputs.files[0].filename(), "a.pdf");
  EXPECT_EQ(inputs.files[1].filename(), "b.PDF");
  ASSERT_EQ(inputs.failures.size(), 2u);
  EXPECT_EQ(inputs.failures[0].reason, "no such file or directory");
  EXPECT_EQ(inputs.failures[1].reason, "no PDF files in this directory");
}

// The text `planmine extract` writes ends each page in a form feed; reading it back gives the
// pages again, numbered from 1, and no empty page after the last form feed.
TEST(PlanTextFromPages, ReadsBackExtractsTextFormat) {
  const PlanText plan = plan_text_from_pages("Inleiding\n\fRisico's\nTe weinig mensen.\n\f");
  ASSERT_EQ(plan.pages.size(), 2u);
  EXPECT_EQ(plan.pages[0].number, 1);
  EXPECT_EQ(plan.pages[0].text, "Inleiding\n");
  EXPECT_EQ(plan.pages[1].number, 2);
  EXPECT_EQ(plan.pages[1].text, "Risico's\nTe weinig mensen.\n");
  EXPECT_EQ(plan_text_from_pages("zonder form feed").pages.size(), 1u);
  EXPECT_EQ(plan_text_from_pages("").pages.size(), 1u);
  EXPECT_EQ(plan_text_from_pages("\f\f").pages.size(), 2u);
}

}  // namespace
}  // namespace planmine
