// Loading and checking the codebook. Every error names the file, the line and the key at
// fault, so a researcher who edits codebook.json finds the mistake at once.

#include "planmine/pipeline/codebook.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <variant>

#include "codebook_pattern.hpp"
#include "data_files.hpp"
#include "planmine/pipeline/sections.hpp"

namespace planmine {
namespace {

using nlohmann::json;

// A step on the way to a value: an object key or an array index.
using PathStep = std::variant<std::string, std::size_t>;
using JsonPath = std::vector<PathStep>;

std::string path_name(const JsonPath& path) {
  std::string name;
  for (const PathStep& step : path) {
    if (const auto* key = std::get_if<std::string>(&step)) {
      name += name.empty() ? *key : "." + *key;
    } else {
      name += fmt::format("[{}]", std::get<std::size_t>(step));
    }
  }
  return name.empty() ? "(top level)" : name;
}

// A small scanner over text that is already known to be valid JSON, used only to find the
// byte offset of the value at `path` for error messages (nlohmann keeps no positions).
class JsonLocator {
 public:
  explicit JsonLocator(std::string_view text) : text_(text) {}

  // Offset of the value at `path`, or of the deepest part of the path that exists.
  std::size_t locate(const JsonPath& path) {
    at_ = 0;
    std::size_t found = 0;
    skip_space();
    for (const PathStep& step : path) {
      found = at_;
      if (const auto* key = std::get_if<std::string>(&step)) {
        if (!enter_key(*key)) return found;
      } else if (!enter_index(std::get<std::size_t>(step))) {
        return found;
      }
    }
    return at_;
  }

 private:
  void skip_space() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\t' || text_[at_] == '\r'))
      ++at_;
  }
  std::string read_string() {
    std::string out;
    ++at_;  // opening quote
    while (at_ < text_.size() && text_[at_] != '"') {
      if (text_[at_] == '\\') ++at_;
      if (at_ < text_.size()) out.push_back(text_[at_++]);
    }
    ++at_;
    return out;
  }
  void skip_value() {
    skip_space();
    if (at_ >= text_.size()) return;
    const char c = text_[at_];
    if (c == '"') {
      read_string();
    } else if (c == '{' || c == '[') {
      int depth = 0;
      while (at_ < text_.size()) {
        const char d = text_[at_];
        if (d == '"') {
          read_string();
          continue;
        }
        if (d == '{' || d == '[') ++depth;
        if (d == '}' || d == ']') --depth;
        ++at_;
        if (depth == 0) break;
      }
    } else {
      while (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '}' && text_[at_] != ']')
        ++at_;
    }
    skip_space();
  }
  bool enter_key(const std::string& key) {
    skip_space();
    if (at_ >= text_.size() || text_[at_] != '{') return false;
    ++at_;
    while (true) {
      skip_space();
      if (at_ >= text_.size() || text_[at_] != '"') return false;
      const std::size_t key_at = at_;
      const std::string name = read_string();
      skip_space();
      ++at_;  // colon
      skip_space();
      if (name == key) {
        if (at_ >= text_.size()) at_ = key_at;
        return true;
      }
      skip_value();
      if (at_ < text_.size() && text_[at_] == ',') ++at_;
    }
  }
  bool enter_index(std::size_t index) {
    skip_space();
    if (at_ >= text_.size() || text_[at_] != '[') return false;
    ++at_;
    for (std::size_t i = 0;; ++i) {
      skip_space();
      if (at_ >= text_.size() || text_[at_] == ']') return false;
      if (i == index) return true;
      skip_value();
      if (at_ < text_.size() && text_[at_] == ',') ++at_;
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

int line_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

class Checker {
 public:
  Checker(std::string_view text, const std::filesystem::path& file) : text_(text), file_(file) {}

  [[noreturn]] void fail(const JsonPath& path, std::string_view reason) const {
    JsonLocator locator(text_);
    const int line = line_of(text_, locator.locate(path));
    throw CodebookError(
        fmt::format("{}:{}: {}: {}", file_.string(), line, path_name(path), reason));
  }

  const json& member(const json& object, const JsonPath& path, const std::string& key,
                     json::value_t type, std::string_view type_name) const {
    JsonPath at = path;
    at.emplace_back(key);
    if (!object.contains(key)) fail(path, fmt::format("missing key '{}'", key));
    const json& value = object.at(key);
    if (value.type() != type && !(type == json::value_t::number_float && value.is_number()))
      fail(at, fmt::format("must be {}", type_name));
    return value;
  }

  std::string string_member(const json& object, const JsonPath& path, const std::string& key,
                            bool required = true) const {
    if (!required && !object.contains(key)) return "";
    return member(object, path, key, json::value_t::string, "a string").get<std::string>();
  }

 private:
  std::string_view text_;
  const std::filesystem::path& file_;
};

void check_where(const Checker& checker, const JsonPath& path, std::string_view where) {
  std::size_t begin = 0;
  while (begin <= where.size() && !where.empty()) {
    std::size_t end = where.find(',', begin);
    if (end == std::string_view::npos) end = where.size();
    std::string_view kind = where.substr(begin, end - begin);
    while (!kind.empty() && kind.front() == ' ') kind.remove_prefix(1);
    while (!kind.empty() && kind.back() == ' ') kind.remove_suffix(1);
    if (kind != "heading" && !section_kind_from_string(kind))
      checker.fail(path, fmt::format("unknown section kind '{}' (known: front, introduction, "
                                     "baseline, vision, projects, planning, organisation, "
                                     "finance, risks, communication, appendix, other, heading)",
                                     kind));
    begin = end + 1;
  }
}

Code read_code(const Checker& checker, const json& object, const JsonPath& path) {
  if (!object.is_object()) checker.fail(path, "must be an object");
  Code code;
  code.code = checker.string_member(object, path, "code");
  if (code.code.empty()) checker.fail(path, "'code' is empty");
  code.label = checker.string_member(object, path, "label");
  code.description = checker.string_member(object, path, "description");
  code.query = checker.string_member(object, path, "query");
  const json& indicators =
      checker.member(object, path, "indicators", json::value_t::array, "an array");
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    JsonPath at = path;
    at.emplace_back("indicators");
    at.emplace_back(i);
    const json& entry = indicators[i];
    if (!entry.is_object()) checker.fail(at, "must be an object");
    Indicator indicator;
    indicator.id = checker.string_member(entry, at, "id");
    indicator.pattern = checker.string_member(entry, at, "pattern");
    indicator.weight =
        checker.member(entry, at, "weight", json::value_t::number_float, "a number").get<double>();
    indicator.where = checker.string_member(entry, at, "where", false);
    JsonPath pattern_at = at;
    pattern_at.emplace_back("pattern");
    if (auto error = pattern_syntax_error(indicator.pattern)) checker.fail(pattern_at, *error);
    JsonPath where_at = at;
    where_at.emplace_back("where");
    check_where(checker, where_at, indicator.where);
    code.indicators.push_back(std::move(indicator));
  }
  return code;
}

std::vector<Code> read_codes(const Checker& checker, const json& root, const std::string& key,
                             const std::vector<std::string_view>& required) {
  const json& list = checker.member(root, {}, key, json::value_t::array, "an array");
  std::vector<Code> codes;
  for (std::size_t i = 0; i < list.size(); ++i) {
    Code code = read_code(checker, list[i], {key, i});
    for (const Code& other : codes)
      if (other.code == code.code)
        checker.fail({key, i, std::string("code")}, fmt::format("'{}' twice", code.code));
    codes.push_back(std::move(code));
  }
  for (std::string_view name : required) {
    const bool present =
        std::any_of(codes.begin(), codes.end(), [&](const Code& c) { return c.code == name; });
    if (!present) checker.fail({key}, fmt::format("the desk-study code '{}' is missing", name));
  }
  return codes;
}

std::map<std::string, double> read_section_weights(const Checker& checker, const json& root,
                                                   const std::string& key) {
  std::map<std::string, double> weights;
  if (!root.contains(key)) return weights;
  const json& object = checker.member(root, {}, key, json::value_t::object, "an object");
  for (const auto& [kind, value] : object.items()) {
    if (!section_kind_from_string(kind))
      checker.fail({key, kind}, fmt::format("unknown section kind '{}'", kind));
    if (!value.is_number()) checker.fail({key, kind}, "must be a number");
    weights[kind] = value.get<double>();
  }
  return weights;
}

std::vector<std::string> read_patterns(const Checker& checker, const json& root,
                                       const std::string& key) {
  std::vector<std::string> patterns;
  if (!root.contains(key)) return patterns;
  const json& list = checker.member(root, {}, key, json::value_t::array, "an array");
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_string()) checker.fail({key, i}, "must be a string");
    std::string pattern = list[i].get<std::string>();
    if (auto error = pattern_syntax_error(pattern)) checker.fail({key, i}, *error);
    patterns.push_back(std::move(pattern));
  }
  return patterns;
}

std::string hex_digest(std::string_view bytes) {
  // FNV-1a, 64 bit: enough to tell two codebook files apart in a report.
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("{:016x}", hash);
}

const Code* find_code(const std::vector<Code>& codes, std::string_view name) {
  auto it = std::find_if(codes.begin(), codes.end(), [&](const Code& c) { return c.code == name; });
  return it == codes.end() ? nullptr : &*it;
}

}  // namespace

const Code* Codebook::find_type(std::string_view code) const {
  return find_code(types, code);
}
const Code* Codebook::find_theme(std::string_view code) const {
  return find_code(themes, code);
}
const Code* Codebook::find_risk(std::string_view code) const {
  return find_code(risks, code);
}

Codebook parse_codebook(std::string_view text, const std::filesystem::path& file) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& error) {
    // The parse error's byte offset points just past the fault; name its line.
    const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
    std::string reason = error.what();
    if (const std::size_t at = reason.find("syntax error"); at != std::string::npos)
      reason = reason.substr(at);
    throw CodebookError(
        fmt::format("{}:{}: invalid JSON: {}", file.string(), line_of(text, offset), reason));
  } catch (const json::exception& error) {  // e.g. a number overflow (1e309): no abort
    throw CodebookError(fmt::format("{}: invalid JSON: {}", file.string(), error.what()));
  }
  Checker checker(text, file);
  if (!root.is_object()) checker.fail({}, "the codebook must be a JSON object");

  Codebook codebook;
  codebook.types = read_codes(checker, root, "types", {"multi-project", "control", "service"});
  codebook.themes = read_codes(checker, root, "themes",
                               {"basisregistraties", "dienstverlening", "zaakgericht",
                                "projectmatig", "architectuur", "anders"});
  codebook.risks = read_codes(checker, root, "risks",
                              {"capaciteit", "focus", "draagvlak", "realisme", "menselijke-factor",
                               "budget", "rijk", "kennis", "bestuur", "fusie", "leveranciers"});
  codebook.section_weights = read_section_weights(checker, root, "section_weights");
  codebook.theme_section_weights = read_section_weights(checker, root, "theme_section_weights");
  if (root.contains("theme_chapter_weight")) {
    if (!root["theme_chapter_weight"].is_number() || root["theme_chapter_weight"].get<double>() < 0)
      checker.fail({"theme_chapter_weight"}, "must be a number >= 0");
    codebook.theme_chapter_weight = root["theme_chapter_weight"].get<double>();
  }
  codebook.risk_framing = read_patterns(checker, root, "risk_framing");
  codebook.mitigation_cues = read_patterns(checker, root, "mitigation_cues");
  codebook.consequence_cues = read_patterns(checker, root, "consequence_cues");
  codebook.problem_cues = read_patterns(checker, root, "problem_cues");
  codebook.no_risk_cues = read_patterns(checker, root, "no_risk_cues");

  if (root.contains("synonyms")) {
    const json& groups =
        checker.member(root, {}, "synonyms", json::value_t::array, "an array of arrays");
    for (std::size_t i = 0; i < groups.size(); ++i) {
      if (!groups[i].is_array() || groups[i].size() < 2)
        checker.fail({"synonyms", i}, "must be an array of at least two words or phrases");
      std::vector<std::string> group;
      for (std::size_t j = 0; j < groups[i].size(); ++j) {
        if (!groups[i][j].is_string() || groups[i][j].get<std::string>().empty())
          checker.fail({"synonyms", i, j}, "must be a non-empty string");
        group.push_back(groups[i][j].get<std::string>());
      }
      codebook.synonyms.push_back(std::move(group));
    }
  }
  codebook.hash = hex_digest(text);
  return codebook;
}

Codebook load_codebook(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw CodebookError(fmt::format("{}: cannot open the codebook", file.string()));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parse_codebook(bytes.str(), file);
}

// Installed beside the executable, else this checkout's (pipeline/CMakeLists.txt passes it).
std::filesystem::path default_codebook_path() {
  return built_in_data_file("codebook.json", PLANMINE_DEFAULT_CODEBOOK);
}

}  // namespace planmine
