// The two executables away from the build tree: planmine hands every subcommand but search to
// planmine-full beside it, and both look for their data in <bin>/../share/planmine first.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "e2e_support.hpp"

namespace planmine::e2e {
namespace {

// A prefix of its own: DIR/bin/planmine (and planmine-full when `with_full`), linked or copied
// from the build, and DIR/share/planmine/ with the given codebook text.
fs::path install_into(const fs::path& dir, bool with_full, const std::string& codebook) {
  fs::remove_all(dir);
  fs::create_directories(dir / "bin");
  fs::create_directories(dir / "share" / "planmine");
  const fs::path built = fs::path(PLANMINE_BINARY).parent_path();
  for (const char* name : {"planmine", "planmine-full"}) {
    if (std::string(name) == "planmine-full" && !with_full) continue;
    std::error_code error;
    fs::create_hard_link(built / name, dir / "bin" / name, error);
    if (error) fs::copy_file(built / name, dir / "bin" / name);
  }
  std::ofstream(dir / "share" / "planmine" / "codebook.json") << codebook;
  fs::copy_file(fs::path(PLANMINE_SOURCE_DIR) / "codebook" / "compound-words.txt",
                dir / "share" / "planmine" / "compound-words.txt");
  return dir / "bin" / "planmine";
}

fs::path scratch_dir(const std::string& name) {
  return fs::temp_directory_path() / ("planmine-install-" + std::to_string(::getpid())) / name;
}

TEST(InstallLayout, SearchReadsTheCodebookBesideTheExecutable) {
  // A codebook that is no JSON: if search read the checkout's, it would not fail.
  const fs::path root = scratch_dir("search");
  const fs::path planmine = install_into(root, true, "{ not json");
  const Completed search = run_program(
      {planmine.string(), "search", "--db", (root / "nodb").string(), "--theme", "dienstverlening"},
      root / "out");
  EXPECT_EQ(search.status, 2);
  EXPECT_NE(search.err.find((root / "share" / "planmine" / "codebook.json").string()),
            std::string::npos)
      << search.err;
  fs::remove_all(root.parent_path());
}

TEST(InstallLayout, OtherSubcommandsRunInPlanmineFullWithTheSameData) {
  const fs::path root = scratch_dir("classify");
  const fs::path planmine = install_into(root, true, "{ not json");
  const fs::path plan = fs::path(PLANMINE_SHARED_DIR) / "sample-plans";
  const Completed classify =
      run_program({planmine.string(), "classify", "--format", "csv", plan.string()}, root / "out");
  EXPECT_EQ(classify.status, 2);
  EXPECT_NE(classify.err.find((root / "share" / "planmine" / "codebook.json").string()),
            std::string::npos)
      << classify.err;
  fs::remove_all(root.parent_path());
}

TEST(InstallLayout, WithoutPlanmineFullTheFrontEndSaysWhatIsMissing) {
  const fs::path root = scratch_dir("alone");
  const fs::path planmine = install_into(root, false, "{}");
  const Completed run = run_program({planmine.string(), "classify", "x.pdf"}, root / "out");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "planmine: " + (root / "bin" / "planmine-full").string() +
                         ": cannot start: No such file or directory\n");
  fs::remove_all(root.parent_path());
}

// The front end stays lean: search starts in a few milliseconds only while planmine links
// none of the PDF, OCR and drawing libraries (front_main.cpp). Once a call from
// plan_indexing.cpp (which search links) into extractors/ocr.cpp pulled Tesseract and poppler
// in through the static library, and every search process took three times as long.
TEST(InstallLayout, TheFrontEndLinksNoPdfOcrOrDrawingLibrary) {
  const fs::path scratch = fs::path(PLANMINE_BINARY).parent_path() / "front-needed";
  // binutils comes with the compiler (g++ depends on it).
  const Completed dynamic =
      run_program({"/usr/bin/readelf", "--dynamic", PLANMINE_BINARY}, scratch);
  ASSERT_EQ(dynamic.status, 0) << dynamic.err;
  ASSERT_NE(dynamic.out.find("(NEEDED)"), std::string::npos) << dynamic.out;
  EXPECT_NE(dynamic.out.find("libxapian"), std::string::npos) << dynamic.out;
  for (const char* heavy : {"libpoppler", "libtesseract", "liblept", "libcairo", "libpango"})
    EXPECT_EQ(dynamic.out.find(heavy), std::string::npos) << heavy << "\n" << dynamic.out;
  fs::remove_all(scratch);
}

}  // namespace
}  // namespace planmine::e2e
