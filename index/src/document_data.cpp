#include "document_data.hpp"

namespace planmine::index {
namespace {

std::string escape(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string unescape(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      ++i;
      out += value[i] == 'n' ? '\n' : value[i];
    } else {
      out += value[i];
    }
  }
  return out;
}

}  // namespace

DocumentData DocumentData::parse(std::string_view data) {
  DocumentData parsed;
  while (!data.empty()) {
    const std::size_t end = data.find('\n');
    const std::string_view line = data.substr(0, end);
    const std::size_t equals = line.find('=');
    if (equals != std::string_view::npos) {
      parsed.fields_[std::string(line.substr(0, equals))] = unescape(line.substr(equals + 1));
    }
    if (end == std::string_view::npos) break;
    data.remove_prefix(end + 1);
  }
  return parsed;
}

std::string DocumentData::get(const std::string& key) const {
  const auto found = fields_.find(key);
  return found == fields_.end() ? std::string() : found->second;
}

std::string DocumentData::serialise() const {
  std::string out;
  for (const auto& [key, value] : fields_) {
    out += key;
    out += '=';
    out += escape(value);
    out += '\n';
  }
  return out;
}

}  // namespace planmine::index
