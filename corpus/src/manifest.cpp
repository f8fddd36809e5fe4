// Reading and writing manifest.jsonl; the key order is fixed so the same corpus gives the same
// bytes.

#include "planmine/corpus/manifest.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace planmine::corpus {
namespace {

using ordered = nlohmann::ordered_json;

[[noreturn]] void fail(const std::filesystem::path& path, int line, const std::string& why) {
  throw std::runtime_error(path.string() + ":" + std::to_string(line) + ": " + why);
}

std::string required_string(const nlohmann::json& object, const char* key,
                            const std::filesystem::path& path, int line) {
  auto found = object.find(key);
  if (found == object.end()) fail(path, line, std::string("missing key \"") + key + "\"");
  if (!found->is_string()) fail(path, line, std::string("key \"") + key + "\" is not a string");
  return found->get<std::string>();
}

}  // namespace

std::string manifest_line(const ManifestEntry& entry) {
  ordered object;
  object["file"] = entry.file;
  object["municipality"] = entry.municipality;
  object["kind"] = entry.kind;
  object["type"] = entry.type;
  object["leading_theme"] = entry.leading_theme;
  object["risks"] = entry.risks;
  object["size_class"] = entry.size_class;
  object["year"] = entry.year;
  object["hard"] = entry.hard;
  object["set"] = entry.set;
  object["inhabitants"] = entry.inhabitants;
  object["pages"] = entry.pages;
  object["budget_euro"] = entry.budget_euro;
  return object.dump();
}

void write_manifest(const std::filesystem::path& path, const std::vector<ManifestEntry>& entries) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(path.string() + ": cannot open for writing");
  for (const auto& entry : entries) out << manifest_line(entry) << '\n';
  out.flush();
  if (!out) throw std::runtime_error(path.string() + ": write failed");
}

std::vector<ManifestEntry> read_manifest(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot open manifest");
  std::vector<ManifestEntry> entries;
  std::string text;
  int line = 0;
  while (std::getline(in, text)) {
    ++line;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json object;
    try {
      object = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
      fail(path, line, std::string("not JSON: ") + e.what());
    }
    if (!object.is_object()) fail(path, line, "not a JSON object");
    ManifestEntry entry;
    entry.file = required_string(object, "file", path, line);
    entry.municipality = required_string(object, "municipality", path, line);
    entry.kind = required_string(object, "kind", path, line);
    entry.type = required_string(object, "type", path, line);
    entry.leading_theme = required_string(object, "leading_theme", path, line);
    entry.size_class = required_string(object, "size_class", path, line);
    auto risks = object.find("risks");
    if (risks == object.end() || !risks->is_array()) fail(path, line, "\"risks\" is not an array");
    for (const auto& risk : *risks) {
      if (!risk.is_string()) fail(path, line, "\"risks\" holds a non-string");
      entry.risks.push_back(risk.get<std::string>());
    }
    auto year = object.find("year");
    if (year == object.end() || !year->is_number_integer())
      fail(path, line, "\"year\" is missing or not an integer");
    entry.year = year->get<int>();
    entry.hard = object.value("hard", false);
    entry.set = object.value("set", std::string());
    entry.inhabitants = object.value("inhabitants", 0);
    entry.pages = object.value("pages", 0);
    entry.budget_euro = object.value("budget_euro", 0LL);
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace planmine::corpus
