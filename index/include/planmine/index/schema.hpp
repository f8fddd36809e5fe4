#pragma once
// The database's schema: term prefixes and value slots, shared by the writer, the searcher and
// anyone reading the database with xapian-delve or quest. docs/index.md explains each one.

#include <xapian.h>

#include <string>
#include <string_view>

namespace planmine::index {

// Term prefixes. Omega's conventions where one exists (Q unique id, Y year, Z stemmed); the
// project's own start with X and are upper case, so they never clash with a word.
inline constexpr std::string_view kPrefixUniqueId = "Q";          // Q<plan id>, Q<plan id>#<n>
inline constexpr std::string_view kPrefixPlan = "XPLAN";          // every document of a plan
inline constexpr std::string_view kPrefixLevel = "XDOC";          // XDOCplan | XDOCpassage
inline constexpr std::string_view kPrefixType = "XTYPE";          // plan type code
inline constexpr std::string_view kPrefixTheme = "XTHEME";        // leading theme code
inline constexpr std::string_view kPrefixRisk = "XRISK";          // each risk code the plan names
inline constexpr std::string_view kPrefixKind = "XKIND";          // egem-i | nup
inline constexpr std::string_view kPrefixSize = "XSIZE";          // size class, e.g. 10-25k
inline constexpr std::string_view kPrefixYear = "Y";              // year, e.g. Y2009
inline constexpr std::string_view kPrefixMunicipality = "XMUNI";  // municipality, lower case
inline constexpr std::string_view kPrefixFileHash = "XSHA";       // SHA-256 of the PDF, hex
inline constexpr std::string_view kPrefixSection = "XSECT";       // passage's section kind
// Stems of the words that stand in a risks section, again as ZXRT<stem>, on the plan document,
// so a plan-level query can ask for words *as a risk*.
inline constexpr std::string_view kPrefixRiskText = "XRT";
// Each word a plan spells (lower case, its accent-free form, its compound parts), once, on the
// plan document: the vocabulary a wildcard expands over (the text terms are stems only).
inline constexpr std::string_view kPrefixWord = "XW";
// A codebook synonym group named at this position (any of its spellings), by canonical name.
inline constexpr std::string_view kPrefixSynonymGroup = "XSYN";
// Text terms: Z + stem, with positions (QueryParser's STEM_ALL_Z).
inline constexpr std::string_view kStemPrefix = "Z";
// A flag term, no value: on a plan document when any page was read by OCR (a scan), on a
// passage document when its page was. Filter with Xapian::Query("XOCR").
inline constexpr std::string_view kTermOcr = "XOCR";

// The term for a value under a prefix: prefixed(kPrefixType, "service") is "XTYPEservice".
inline std::string prefixed(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  term += value;
  return term;
}

inline constexpr std::string_view kLevelPlan = "plan";
inline constexpr std::string_view kLevelPassage = "passage";

// Value slots, on plan and passage documents alike (passages copy their plan's).
enum Slot : Xapian::valueno {
  kSlotPlanId = 0,        // collapse and grouping key
  kSlotType = 1,          // plan type code
  kSlotTheme = 2,         // leading theme code
  kSlotSize = 3,          // size class
  kSlotKind = 4,          // egem-i | nup
  kSlotYear = 5,          // "2009"
  kSlotMunicipality = 6,  // as written
  kSlotPath = 7,          // the PDF's path as indexed
  kSlotPage = 8,          // first page of the passage (plan: 1), decimal
  kSlotSection = 9,       // section kind of the passage ("" on the plan document)
  kSlotFileSize = 10,     // bytes, decimal (plan document only)
  kSlotFileMtime = 11,    // nanoseconds since the epoch, decimal (plan document only)
  kSlotFileHash = 12,     // SHA-256 hex (plan document only)
  kSlotConfidence = 13,   // Xapian::sortable_serialise(confidence)
  kSlotLevel = 14,        // "plan" | "passage"
  kSlotOrder = 15,        // path, NUL, passage number (6 digits): a stable order for ties
  kSlotRisks = 16,        // risk codes joined with ';'
  // sortable_serialise of Tesseract's mean word confidence (0-100): on a passage read by OCR,
  // its page's; on a plan with OCR'd pages, the mean over them. Absent when no OCR.
  kSlotOcrConfidence = 17,
  // kSlotThemeScores + i: sortable_serialise of the classifier's score for the i-th theme code
  // listed in the metadata key kMetadataThemeSlots (plan documents only).
  kSlotThemeScores = 32,
};

// Metadata: the theme codes whose scores have slots, space-separated, in slot order.
inline constexpr const char* kMetadataThemeSlots = "planmine.theme_slots";

// Metadata: the version of this schema the database was written with. A plan indexed under
// another version is indexed again even when its file is unchanged. 2: OCR marks (XOCR, slot
// 17, document data "ocr_pages" and "ocr_confidence"). 3: text terms are positional stems only
// (STEM_ALL_Z) and plan documents carry the XW vocabulary.
inline constexpr const char* kMetadataSchema = "planmine.schema";
inline constexpr const char* kSchemaVersion = "3";

}  // namespace planmine::index
