#pragma once
// The corpus manifest (DIR/manifest.jsonl): one JSON object per generated plan with its labels.
// The generator writes it; evaluate and report read it to compare classifications with the truth.

#include <filesystem>
#include <string>
#include <vector>

namespace planmine::corpus {

struct ManifestEntry {
  std::string file;                // path relative to the corpus folder, e.g. "plans/plan-001.pdf"
  std::string municipality;        // invented municipality name, e.g. "Westervoort-Noord"
  std::string kind;                // "egem-i" or "nup"
  std::string type;                // "multi-project", "control" or "service"
  std::string leading_theme;       // basisregistraties|dienstverlening|zaakgericht|projectmatig|
                                   // architectuur|anders
  std::vector<std::string> risks;  // risk codes, 2-6 per plan
  std::string size_class;          // "<10k", "10-25k", "25-50k", "50-100k" or ">100k"
  int year = 0;                    // 2009 or 2010
  bool hard = false;               // the writer avoided the own type's textbook words
  std::string set;                 // "plans" or "validation"
  int inhabitants = 0;
  int pages = 0;              // page count of the PDF
  long long budget_euro = 0;  // total investment the plan names
};

// Reads DIR/manifest.jsonl (or any manifest path). Throws std::runtime_error naming the file and
// line when the file cannot be opened, a line is not JSON, or a required key is missing or wrong.
// Required: file, municipality, kind, type, leading_theme, risks, size_class, year.
std::vector<ManifestEntry> read_manifest(const std::filesystem::path& path);

// Writes one compact JSON object per entry, keys in a fixed order, '\n' after each line.
// Throws std::runtime_error when the file cannot be written.
void write_manifest(const std::filesystem::path& path, const std::vector<ManifestEntry>& entries);

// One entry as its JSON line (without newline), the same text write_manifest writes.
std::string manifest_line(const ManifestEntry& entry);

}  // namespace planmine::corpus
