// Plan and passage documents: how a plan becomes terms, values and data (see schema.hpp).

#include "planmine/index/plan_index.hpp"

#include <algorithm>
#include <charconv>
#include <sstream>

#include "digest.hpp"
#include "document_data.hpp"
#include "planmine/index/schema.hpp"

namespace planmine::index {
namespace {

// Glass refuses terms over 245 bytes; a word that long is noise anyway.
constexpr std::size_t kMaxTermBytes = 240;

std::string join(const std::vector<std::string>& items, char separator) {
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += separator;
    joined += item;
  }
  return joined;
}

std::vector<std::string> split(const std::string& joined, char separator) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start < joined.size()) {
    std::size_t end = joined.find(separator, start);
    if (end == std::string::npos) end = joined.size();
    if (end > start) items.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return items;
}

template <typename Number>
Number parse_number(const std::string& text) {
  Number value{};
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

void add_boolean(Xapian::Document& document, std::string_view prefix, std::string_view value) {
  if (value.empty()) return;
  std::string term = prefixed(prefix, value);
  if (term.size() <= kMaxTermBytes) document.add_boolean_term(term);
}

void add_positional(Xapian::Document& document, const std::string& term, Xapian::termpos pos) {
  if (term.size() <= kMaxTermBytes) document.add_posting(term, pos);
}

// As TermGenerator does with STEM_ALL_Z: Z + prefix + stem, with its position.
void add_stem(Xapian::Document& document, std::string_view prefix, const std::string& stem,
              Xapian::termpos pos) {
  if (stem.empty()) return;
  std::string term = prefixed(kStemPrefix, prefix);
  term += stem;
  add_positional(document, term, pos);
}

// The terms of one word, as QueryParser (STEM_ALL_Z, same stemmer) looks for them: its stems
// and its compound parts' stems at its position, and any synonym group it spells. Only stems:
// a second, unstemmed term per word (STEM_SOME) doubled the postings the indexing process
// merges, ~15% of the CPU of `planmine index`, for exact-form matching nobody asked for.
void add_word(Xapian::Document& document, const Word& word, Xapian::termpos pos,
              std::string_view prefix) {
  for (const std::string& stem : word.stems) add_stem(document, prefix, stem, pos);
  for (const std::string& stem : word.part_stems) add_stem(document, prefix, stem, pos);
  if (prefix.empty()) {
    for (const std::string& group : word.synonym_groups) {
      add_positional(document, synonym_group_term(group), pos);
    }
  }
}

// The spellings a wildcard can match: the word lower-cased, accent-free, and its parts.
void add_vocabulary(Xapian::Document& document, const Word& word) {
  const std::string lower = Xapian::Unicode::tolower(word.text);
  add_boolean(document, kPrefixWord, lower);
  if (!word.folded.empty() && word.folded != lower) add_boolean(document, kPrefixWord, word.folded);
  for (const std::string& part : word.parts) add_boolean(document, kPrefixWord, part);
}

// Terms and values every document of a plan carries, so passages filter and facet like plans.
void add_plan_terms_and_values(Xapian::Document& document, const PlanRecord& plan) {
  add_boolean(document, kPrefixPlan, plan.plan_id);
  add_boolean(document, kPrefixType, plan.type);
  add_boolean(document, kPrefixTheme, plan.leading_theme);
  for (const std::string& risk : plan.risks) add_boolean(document, kPrefixRisk, risk);
  add_boolean(document, kPrefixKind, plan.kind);
  add_boolean(document, kPrefixSize, plan.size_class);
  if (plan.year > 0) add_boolean(document, kPrefixYear, std::to_string(plan.year));
  add_boolean(document, kPrefixMunicipality, Xapian::Unicode::tolower(plan.municipality));
  add_boolean(document, kPrefixFileHash, plan.file_sha256);

  document.add_value(kSlotPlanId, plan.plan_id);
  document.add_value(kSlotType, plan.type);
  document.add_value(kSlotTheme, plan.leading_theme);
  document.add_value(kSlotSize, plan.size_class);
  document.add_value(kSlotKind, plan.kind);
  if (plan.year > 0) document.add_value(kSlotYear, std::to_string(plan.year));
  document.add_value(kSlotMunicipality, plan.municipality);
  document.add_value(kSlotPath, plan.path);
  document.add_value(kSlotConfidence, Xapian::sortable_serialise(plan.confidence));
  document.add_value(kSlotRisks, join(plan.risks, ';'));
}

// Serialised plan documents: this marker, the plan id, then each document.
constexpr std::string_view kSerialisedPlanMagic = "planmine-plan-documents-1";

// Strings one after the other, each after its length in decimal and a newline.
std::string pack_strings(const std::vector<std::string>& strings) {
  std::string packed;
  for (const std::string& item : strings) {
    packed += std::to_string(item.size());
    packed += '\n';
    packed += item;
  }
  return packed;
}

// Throws std::invalid_argument on bytes pack_strings() did not make.
std::vector<std::string_view> unpack_strings(std::string_view packed) {
  std::vector<std::string_view> strings;
  while (!packed.empty()) {
    const std::size_t newline = packed.find('\n');
    if (newline == std::string_view::npos) throw std::invalid_argument("malformed packed strings");
    std::size_t size = 0;
    const auto [end, error] = std::from_chars(packed.data(), packed.data() + newline, size);
    if (error != std::errc() || end != packed.data() + newline ||
        size > packed.size() - newline - 1) {
      throw std::invalid_argument("malformed packed strings");
    }
    strings.push_back(packed.substr(newline + 1, size));
    packed.remove_prefix(newline + 1 + size);
  }
  return strings;
}

std::string order_key(const std::string& path, std::size_t passage_number) {
  std::string key = path;
  key += '\0';
  std::string number = std::to_string(passage_number);
  key += std::string(6 - std::min<std::size_t>(6, number.size()), '0') + number;
  return key;
}

Xapian::Document plan_document(const IndexedPlan& plan,
                               const std::vector<std::string>& theme_codes) {
  const PlanRecord& record = plan.record;
  Xapian::Document document;
  document.add_boolean_term(prefixed(kPrefixUniqueId, record.plan_id));
  add_boolean(document, kPrefixLevel, kLevelPlan);
  add_plan_terms_and_values(document, record);
  document.add_value(kSlotLevel, std::string(kLevelPlan));
  document.add_value(kSlotPage, "1");
  document.add_value(kSlotOrder, order_key(record.path, 0));
  document.add_value(kSlotFileSize, std::to_string(record.file_size));
  document.add_value(kSlotFileMtime, std::to_string(record.file_mtime_ns));
  document.add_value(kSlotFileHash, record.file_sha256);
  for (std::size_t i = 0; i < theme_codes.size(); ++i) {
    const auto score = record.theme_scores.find(theme_codes[i]);
    if (score != record.theme_scores.end()) {
      document.add_value(kSlotThemeScores + static_cast<Xapian::valueno>(i),
                         Xapian::sortable_serialise(score->second));
    }
  }

  Xapian::termpos pos = 0;
  for (const Passage& passage : plan.passages) {
    const bool in_risks = passage.section_kind == "risks";
    for (const Word& word : passage.words) {
      ++pos;
      add_word(document, word, pos, "");
      add_vocabulary(document, word);
      if (in_risks) add_word(document, word, pos, kPrefixRiskText);
    }
    pos += 10;  // no phrase or NEAR across passages
  }

  DocumentData data;
  data.set("level", kLevelPlan);
  data.set("path", record.path);
  data.set("title", record.title);
  data.set("municipality", record.municipality);
  data.set("kind", record.kind);
  data.set("size_class", record.size_class);
  data.set("year", record.year > 0 ? std::to_string(record.year) : "");
  data.set("pages", std::to_string(record.page_count));
  data.set("type", record.type);
  data.set("confidence", std::to_string(record.confidence));
  data.set("leading_theme", record.leading_theme);
  data.set("risks", join(record.risks, ';'));
  data.set("coding", record.coding_json);
  data.set("file_size", std::to_string(record.file_size));
  data.set("file_mtime_ns", std::to_string(record.file_mtime_ns));
  data.set("sha256", record.file_sha256);
  data.set("plan_id", record.plan_id);
  for (const auto& [code, evidence] : record.evidence) {
    data.set("evidence." + code,
             std::to_string(evidence.page) + "\t" + evidence.section + "\t" + evidence.passage);
  }
  if (!record.ocr_pages.empty()) {
    // A scan, or partly one: the flag term, the mean confidence, and each page's.
    document.add_boolean_term(std::string(kTermOcr));
    double sum = 0;
    std::string pages;
    for (const auto& [page, confidence] : record.ocr_pages) {
      sum += confidence;
      if (!pages.empty()) pages += ';';
      pages += std::to_string(page) + ':' + std::to_string(confidence);
    }
    document.add_value(kSlotOcrConfidence, Xapian::sortable_serialise(
                                               sum / static_cast<double>(record.ocr_pages.size())));
    data.set("ocr_pages", pages);
  }
  document.set_data(data.serialise());
  return document;
}

Xapian::Document passage_document(const PlanRecord& record, const Passage& passage,
                                  std::size_t number) {
  Xapian::Document document;
  document.add_boolean_term(
      prefixed(kPrefixUniqueId, record.plan_id + "#" + std::to_string(number)));
  add_boolean(document, kPrefixLevel, kLevelPassage);
  add_boolean(document, kPrefixSection, passage.section_kind);
  add_plan_terms_and_values(document, record);
  document.add_value(kSlotLevel, std::string(kLevelPassage));
  document.add_value(kSlotPage, std::to_string(passage.first_page));
  document.add_value(kSlotSection, passage.section_kind);
  document.add_value(kSlotOrder, order_key(record.path, number));

  Xapian::termpos pos = 0;
  for (const Word& word : passage.words) add_word(document, word, ++pos, "");

  DocumentData data;
  data.set("level", kLevelPassage);
  data.set("plan_id", record.plan_id);
  data.set("path", record.path);
  data.set("municipality", record.municipality);
  data.set("type", record.type);
  data.set("leading_theme", record.leading_theme);
  data.set("risks", join(record.risks, ';'));
  data.set("kind", record.kind);
  data.set("size_class", record.size_class);
  data.set("first_page", std::to_string(passage.first_page));
  data.set("last_page", std::to_string(passage.last_page));
  data.set("section", passage.section_kind);
  data.set("heading", passage.heading);
  data.set("text", passage.text);
  if (passage.ocr_confidence >= 0) {
    document.add_boolean_term(std::string(kTermOcr));
    document.add_value(kSlotOcrConfidence, Xapian::sortable_serialise(passage.ocr_confidence));
    data.set("ocr_confidence", std::to_string(passage.ocr_confidence));
  }
  document.set_data(data.serialise());
  return document;
}

}  // namespace

std::string plan_id(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  if (error) absolute = path;
  return sha256_hex(absolute.lexically_normal().string()).substr(0, 16);
}

std::string synonym_group_term(const std::string& canonical) {
  return prefixed(kPrefixSynonymGroup, canonical);
}

std::string serialise_plan_documents(const IndexedPlan& plan,
                                     const std::vector<std::string>& theme_codes) {
  std::vector<std::string> parts = {std::string(kSerialisedPlanMagic), plan.record.plan_id,
                                    plan_document(plan, theme_codes).serialise()};
  for (std::size_t i = 0; i < plan.passages.size(); ++i) {
    parts.push_back(passage_document(plan.record, plan.passages[i], i + 1).serialise());
  }
  return pack_strings(parts);
}

PlanRecord read_plan_record(const Xapian::Document& document) {
  const DocumentData data = DocumentData::parse(document.get_data());
  PlanRecord record;
  record.plan_id = data.get("plan_id");
  record.path = data.get("path");
  record.title = data.get("title");
  record.municipality = data.get("municipality");
  record.kind = data.get("kind");
  record.size_class = data.get("size_class");
  record.year = parse_number<int>(data.get("year"));
  record.page_count = parse_number<int>(data.get("pages"));
  record.type = data.get("type");
  record.confidence = std::strtod(data.get("confidence").c_str(), nullptr);
  record.leading_theme = data.get("leading_theme");
  record.risks = split(data.get("risks"), ';');
  record.coding_json = data.get("coding");
  record.file_size = parse_number<std::uint64_t>(data.get("file_size"));
  record.file_mtime_ns = parse_number<std::int64_t>(data.get("file_mtime_ns"));
  record.file_sha256 = data.get("sha256");
  for (const std::string& page : split(data.get("ocr_pages"), ';')) {
    const std::size_t colon = page.find(':');
    if (colon == std::string::npos) continue;
    record.ocr_pages[parse_number<int>(page.substr(0, colon))] =
        std::strtod(page.c_str() + colon + 1, nullptr);
  }
  for (const auto& [key, value] : data.fields()) {
    if (key.rfind("evidence.", 0) != 0) continue;
    const std::size_t tab = value.find('\t');
    const std::size_t second = tab == std::string::npos ? tab : value.find('\t', tab + 1);
    if (second == std::string::npos) continue;
    record.evidence[key.substr(9)] = {parse_number<int>(value.substr(0, tab)),
                                      value.substr(tab + 1, second - tab - 1),
                                      value.substr(second + 1)};
  }
  return record;
}

std::vector<PlanRecord> list_plans(const Xapian::Database& database) {
  std::vector<PlanRecord> plans;
  const std::string level = prefixed(kPrefixLevel, kLevelPlan);
  for (auto it = database.postlist_begin(level); it != database.postlist_end(level); ++it) {
    plans.push_back(read_plan_record(database.get_document(*it)));
  }
  std::sort(plans.begin(), plans.end(),
            [](const PlanRecord& a, const PlanRecord& b) { return a.path < b.path; });
  return plans;
}

PlanIndexWriter::PlanIndexWriter(const std::filesystem::path& directory) {
  // Xapian makes the database's own folder, not the ones above it.
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) throw IndexError("cannot create the database folder: " + error.message());
  try {
    database_ = Xapian::WritableDatabase(directory.string(), Xapian::DB_CREATE_OR_OPEN);
    std::istringstream codes(database_.get_metadata(kMetadataThemeSlots));
    for (std::string code; codes >> code;) theme_codes_.push_back(code);
    database_.begin_transaction();
    in_transaction_ = true;
    // A database without documents is written under this schema from its first checkpoint on,
    // so a first run killed half-way is completed by the next one, not redone in full.
    if (database_.get_doccount() == 0) mark_schema_current();
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexError("database is in use by another writer");
  } catch (const Xapian::Error& error) {
    throw IndexError(error.get_description());
  }
}

PlanIndexWriter::~PlanIndexWriter() {
  // Work not checkpointed is dropped, as a crash would drop it.
  try {
    if (in_transaction_) database_.cancel_transaction();
    database_.close();
  } catch (const Xapian::Error&) {
  }
}

std::optional<PlanRecord> PlanIndexWriter::find_plan(const std::string& id) const {
  const std::string term = prefixed(kPrefixUniqueId, id);
  auto it = database_.postlist_begin(term);
  if (it == database_.postlist_end(term)) return std::nullopt;
  return read_plan_record(database_.get_document(*it));
}

std::vector<PlanRecord> PlanIndexWriter::plans() const {
  return list_plans(database_);
}

void PlanIndexWriter::replace_plan(const IndexedPlan& plan) {
  // Theme score slots: codes in sorted order the first time, new codes appended (old slots
  // keep their meaning), so every database written with one codebook has the same slots.
  std::vector<std::string> codes;
  for (const auto& [code, score] : plan.record.theme_scores) codes.push_back(code);
  add_theme_codes(codes);
  remove_plan(plan.record.plan_id);
  database_.add_document(plan_document(plan, theme_codes_));
  for (std::size_t i = 0; i < plan.passages.size(); ++i) {
    database_.add_document(passage_document(plan.record, plan.passages[i], i + 1));
  }
}

void PlanIndexWriter::replace_plan_documents(std::string_view serialised) {
  std::vector<std::string_view> parts;
  try {
    parts = unpack_strings(serialised);
  } catch (const std::invalid_argument&) {
    throw IndexError("not serialised plan documents");
  }
  if (parts.size() < 2 || parts[0] != kSerialisedPlanMagic) {
    throw IndexError("not serialised plan documents");
  }
  remove_plan(std::string(parts[1]));
  for (std::size_t i = 2; i < parts.size(); ++i) {
    database_.add_document(Xapian::Document::unserialise(std::string(parts[i])));
  }
}

void PlanIndexWriter::add_theme_codes(const std::vector<std::string>& codes) {
  const std::size_t known = theme_codes_.size();
  for (const std::string& code : codes) {
    if (std::find(theme_codes_.begin(), theme_codes_.end(), code) == theme_codes_.end()) {
      theme_codes_.push_back(code);
    }
  }
  if (theme_codes_.size() == known) return;
  std::string joined;
  for (const std::string& code : theme_codes_) joined += (joined.empty() ? "" : " ") + code;
  database_.set_metadata(kMetadataThemeSlots, joined);
}

void PlanIndexWriter::update_file_mtime(const std::string& id, std::int64_t mtime_ns) {
  const std::string term = prefixed(kPrefixUniqueId, id);
  auto it = database_.postlist_begin(term);
  if (it == database_.postlist_end(term)) return;
  Xapian::Document document = database_.get_document(*it);
  document.add_value(kSlotFileMtime, std::to_string(mtime_ns));
  DocumentData data = DocumentData::parse(document.get_data());
  data.set("file_mtime_ns", std::to_string(mtime_ns));
  document.set_data(data.serialise());
  database_.replace_document(*it, document);
}

void PlanIndexWriter::remove_plan(const std::string& id) {
  database_.delete_document(prefixed(kPrefixPlan, id));
  ++plans_since_checkpoint_;
}

void PlanIndexWriter::set_synonyms(const std::vector<SynonymEntry>& entries) {
  std::vector<std::string> old_keys;
  for (auto it = database_.synonym_keys_begin(); it != database_.synonym_keys_end(); ++it) {
    old_keys.push_back(*it);
  }
  for (const std::string& key : old_keys) database_.clear_synonyms(key);
  for (const SynonymEntry& entry : entries) {
    if (entry.key.empty() || entry.expansion.empty() || entry.key.size() > kMaxTermBytes) continue;
    database_.add_synonym(entry.key, entry.expansion);
  }
}

void PlanIndexWriter::set_metadata(const std::string& key, const std::string& value) {
  database_.set_metadata(key, value);
}

bool PlanIndexWriter::schema_is_current() const {
  return database_.get_metadata(kMetadataSchema) == kSchemaVersion;
}

void PlanIndexWriter::mark_schema_current() {
  database_.set_metadata(kMetadataSchema, kSchemaVersion);
}

void PlanIndexWriter::checkpoint() {
  database_.commit_transaction();
  in_transaction_ = false;
  database_.begin_transaction();
  in_transaction_ = true;
  plans_since_checkpoint_ = 0;
  last_checkpoint_ = std::chrono::steady_clock::now();
}

void PlanIndexWriter::checkpoint_when_due(const CheckpointPolicy& policy) {
  if (plans_since_checkpoint_ == 0) return;
  if (plans_since_checkpoint_ >= policy.plans ||
      std::chrono::steady_clock::now() - last_checkpoint_ >= policy.interval) {
    checkpoint();
  }
}

void PlanIndexWriter::commit() {
  if (in_transaction_) database_.commit_transaction();
  in_transaction_ = false;
  database_.close();
}

}  // namespace planmine::index
