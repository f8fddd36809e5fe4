// Small facts a run records: version, command line, time, and the classify csv line.

#include <fmt/chrono.h>
#include <fmt/core.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <iterator>

#include "planmine/pipeline/run.hpp"

namespace planmine {

namespace {

// Quotes a shell word only when it needs it, so the footer reads like what was typed.
std::string shell_word(const std::string& word) {
  if (!word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                              "0123456789-_./=:,+@%") == std::string::npos) {
    return word;
  }
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string csv_field(const std::string& field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

std::string planmine_version() {
  return PLANMINE_VERSION;
}

std::string current_command_line() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  const std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string line;
  std::size_t start = 0;
  while (start < raw.size()) {
    std::size_t end = raw.find('\0', start);
    if (end == std::string::npos) end = raw.size();
    if (!line.empty()) line += ' ';
    line += shell_word(raw.substr(start, end - start));
    start = end + 1;
  }
  return line;
}

std::string utc_timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", utc);
}

std::string classify_csv_line(const std::string& path, const Coding& coding) {
  std::string risks;
  for (const auto& risk : coding.risks) risks += (risks.empty() ? "" : ";") + risk;
  return fmt::format("{},{},{:.3f},{},{}", csv_field(path), csv_field(coding.type),
                     coding.confidence, csv_field(coding.leading_theme), csv_field(risks));
}

}  // namespace planmine
