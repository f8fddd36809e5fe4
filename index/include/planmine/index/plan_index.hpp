#pragma once
// Writing plans into the Xapian database: a plan-level document plus one document per passage,
// with boolean terms and value slots for filtering and faceting (see schema.hpp). Takes plain
// values only: the words come already tokenized and stemmed by the caller's tokenizer.

#include <xapian.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace planmine::index {

// One word of a passage, in the forms the index stores.
struct Word {
  std::string text;    // as written (lower-cased by the index, as QueryParser does)
  std::string folded;  // case-folded and accents removed
  // Its stems (indexed as Z terms): the tokenizer's, and the search stemmer's when it differs.
  std::vector<std::string> stems;
  std::vector<std::string> parts;       // compound parts (folded), empty for a simple word
  std::vector<std::string> part_stems;  // their stems (search stemmer), same order
  // Canonical names of codebook synonym groups whose spelling starts at this word (a single
  // word such as "klantcontactcentrum" or the first word of "Klant Contact Centrum").
  std::vector<std::string> synonym_groups;
};

struct Passage {
  int first_page = 0;
  int last_page = 0;
  std::string section_kind;  // e.g. "risks", "vision"; "" when unknown
  std::string heading;       // heading of the section it stands in
  std::string text;          // the passage as written: for snippets and concordances
  std::vector<Word> words;
  double ocr_confidence = -1;  // its page was read by OCR with this confidence (0-100); else -1
};

// What the plan document records of a plan: everything search and report print.
struct PlanRecord {
  std::string plan_id;  // from plan_id(path)
  std::string path;
  std::string title;
  std::string municipality;
  std::string kind;        // egem-i | nup | ""
  std::string size_class;  // <10k ... >100k | ""
  int year = 0;            // 0 when unknown
  int page_count = 0;
  std::string type;  // plan type code, "" when not classified
  double confidence = 0;
  std::string leading_theme;
  std::map<std::string, double> theme_scores;  // theme code -> classifier's score
  std::vector<std::string> risks;
  // The strongest evidence the classifier found for each code (type, theme or risk): where a
  // plan hit of a --risk search points to.
  struct Evidence {
    int page = 0;
    std::string section;
    std::string passage;
  };
  std::map<std::string, Evidence> evidence;
  std::string coding_json;          // the full classification, as the pipeline serialised it
  std::map<int, double> ocr_pages;  // pages read by OCR -> Tesseract's mean word confidence
  std::uint64_t file_size = 0;
  std::int64_t file_mtime_ns = 0;
  std::string file_sha256;
};

struct IndexedPlan {
  PlanRecord record;
  std::vector<Passage> passages;
};

// A synonym key and one of its expansions, as Xapian stores them: a key is a term or several
// terms joined by single spaces ("klant contact centrum"), an expansion one term.
struct SynonymEntry {
  std::string key;
  std::string expansion;
};

class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The stable id of a plan in the database, from its path (absolute, normalised).
std::string plan_id(const std::filesystem::path& path);

// The term under which a synonym group is indexed: XSYN + its canonical name.
std::string synonym_group_term(const std::string& canonical);

// The plans a database holds, sorted by path.
std::vector<PlanRecord> list_plans(const Xapian::Database& database);

// A plan's documents (plan and passages) in Xapian's own serialised form, so that they can be
// built where the plan was read (a worker process) and the writer only adds them. Theme scores
// get the slots of `theme_codes` (PlanIndexWriter::theme_codes()); other codes are left out.
std::string serialise_plan_documents(const IndexedPlan& plan,
                                     const std::vector<std::string>& theme_codes);

// Reads a plan document's record (the data of a document with the XDOCplan term).
PlanRecord read_plan_record(const Xapian::Document& document);

// When a long run commits on its own (PlanIndexWriter::checkpoint_when_due). Each commit
// merges the new postings into the database's B-trees, dearer as the database grows
// (5,000 plans: 79 s after every 10 plans, 67 s after every 100; docs/index.md, "Measured");
// the interval keeps the work of a slow run (scans read by OCR) when it is killed.
struct CheckpointPolicy {
  std::size_t plans = 100;            // after this many plans replaced or removed
  std::chrono::seconds interval{30};  // or this long after the last commit
};

// Adds and replaces plans inside a transaction. Nothing written is visible to readers (or
// survives a crash) until checkpoint() or commit(); a killed process leaves the database at
// its last checkpoint.
class PlanIndexWriter {
 public:
  // Opens the database at `directory`, creating it if missing, and begins a transaction.
  // Throws IndexError when it cannot be opened (e.g. locked by another writer).
  explicit PlanIndexWriter(const std::filesystem::path& directory);
  ~PlanIndexWriter();
  PlanIndexWriter(const PlanIndexWriter&) = delete;
  PlanIndexWriter& operator=(const PlanIndexWriter&) = delete;

  // The record stored for a plan, if the database has it.
  std::optional<PlanRecord> find_plan(const std::string& plan_id) const;
  std::vector<PlanRecord> plans() const;

  // Replaces every document of the plan (or adds them).
  void replace_plan(const IndexedPlan& plan);
  // The same for documents serialise_plan_documents() made with this writer's theme_codes().
  // Throws IndexError on bytes it did not make.
  void replace_plan_documents(std::string_view serialised);
  // Records a new mtime for an unchanged file (same bytes, touched).
  void update_file_mtime(const std::string& plan_id, std::int64_t mtime_ns);
  void remove_plan(const std::string& plan_id);

  // Replaces the database's synonym dictionary.
  void set_synonyms(const std::vector<SynonymEntry>& entries);
  void set_metadata(const std::string& key, const std::string& value);
  // Whether the stored plans were written under this build's schema (kSchemaVersion); when not,
  // they lack what a newer schema added and must all be indexed again. A new database is
  // current from its first checkpoint.
  bool schema_is_current() const;
  // Records the current schema; call it once every stored plan has been indexed under it, so a
  // run killed before then leaves the rest of the re-indexing to the next one.
  void mark_schema_current();
  // The theme codes whose scores get value slots (kSlotThemeScores + position), so search can
  // rank plans by a theme's score. add_theme_codes() gives slots to codes that have none yet,
  // after the existing ones (whose slots keep their meaning); replace_plan() adds its plan's.
  void add_theme_codes(const std::vector<std::string>& codes);
  const std::vector<std::string>& theme_codes() const { return theme_codes_; }

  // Commits what was written so far and begins a new transaction.
  void checkpoint();
  // Checkpoints when `policy` says it is due; call it after each plan.
  void checkpoint_when_due(const CheckpointPolicy& policy);
  // Commits and ends: the writer can't be used afterwards.
  void commit();

 private:
  Xapian::WritableDatabase database_;
  std::vector<std::string> theme_codes_;
  bool in_transaction_ = false;
  std::size_t plans_since_checkpoint_ = 0;
  std::chrono::steady_clock::time_point last_checkpoint_ = std::chrono::steady_clock::now();
};

}  // namespace planmine::index
